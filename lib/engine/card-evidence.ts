/**
 * Another principle told on a card the agent already sees (codes-evidence.ts, channel-evidence.ts): the card takes the
 * evidence's words into its underline, its advice after the card's own, and the rule that speaks for it as a merged member.
 */
import type { PrincipleId } from './principles';
import type { Finding } from './types';

/** The card's own advice, then the added one: a full stop between them where the card's advice ends without one. */
export function joinAdvice(own: string | undefined, added: string): string {
  const trimmed = own?.trim();
  if (!trimmed) return added;
  return /[.!?…:;]["”’)]?$/u.test(trimmed) ? `${trimmed} ${added}` : `${trimmed}. ${added}`;
}

/**
 * The card widened to take in `span` (its rewordings carry the words between unchanged, as a merged card's do), with
 * `advice` after its own and `ruleId` of `principle` as a member on the span.
 */
export function withMemberAdvice(
  card: Finding,
  text: string,
  span: { start: number; end: number },
  member: { ruleId: string; principle: PrincipleId; advice: string },
): Finding {
  const members = card.merged ?? [{ ruleId: card.ruleId, principle: card.principle, start: card.start, end: card.end }];
  const start = Math.min(card.start, span.start);
  const end = Math.max(card.end, span.end);
  const before = text.slice(start, card.start);
  const after = text.slice(card.end, end);
  return {
    ...card,
    start,
    end,
    text: text.slice(start, end),
    suggestions: card.suggestions.map((s) => before + s + after),
    advice: joinAdvice(card.advice, member.advice),
    alsoRuleIds: [...(card.alsoRuleIds ?? []), member.ruleId],
    merged: [...members, { ruleId: member.ruleId, principle: member.principle, start: span.start, end: span.end, evidence: true }],
  };
}

/**
 * The part of the card's sentence whose evidence (a code, a channel) the card may take: from the sentence's start (or the card's own, when
 * another card starts before it) to the next card's start (or the sentence's end). Each code or channel then goes to one card
 * only, the one it follows or holds, and no card widens over another's words.
 */
export function cardRegion(card: Finding, sentence: { start: number; end: number }, cards: readonly Finding[]): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  for (const other of cards) {
    if (other === card || other.end <= other.start || other.end <= sentence.start || sentence.end <= other.start) continue;
    if (other.start < card.start) start = Math.max(start, card.start);
    else if (other.start >= card.end) end = Math.min(end, other.start);
  }
  return { start, end };
}

/**
 * The card with `member`'s advice on the span `find` returns, unless a member already serves `principle` or is one of
 * `saysItAlready` (rules whose own advice already says it); else the card unchanged. `find` runs only when it may tell.
 */
export function tellUnlessServed(
  card: Finding,
  text: string,
  principle: PrincipleId,
  saysItAlready: ReadonlySet<string>,
  find: () => { start: number; end: number } | null,
  member: { ruleId: string; advice: string },
): Finding {
  const members = card.merged ?? [{ ruleId: card.ruleId, principle: card.principle, start: card.start, end: card.end }];
  if (members.some((m) => m.principle === principle || saysItAlready.has(m.ruleId))) return card;
  const span = find();
  return span ? withMemberAdvice(card, text, span, { ...member, principle }) : card;
}

/** A card's sentence as the tells read it: its span, and whether the agent owns a step in it ("I'll…", "we've…"). */
export interface TellSentence {
  start: number;
  end: number;
  agentActs: boolean;
}

/** A finder of a tell's evidence in start..end of the text, given the words of its sentence. */
export type SentenceFinder = (text: string, start: number, end: number, sentence: string) => { start: number; end: number } | null;

/** A tell of one principle on the card the agent already sees: the card, its region and sentence, the member rule and its advice. */
export type AgentActsTell = (
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  sentence: TellSentence | undefined,
  ruleId: string,
  advice: string,
) => Finding;

/**
 * The tell of `principle` that is tellUnlessServed with `find` reading the card's region beside its sentence's words,
 * when both are known and the agent owns no step in that sentence (the step the agent owns is the answer the tell would
 * ask for); else the card unchanged. One line per tell module: the ownership, faceless-step, filed-away, process-voice and
 * follow-through tells.
 */
export function agentActsTell(principle: PrincipleId, saysItAlready: ReadonlySet<string>, find: SentenceFinder): AgentActsTell {
  return (card, text, region, sentence, ruleId, advice) => {
    if (!region || !sentence || sentence.agentActs) return card;
    const said = text.slice(sentence.start, sentence.end);
    return tellUnlessServed(card, text, principle, saysItAlready, () => find(text, region.start, region.end, said), { ruleId, advice });
  };
}

/** An agentActsTell that also reads the sentence after the card's (`next`), which may already give what the tell asks for. */
export type NextSentenceTell = (...args: [...Parameters<AgentActsTell>, next?: string]) => Finding;

/**
 * agentActsTell, and the card unchanged where `answered(next)`: the next sentence names the time (the follow-through
 * tell) or leaves the door open (the closed-door tell).
 */
export function agentActsTellUnlessNext(
  principle: PrincipleId,
  saysItAlready: ReadonlySet<string>,
  find: SentenceFinder,
  answered: (next: string) => boolean,
): NextSentenceTell {
  const tell = agentActsTell(principle, saysItAlready, find);
  return (card, text, region, sentence, ruleId, advice, next) =>
    next !== undefined && answered(next) ? card : tell(card, text, region, sentence, ruleId, advice);
}

/** The match of `forms` that starts first in `region` (the first listed wins a tie), or null: one pass of each form. */
export function earliestMatch(forms: readonly RegExp[], region: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const form of forms) {
    const match = form.exec(region);
    if (match && (!found || match.index < found.index)) found = match;
  }
  return found;
}

/** A match's words, trailing spaces left out, as offsets into the text whose slice from `offset` it was run on. */
export function matchedWords(found: RegExpExecArray, offset: number): { start: number; end: number } {
  return { start: offset + found.index, end: offset + found.index + found[0].trimEnd().length };
}
