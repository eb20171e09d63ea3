/**
 * Session 27's families of unsafe rewordings (issue #10 items 3–4), read on dev-extra-cy and a sample of the other dev
 * files and written again here in other words. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';
import { neighbourProblems, rewordingProblems } from './rewording-safety';

const analyzer = createAnalyzer(defaultPack);
const suggestionsOf = (text: string, ruleId: string) =>
  analyzer.analyze(text, { channel: 'email' }).findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.suggestions);

describe('s27: a cut that leaves the sentence hanging on a copula or a dash', () => {
  it.each([
    ["We're short-staffed so the refit will be whenever the yard has space.", "We're short-staffed so the refit will be."],
    ['we can squeeze you in but it might be when the rush dies down', 'we can squeeze you in but it might be'],
    ["Your order has been dispatched and it'll be with you when the courier gets round to it.", "Your order has been dispatched and it'll be."],
    ['A ten-year-old boiler will make some noise — that is just common sense.', 'A ten-year-old boiler will make some noise —.'],
    ['The paint needs two coats – surely that is obvious.', 'The paint needs two coats –.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).toMatch(/needs more after it/);
  });

  it.each([
    ["The refit will be whenever the yard has space.", "The refit will be done by Friday."],
    ['Let it be — we will sort it on Monday.', "Let it be. We'll sort it on Monday."],
    ['Please note that the refund has been issued.', 'The refund has been issued.'],
    ['That is just how it has always been, I am afraid.', "That's how it has always been."],
    ['Please be advised the hinge is exactly as it should be.', 'The hinge is exactly as it should be.'],
    ['Kindly note the colour is what it will be.', 'The colour is what it will be.'],
  ])('not refused for its end: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).not.toMatch(/needs more after it/);
  });
});

describe("s27: a queue is the team's work, not the agent's own", () => {
  it.each([
    'Warranty returns are dealt with in the order they are received.',
    'All planning objections are reviewed in the order received.',
    'We process adoption applications in the order they were received.',
  ])('no first-person promise: %s', (text) => {
    const offered = suggestionsOf(text, 'processed-in-order');
    expect(offered.length).toBeGreaterThan(0);
    for (const s of offered) expect(s).not.toMatch(/\bI(?:['’]m| am| will|['’]ll)\b/);
  });
});

describe('s27: how a path the customer chooses must be taken stays a duty', () => {
  it.each([
    'If you wish to appeal you must do so in writing within 28 days of this letter.',
    'If you want to make a claim you need to use the claim form on our website.',
    'If you would like to cancel, you must give us 30 days notice by email.',
    'If you decide to return the sofa you will need to book the collection yourself.',
  ])('no "Could you…?": %s', (text) => {
    for (const s of suggestionsOf(text, 'you-need-to')) expect(s).not.toMatch(/\bcould you\b/i);
  });
  it.each(['You need to restart the router.', 'To speed it up you need to clear the cache.'])('a plain step is still asked: %s', (text) => {
    expect(suggestionsOf(text, 'you-need-to').some((s) => /\bcould you\b/i.test(s))).toBe(true);
  });
});

describe('s27: "the relevant team" is not reworded into a stilted relative clause', () => {
  it.each(['Your complaint has been sent to the appropriate department for review.', 'I have passed your complaint to the concerned team.'])('%s', (text) => {
    const offered = suggestionsOf(text, 'relevant-team');
    expect(offered.length).toBeGreaterThan(0);
    for (const s of offered) expect(s).not.toMatch(/colleagues who/);
  });
});

describe('s27: a told-you-so cut that leaves the numbered place it pointed to as the opening', () => {
  it.each([
    ['As clearly stated in clause 7(b) of the hire agreement, the deposit is held for 14 days.', 'In clause 7(b) of the hire agreement, the deposit is held for 14 days.'],
    ['As already explained in section 3 of your policy, flood damage is excluded.', 'In section 3 of your policy, flood damage is excluded.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).toMatch(/orphaned fragment/);
  });
  it('a sentence that opened so before is left alone', () => {
    const s = 'In section 3 of the form, please add your new address.';
    expect(rewordingProblems(`Thank you for your enquiry. ${s}`, `Thanks for writing in. ${s}`).join('; ')).not.toMatch(/orphaned fragment/);
  });
});

describe('s27: "I\'m here to help" right before the reply sends the customer elsewhere', () => {
  const HELP = "I understand how worrying this is, and I'm here to help.";
  it.each([
    'Billing questions should be directed to accounts@example.com.',
    'Please refer to the out-of-hours number on the back of your card.',
    'This inbox is not monitored for urgent repairs.',
  ])('refused before: %s', (sentence) => {
    expect(neighbourProblems(sentence, `${HELP} ${sentence}`).join('; ')).toMatch(/promises help/);
  });
  it.each(['I have booked the engineer for Tuesday morning.', 'Your reference is KT-2231 and the refund is on its way.'])('kept before help that follows: %s', (sentence) => {
    expect(neighbourProblems(sentence, `${HELP} ${sentence}`).join('; ')).not.toMatch(/promises help/);
  });
});

describe('s27: an irregular past participle kept after "to"', () => {
  it.each([
    ['You should have sent the form sooner.', 'Next time, it can help to sent the form sooner.'],
    ['You ought to have taken photos at pick-up.', 'For next time, it may help to taken photos at pick-up.'],
    ['You should have told the driver.', 'Next time, it can help to told the driver.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).toMatch(/past participle after "to"/);
  });
  it.each([
    ['You should have sent the form sooner.', 'Next time, it can help to send the form sooner.'],
    ['We were able to found the charity in 1999.', 'We were able to found the charity in 1999 with your help.'],
    ['Please note the ticket is paid to date.', 'The ticket is paid to date.'],
  ])('not refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).not.toMatch(/past participle after "to"/);
  });
});
