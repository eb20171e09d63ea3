import type { Sentence, Paragraph } from '../segment';
import type { SentenceMarkers } from '../markers';
import type { MoodReading } from '../types';
import type { SentenceDoc } from '../phrase';

export interface CheckedSentence extends Sentence {
  markers: SentenceMarkers;
  doc: SentenceDoc;
}

/** What a whole-reply check sees: the segmented reply, its markers and the customer's mood. */
export interface CheckContext {
  text: string;
  sentences: CheckedSentence[];
  paragraphs: Paragraph[];
  totals: SentenceMarkers;
  mood: MoodReading | null;
  customerName: string | null;
}

export interface CheckHit {
  start: number;
  end: number;
  suggestions: string[];
}

export interface StructureCheck<Options> {
  run(context: CheckContext, options: Options): CheckHit[];
}

/** True for a short line that only signs the reply off ("Best,", "Anna", "— The Support Team"). */
export function isSignOff(s: Sentence): boolean {
  return s.ownLine && s.text.split(/\s+/).length <= 4 && !/[.?]$/.test(s.text);
}

/** The sentences of the reply's body: without the greeting line and the sign-off lines. */
export function bodySentences(ctx: CheckContext): CheckedSentence[] {
  const body = [...ctx.sentences];
  while (body.length > 1 && isSignOff(body[body.length - 1]!) && !body[body.length - 1]!.markers.offer) body.pop();
  if (body.length > 1 && body[0]!.ownLine && body[0]!.markers.greeting) body.shift();
  return body;
}

export function greetingFor(name: string | null): string {
  return name ? `Hi ${name},` : 'Hi there,';
}
