/**
 * Properties of the whole-reply checks on warm replies: whatever the customer wrote and however the agent words it,
 * an acknowledgement the customer can read as one silences acknowledge-feelings, a next step before any pleasantry
 * silences next-step-missing, and the same reply without them is still flagged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, customerMessage?: string) => analyzer.analyze(text, { customerMessage, channel: 'email' }).findings.map((f) => f.ruleId);

const UPSET_MESSAGES = [
  "I've written three times about the broken heater and nobody has replied. This is ridiculous.",
  'Someone has taken £300 from my account without my permission, I need it back now.',
  'My withdrawal has been pending for 5 days. I need those funds.',
  'The sofa arrived damaged and the delivery was two weeks late. Really disappointed.',
  'Your engineer turned up 3 hours late and then left without fixing the boiler.',
];
const ACKNOWLEDGEMENTS = [
  'Sorry for any trouble with this!',
  "I'm so sorry about this.",
  'I completely understand how frustrating this is.',
  'Thanks for your patience while we looked into it.',
  "That's a horrible thing to come home to.",
  'Apologies for the hassle.',
];
const BODIES = [
  "I've refunded the full amount today and it will reach your card by Friday.",
  "A replacement is booked for Thursday morning, and I'll text you when the driver sets off.",
  'Our engineer, Sam, will call you at 9am tomorrow to arrange the repair.',
];
const NEXT_STEPS = [
  "Let me know if it hasn't arrived by Friday.",
  "Sam will ring you when he's ten minutes away.",
  'See you on Saturday!',
  'Your new card is on its way.',
  "If anything else comes up, just reply and I'll pick it up.",
  "There's nothing else you need to do.",
];
const PLEASANTRIES = ['', 'Have a lovely weekend!', 'Feel better soon!', 'Safe travels!', 'Hope that helps!', 'Take care.', 'Thanks again for flagging it.'];
const CLOSED = 'The refund of £20 was processed on our side this morning. The old plan was closed at the same time.';

describe('whole-reply checks on warm replies (properties)', () => {
  it('never ask an upset customer for an acknowledgement the reply already makes, and do ask without one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UPSET_MESSAGES), fc.constantFrom(...ACKNOWLEDGEMENTS), fc.constantFrom(...BODIES), (message, ack, body) => {
        expect(ruleIds(`Hi Jo,\n\n${ack} ${body}\n\nBest,\nSam`, message)).not.toContain('acknowledge-feelings');
        expect(ruleIds(`Hi Jo,\n\n${body}\n\nBest,\nSam`, message)).toContain('acknowledge-feelings');
      }),
      { numRuns: 30 },
    );
  });

  it('read a next step before any pleasantry, and flag the same reply with none', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEXT_STEPS), fc.constantFrom(...PLEASANTRIES), (step, pleasantry) => {
        const tail = pleasantry ? `\n\n${pleasantry}` : '';
        expect(ruleIds(`Hi Jo,\n\n${CLOSED} ${step}${tail}\n\nBest,\nSam`)).not.toContain('next-step-missing');
        expect(ruleIds(`Hi Jo,\n\n${CLOSED}${tail}\n\nBest,\nSam`)).toContain('next-step-missing');
      }),
      { numRuns: 30 },
    );
  });
});
