/**
 * Customers upset by a situation told as a fact (read by grammar, mood/situations.ts) are owed an acknowledgement:
 * a formula apology names nothing they went through and does not pay it; a sorry that names their loss does.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';

const analyzer = createAnalyzer(defaultPack);
const asks = (customerMessage: string, opening: string) =>
  analyzer
    .analyze(`Hi Sam,\n\n${opening} Our engineer will come on Tuesday at 9am.\n\nRegards,\nJo`, { customerMessage, channel: 'email' })
    .findings.some((f) => f.ruleId === 'acknowledge-feelings');

const LOST_A_DAY = 'I took a day off work for your engineer and nobody came. That is a day of pay gone.';
const CHILD_HURT = 'My daughter cut her hand on the broken tile your fitter left by the back door.';
const BILLED = 'You have billed me £212 for a flat I moved out of in August.';

describe('acknowledging a situation told as a fact', () => {
  it.each([
    [LOST_A_DAY, 'Apologies for any inconvenience caused.'],
    [CHILD_HURT, 'We apologise for any inconvenience this may have caused.'],
    [BILLED, 'Apologies for the inconvenience.'],
  ])('a formula apology is no acknowledgement (%s)', (message, opening) => {
    expect(asks(message, opening)).toBe(true);
  });

  it.each([
    [LOST_A_DAY, "I'm sorry this has cost you a day's work."],
    [CHILD_HURT, "I'm so sorry your daughter was hurt, that must have been frightening."],
    [BILLED, "I'm sorry you've been billed for a flat you'd already left; that's our mistake."],
  ])('a sorry that names what happened is one (%s)', (message, opening) => {
    expect(asks(message, opening)).toBe(false);
  });

  it('a calm question about a sum asks for none', () => {
    expect(asks('When will the £120 refund reach my account?', 'The refund left us on Monday.')).toBe(false);
  });
});
