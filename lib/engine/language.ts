/** Is this reply English? Rapport only coaches English and says so instead of flooding other languages with flags. */
import type { LanguageCheck } from './types';

const ENGLISH_FUNCTION_WORDS = new Set(
  'the a an and to of in is are was were you your i we it for on that this with be have has will can please thanks thank hi hello my our not do if at as me so but or from by all just would could me us they them there here what when how'.split(' '),
);

/** How much of the draft to sample: a reply's language shows in its first lines. */
const SAMPLE = 3000;

let last: { sample: string; result: LanguageCheck } | null = null;

/** The same sample gives the same answer: while the agent types further down, it is not read again. */
export function checkLanguage(text: string): LanguageCheck {
  const sample = text.slice(0, SAMPLE);
  if (last?.sample === sample) return { ...last.result };
  const result = detect(sample);
  last = { sample, result };
  return { ...result };
}

function detect(sample: string): LanguageCheck {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { checked: false, reason: 'empty' };
  const letters = words.join('');
  const latin = letters.match(/[a-z]/g)?.length ?? 0;
  if (latin / letters.length < 0.5) return { checked: false, reason: 'not-english' };
  if (words.length >= 6) {
    const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
    if (english / words.length < 0.1) return { checked: false, reason: 'not-english' };
  }
  return { checked: true };
}
