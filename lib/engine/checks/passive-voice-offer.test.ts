/** The faceless offer ("A credit note can be issued on request"): an offer with nobody to make it (issue #10, session 20). */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';

const analyzer = createAnalyzer(defaultPack);
const faceless = (text: string) =>
  analyzer.analyze(text).findings.some((f) => (f.merged ?? [f]).some((m) => m.ruleId === 'faceless-passive'));

describe('faceless offer', () => {
  it.each([
    'A credit note can be issued on request.',
    'An incident form can be requested from reception.',
    'A return can be arranged once the frames are received back unused.',
    'A partial refund may be considered.',
    'Any refund can be requested through the portal.',
    'A technician appointment can also be arranged.',
  ])('flags %s', (text) => expect(faceless(text)).toBe(true));

  it.each([
    'I can arrange a return for you today.',
    'A return can be arranged by our team, and I will book it now.',
    "A credit note can be issued on request, and I'll send yours today.",
    'Your refund can be requested through the portal.',
    'The form can be found on our website.',
    'A new part has been ordered and arrives on Friday.',
  ])('passes %s', (text) => expect(faceless(text)).toBe(false));
});
