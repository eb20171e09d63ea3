/**
 * The warmth score in words, from what moved it most: "Warm: you thanked them, said what you did
 * and gave a time." Pure: the score's breakdown in, one sentence out.
 */
import type { ScoreBreakdown } from '../score';

const band = (warmth: number) => (warmth < 40 ? 'Cold' : warmth < 60 ? 'Neutral' : 'Warm');

/** What each strategy or signal sounds like, said to the agent. */
const WARM_WORDS = new Map<string, string>(Object.entries({
  gratitude: 'you thanked them',
  greeting: 'you greeted them',
  acknowledgement: 'you acknowledged how they feel',
  politeRequest: 'you asked politely',
  deferentialQuestion: 'you asked what they think',
  askingQuestion: 'you asked rather than told',
  hedge: 'you softened your points',
  ownership: 'you took ownership',
  offer: 'you offered more help',
  positive: 'you kept it positive',
  concreteTime: 'you gave a time',
  deference: 'you gave them credit',
  indirect: 'you asked gently',
  enthusiasm: 'you sounded glad to help',
  firstPersonStart: 'you spoke for yourself',
  question: 'you asked them a question',
  action: 'you said what you did',
  diagnosis: 'you asked a question that moves the fix forward',
  personal: 'you added a personal touch',
  echo: 'you took up their own details',
}));

const COLD_WORDS = new Map<string, string>(Object.entries({
  directQuestion: 'a bare question',
  whyQuestion: 'a "why" question',
  secondPersonStart: 'sentences that start with "you"',
  factuality: 'talking down ("clearly", "actually")',
  rhetorical: 'a rhetorical question',
  accusation: 'blaming them',
  butAfterPoliteness: '"thanks, but…"',
  negative: 'negative words',
  directStart: 'an abrupt start',
  pleaseStart: 'opening on "Please…"',
  question: 'a string of questions',
  redirect: 'sending them elsewhere instead of helping',
  refusal: 'a refusal with no alternative',
  template: 'template wording',
  findings: 'what is flagged',
  short: 'being very short',
}));

/** The marker a model feature belongs to (`first:gratitude` → gratitude); word features have none. */
function markerOf(feature: string): string[] {
  const [kind, rest] = [feature.slice(0, feature.indexOf(':')), feature.slice(feature.indexOf(':') + 1)];
  if (kind === 'm' || kind === 'first' || kind === 'last') return [rest];
  if (kind === 'x') return rest.split('&');
  return [];
}

const joinPhrases = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export function explainScore(warmth: number, breakdown: ScoreBreakdown | null): string {
  if (!breakdown) return 'Nothing to score yet.';
  // Each reason's pull on the score, in points (the model's z share scaled by the sigmoid's slope here).
  const slope = (breakdown.politeness / 100) * (1 - breakdown.politeness / 100) * 100;
  const pull = new Map<string, number>();
  const addPull = (key: string, points: number) => pull.set(key, (pull.get(key) ?? 0) + points);
  for (const [feature, share] of breakdown.contributions) {
    const markers = markerOf(feature);
    for (const m of markers) addPull(m, (share * slope) / markers.length);
  }
  for (const k of breakdown.service.engagement) addPull(k, 8);
  for (const k of breakdown.service.deflection) addPull(k, -14);
  if (breakdown.findingPoints > 0) addPull('findings', -breakdown.findingPoints);
  if (breakdown.capped === 'short') addPull('short', -20);

  const warm = [...pull].filter(([k, v]) => v >= 1.5 && WARM_WORDS.has(k) && breakdown.credited.has(k)).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => WARM_WORDS.get(k)!);
  const cold = [...pull].filter(([k, v]) => v <= -1.5 && COLD_WORDS.has(k)).sort((a, b) => a[1] - b[1]).slice(0, 2).map(([k]) => COLD_WORDS.get(k)!);
  const label = band(warmth);
  if (warm.length === 0 && cold.length === 0) return `${label}: plain and to the point, with little either way.`;
  if (cold.length === 0) return `${label}: ${joinPhrases(warm)}.`;
  if (warm.length === 0) return label === 'Cold' ? `${label}: it loses warmth to ${joinPhrases(cold)}.` : `${label}: polite on the whole, but it loses warmth to ${joinPhrases(cold)}.`;
  return `${label}: ${joinPhrases(warm)}, but it loses warmth to ${joinPhrases(cold)}.`;
}
