/**
 * Session 28's families of warm false alarms (issue #10), read on dev-extra-db (Welsh, Kenyan, Jamaican, Irish,
 * Québécois, Polish, Brazilian, Japanese, Malaysian, New Zealand and Texan voices, hospice and bereavement staff, legal
 * aid clinics, Gen-Z founders, retired volunteers, ER billing, a night desk, library staff) and on the newest tune
 * batches, written again here in other words. Each warm form must pass; beside it, the cold form of the same habit must
 * still flag, so no exemption lets a rule's worst form through. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, customerMessage?: string, channel: 'chat' | 'email' | 'social' = 'chat') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // Checking the state of the customer's own thing is an instruction, not a rule said as a no.
    rule: 'not-permitted',
    warm: [
      'Check the panel is not covered with dust.',
      'Please make sure the sensor is not covered by the curtain.',
      'Ensure that the vents are not covered before you switch it back on.',
    ],
    cold: ['Damage is not covered.', 'Please make sure you know that refunds are not given.', 'Accidental damage is not covered by the plan.'],
  },
  {
    // Chasing that stops is relief, not a no; what the customer wants and won't get is still one.
    rule: 'not-permitted',
    warm: [
      "Your account is on hold, so you won't get any more statements or calls about it.",
      "You won't receive any more reminders while the claim is open.",
      'You will not get any further bills for the old meter.',
    ],
    cold: ['You will not receive any further updates on this case.', "You won't get a refund for the unused nights.", 'You will not receive compensation for the delay.'],
  },
  {
    // After a no, the help already on its way to them, said of the thing sent.
    rule: 'we-are-unable-to',
    warm: [
      "Unfortunately we can't accept the form without the DNA sample. The kit is in the post to you today.",
      "I'm afraid we can't repair the old handset. A replacement handset has been sent to you this morning.",
      "Sadly we can't reuse the old tag. A new tag is on its way to you.",
    ],
    cold: [
      "We can't accept the form. Your refusal letter is in the post to you.",
      "We can't waive the fee. The invoice has been sent to you.",
      "We can't change the outcome. The decision is on its way to you.",
    ],
  },
];

describe('s28: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});

describe('s28: a sorry drawn out or cut short in chat spelling is still a sorry', () => {
  const upset = '@shop the linen shirts sold out in 1 min 😭 will there be a restock??';
  const ack = (text: string) => ruleIds(text, upset, 'social').includes('acknowledge-feelings');
  it.each([
    '@kiki ahh sorryyy 😭 every jacket is one of a kind so no restock, but a new drop is Friday 6pm!',
    '@kiki soooo sorry, every jacket is one of a kind so no restock, but a new drop is Friday 6pm!',
    '@kiki soz! every jacket is one of a kind so no restock, but a new drop is Friday 6pm!',
  ])('no acknowledgement finding: %s', (text) => expect(ack(text)).toBe(false));
  it.each([
    '@kiki every jacket is one of a kind so no restock, but a new drop is Friday 6pm!',
    '@kiki sorryyy but rules are rules. every jacket is one of a kind so no restock.',
  ])('still asks for one: %s', (text) => expect(ack(text)).toBe(true));
});

describe("s28: the yes in the customer's own register meets a worry", () => {
  const worried = "we're arriving late, maybe 11pm, is that ok? worried we'll be locked out";
  const ack = (text: string) => ruleIds(text, worried, 'chat').includes('acknowledge-feelings');
  const BODY = " The key's in the box by the door, code 1745, and I'll leave the porch light on.";
  it.each(['Aye no bother at all!', 'Yeah, no problem at all, 11pm is fine.', 'No worries, we keep the door open for late arrivals.'])(
    'no acknowledgement finding: %s',
    (opening) => expect(ack(`${opening}${BODY}`)).toBe(false),
  );
  it.each(['Aye.', 'Late arrivals are possible.', 'Yeah, that happens with late trains.', 'Yeah nah, the door locks at ten.'])('still asks for one: %s', (opening) => expect(ack(`${opening}${BODY}`)).toBe(true));
});

describe('s28: a result for the one the customer writes for, with its date, is news, not a faceless process', () => {
  it.each([
    'His three jars of honey were filled last week and will be shipped on 2 December, so they should arrive before Christmas.',
    'Her new passport will be posted on 2 May, so it should reach her by Friday.',
  ])('no faceless-passive: %s', (text) => expect(ruleIds(text, undefined, 'email')).not.toContain('faceless-passive'));
  it.each(['His claim will be reviewed on 2 May.', 'Her new card will be processed next week.'])('still faceless: %s', (text) =>
    expect(ruleIds(text, undefined, 'email')).toContain('faceless-passive'),
  );
});
