/**
 * Session 24's families of warm false alarms (issue #10), read on dev-extra-cl (Kenyan, Irish, Malaysian, Caribbean,
 * Welsh and Québécois English, older formal writers, Gen-Z brands, clinicians, teachers, IT desks, landlords,
 * charities, funeral homes, pharmacies) and written again here in other words. Each warm form must pass; beside it,
 * the cold form of the same habit must still flag, so no exemption lets a rule's worst form through. All sentences
 * are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { channel: 'chat', customerMessage }).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // "Please note" handing over what is free, that their case fits inside the limit, or a tip for their sake.
    rule: 'please-note',
    warm: [
      "Please note there's no extra charge for the Saturday delivery.",
      'Please note that we can only reissue certificates from the last two years, which covers all four of yours.',
      'Please note the ceremony is on the beach, so bring flat shoes.',
      "Please note the hall opens at 5, so you'll have plenty of time to set up the cake.",
      "Please note that the assessor's report is final, which is why it's worth sending every receipt you have.",
    ],
    cold: [
      'Please note that an additional charge applies to Saturday delivery.',
      'Please note that we only reissue certificates from the last two years, which covers none of yours.',
      'Please note the office is closed on Friday, so do not call.',
      'Please note that claims must be sent within 30 days, so we can process them in time.',
      'Please note that refunds are only given within 14 days, which is why we cannot help.',
    ],
  },
  {
    // A no, then other things of ours that do suit them with the contrast said, or the formal writer's promise of help.
    rule: 'we-are-unable-to',
    warm: [
      "We can't promise the sesame bagels are allergen-free. Our plain and rye loaves are baked in the sesame-free bakery though.",
      "I'm afraid we cannot seat dogs indoors. The terrace tables are fine for dogs though, and they're heated.",
    ],
    cold: [
      "We can't promise the sesame bagels are allergen-free. The shop is closed on Sundays though.",
      "I'm afraid we cannot seat dogs indoors. Sorry about that.",
    ],
  },
  {
    // Busy given as the reason for a no, with the help that follows.
    rule: 'busy-right-now',
    warm: [
      'Our archivists are fully committed to members until June. I would not wish to leave you without help, however.',
      "Our fitters are fully booked this week. But here's what I can do: I've put you first on Monday's list.",
    ],
    cold: ['Our fitters are fully booked this week.', 'Our fitters are fully booked this week. We also cannot take new jobs.'],
  },
  {
    // Whose rule it is, said on the way to what the agent can do.
    rule: 'third-party-to-blame',
    warm: [
      "Under-12s can't go into the paddock, that's the showground's rule, not ours. But here's what I can do: I've two grandstand passes for them.",
    ],
    cold: ['The delay is down to the courier, not us.', 'The delay is down to the courier, not us. You can book a new slot online.'],
  },
  {
    // Our own unit's number, with what we will then do for them.
    rule: 'contact-them-directly',
    warm: ['If the swelling spreads, please call the ward office on 01632 960 114, and we will see you the same day.'],
    cold: [
      'Please call the returns department on 0300 123 456 and we will advise you.',
      'Please contact the billing team on 0300 123 456, and they will advise.',
    ],
  },
  {
    // The detail they DM is what the agent needs for the deed named in the same sentence.
    rule: 'sent-to-a-channel',
    warm: ["DM us your order number and a photo and we'll post a new hinge out free."],
    cold: ['DM us.', "DM us your order number and we'll look into it."],
  },
];

describe('s24: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});

describe('s24: "Is this normal?" answered at a clause\'s end is an answer too', () => {
  const reply = 'Some swelling is expected for the first 48 hours, because the stitches sit over the knuckle.';
  it('a worried patient who asked gets the answer without a flag', () => {
    expect(ruleIds(reply)).toContain('waved-away-as-normal');
    expect(ruleIds(reply, 'My hand is swollen and throbbing after the op yesterday. Is this normal?')).not.toContain('waved-away-as-normal');
  });
  it('a complaint, or a question about something else, still gets it', () => {
    expect(ruleIds(reply, 'This is ridiculous, my hand is swollen and nobody warned me. I am furious.')).toContain('waved-away-as-normal');
    expect(ruleIds(reply, 'When is my follow-up appointment?')).toContain('waved-away-as-normal');
  });
});

describe('s24: a blame passed on is not excused by a vague promise after it', () => {
  it('third-party-to-blame still flags when only "we\'ll book you in then" follows', () => {
    const text = "The screen is a supplier part, so the fault is a supplier issue, not ours. We've told them. They'll reply eventually and we'll book you in then.";
    expect(ruleIds(text)).toContain('third-party-to-blame');
  });
});
