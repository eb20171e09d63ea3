/**
 * The service principles every rule serves (docs/principles.md). The ids are stable:
 * rule packs and statistics refer to them.
 */
export const PRINCIPLE_IDS = [
  'interaction',
  'empathy',
  'ownership',
  'respect',
  'positivity',
  'plain-language',
  'welcome',
  'follow-through',
  'urgency',
] as const;

export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export interface Principle {
  id: PrincipleId;
  name: string;
  /** One line, as a team lead would explain it to a new agent. */
  summary: string;
}

export const PRINCIPLES: Record<PrincipleId, Principle> = {
  interaction: {
    id: 'interaction',
    name: 'Interaction',
    summary: 'Build a relationship: speak person to person, explain, offer a next step.',
  },
  empathy: {
    id: 'empathy',
    name: 'Empathy',
    summary: "See the situation through the customer's eyes and acknowledge how they feel.",
  },
  ownership: {
    id: 'ownership',
    name: 'Ownership',
    summary: 'Say what you will do, then do it: a person owns the outcome, not a faceless process.',
  },
  respect: {
    id: 'respect',
    name: 'Respect',
    summary: 'Ask politely, never blame, never talk down.',
  },
  positivity: {
    id: 'positivity',
    name: 'Positivity',
    summary: "Lead with what can be done, not with what can't.",
  },
  'plain-language': {
    id: 'plain-language',
    name: 'Plain language',
    summary: 'Use plain words and the customer’s own terms, not policy-speak.',
  },
  welcome: {
    id: 'welcome',
    name: 'Welcome',
    summary: 'Greet the customer by name and make a good first impression.',
  },
  'follow-through': {
    id: 'follow-through',
    name: 'Follow-through',
    summary: 'Close with a clear next step and an open door.',
  },
  urgency: {
    id: 'urgency',
    name: 'Urgency',
    summary: "Act in the customer's time: give concrete times and dates.",
  },
};
