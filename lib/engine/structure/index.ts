export { readStructure, agentParts } from './read-structure';
export { AGENT_PART_KINDS, SKIPPED_PART_KINDS, isAgentPart } from './types';
export type { PartKind, AgentPartKind, SkippedPartKind, ReplyPart, ReplyStructure } from './types';
export { agentOnlyText } from './mask';
export { isNameLike } from './patterns';
export { checkedLine, skippedCountsLine } from './checked-line';
