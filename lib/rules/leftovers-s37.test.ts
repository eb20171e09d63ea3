/**
 * Session 37's leftovers. customer-must-chase by channel: on chat and social a live page handed over on an outage or a
 * delivery is the follow-up itself, in an e-mail it leaves the chasing to the customer, and the worst forms ("check back
 * later", "keep an eye on your inbox") hand the chase over on every channel.
 *
 * And in the refusal and "that's normal" rules, each read by meaning and written here in several
 * voices: a no is answered only by a real offer in the next sentence (a credit or a slot we have, not a policy named
 * after one), and a fault called hard to fix is a closed door (positivity) that a negated "easy to fix" no longer
 * excuses. Each warm form must pass; beside it the cold form of the same habit must still flag. None is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';
import { CHANNELS, type Channel } from '../engine/channel';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, channel: Channel = 'email') => analyzer.analyze(text, { channel }).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { what: string; rule: string; warm: string[]; cold: string[] }[] = [
  {
    what: 'a no answered by a credit we actually have, not by a policy named after one',
    rule: 'we-dont-offer',
    warm: [
      "We don't give credits for outages. We do have a goodwill credit for exactly this, and it's on your next bill.",
      'We do not offer refunds on opened software. We do have a credit for cases like yours.',
      "We don't do same-day repairs. We do have a slot at 4pm tomorrow if that works?",
    ],
    cold: [
      'We do not offer credits.',
      'We do not offer credits. We do have a credit policy.',
      "We don't give credits for outages. We do have a credit policy on the website.",
      'sorry we dont do refunds. we do have a refund policy, its on the site',
      "We don't do same-day repairs. We do have a booking system online.",
    ],
  },
  {
    what: 'a fault called hard to fix, and left there',
    rule: 'thats-impossible',
    warm: [
      "It's not a quick fix, but the engineer is booked for Thursday at 8.",
      "That's not easy to fix remotely. What I can do is send a courier for the unit today.",
      "I know that isn't easy to fix on your own, so I'll talk you through it.",
      'Is that not easy to fix at home?',
      "It's easy to fix, and I've sent the part.",
    ],
    cold: [
      "That's not something that is easy to fix.",
      "That isn't something that's simple to repair.",
      'Sadly this is not a quick fix.',
      "Honestly it's not an easy one to fix.",
      "Unfortunately this isn't an easy fix.",
    ],
  },
  {
    what: 'a known fault with a negated "easy to fix" beside it',
    rule: 'thats-expected',
    warm: [
      'This is a known issue, and it is easy to fix: restart the hub.',
      "This happens a lot and it's quick to fix.",
      'Streaks after the first wash are normal, but it is fixable with a cold rinse.',
    ],
    cold: [
      "This is a known issue and it isn't easy to fix.",
      "Condensation is normal in a new build, and it isn't simple to sort.",
      'This is a known issue and it is not really easy to fix.',
    ],
  },
];

describe('session 37 leftovers: refusals answered by a real offer, hard-to-fix said as a closed door', () => {
  for (const { what, rule, warm, cold } of families) {
    it(`${rule}: ${what}`, () => {
      for (const text of warm) expect(ruleIds(text), text).not.toContain(rule);
      for (const text of cold) expect(ruleIds(text), text).toContain(rule);
    });
  }
});

describe('customer-must-chase: a live page is the follow-up on chat and social, not in an e-mail', () => {
  const chase = (text: string, channel: Channel) => ruleIds(text, channel).includes('customer-must-chase');
  const livePage = [
    "Yes, we're aware. Follow our status page for updates.",
    'Hi Sam, the outage is on our side and engineers are on it. You can follow our status page for updates.',
    '@jordan_k your order left the depot this morning, check the tracking link for updates ^MB',
    'Courier has it now! Keep an eye on the tracking page, it updates every few minutes.',
    'Known issue with logins right now, sorry! Please monitor our status page for news.',
  ];
  it.each(livePage)('passes on chat and social, flags in an e-mail: %s', (text) => {
    expect(chase(text, 'email')).toBe(true);
    expect(chase(text, 'chat')).toBe(false);
    expect(chase(text, 'social')).toBe(false);
  });

  const worst = [
    'Please check back later.',
    'Keep an eye on your inbox.',
    'hiya, just check back in a couple of days x',
    'Kindly try again in a few days.',
    'Check back later on our status page.',
    'Keep an eye on your inbox for the tracking link.',
    "If you haven't heard from us by Friday, please get back in touch.",
  ];
  it.each(worst)('flags on every channel: %s', (text) => {
    for (const channel of CHANNELS) expect(chase(text, channel), channel).toBe(true);
  });

  it("the rule's own paraphrases still flag on every channel unless they hand over a live page", () => {
    const rule = defaultPack.rules.find((r) => r.id === 'customer-must-chase')!;
    const kept = (rule.examples.paraphrases?.flag ?? []).filter((text) => !/\b(?:status|tracking) page\b/i.test(text));
    expect(kept.length).toBeGreaterThan(25);
    for (const text of kept) for (const channel of CHANNELS) expect(chase(text, channel), `${channel}: ${text}`).toBe(true);
  });
});
