/**
 * Session 26's families of warm false alarms (issue #10), read on dev-extra-cs (Pakistani, Brazilian, Polish, Ghanaian,
 * Kenyan, Malaysian, Caribbean, Québécois, Dutch and Japanese-desk English, hospice and care staff, repatriation, tax
 * accountants, outage desks, game support, charities, landlords, builders' merchants) and on the newest tune batches,
 * written again here in other words. Each warm form must pass; beside it, the cold form of the same habit must still
 * flag, so no exemption lets a rule's worst form through. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const findingsOf = (text: string, customerMessage?: string) => analyzer.analyze(text, { channel: 'chat', customerMessage }).findings;
const ruleIds = (text: string) => findingsOf(text).flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // After a no with its reason, several ways forward announced as such, or a slot or place of ours offered.
    rule: 'we-are-unable-to',
    warm: [
      "We can't fly cats in the cabin on this route. There are two alternatives that most owners pick:",
      "I'm afraid we can't fit a crown on the same day. We do have a cancellation at 9:10 tomorrow morning.",
      "Unfortunately we can't seat eight at one table on Saturday. I have two tables of four side by side at 7pm.",
    ],
    cold: [
      "We can't fly cats in the cabin on this route. There are no alternatives.",
      "I'm afraid we can't fit a crown on the same day. We do have a policy on this.",
      "Unfortunately we can't seat eight at one table on Saturday. We have a busy weekend.",
    ],
  },
  {
    // The same for a channel's no: what we do have for them, next.
    rule: 'channel-refused',
    warm: ["We can't prescribe antibiotics over chat, because the vet has to examine him. We do have an emergency slot at 4:15 today."],
    cold: ["We can't prescribe antibiotics over chat. Please call the surgery instead.", 'We do not process refunds on social media.'],
  },
  {
    // A place's own rule given as the reason for our no.
    rule: 'not-permitted',
    warm: [
      'Sorry, no dogs on the boat, because we cross the marine park and animals are not allowed in the reserve.',
      "Dogs can't come on the hike, because we cross a sheep farm and dogs aren't permitted on the farm.",
    ],
    cold: ['Pets are not allowed in the cabins.', 'Refunds are not given because returns are not permitted.', "Dogs aren't allowed on board, sorry."],
  },
  {
    // One of our people booked to come, with the day, is a deed for this customer, not a rule.
    rule: 'rulebook-voice',
    warm: ['Roofer is booked for Thursday morning.', 'Plumber is booked tomorrow at 8.'],
    cold: ['Boiler services are booked in date order.', 'Repairs are booked through the portal.'],
  },
  {
    // The customer's or family's own wish said back, not a vague promise of ours.
    rule: 'asap-no-date',
    warm: ['I understand you need the van back as soon as possible for work.', 'Your mum will want the funeral as soon as possible, and I will keep that in mind.'],
    cold: ['We will send the van back as soon as possible.', 'We want to fix this as soon as possible.', 'The team will call you as soon as possible.'],
  },
  {
    // The customer's own thing coming back, which they will tell us about.
    rule: 'wait-without-a-time',
    warm: ['Trim the song out and ping me when it is back up, and I will feature it.', "Let us know once they're back online and we'll rerun the sync."],
    cold: ['We will reply when we are free.', 'Someone will call when an engineer is available.'],
  },
  {
    // Asking whether the time we offered suits them.
    rule: 'kindly',
    warm: ['Kindly confirm Thursday at 4 suits you.', 'Kindly let me know if the morning slot works for you.'],
    cold: ['Kindly confirm your address.', 'Kindly confirm receipt of this email.', 'Kindly let us know your account number.'],
  },
  {
    // A step about the customer's own copy is no demand to hand details over.
    rule: 'bare-details-request',
    warm: ['Keep the photo.', 'Save the email.'],
    cold: ['Receipt please.', 'Booking reference please.'],
  },
  {
    // A check made with the customer there.
    rule: 'we-will-look-into-it',
    warm: ["We'll check the colour against your sample before you leave.", 'We will test the battery while you wait.'],
    cold: ['We will check it and get back to you.', 'We will look into it.'],
  },
];

describe('s26: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});

describe('s26: a calm no with its reason said as whose good it serves, the law, or before "so", is told softly', () => {
  const asked = 'Hi, can my 17-year-old join the wine tasting with us?';
  it.each([
    "For your safety we can't take dogs on the zipline, sorry.",
    "We can't serve wine to anyone under 18, it's the law here.",
    "The ferry has no space for the checks, so we can't carry pets on it.",
  ])('a hint, not a suggestion: %s', (text) => {
    const f = findingsOf(text, asked).filter((x) => x.ruleId === 'we-are-unable-to');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'hint')).toBe(true);
  });
  it.each(["We can't take dogs on the zipline, sorry.", "We can't serve wine to anyone under 18."])('still a suggestion with no reason: %s', (text) => {
    const f = findingsOf(text, asked).filter((x) => x.ruleId === 'we-are-unable-to');
    expect(f.some((x) => x.severity !== 'hint')).toBe(true);
  });
});
