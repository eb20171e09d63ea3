/**
 * The acknowledgement the reply is offered, read beside what the reply says (issue #10 items 3–4, the held-out reader's
 * families): never a line the reply goes on to dispute or blame, and the line for what the customer is really going
 * through. Whole replies through the analyzer, as the card shows them.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { situationIn } from '../mood/acknowledge';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementOf = (text: string, customerMessage: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');

describe('an acknowledgement beside a reply that blames the customer', () => {
  it.each<[string, string]>([
    ['I paid for next-day delivery and my parcel went to a locker 6 miles away. This is ridiculous.', 'Hello Dev,\n\nYou selected the Hollins Road locker at checkout. You should have checked the address before paying.\n\nMarta'],
    ['why was I charged a cancellation fee?? I cancelled in the app weeks ago, so annoyed', 'Hello,\n\nOur system shows no cancellation on your account. You failed to complete the final confirmation screen.\n\nJo'],
    ['I got a huge roaming bill. Nobody warned me. I am furious.', 'Hi Sam,\n\nTurkey is not in our roaming zone. It was your responsibility to check the zone list before travelling.\n\nBilling'],
    ['The tutor did not show up AGAIN and my son has an exam on Monday. I am so stressed.', 'Hello,\n\nTutors are self-employed. Missed sessions must be reported within 24 hours. You have not submitted the form.\n\nAmy'],
  ])('is advice, not Apply: %s', (message, reply) => {
    const finding = acknowledgementOf(reply, message);
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
  });

  it('is still offered where the reply owns the fault', () => {
    const finding = acknowledgementOf(
      'Hello Dev,\n\nThe locker was chosen by our system, not by you. I have booked a doorstep redelivery for tomorrow.\n\nMarta',
      'I paid for next-day delivery and my parcel went to a locker 6 miles away. This is ridiculous.',
    );
    expect(finding?.suggestions.length ?? 0).toBeGreaterThan(0);
  });
});

describe('an acknowledgement beside a reply that says the customer was told', () => {
  it.each<[string, string]>([
    ['Nobody told me my direct debit was going up. I found out from my bank statement! I am fuming.', 'Hi Priya,\n\nWe sent you an email on 2 October explaining the new amount. The amount is based on your usage.\n\nGwen'],
    ['Nobody told me the water would be off today. I had to cancel a client. So annoyed.', 'Hi Lena,\n\nNotices were posted on every door in Marsh Street last week. The work finishes at 4pm.\n\nOmar'],
  ])('never says "nobody told you": %s', (message, reply) => {
    const finding = acknowledgementOf(reply, message);
    for (const s of finding?.suggestions ?? []) expect(s).not.toMatch(/nobody told you|weren['’]t told/i);
  });
});

describe('the line for a pet that died', () => {
  it.each([
    "We're devastated she didn't make it and now this bill.",
    'He did not make it through the night and you still charged us £640.',
    'Our dog had to be put to sleep on Monday and the invoice is wrong.',
    'We had to say goodbye to her last week and now this.',
  ])('names the loss: %s', (message) => {
    expect(situationIn(message)?.sentence).toBe("I'm so sorry for your loss.");
  });

  it.each([
    "The parcel didn't make it to me in time.",
    "She didn't make it to the appointment because the bus was late.",
    'He did not make it home before the storm.',
    'I put down a deposit of £50 last week.',
    'I had to put the phone down on your agent.',
    "They didn't make it easy to cancel.",
  ])('reads no loss in: %s', (message) => {
    expect(situationIn(message)?.sentence ?? '').not.toBe("I'm so sorry for your loss.");
  });
});

// Session 30: the family the fresh reader named ("sorry … isn't working" above "The code is working on our end"),
// written again here in other words.
const CONCEDES = /not good enough|shouldn['’]t have|keeps happening|isn['’]t working|far too long/i;

describe('s30: no concession above a reply that says it works on our side', () => {
  it.each<[string, string]>([
    ["The discount code SPRING15 isn't working at checkout, so annoying, I've tried 5 times!", 'Hi Jo,\n\nThe code SPRING15 is working on our end. Please make sure there are no spaces when you paste it.\n\nBest,\nAli'],
    ['My gift card keeps failing, it says invalid every time. Really fed up now, tried it 4 times.', 'Hello,\n\nThe gift card shows as active on our side. Try entering it without the dashes.\n\nThanks,\nMo'],
    ["The booking link you sent is broken AGAIN. Third time I've tried. Sort it out.", 'Hi Kim,\n\nThe link is live on our end and opens for me. It may be your browser blocking pop-ups.\n\nRegards,\nTess'],
    ['Voucher code not accepted again!! I have tried all week, this is a joke', 'Hi,\n\nThe voucher is valid in our system until 30 June. It only applies to full-price items.\n\nDan'],
    ["your login page keeps crashing, third day in a row, I can't do my job", 'Hi Raj,\n\nLogins are fine on our side today. Clearing your cache usually fixes this.\n\nNell'],
  ])('the card concedes no fault: %s', (message, reply) => {
    const finding = acknowledgementOf(reply, message);
    expect(finding).toBeDefined();
    for (const suggestion of finding!.suggestions) expect(JSON.stringify(suggestion)).not.toMatch(CONCEDES);
  });

  it('a reply that owns the fault may still concede it', () => {
    const finding = acknowledgementOf(
      'Hi Jo,\n\nThe code SPRING15 had expired by mistake. I have switched it back on and extended it to Sunday.\n\nBest,\nAli',
      "The discount code SPRING15 isn't working at checkout, so annoying, I've tried 5 times!",
    );
    expect(finding?.suggestions.length ?? 0).toBeGreaterThan(0);
  });
});
