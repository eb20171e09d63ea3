/**
 * Session 28 (issue #10): warm replies whose next step sits above a last line the closing check did not read past or
 * did not know: thanks or cheers with a word for the customer ("Cheers mate."), an invitation to call in ("Come by for a
 * tour any weekday after 2. Ask for me."), and a tip that leaves the customer something to do ("One tip: …, so take
 * the bus"). Beside each, the cold form with nothing to do still gets the card. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const CALM = 'Hi, quick question about next week, thanks.';
const nextStep = (text: string, channel: 'email' | 'chat' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage: CALM }).findings.some((f) => f.ruleId === 'next-step-missing');

describe('s28: the next step above a last line of thanks, an invitation or a tip', () => {
  it.each([
    "Hi Sam,\n\nWe'll be at yours to cut the top paddock on Thursday morning. Forecast looks dry all week. Cheers mate.\n\nGreg",
    'Hi Sam,\n\nOur crew will fit the ramp on Friday morning. It takes about two hours. Thanks all!\n\nGreg',
    'Hi Sam,\n\nWe have space for your van in the yard, £40 a week with power. Come by for a look any weekday after 3. Ask for me.\n\nGreg',
    'Hi Sam,\n\nThe studio has a grand piano and seats 30. Pop in on Saturday morning and see it for yourself.\n\nGreg',
    "Hi Sam,\n\nThe barge is moored at the far end of the quay. One tip: the last tram leaves at midnight, so take the night bus if you land late.\n\nGreg",
  ])('no next-step-missing: %j', (text) => expect(nextStep(text)).toBe(false));
  it.each([
    'Hi Sam,\n\nYour request has been logged. Cheers mate.\n\nGreg',
    'Hi Sam,\n\nThe workshop is closed on Mondays. Thanks all!\n\nGreg',
    'Hi Sam,\n\nThe studio has a grand piano and seats 30. Lots of people come by on Saturdays.\n\nGreg',
    'Hi Sam,\n\nThe barge is moored at the far end of the quay. Tips are shared among the crew.\n\nGreg',
  ])('still missing: %j', (text) => expect(nextStep(text)).toBe(true));
});
