/**
 * Rewordings fitted to the customer the reply answers (issue #10, families 6 and 7), for the engine to run once it knows
 * the customer's name and message:
 * - a role greeting ("Dear Valued Customer", "Hello Subscriber", "Dear Sir/Madam") becomes the name the customer gave
 *   (the ticket, or the sign-off of their message): "Dear Priya". Never a guessed one: with none, "Hi there" stays.
 * - a vague time cut from a promise ("We'll finish it when we get a chance" → "We'll finish it.") is no one-click fix for
 *   a customer who asked when: the bare promise left answers nothing. The card keeps the rule's message and advice.
 * - a line about trouble or inconvenience ("I'm sorry for the trouble this has caused.") is no fit for a customer who
 *   reports a death, a fraud, a danger or their health: the sorry that fits names what happened, which the agent writes.
 * - a thanks for their "comments" or "feedback" ("Thanks for sharing your comments.") is no fit for a customer the mood reader
 *   reads as upset ("It was disgusting", "absolutely shocking"): it thanks them for the complaint as for a tip.
 */
const ROLE_GREETING_RULES = new Set(['dear-customer', 'dear-sir-madam']);
/** One or two capitalised words: a first name, or a title and a surname ("Ms Okafor"). */
const NAME = /^\p{Lu}[\p{L}'’-]{0,30}(?: \p{Lu}[\p{L}'’-]{0,30})?$/u;
/** The salutation word the agent chose, kept: "Dear", "Hello", "Hi", "Good morning". */
const SALUTATION = /^(?:dear|hello|hi|hey|greetings|good (?:morning|afternoon|evening))\b/i;
/** A vague time: what a cut of it leaves behind has no when at all. */
const VAGUE_WHEN = /\b(?:chance|time permits|due course|some point|soon|shortly|available|as and when|eventually|later|a moment|a minute|round to|around to|resources (?:allow|permit))\b/i;
/** A promise and nothing else: "We'll finish it.", "The report will be issued.", "They'll ship." */
const BARE_PROMISE = /^(?:[\p{L}'’-]+ ){0,2}[\p{L}'’-]+(?:['’]ll| will| shall) (?:be )?[\p{L}-]+(?: (?:it|them|this|that|you|her|him|these|those))?[.!]$/iu;
/** The customer asked when, or how long, or is waiting on it. */
const ASKS_WHEN = /\bwhen\b[^.!?]{0,80}\?|\bhow (?:long|soon)\b|\b(?:any|an) (?:update|eta|news)\b|\beta\b|\bstill (?:waiting|not|no)\b|\bhasn['’]?t (?:arrived|come|shipped|been)\b|\b(?:it['’]s|it has) been \w+ (?:days|weeks|months)\b/i;

/** The customer reports a loss, a fraud, a danger or their health: no matter of trouble or inconvenience. */
const GRAVE = /\b(?:died|dies|passed away|death|funeral|bereave\w*|widow\w*|fraud\w*|scam\w*|hacked|stolen|someone (?:got|has got|broke) into|taken over|smell of gas|gas leak|smoke|(?:on|caught|a) fire|fire (?:alarm|brigade)|carbon monoxide|injur\w*|hospital|ambulance|bleeding|vomit\w*|dizzy|fainted|chest pain|allergic|overdose|hurts?|in pain|unsafe|danger\w*)\b/i;
/** Thanks for their words as for a tip: "Thanks for sharing your comments", "Thank you for your feedback". */
const THANKS_FOR_WORDS = /^\W*(?:thanks|thank you)(?: so much)? for (?:sharing |your )(?:\w+ )?(?:comments?|feedback|thoughts|views|input|remarks)\b/i;
/** A sorry for the trouble or the inconvenience, however it is put. */
const TROUBLE_LINE = /\b(?:trouble|inconvenience|hassle|bother|disruption)\b/i;

interface FittedFinding {
  ruleId: string;
  start: number;
  end: number;
  text: string;
  suggestions: string[];
}

interface CustomerContext {
  customerName?: string | null;
  customerMessage?: string;
  /** The mood reader read the customer as upset (its `needsAcknowledgement`): frustrated, worried, let down. */
  upset?: boolean;
}

export function fitToCustomer<F extends FittedFinding>(text: string, findings: F[], customer: CustomerContext): F[] {
  const name = customer.customerName?.trim() ?? '';
  const asksWhen = ASKS_WHEN.test((customer.customerMessage ?? '').slice(0, 20_000));
  const grave = GRAVE.test((customer.customerMessage ?? '').slice(0, 20_000));
  const upset = customer.upset === true;
  if (!NAME.test(name) && !asksWhen && !grave && !upset) return findings;
  return findings.map((f) => {
    if (f.suggestions.length === 0) return f;
    if (upset && f.suggestions.some((s) => THANKS_FOR_WORDS.test(s))) {
      f = { ...f, suggestions: f.suggestions.filter((s) => !THANKS_FOR_WORDS.test(s)) };
      if (f.suggestions.length === 0) return f;
    }
    if (grave && f.suggestions.some((s) => TROUBLE_LINE.test(s))) {
      f = { ...f, suggestions: f.suggestions.filter((s) => !TROUBLE_LINE.test(s)) };
      if (f.suggestions.length === 0) return f;
    }
    if (NAME.test(name) && ROLE_GREETING_RULES.has(f.ruleId)) return greetByName(f, name);
    if (asksWhen && VAGUE_WHEN.test(f.text)) {
      const kept = f.suggestions.filter((s) => !BARE_PROMISE.test(sentenceAfter(text, f, s)));
      return kept.length === f.suggestions.length ? f : { ...f, suggestions: kept };
    }
    return f;
  });
}

function greetByName<F extends FittedFinding>(f: F, name: string): F {
  const salutation = SALUTATION.exec(f.text.trim())?.[0] ?? 'Hi';
  const named = `${salutation[0]!.toUpperCase()}${salutation.slice(1)} ${name}`;
  return { ...f, suggestions: [named, ...f.suggestions.filter((s) => s !== named && !/^(?:hi|hello) there\b/i.test(s))] };
}

/** The whole sentence around a finding with one suggestion in its place (a sentence ends at . ! ? or a line break). */
function sentenceAfter(text: string, f: FittedFinding, suggestion: string): string {
  let from = f.start;
  while (from > 0 && from > f.start - 400 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = f.end;
  while (to < text.length && to < f.end + 400 && !/[.!?\n]/.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return (text.slice(from, f.start) + suggestion + text.slice(f.end, to)).trim();
}
