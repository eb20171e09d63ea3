/**
 * Session 37, the whole-reply checks' misread families (scripts/why-structural-missed.ts): "normal" said of the fault
 * counted as the acknowledgement, and a question that reproaches the customer counted as a next step or as help.
 * Both directions, in wording of our own.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { acknowledgesFeelings } from './acknowledges';

const analyzer = createAnalyzer(defaultPack);
const fires = (text: string, customerMessage: string, rule: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  analyzer.analyze(text, { customerMessage, channel }).findings.some((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])].includes(rule));

describe('"normal" said of the fault is no acknowledgement; said of the feeling it is', () => {
  it.each([
    'Some fading after the first wash is perfectly normal for hand-dyed wool.',
    'Hairline cracks in the glaze are totally normal, it is how raku pottery cools.',
    'this is completely natural for a young olive tree in winter.',
    'A bit of noise from the compressor is quite normal in the first week, it settles.',
    'Its very normal for new brakes to squeal abit, dont worry it goes.',
  ])('waves it away: %s', (sentence) => {
    expect(acknowledgesFeelings(sentence, ['frustrated'])).toBe(false);
  });

  it.each([
    'Totally normal to feel nervous before the first flight lesson!',
    "It's perfectly natural to worry when the little one won't eat.",
    'Completely understandable to be frustrated after three missed visits.',
    'Your concern is completely normal, and I am glad you asked.',
    "That's completely fair, you were promised Friday.",
  ])('meets it: %s', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(true);
  });

  it('an upset customer told their fault is normal is still owed an acknowledgement', () => {
    const reply = 'Hi Mona,\n\nThe mattress will smell for up to three weeks, this is perfectly normal for memory foam. Keep the windows open.\n\nKind regards,\nSleepwell Care';
    expect(fires(reply, 'The mattress you delivered stinks of chemicals and my daughter got a headache sleeping on it. I paid £900 for this.', 'acknowledge-feelings')).toBe(true);
  });

  it('a reply that also says sorry still meets them', () => {
    const reply = "Hi Mona,\n\nI'm sorry about the smell and your daughter's headache. Some off-gassing is normal for memory foam, but I've booked a collection for Tuesday and we'll refund you in full.\n\nKind regards,\nJo";
    expect(fires(reply, 'The mattress you delivered stinks of chemicals and my daughter got a headache sleeping on it. I paid £900 for this.', 'acknowledge-feelings')).toBe(false);
  });
});

describe('a question that reproaches the customer is no next step and no help', () => {
  it.each([
    'Hello Mr Akande,\n\nThe dates were printed on the front of the programme. Surely you read it? Places on the course are non-refundable.\n\nAdmissions',
    'Dear Ms Kowalczyk,\n\nThe fitting instructions say to wait 24 hours before use. Surely you were told this at handover? The warranty does not cover misuse.\n\nRegards,\nFloorCo',
  ])('no next step: %s', (reply) => {
    expect(fires(reply, 'My course was cancelled and nobody told me. I want my money back.', 'next-step-missing')).toBe(true);
  });

  it.each([
    'Hi Dev,\n\nThe label on the box shows the model number. Could you send us a photo of it?\n\nThanks,\nAmira',
    'Hi Dev,\n\nI have checked the order and the heater is the right model. Can you just confirm which socket it was plugged into?\n\nCheers,\nAmira',
  ])('a request put as a question still counts: %s', (reply) => {
    expect(fires(reply, 'The heater you sold me trips the fuse every time.', 'next-step-missing')).toBe(false);
  });

  it('a reproach is no troubleshooting on social', () => {
    expect(fires('@tomk did u even read the instructions?? the charger only works with the 2024 model', '@GizmoHub charger doesnt work with my headset, waste of money', 'acknowledge-feelings', 'social')).toBe(true);
  });

  it('a plain troubleshooting question on social still helps a plain fault report', () => {
    expect(fires('@tomk Have you tried holding the power button for 10 seconds? That resets the pairing on most of them.', '@GizmoHub my headset wont pair with my phone', 'acknowledge-feelings', 'social')).toBe(false);
  });
});

describe('a bare "I understand." names nothing', () => {
  it.each(['I understand.', 'We understand.', 'Understood!'])('%s is no acknowledgement', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(false);
  });
  it.each(['I completely understand.', 'I understand how stressful a cancelled flight is.', 'We understand why you are upset, and it should not have happened.'])('%s still counts', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(true);
  });
  it('an upset customer told "I understand." and the policy is still owed an acknowledgement', () => {
    const reply = 'Hi Kofi,\n\nI understand.\n\nRefunds are only given within 14 days of purchase, and your order was placed in March.\n\nRegards,\nShopline';
    expect(fires(reply, 'The blender stopped working after a month and nobody answers my emails. I want my money back.', 'acknowledge-feelings')).toBe(true);
  });
});

describe('"Anything else?" is a closing offer, not help with this fault', () => {
  it.each([
    'Agent: The kiosk refunds failed orders after the match.\nAgent: Is there anything else I can help you with today?',
    'Orders are refunded after the match at the kiosk. Anything else?',
  ])('a chat that only offers more is still owed the acknowledgement: %s', (reply) => {
    expect(fires(reply, 'paid for my food on the app an hour ago and it never came to my seat, missed half the match queuing', 'acknowledge-feelings', 'chat')).toBe(true);
  });
  it('a troubleshooting question on social still helps a plain fault report', () => {
    expect(fires('@rita_b Does it still happen after you log out and back in? If so DM us the error and we will dig in.', '@Snapfeed app keeps crashing when i open stories', 'acknowledge-feelings', 'social')).toBe(false);
  });
});
