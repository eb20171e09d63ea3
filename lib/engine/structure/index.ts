export { readStructure } from './read-structure';
export type { PartKind, ReplyPart, ReplyStructure } from './types';
export { agentOnlyText } from './mask';
export { isNameLike } from './patterns';
export { skippedCountsLine } from './checked-line';
export { doubtfulSpans } from './doubtful-lines';
