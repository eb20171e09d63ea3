/**
 * Interaction over transaction: does the reply engage with the customer's problem, or send them
 * somewhere else? Plain linear regexes per sentence (alternations of words, bounded gaps).
 *
 * Deflection — a transaction however politely worded:
 * - `redirect`: another channel, page or team instead of help ("please contact phone support",
 *   "send us a private message", "visit our help centre", "raise a ticket");
 * - `refusal`: "we cannot assist with … here", "outside our remit", with no alternative;
 * - `template`: canned formulas ("greetings for the day", "we apologise for any inconvenience caused",
 *   "your request is important to us").
 * Engagement — an interaction:
 * - `action`: something the agent did or will do, in the first person ("I've refunded…", "I'll call you at 4");
 * - `diagnosis`: a question that moves the diagnosis forward ("Are these songs downloaded…?", "Which browser…?");
 * - `personal`: a personal touch ("Congrats on the sale!", "Enjoy the trip", "Good luck with the move");
 * - `echo`: the reply takes up the customer's own details (at least three of their distinctive words or numbers).
 */
import { gatedAlternation } from '../gated-alternation';
import type { ScoredSentence } from './features';

export type DeflectionKind = 'redirect' | 'refusal' | 'template';
export type EngagementKind = 'action' | 'diagnosis' | 'personal' | 'echo';

export interface ServiceReading {
  deflection: Set<DeflectionKind>;
  engagement: Set<EngagementKind>;
}

// REDIRECT and ACTION are gated branch by branch (`gatedAlternation`): V8 compiles a regex on its first use, and
// each of these big alternations cost the engine's first check several ms on any reply (issue #12).
const REDIRECT = gatedAlternation(
  [
    {
      needles: ['contact ', 'call ', 'ring ', 'phone ', 'email ', 'e-mail ', 'reach out to ', 'get in touch with ', 'speak ', 'talk to ', 'message ', 'write to ', 'visit ', 'dm ', 'go to ', 'head to ', 'pop into '],
      source: String.raw`\b(?:(?:contact|call|ring|phone|email|e-mail|reach out to|get in touch with|speak (?:to|with)|talk to|message|write to|visit|dm|go to|head to|pop into) (?:our|the|your|a|any)\b[^.!?]{0,40}?\b(?:support|team|department|desk|helpline|hotline|line|office|branch|store|shop|surgery|partner|carrier|courier|provider|centre|center|portal|website|site|venue|hotel|restaurant|box office|manufacturer|bank|agents?|specialists?|forum))\b`,
    },
    { needles: ['private message', 'direct message'], source: String.raw`\b(?:(?:send|drop) us (?:a |an )?(?:private|direct) message)\b` },
    { needles: [' dm', ' private message', ' direct message', ' pm'], source: String.raw`\b(?:(?:via|by|through|in|over) (?:a )?(?:dm|private message|direct message|pm))\b` },
    { needles: ['dm us'], source: String.raw`\b(?:(?:please )?dm us)\b` },
    {
      needles: [' website', ' help', ' support ', ' faq', ' community forum', ' knowledge', ' terms', ' release notes', ' troubleshooting', ' survey'],
      source: String.raw`\b(?:(?:visit|check|see|refer to|go to|head to|read|use) (?:our|the) (?:website|help ?cent(?:re|er)|help (?:page|article|section)|support (?:page|site|portal|article)|faq|faqs|community forum|knowledge ?base|terms|release notes|troubleshooting|survey))\b`,
    },
    { needles: ['ticket', 'request', 'case', 'form', 'return'], source: String.raw`\b(?:(?:raise|open|submit|log|create|start) (?:a |an )?(?:new )?(?:ticket|request|case|form|return))\b` },
    { needles: ['fill in ', 'fill out '], source: String.raw`\b(?:fill (?:in|out) (?:the|our) (?:form|contact form))\b` },
    { needles: ['contact us ', 'call us '], source: String.raw`\b(?:(?:contact|call) us (?:on|at|via))\b` },
    { needles: ['online banking', 'returns portal', 'support portal', 'contact form', 'app settings'], source: String.raw`\b(?:(?:through|via|using|in) (?:our |the )?(?:online banking|returns portal|support portal|contact form|app settings))\b` },
    { needles: ['try again later'], source: String.raw`\b(?:try again later)\b` },
    { needles: [' directly'], source: String.raw`\b(?:contact (?:the )?\w+ directly)\b` },
    { needles: [' support', ' care', ' service', ' team'], source: String.raw`\b(?:(?:contact|call|email|reach) (?:customer|phone|technical|tech|billing) (?:support|care|service|team))\b` },
  ],
  'i',
);
const REFUSAL = gatedAlternation([{ needles: ['cannot', "can't", 'can not', 'able to', 'outside', 'not something', 'handled by', 'character'], source: String.raw`\b(?:(?:we|i) (?:cannot|can't|can not|are unable to|am unable to|aren't able to|am not able to|are not able to) (?:assist|help|discuss|handle|deal) with|(?:we|i) (?:cannot|can't|are unable to|am unable to) (?:assist|help|discuss) (?:you )?(?:here|on|over|via)|outside (?:our|my|the) (?:remit|scope)|not something (?:we|i) (?:can|are able to) (?:help|assist) with|(?:is|are) handled by (?:a different|another|our [a-z]+) (?:team|department)|due to (?:a )?character (?:constraint|limit))` }], 'i');
const TEMPLATE = gatedAlternation([{ needles: ['greetings', 'request you to', 'inconvenience', 'important to us', 'we value your', 'finds you well', 'please be advised', 'regret to inform'], source: String.raw`\b(?:greetings (?:of|for) the day|i request you to|we apologi[sz]e for any inconvenience(?: (?:this may have|this has|that this|it may have) caused| caused)?|(?:your|this) (?:call|request|query|feedback|inquiry|enquiry) is (?:very )?important to us|we value your (?:feedback|business)|hope this (?:email|message) finds you well|please be advised|we regret to inform you)\b` }], 'i');

const ACTION = gatedAlternation(
  [
    {
      needles: ["i've ", 'i have '],
      source: String.raw`\b(?:i(?:'ve| have)(?: just| now| already| gone ahead and)? (?:refunded|sent|issued|reset|booked|rebooked|changed|updated|fixed|added|moved|cancell?ed|arranged|credited|escalated|checked|looked|found|passed|replaced|reactivated|unlocked|applied|waived|extended|restored|ordered|reserved|approved|set|made|corrected|removed|raised|spoken|asked|flagged|reported|tested|reproduced|created|scheduled|upgraded|switched|confirmed|traced|located|resent|re-sent))\b`,
    },
    { needles: ['i '], source: String.raw`\b(?:i (?:refunded|sent|issued|reset|booked|changed|updated|fixed|added|moved|cancell?ed|arranged|credited|escalated|checked|found|replaced|unlocked|applied|waived|extended|restored|ordered|approved|corrected|tested|reproduced|traced|resent))\b` },
    {
      needles: ["i'll ", 'i will '],
      source: String.raw`\b(?:i(?:'ll| will) (?:send|call|ring|refund|book|rebook|change|update|fix|add|move|cancel|arrange|credit|check|look into|chase|follow up|email|text|keep|reset|replace|unlock|apply|waive|extend|restore|order|personally))\b`,
    },
    { needles: ["i'm ", 'i am '], source: String.raw`\b(?:i(?:'m| am) (?:sending|calling|booking|refunding|checking|looking into|chasing|fixing|adding|arranging|escalating|ordering|replacing))\b` },
    { needles: ['let me '], source: String.raw`\b(?:let me (?:check|look|take a look|dig|find|see|pull up))\b` },
    { needles: ["let's take a look"], source: String.raw`\b(?:let's take a look)\b` },
    { needles: [' way'], source: String.raw`\b(?:(?:is|are) (?:now )?on (?:its|their|the) way)\b` },
  ],
  'i',
);
const DIAGNOSIS = gatedAlternation([{ needles: ['?'], source: String.raw`(?:^|[,;:]\s*|\b(?:so|and|also|first)\s)(?:are|is|do|does|did|have|has|were|was|which|what|when|where) (?:these|those|the|your|you|it|they|this|that|version|browser|device|model|error|message|order|number|time|date|app|phone|card)\b[^?]{0,120}\?` }], 'i');
const PERSONAL = gatedAlternation([{ needles: ['congrat', 'happy ', 'good luck', 'enjoy ', 'have a', 'safe travels', 'hope ', 'sounds ', 'what a ', 'i love ', 'glad'], source: String.raw`\b(?:congrat(?:s|ulations)|happy (?:birthday|anniversary|holidays)|good luck|enjoy (?:the|your|it|them|every)|have (?:a|an) (?:great|lovely|wonderful|fantastic|safe|brilliant) (?:trip|time|day|weekend|holiday|flight|evening|party|wedding|move)|safe travels|hope (?:you|your|the|it|they) (?:enjoy|have|love|feel|get|are|is)|sounds (?:like )?(?:a )?(?:lovely|amazing|great|wonderful|fun|exciting)|what a (?:lovely|great|wonderful)|i love (?:that|the|your)|(?:so|really) glad (?:to hear|you|it|the))\b` }], 'i');

const STOP = new Set(
  'about above after again against also been before being below between both could does doing down during each from further have having here hers into just more most once only other over same should some such than that their theirs them then there these they this those through under until very were what when where which while whom will with would your yours thanks thank please hello there sorry help need want know like just still really'.split(' '),
);

/** The customer's distinctive words and numbers: what a reply that listened would take up. */
function customerDetails(message: string): Set<string> {
  const details = new Set<string>();
  for (const m of message.slice(0, 4000).toLowerCase().matchAll(/[a-z][a-z'-]{3,}|\d[\d.,:/-]{1,}/g)) if (!STOP.has(m[0])) details.add(m[0]);
  return details;
}

interface SentenceSignals {
  text: string;
  kinds: (DeflectionKind | EngagementKind)[];
  details: string[];
}

// Per sentence, remembered on its (analyzer-cached) markers object: a one-word edit re-reads one sentence.
const signalCache = new WeakMap<ScoredSentence['markers'], SentenceSignals>();
const DETAIL = /[a-z][a-z'-]{3,}|\d[\d.,:/-]{1,}/g;

function sentenceSignals(s: ScoredSentence): SentenceSignals {
  const cached = signalCache.get(s.markers);
  if (cached && cached.text === s.text) return cached;
  const t = s.text.replace(/’/g, "'");
  const kinds: SentenceSignals['kinds'] = [];
  if (REDIRECT.test(t)) kinds.push('redirect');
  if (REFUSAL.test(t)) kinds.push('refusal');
  if (TEMPLATE.test(t)) kinds.push('template');
  if (ACTION.test(t)) kinds.push('action');
  if (DIAGNOSIS.test(t)) kinds.push('diagnosis');
  if (PERSONAL.test(t)) kinds.push('personal');
  const signals = { text: s.text, kinds, details: [...new Set(s.text.toLowerCase().match(DETAIL) ?? [])] };
  signalCache.set(s.markers, signals);
  return signals;
}

const DEFLECTIONS = new Set<string>(['redirect', 'refusal', 'template']);
let lastDetails: { message: string; details: Set<string> } = { message: '', details: new Set() };

export function readService(sentences: readonly ScoredSentence[], customerMessage?: string): ServiceReading {
  const deflection = new Set<DeflectionKind>();
  const engagement = new Set<EngagementKind>();
  const signals = sentences.map(sentenceSignals);
  for (const s of signals) {
    for (const k of s.kinds) {
      if (DEFLECTIONS.has(k)) deflection.add(k as DeflectionKind);
      else engagement.add(k as EngagementKind);
    }
  }
  if (customerMessage) {
    if (lastDetails.message !== customerMessage) lastDetails = { message: customerMessage, details: customerDetails(customerMessage) };
    const used = new Set<string>();
    for (const s of signals) for (const d of s.details) if (lastDetails.details.has(d)) used.add(d);
    if (used.size >= 3) engagement.add('echo');
  }
  return { deflection, engagement };
}
