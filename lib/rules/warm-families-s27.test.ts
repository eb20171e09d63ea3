/**
 * Session 27's families of warm false alarms (issue #10), read on dev-extra-cx (Scottish, Nigerian, Filipino-desk,
 * Singaporean, South African, Australian, Indian fintech, German engineering, Fijian, Sri Lankan, Latin American and
 * East African voices, retired volunteers, teen moderators, nurse lines, a farm vet, a milk bank, council waste, a jet
 * concierge, an open-source maintainer) and on the newest tune batches, written again here in other words. Each warm
 * form must pass; beside it, the cold form of the same habit must still flag, so no exemption lets a rule's worst form
 * through. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const findingsOf = (text: string, customerMessage?: string, channel: 'chat' | 'email' = 'chat') =>
  analyzer.analyze(text, { channel, customerMessage }).findings;
const ruleIds = (text: string, customerMessage?: string, channel: 'chat' | 'email' = 'chat') =>
  findingsOf(text, customerMessage, channel).flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // After a no with its reason, what others in the customer's place do instead, announced as the way forward.
    rule: 'we-are-unable-to',
    warm: [
      "We can't keep the band playing past eleven, the venue's licence depends on it. But here's what most couples do:",
      "Unfortunately we can't take dogs on the island ferry. Here's what many owners do: they book the kennel by the pier.",
      "I'm afraid we can't serve food in the hall before 8. The licence is tied to it. Here's what other families choose instead:",
    ],
    cold: [
      "We can't refund the deposit. Here's what you need to do next.",
      "We can't move the wedding date. Here's what happened.",
      "Unfortunately we can't serve food in the hall before 8. The licence is tied to it.",
    ],
  },
  {
    // What the customer will perceive, said after a step, is a prediction, not an order.
    rule: 'you-need-to',
    warm: ['Push the plug in firmly and you should hear a click.', 'After a minute you should notice the fan slowing down.', 'Within a day you should feel the swelling go down.'],
    cold: ['You should listen for a click before you ride.', 'You should contact your bank about the charge.', 'You need to restart the router.'],
  },
  {
    // A stop whose reason is the harm it spares the customer's own thing.
    rule: 'lecturing-order',
    warm: [
      'Stop running the pump above half speed, so the seals are not damaged further.',
      'Stop using the kettle on that socket to avoid damage to the wiring.',
      'Stop charging the scooter overnight, so the battery does not get damaged.',
    ],
    cold: ['Stop emailing us every day, so the queue is not clogged.', 'Stop calling the depot to avoid delays.', 'Stop opening it in ten tabs.'],
  },
  {
    // "Please note" handing over a tip about being there, or the help we still give after a limit.
    rule: 'please-note',
    warm: [
      'Please note the skip arrives at 7am, so someone should be at the house to show the driver where it goes.',
      "Please note the inspection is compulsory for every boat; we can't skip it, but we'll book the inspector for you.",
    ],
    cold: [
      'Please note the inspection is compulsory, and we will charge for it.',
      'Please note that we will process your refund within 14 days.',
      'Please note the depot is closed on Friday, so do not call.',
    ],
  },
];

describe('s27: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});

describe('s27: something kept or made ready for the customer is a kindness, not a faceless process', () => {
  it.each(['Dinner will be kept for you.', 'A seat has been saved for your mum at the front.', 'The last two tickets will be held for you until Friday.'])(
    'no faceless-passive: %s',
    (text) => expect(ruleIds(text)).not.toContain('faceless-passive'),
  );
  it.each(['The form will be processed for you.', 'The paperwork will be handled for you.', 'Your parcel will be held at the depot.'])(
    'still faceless: %s',
    (text) => expect(ruleIds(text)).toContain('faceless-passive'),
  );
});

describe('s27: reassurance about the customer themselves meets their worry', () => {
  const worried = "I missed my dose last night and now I'm really worried I've messed up the whole course. I feel like an idiot.";
  const ack = (text: string, customerMessage = worried) => ruleIds(text, customerMessage, 'email').includes('acknowledge-feelings');
  const BODY = ' Take the next dose at the usual time tomorrow and carry on as normal.';
  it.each([
    "Hi Sam,\n\nPlease don't be hard on yourself, a missed dose happens to most people.",
    "Hi Sam,\n\nYou've done the right thing by asking before taking two.",
    "Hi Sam,\n\nTry not to blame yourself, one missed dose doesn't mean you've failed.",
    "Hi Sam,\n\nYou don't lose anything: the course still works.",
  ])('no acknowledgement finding: %s', (opening) => {
    expect(ack(`${opening}${BODY}\n\nBest,\nNina`)).toBe(false);
  });
  it.each(['Hi Sam,\n\nThanks for your message.', 'Hi Sam,\n\nPlease be hard on the details when you next write.'])('still asks for one: %s', (opening) => {
    expect(ack(`${opening}${BODY}\n\nBest,\nNina`)).toBe(true);
  });
});

describe('s27: a couple named together is the greeting', () => {
  const body = '\n\nYour seats are booked on the 9am boat tomorrow, and lunch will be ready when you land.\n\nVinaka,\nLosana';
  it.each(['Bula vinaka Tom and Ana,', 'Kia ora Mere and Hemi,', 'Salaam Omar & Layla,'])('no greeting-missing: %s', (line) => {
    expect(ruleIds(`${line}${body}`, undefined, 'email')).not.toContain('greeting-missing');
  });
  it.each(['', 'Booked for tomorrow and Friday,'])('still missing: %j', (line) => {
    expect(ruleIds(`${line}${body}`, undefined, 'email')).toContain('greeting-missing');
  });
});
