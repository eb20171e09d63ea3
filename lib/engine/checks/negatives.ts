/** A stack of negatives in one sentence ("We can't, won't and don't…") reads as a wall of no. */
import { z } from 'zod';
import type { StructureCheck } from './context';

export const negativesOptions = z.object({
  perSentence: z.number().int().min(2).max(10).default(3),
});

const NEGATION = /\b(not|no|never|none|nothing|nobody|cannot|unable|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|shouldn['’]t|wouldn['’]t|couldn['’]t|haven['’]t|hasn['’]t|neither|nor|without|unfortunately)\b/gi;

/**
 * Negatives that reassure rather than refuse: "Don't worry", "nobody wants to…", "no charge", "nothing wrong"; and
 * those that spare the customer something: "you won't be charged again", "you don't lose anything", "nothing will be
 * lost", "nothing to send back", "it won't cost extra", "it isn't anything you did"; the blame taken, not passed on:
 * "that's our design, not you", "our mistake, not the weather's"; and a product's name: "no-claims discount".
 */
/** What spares the customer something: "you won't be charged", "you won't lose any texts", "you don't need to…". */
export const SPARES_THE_CUSTOMER =
  /\byou (?:won['’]t|will not|don['’]t|do not|didn['’]t|did not|needn['’]t|shouldn['’]t|haven['’]t|aren['’]t)(?: \w+)? (?:need|have to|pay|lose|be (?:charged|billed|asked|affected)|miss|owe|sign|wait|notice)\w*/gi;
const REASSURING =
  /\b(?:nothing (?:will be |is |was |gets |has been )?(?:lost|charged|deleted|owed|due|changes|to (?:send|pay|do|sign|return|post|print))|(?:won['’]t|will not|doesn['’]t|does not|don['’]t|do not|didn['’]t|did not) (?:be late|cost|affect|change|go up|increase|rise)|(?:our|my) (?:own )?(?:mistake|fault|error|design|doing)[,;]? (?:— |- )?not|no[- ]claims?|(?:not|isn['’]t|wasn['’]t) (?:anything |something )?(?:that )?you did(?: wrong)?|no (?:extra|additional|further|hidden) (?:cost|charge|fee|payment)s?|(?:don['’]t|do not|no need to) (?:worry|panic|fret|stress)|no (?:worries|problem|charge|fee|cost|obligation|rush|pressure|need)|not your fault|nothing (?:wrong|to worry)|(?:nobody|no one) (?:wants|likes|should)|(?:haven['’]t|didn['’]t|have not|did not) done? anything wrong)\b/gi;
/** Every match of REASSURING holds one of these (lower case): a sentence without them never compiles it (issue #12, the first check). */
const REASSURING_NEEDLES = ['nothing', "n't", 'n’t', ' not ', 'you did', 'no ', 'no-', 'nobody', 'not your fault', 'anything wrong'];
const unreassured = (text: string) => {
  const lower = text.toLowerCase();
  return REASSURING_NEEDLES.some((needle) => lower.includes(needle)) ? text.replace(REASSURING, ' ') : text;
};
/**
 * Negatives that describe the customer's situation or concede our failure, not a refusal: "with no word from us",
 * "a week without your station", "that isn't OK", "isn't good enough". A wall of no refuses; these side with them.
 */
const SIDES_WITH_THEM = /\bwith no\b|\bwithout\b|\b(?:is|was|are|were)(?:n['’]t| not)(?: \w+ly)? (?:ok|okay|good enough|acceptable|fair)\b/gi;
/**
 * Where a sentence turns to what can be done: "…, but an assistance agent will meet her", and a result clause after a
 * comma: "We don't have a vet free today…, so Dr Ahmed will see him at 8:15".
 */
const TURN = /\b(?:but|however|instead)\b|,\s*so\b/gi;

const negationsIn = (s: string) => s.match(NEGATION)?.length ?? 0;

/** A sentence that ends on a turn with no negative in it leads the customer to what can be done. */
function endsOnWhatCanBeDone(s: string): boolean {
  let last = -1;
  for (const m of s.matchAll(TURN)) last = m.index + m[0].length;
  if (last < 0) return false;
  const after = s.slice(last);
  return negationsIn(after) === 0 && after.trim().split(/\s+/).length >= 3;
}

export const negatives: StructureCheck<z.output<typeof negativesOptions>> = {
  run(ctx, options) {
    const acts = ctx.sentences.some((s) => s.markers.ownership > 0 || s.markers.offer > 0);
    return ctx.sentences
      .filter((s) => {
        const text = unreassured(s.text.replace(SPARES_THE_CUSTOMER, ' ')).replace(SIDES_WITH_THEM, ' ');
        return negationsIn(text) >= options.perSentence && !endsOnWhatCanBeDone(text);
      })
      // Beside a reply that acts or offers ("I've booked…", "I can…") the negatives may be context, not a wall: a hint.
      .map((s) => ({ start: s.start, end: s.end, suggestions: [], ...(acts ? { unsure: true } : {}) }));
  },
};
