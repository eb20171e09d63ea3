/**
 * Rapport's only compromise extension: service vocabulary, registered once in nlp.ts.
 * Rules match on these tags instead of repeating word lists (STYLE.md, compromise section).
 */

import nlp from 'compromise';

interface HookTerm {
  normal: string;
  tags: Set<string>;
}
interface HookView {
  docs: HookTerm[][];
  world: { model: { one: { lexicon: Record<string, unknown> } } };
}

/** The endings of a noun for someone who does something: renter, hirer, debtor, claimant, payee, cyclist. */
const AGENT_ENDING = /^[a-z]{2,}(?:[^aeiou]er|ier|[^aeiou]or|ant|ee|ist)s?$/;
/** Tags that say compromise already knows what the word is: a person's name, a title, a pronoun, a possessive, a club or a place. */
const NOT_AN_AGENT = ['Person', 'Honorific', 'Pronoun', 'Acronym', 'Verb', 'Adjective', 'Possessive', 'Organization', 'Place'];

/**
 * The verbs a doer's name may come from ("hirer" hire, "runner" run, "organiser" organise, "defendant" defend, "payee"
 * pay, "cyclist" cycle). A name with such an ending comes from none ("Prashant", "Kishor", "Ryder", "Chandler").
 */
function stemsOf(noun: string): string[] {
  const w = /(?:er|or|ant|ee|ist)s$/.test(noun) ? noun.slice(0, -1) : noun;
  const doubled = (stem: string) => (/([^aeiou])\1$/.test(stem) ? [stem.slice(0, -1)] : []);
  if (w.endsWith('ier')) return [`${w.slice(0, -3)}y`];
  if (w.endsWith('er') || w.endsWith('or') || w.endsWith('ee')) return [w.slice(0, -2), w.slice(0, -1), `${w.slice(0, -2)}e`, ...doubled(w.slice(0, -2))];
  return [w.slice(0, -3), `${w.slice(0, -3)}e`]; // -ant, -ist
}
/** Whether compromise knows the word as a verb's plain form. */
const isPlainVerb = (word: string) => word.length >= 2 && nlp(word).has('(#Infinitive|#PresentTense)');

/**
 * `#AgentNoun`: a noun compromise does not know that names a doer by its ending alone ("Renter", "Hirer", "Haulier",
 * "Bidder", "Defendant", "Organiser", and things too: "router"). compromise tags such a word after "Dear" as a proper
 * noun, exactly like a name it does not know ("Dear Ngozi"), so a salutation to a role read as one to a person. Only
 * where a person is addressed does it mean a role (dear-customer). A word in compromise's lexicon keeps compromise's
 * reading (a known surname, "Walker", stays a name; "driver" is #Actor), and the word must come from a verb compromise
 * knows (stemsOf), so a name it does not know with such an ending ("Prashant", "Kishor", "Skyler") stays a name. A name
 * that is also a doer ("Tucker") still reads as a role.
 */
function tagAgentNouns(view: HookView): void {
  const lexicon = view.world.model.one.lexicon;
  for (const terms of view.docs) {
    for (const term of terms) {
      const word = term.normal;
      if (word.length < 5 || !AGENT_ENDING.test(word) || !term.tags.has('Noun')) continue;
      if (NOT_AN_AGENT.some((tag) => term.tags.has(tag)) || lexicon[word] !== undefined) continue;
      if (word.endsWith('s') && lexicon[word.slice(0, -1)] !== undefined) continue;
      // A doer of something compromise knows to do: "Prashant" or "Ryder" is a name, not one who "prashes" or "ryds".
      if (!stemsOf(word).some(isPlainVerb)) continue;
      term.tags.add('AgentNoun');
    }
  }
}

export const rapportPlugin = {
  tags: {
    Bureaucratic: { isA: 'Adverb' },
    AgentNoun: { isA: 'Noun' },
  },
  words: {
    kindly: 'Bureaucratic',
    herewith: 'Bureaucratic',
    hereby: 'Bureaucratic',
    henceforth: 'Bureaucratic',
    aforementioned: 'Adjective',
    // compromise reads these as proper nouns at the start of a sentence.
    per: 'Preposition',
    asap: 'Adverb',
    // A doer whose verb compromise does not know on its own ("haul").
    haulier: 'AgentNoun',
    hauliers: 'AgentNoun',
  },
  compute: { agentNouns: tagAgentNouns },
  hooks: ['agentNouns'],
};
