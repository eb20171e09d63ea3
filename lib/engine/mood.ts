/**
 * Reads how the customer feels from their message, so the coach knows when a reply
 * must acknowledge it (and when a thank-you note needs no apology back).
 */
import type { Mood, MoodReading } from './types';

const CUES: Record<Mood, RegExp> = {
  frustrated:
    /\b(frustrat\w*|annoy\w*|angry|furious|ridiculous|unacceptable|disappoint\w*|fed up|sick of|terrible|awful|worst|useless|rude|still (not|no|hasn['’]t|haven['’]t|doesn['’]t|isn['’]t|can['’]t|waiting)|again|nobody|no one|no response|for (a|one|two|three|\d+) (days?|weeks?|months?)|(three|two|several|\d+) (days?|weeks?|months?)|waited|waiting|broken|broke|damaged|dirty|wrong|cancell?ed|declined|deleted|lost|never (arrived|received|got)|can['’]t get through|keeps? (dropping|crashing|failing)|dropping|doesn['’]t work|not working|stopped working|can['’]t log ?in|locked out|charged twice|overcharged|scam|complain\w*|!{2,})\b|!{2,}|\?{2,}/gi,
  worried:
    /\b(worr\w*|concern\w*|anxious|nervous|scared|afraid|fear|panic\w*|what if|is it safe|hacked|fraud\w*|stolen|without (asking|permission)|unauthori[sz]ed|don['’]t know what to do)\b/gi,
  urgent:
    /\b(urgent\w*|asap|as soon as possible|immediately|right now|right away|today|tonight|tomorrow|deadline|emergency|need (it|this|to be|to)\b[^.!?]*\b(today|tomorrow|tonight|by)|time[- ]sensitive|quickly|hurry)\b/gi,
  confused:
    /\b(confus\w*|don['’]t understand|do not understand|not sure|unsure|unclear|doesn['’]t make sense|makes no sense|which (one|plan|option)|how do i|how can i|what does|what do i|i['’]m lost|no idea|puzzled|why (is|did|does|was)|higher|explain)\b/gi,
  happy:
    /\b(thank(s| you)|thx|great|awesome|love|perfect(ly)?|works (perfectly|great|now)|appreciate\w*|amazing|wonderful|excellent|brilliant|happy|delighted|fantastic)\b/gi,
};

const ORDER: Mood[] = ['frustrated', 'worried', 'urgent', 'confused', 'happy'];

export function readMood(message: string | undefined): MoodReading | null {
  if (!message || message.trim() === '') return null;
  const text = message.slice(0, 20_000);
  const evidence: MoodReading['evidence'] = [];
  const strength: Partial<Record<Mood, number>> = {};
  for (const mood of ORDER) {
    for (const m of text.matchAll(CUES[mood])) {
      evidence.push({ mood, text: m[0] });
      strength[mood] = (strength[mood] ?? 0) + 1;
    }
  }
  // Shouting in capitals reads as frustration.
  if (/\b[A-Z]{4,}\b.*\b[A-Z]{4,}\b/.test(text)) {
    evidence.push({ mood: 'frustrated', text: 'capital letters' });
    strength.frustrated = (strength.frustrated ?? 0) + 1;
  }
  const negative = (strength.frustrated ?? 0) + (strength.worried ?? 0) + (strength.urgent ?? 0) + (strength.confused ?? 0);
  // "Thanks, but this is still broken" is not a happy customer.
  if (strength.happy && negative > 0) strength.happy = Math.max(0, strength.happy - negative);
  const moods = ORDER.filter((m) => (strength[m] ?? 0) > 0);
  const primary = moods.reduce<Mood | null>((best, m) => (best === null || strength[m]! > strength[best]! ? m : best), null);
  return {
    moods,
    primary,
    needsAcknowledgement: moods.some((m) => m !== 'happy'),
    evidence: evidence.filter((e) => moods.includes(e.mood)),
    customerName: signatureName(text),
  };
}

const SIGN_OFF = /(?:^|\n)\s*(?:thanks|thank you|thx|regards|best|best regards|kind regards|cheers|sincerely|br)[,!.]?\s*\n?\s*([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s*[.!]?\s*$/i;
const BARE_NAME = /\n\s*[-–—]?\s*([A-Z][a-z]{1,20})(?:\s+[A-Z][a-z]+)?\s*$/;

/** The first name a customer signs with ("Thanks, Maria" / "— Maria Lopez"), or null. */
export function signatureName(message: string): string | null {
  const m = SIGN_OFF.exec(message) ?? BARE_NAME.exec(message);
  const name = m?.[1];
  if (!name || /^(thanks|regards|best|cheers|hi|hello|please|sorry)$/i.test(name)) return null;
  return name[0]!.toUpperCase() + name.slice(1);
}
