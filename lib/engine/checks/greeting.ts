/**
 * No greeting where the channel expects one: suggest one above the first line of the body, with the
 * customer's name when Rapport knows it. An e-mail always opens with a hello; a chat only in its first
 * message; a social reply mid-conversation never needs one.
 */
import { z } from 'zod';
import { nlp } from '../../nlp/nlp';
import { acknowledgesFeelings } from './acknowledges';
import { bodyWords, continuesThread, expected, forChannel, greetingFor, type CheckContext, type CheckedSentence, type CheckHit, type StructureCheck } from './context';

const when = z.enum(['always', 'first-message', 'never']);
const minWords = z.number().int().min(0).max(200);
const channel = (fallback: z.infer<typeof when>) => z.strictObject({ when: when.default(fallback), minWords: minWords.optional() });

export const greetingOptions = z.object({
  /** Replies shorter than this (chat one-liners) need no greeting. */
  minWords: minWords.default(12),
  /** Per channel: when a greeting is expected, and its own minimum length. */
  channels: z
    .strictObject({
      email: channel('always').prefault({}),
      chat: channel('first-message').prefault({}),
      social: channel('never').prefault({}),
    })
    .prefault({}),
});

/**
 * Openings that already welcome the customer: thanks, sympathy, congratulations, their name with good news, and a
 * glad yes to what they asked ("Of course!", "Absolutely, Jen —", "Yes, we can do that!", "Easily done!").
 */
const WARM_OPENING =
  /^\W*(?:congrat|welcome|great news|good news|glad|happy|so sorry|sorry|thanks|thank you|we['’]re sorry|i['’]m sorry|aw+|oh no|wow|yay|love|ooh|exciting|first of all,? (?:congrat|thank|sorry)|(?:great|nice|lovely|good|so good) to (?:hear|see) from you|(?:it was |it['’]s )?(?:lovely|nice|great|good) (?:chatting|speaking|talking)|(?:of course|absolutely|certainly|sure thing|definitely|with pleasure|you bet|no problem(?: at all)?|no worries|easily done|good question|great question)\b ?[!,—–-]|yes\b[^.!?\n]{0,40}!)/i;

const LEADING_HANDLE = /^\W{0,2}@\w/;
/**
 * Openings that greet in other words: a wish for the customer ("Hope you're well.", "I hope you had a lovely weekend"),
 * gladness at their news ("Great to hear the bike is running again!", "Really glad it arrived in time!") or a glad
 * word before the answer ("Perfect, that's all sorted now.", "Brilliant, thanks for the photos.").
 */
const GREETS_IN_OTHER_WORDS =
  /^\W*(?:(?:i |we )?(?:really |do |truly )?hope (?:you|you['’]re|your|this (?:email |message )?finds|all|everything|the)\b|(?:(?:really|so|very|just) )?(?:great|good|lovely|nice|glad|happy|pleased|delighted|brilliant|fab|wonderful|thrilled) (?:to (?:hear|see|know|read)|that|it|it['’]s|you|the|your|everything|all|this|things)\b|(?:perfect|brilliant|lovely|excellent|fab|fabulous|wonderful|amazing|great|fantastic|ah|oh) ?[,!—–-])/i;
/** The customer's name alone as the first line ("Jo —", "Priya,", "Mr Patel:"): the layout pass may read it as body. */
const NAME_LINE = /^\W*(?:(?:mr|mrs|ms|miss|mx|dr)\.? )?\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?\s*(?:[,—–:!-]\s*)?$/u;
/**
 * The line is a person's name, not a header ("Refund Request", "Update:") or a word ("Unfortunately,"): compromise
 * knows it as a name, it is the customer's, or it is one word compromise knows nothing about ("Priya", "Ngozi").
 */
function namesSomeone(line: string, customerName: string | null): boolean {
  if (customerName && line.includes(customerName)) return true;
  const doc = nlp(line);
  if (doc.has('#Person')) return true;
  const terms = doc.terms().json() as { terms: { tags: string[] }[] }[];
  return terms.length === 1 && terms[0]!.terms[0]!.tags.join() === 'Noun,Singular';
}
/** "Sam, lovely to hear from you!": the name first, then something glad. */
const NAME_FIRST = /^\W*\p{Lu}\p{Ll}+,\s/u;
/** Words that open an answer with a comma and are no one's name: "Yes, great question", "Well, thanks for asking". */
const ANSWER_WORD = /^\W*(?:yes|yeah|yep|no|nope|ok|okay|sure|right|well|so|now|unfortunately|however|also|again|first|sadly|actually)\s*,/i;
/**
 * "Yes, you can.", "Yes, it does.", "Yes, of course, Leah —": the first word grants what the customer asked. Signed off
 * by a person, that answers them as a hello would; a bare yes above a team name ("Customer Services") still greets no one.
 */
const GRANTS_THEIR_QUESTION = /^\W*(?:yes|yep|yes indeed)\s*[,—–-]\s*(?:(?:of course|absolutely|certainly|definitely)\b|(?:you|we|they|it|she|he|that|this|both|all)\b[^.!?\n]{0,30}?\b(?:can|could|do|does|did|will|would|may|is|are|was|were|has|have|should|qualify|qualifies|work|works|fits?)\b)/iu;
/** "Yes, Leah, …": the yes then the customer's name. Case-sensitive, so "Yes, sadly, …" is no name. */
const YES_THEN_NAME =
  /^\W*(?:[Yy]es|[Yy]ep|YES)\s*[,—–-]\s*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|January|February|March|April|June|July|August|September|October|November|December|Unfortunately|However|Sadly|Sure|Absolutely|Certainly|Definitely|Actually|Also|Again|Well|Now|So|Of)\b)\p{Lu}\p{Ll}+\s*,/u;
/** The customer asked something a yes can answer: a question mark, or a request that opens on "can I", "is it ok to"… */
const ASKS = /\?|^\W*(?:hi|hello|hey|dear)?[^.!?\n]{0,40}\b(?:can|could|may|do|does|is|are|will|would) (?:i|we|you|it|my|our|the|they)\b/i;

function opensWarmly(first: CheckedSentence, customerName: string | null): boolean {
  const m = first.markers;
  if (m.greeting || m.gratitude || m.acknowledgement || m.deference || WARM_OPENING.test(first.text) || GREETS_IN_OTHER_WORDS.test(first.text)) return true;
  // Sympathy first ("Ah, that's annoying!", "Oh dear, what a week") meets the customer as a hello does.
  if (acknowledgesFeelings(first.text)) return true;
  if (NAME_FIRST.test(first.text) && !ANSWER_WORD.test(first.text) && m.positive > 0) return true;
  // "That's great to hear, Sven!" greets by name without "Hi".
  if (customerName && first.text.includes(customerName)) return true;
  // A capital after an answer's comma ("Yes, Please see…", "No, We…") is no name either.
  return /,\s+[A-Z][a-z]+\s*[!.,]/.test(first.text.replace(ANSWER_WORD, '')) && m.positive > 0;
}

/** A sign-off with a closing word ("Kind regards,", "See you Friday,") or a first name ("Marco"), not a team's name. */
const CLOSING_WORDS = /\b(?:regards|wishes|best|thanks|thank you|cheers|sincerely|warmly|faithfully|see you|speak soon|take care|love)\b/i;
const TEAM_WORDS = /\b(?:team|services?|support|department|desk|care|customers?|office|billing|accounts?|relations|centre|center|helpdesk)\b/i;
const PERSON_LINE = /^\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?[,.!]?$/u;
function signedByAPerson(ctx: CheckContext): boolean {
  return ctx.structure.parts.some((p) => {
    if (p.kind !== 'sign-off') return false;
    const text = ctx.text.slice(p.contentStart, p.end);
    // The name is the sign-off's first line ("Marco"), or its last under a closing wish ("Have a great trip!⏎Marco").
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const person = (line: string | undefined) => line !== undefined && PERSON_LINE.test(line) && !TEAM_WORDS.test(line);
    return CLOSING_WORDS.test(text) || person(lines[0]) || person(lines.at(-1));
  });
}

/** The reply opens by granting what the customer asked and a person signs it off. */
function grantsWhatTheyAsked(ctx: CheckContext, first: CheckedSentence): boolean {
  return (GRANTS_THEIR_QUESTION.test(first.text) || YES_THEN_NAME.test(first.text)) && ASKS.test(ctx.customerMessage ?? '') && signedByAPerson(ctx);
}

/**
 * A hello with no one in it ("Hi,", "Hello there,", "Good morning,"): the greeting word, what stands in for a name, and
 * the punctuation after it (a part never ends in white space).
 */
const NAMELESS_GREETING = /^(\W*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|morning|afternoon|evening))(?:\s+(?:there|all|again|friend|you))?\s*([,!.:—–-]?)$/i;
/** The message names the hello to write, so the hint stands even where a rewording cannot be offered. */
const nameIt = (name: string, hello: string) =>
  `Welcome: they signed their message “${name}”. “${hello}” greets them by name and tells them a person read what they wrote.`;

/**
 * An e-mail that greets with no name when the customer signed theirs: a gentle hint (unsure: the name is read from the
 * signature), with the same greeting word and the name in it ("Hi," → "Hi Priya,", "Hello there," → "Hello Priya,").
 */
function greetsWithoutTheName(ctx: CheckContext): CheckHit[] {
  const part = ctx.structure.parts.find((p) => p.kind === 'greeting');
  if (!part || !ctx.customerName || ctx.channel !== 'email') return [];
  // Past a chat turn's speaker label ("Nia: Hi,"): the greeting's words start at contentStart.
  const m = NAMELESS_GREETING.exec(ctx.text.slice(part.contentStart, part.end));
  if (!m) return [];
  const hello = `${m[1]!.trim()} ${ctx.customerName}${m[2]!.trim() || ','}`;
  return [{ start: part.contentStart, end: part.end, suggestions: [hello], message: nameIt(ctx.customerName, hello), unsure: true }];
}

export const greeting: StructureCheck<z.output<typeof greetingOptions>> = {
  run(ctx, options) {
    const o = forChannel(options, ctx.channel);
    if (!expected(o.when, ctx)) return [];
    if (continuesThread(ctx)) return [];
    if (ctx.structure.parts.some((p) => p.kind === 'greeting')) return greetsWithoutTheName(ctx);
    const first = ctx.sentences.find((s) => s.part === 'body' || s.part === 'list-item');
    // The name alone on the first line greets the customer ("Jo —\n\nYour new card…").
    const firstLine = first ? ctx.text.slice(first.start, first.end).split('\n', 1)[0]! : '';
    const ownLine = first !== undefined && (firstLine.length < first.end - first.start || /^[ \t]*\n/.test(ctx.text.slice(first.end)));
    if (ownLine && NAME_LINE.test(firstLine) && namesSomeone(firstLine, ctx.customerName)) return [];
    if (!first || bodyWords(ctx) < o.minWords) return [];
    // "@bex_wears …" addresses the customer by name, as a social reply does: a "Hi there" above it would push the
    // handle into the middle of the text.
    if (LEADING_HANDLE.test(first.text) || opensWarmly(first, ctx.customerName) || grantsWhatTheyAsked(ctx, first)) return [];
    // The greeting goes on a line of its own above the body, with the layout's own paragraph break.
    return [{ start: first.start, end: first.end, suggestions: [`${greetingFor(ctx.customerName)}${ctx.structure.paragraphBreak}${first.text}`] }];
  },
};
