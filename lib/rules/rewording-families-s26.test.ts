/**
 * Session 26's families of unsafe rewordings (issue #10 items 3–4), read on dev-extra-ct and written again here in other
 * words: "settle down" said of a thing or a pet read as "calm down" and replaced by an acknowledgement (the news lost);
 * the order's tail left hanging off the acknowledgement ("I can see how frustrating this is and wait…"); a contracted
 * statement after the order's comma left as a comma splice; a cut of a pointer to the page where a fact is written down
 * ("as stated in your booking confirmation"), which is information, not a brush-off. Each has near misses that must
 * still be offered or flagged. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';
import { rewordingProblems } from './rewording-safety';
import { appliedRewordings as applied } from './testing/applied-rewordings';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.map((f) => f.ruleId);
/** Every rewording any rule offers on `text`, as Apply would leave it. */
function allApplied(text: string): string[] {
  return analyzer
    .analyze(text, { channel: 'email' })
    .findings.flatMap((f) => f.suggestions.map((s) => text.slice(0, f.start) + s + text.slice(f.end)));
}

describe('s26: "settle down" said of a thing, a pet or a trend is news, not an order to calm down', () => {
  it.each([
    'Once it has primed, the pump should settle down.',
    'The itching usually calms down in a day or two.',
    'Your dog may need a week to settle down in the new kennel.',
    'Prices tend to cool down after January.',
    'New carpets shed at first, but it soon settles down.',
  ])('not flagged: %s', (text) => {
    expect(ruleIds(text)).not.toContain('calm-down');
  });

  it.each(['Please settle down.', 'You need to calm down.', 'Calm down and let me check.', 'Please stay calm.'])('still flagged: %s', (text) => {
    expect(ruleIds(text)).toContain('calm-down');
  });
});

describe("s26: the acknowledgement that replaces an order does not keep the order's tail", () => {
  it.each([
    ['Everyone should calm down and queue properly.', 'I can see how frustrating this is and queue properly.'],
    ['You must calm down before we carry on.', 'I understand why this is upsetting before we carry on.'],
    ['Please stay calm until the driver arrives.', 'I can see how frustrating this is until the driver arrives.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after, '').join(' ')).toContain("order's tail");
  });

  it.each([
    ['Calm down, I will check it.', "I can see how frustrating this is and I'll check it."],
    ['Calm down, we will fix it.', 'I understand why this is upsetting and we will fix it today.'],
  ])('an acknowledgement joined to the agent\'s own act is no tail: %s', (before, after) => {
    expect(rewordingProblems(before, after, '').join(' ')).not.toContain("order's tail");
  });

  it('a contracted statement after the comma becomes its own sentence, not a splice', () => {
    expect(applied("Calm down, I'm checking the booking now.", 'calm-down')).toContain("I can see how frustrating this is. I'm checking the booking now.");
    expect(applied("Settle down please, we'll sort the refund today.", 'calm-down').every((s) => !/is, we/.test(s))).toBe(true);
  });
});

describe('s26: a pointer to the page where a fact is written down is information, never cut', () => {
  it.each([
    ['Dogs must be kept on a lead, as stated in your site rules.', 'Dogs must be kept on a lead.'],
    ['Please be advised that, as set out in the hire agreement (ref. HA-12), fuel is extra.', 'Please be advised that, in the hire agreement (ref. HA-12), fuel is extra.'],
    ['As detailed on our delivery page, orders after 2pm go out the next day.', 'Orders after 2pm go out the next day.'],
    ['The deposit, as explained in your welcome pack, is held for 30 days.', 'The deposit, in your welcome pack, is held for 30 days.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after, '')).toContain('cuts the pointer to the page where the fact is written down (information the customer may need)');
  });

  it.each([
    // A pointer back to an earlier contact may go: the answer is given again here.
    ['As mentioned in my last email, the parts are on order.', 'The parts are on order.'],
    ['As explained on the phone, the skip arrives on Monday.', 'The skip arrives on Monday.'],
    ['The fee is kept, as stated in the email we sent.', 'The fee is kept.'],
    // The page kept in other words.
    ['The fee, as outlined in the booking terms, is kept.', 'The fee, under the booking terms, is kept.'],
    ['Lockers are emptied nightly, as clearly stated on the sign.', 'Lockers are emptied nightly, as stated on the sign.'],
  ])('no pointer problem: %s', (before, after) => {
    expect(rewordingProblems(before, after, '')).not.toContain('cuts the pointer to the page where the fact is written down (information the customer may need)');
  });

  it.each([
    ['Lockers are emptied every Friday, as stated in the member handbook.', 'member handbook'],
    ['As outlined on your e-ticket, the gates open at 6pm.', 'e-ticket'],
    ['Please note that, as stated in your Rental Terms (ref. RT-7), the bike must be back by 5pm.', 'Rental Terms'],
  ])('no rewording offered drops the page: %s', (text, page) => {
    for (const after of allApplied(text)) expect(after).toContain(page);
  });
});

describe('s26: an offer inserted after the match never splits a preposition or an article from its object', () => {
  it.each([
    ['Please watch status.example.org for news of the fix.', "Please watch status.example.org for, and I'm happy to go over the details with you here news of the fix."],
    ['Check the portal for the latest figures.', 'Check the portal for the, and I can talk you through it here latest figures.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after, '')).toContain('puts an insert between a preposition or an article and its object');
  });

  it.each([
    ['Updates are posted on our status page.', "Updates are posted on our status page, and I'm happy to go over the details with you here."],
    ['What is the extra fee for, exactly?', 'What is the extra fee for, exactly? I can check it for you.'],
  ])('no such problem: %s', (before, after) => {
    expect(rewordingProblems(before, after, '')).not.toContain('puts an insert between a preposition or an article and its object');
  });

  it('the offer after a page goes after its whole name', () => {
    const offered = applied('The pet policy can be found on our website.', 'see-the-website');
    expect(offered.length).toBeGreaterThan(0);
    for (const after of offered) expect(after).toMatch(/on our website, and I/);
  });

  it('the offer after a link goes after the whole errand', () => {
    for (const after of applied('Please monitor status.example.net instead of phoning the desk.', 'see-the-website')) {
      expect(after).toMatch(/instead of phoning the desk, and I/);
    }
  });
});

describe("s26: the agent does not take on work that waits on someone else's return", () => {
  it.each([
    ['Your parcel will be traced when the depot manager is back.', "I'll trace your parcel when the depot manager is back."],
    ['The boiler will be inspected once our engineer is available.', "I'll inspect the boiler once our engineer is available."],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after, '').join(' ')).toContain("waits on someone else's return");
  });

  it.each([
    ['Your parcel will be traced today.', "I'll trace your parcel today."],
    ['Your form will be checked when it arrives.', "I'll review your form when it arrives."],
  ])('no such problem: %s', (before, after) => {
    expect(rewordingProblems(before, after, '').join(' ')).not.toContain("waits on someone else's return");
  });
});

describe("s26: a rewording's condition is not put beside the sentence's own", () => {
  it('refused', () => {
    expect(rewordingProblems('If you need anything else, please send all questions to the front desk.', 'If you need anything else, if you have more questions, you can write to the front desk.', '').join(' ')).toContain('second condition');
  });
  it('one condition is fine', () => {
    expect(rewordingProblems('Please send all questions to the front desk.', 'If you have more questions, you can write to the front desk.', '').join(' ')).not.toContain('second condition');
  });
});

describe("s26: a cut never leaves a question's mark without its opening", () => {
  it.each([
    ['Did you not check the size chart on the listing?', 'Chart on the listing?'],
    ['Have you not read the parking notice at the gate?', 'Notice at the gate?'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after, '').join(' ')).toContain("question's opening");
  });

  it.each([
    ['Did you really not get the email?', 'Did you get the email?'],
    ['Hi Sam, have you had a chance to look at the quote?', 'Hi Sam, did you get a chance to look at the quote?'],
    ['Please send the photos.', 'Could you send the photos?'],
  ])('no such problem: %s', (before, after) => {
    expect(rewordingProblems(before, after, '').join(' ')).not.toContain("question's opening");
  });

  it('the rule offers no fragment', () => {
    for (const after of applied('Did you not read the care card in the box?', 'talking-down-aside')) expect(after).toMatch(/^(?:Did|Have|Could|Would|[A-Z]\w+ \w+)/);
  });
});
