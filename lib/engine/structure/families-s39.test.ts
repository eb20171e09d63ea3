/**
 * Session 39 (issue 15): the families behind the tune batch data/layouts/dev-extra-at.jsonl. A guest's sender line as
 * Teams and Slack Connect copy it for another organisation ("Surname, Given name (External)", "Name (Org) · external");
 * a chat widget's or booking app's heading, or its automatic reply with the team's hours, at the top over the agent's
 * greeting; a marketplace's notice about paying on the platform under the reply; and the customer's question set on a
 * "You asked:" label over each answer. Beside each, the look-alikes that keep their reading. None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { misreadLines, withoutNotAgentText } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { isLabelledQuestion, isPlatformNotice, isSenderLine } from './patterns';
import { SKIPPED_PART_KINDS } from './types';

const agents = (text: string, needle: string) => !(SKIPPED_PART_KINDS as readonly (string | undefined)[]).includes(kindOf(text, needle));

describe('a guest’s sender line over the clock and the message, as Teams and Slack Connect copy it', () => {
  const answer = 'Hi Daniel, sorry about that! The export was missing its fonts; I have fixed the template and resent the PDF.';
  it.each([
    ['the directory’s surname first, tagged external', 'Okafor, Daniel (External)', '9:05 AM'],
    ['two given names after the comma, tagged guest', 'Chen, Wei Ling (Guest)', '14:20'],
    ['the organisation in brackets and "· external"', 'Tomás Ruiz (Fernway Foods) · external', 'Yesterday 16:40'],
    ['a name with "• External" and no organisation', 'Ines Moreau • External', '08:12'],
  ])('reads %s as the copied message', (_shape, sender, clock) => {
    expect(isSenderLine(sender)).toBe(true);
    const message = 'the invoice PDF comes out blank on my Mac';
    const text = `${sender}\n${clock}\n${message}\n\n${answer}`;
    expect(misreadLines({ id: 's39a', text, notAgentText: [`${sender}\n${clock}\n${message}`] })).toEqual([]);
  });

  it.each([
    ['a sentence that opens with a surname and a comma', 'Wright, Dana (External) is the contact I set up for you.'],
    ['an organisation with a tag that is not the app’s', 'Tomás Ruiz (Fernway Foods) · Purchasing'],
  ])('keeps %s as no sender line', (_shape, line) => {
    expect(isSenderLine(line)).toBe(false);
  });

  it('gives a cold reply the same warmth with the copied message as without it', () => {
    const analyzer = createAnalyzer(defaultPack);
    const c = {
      id: 's39w',
      text: 'Okafor, Daniel (External)\n9:05 AM\ncan we get two more seats on the old price?\n\nHi Daniel, seats are billed at the current list price. That is the policy.',
      notAgentText: ['Okafor, Daniel (External)\n9:05 AM\ncan we get two more seats on the old price?'],
    };
    const customerMessage = 'can we get two more seats on the old price?';
    const warmth = (text: string) => analyzer.analyze(text, { customerMessage, channel: 'chat' }).scores.warmth;
    expect(warmth(c.text)).toBe(warmth(withoutNotAgentText(c)));
  });
});

describe('a chat widget’s or booking app’s heading at the top, over the agent’s greeting', () => {
  const answer = 'Hi Tomasz, so sorry about the mix-up! The missing scarf left today by tracked post and should be with you on Thursday.';
  it.each([
    ['a widget’s title over the agent’s line with a response time', 'Talk to Oskar 👋\nOskar from Brightdesk • Usually replies within an hour'],
    ['a host’s name with the app’s badges', 'Marta · Co-host · Superhost'],
    ['a seller’s shop line with its badges', 'Nordic Knits · Star Seller · Replies in about 1 hour'],
    ['a title naming the agent and the app', 'Chat with Ruth by LiveChat'],
    ['an automatic reply giving the team’s hours', 'Thanks for messaging Pillbox Pharmacy! Our team is online 9:00–18:00, Monday to Saturday.'],
  ])('reads %s as the app’s', (_shape, heading) => {
    const text = `${heading}\n\n${answer}`;
    expect(agents(text, answer)).toBe(true);
    expect(misreadLines({ id: 's39b', text, notAgentText: [heading] })).toEqual([]);
  });

  it.each([
    ['a thank-you sentence of the agent’s', 'Thanks so much for waiting!', answer],
    ['a line that speaks as "I"', 'I have looked into it', answer],
    ['a heading over a paragraph that does not greet', 'Order 4471 update', 'The missing scarf left today by tracked post.'],
    ['the agent’s own hours in a sentence about this order', 'I am online 9:00–18:00 today if your order needs changing.', answer],
    ['an unpunctuated line to the customer with "me"', 'Ping me again tomorrow if the scarf still has not come', answer],
    ['an unpunctuated line telling the customer what to do', 'Keep your receipt until the scarf arrives', answer],
  ])('keeps %s as the agent’s', (_shape, first, below) => {
    const text = `${first}\n\n${below}`;
    expect(agents(text, first)).toBe(true);
  });
});

describe('a marketplace’s notice about paying on the platform, under the reply', () => {
  it.each([
    ['eBay’s protection line and its warning', 'Only purchases on eBay are covered by the eBay purchase protection programmes. Asking your trading partner to complete a transaction outside of eBay is not allowed.'],
    ['a booking platform’s payment line', 'To protect your payment, always pay and communicate through Staybird.'],
    ['a resale app’s warning', 'Never pay outside of Swapsy. Payments made elsewhere are not protected.'],
    ['a craft marketplace’s policy', 'Asking a buyer to pay outside Makerly is against our policies.'],
  ])('reads %s as the platform’s', (_shape, notice) => {
    expect(isPlatformNotice(notice)).toBe(true);
    const text = `Hi Jo,\n\nThe replacement strap went out this morning by Royal Mail.\n\nmarek_leathergoods\n\n${notice}`;
    expect(agents(text, notice)).toBe(false);
    expect(agents(text, 'The replacement strap')).toBe(true);
  });

  it('keeps the agent’s own advice in a sentence that speaks as "I"', () => {
    expect(isPlatformNotice('Please never pay outside of Swapsy; I can only protect payments made here.')).toBe(false);
  });

  it.each([
    ['a cold sentence after the advice', 'Never pay outside of Tradewell. You were told that twice, it is obviously in the terms.'],
    ['the advice running on into a clause', 'Only orders paid through Tradewell are covered, so you should have read the policy before paying by card.'],
    ['the advice joined to a reproach', 'To keep yourself safe, always pay through Tradewell and you should have known that already.'],
  ])('keeps %s as the agent’s in a reply with no sign-off', (_shape, line) => {
    expect(isPlatformNotice(line)).toBe(false);
    expect(agents(`Hello Dee,\n\nThe seller asked you for a bank transfer, which is a scam.\n\n${line}`, line)).toBe(true);
  });

  it('keeps a platform line above the agent’s sign-off as the agent’s', () => {
    const line = 'Only bookings made through Staybird are protected, so please book the return leg here too.';
    const text = `Hi Jo,\n\nYour stay is confirmed.\n\n${line}\n\nBest,\nMarek`;
    expect(agents(text, line)).toBe(true);
  });

  it('gives a cold reply the same warmth with the notice as without it', () => {
    const analyzer = createAnalyzer(defaultPack);
    const notice = 'Only purchases on eBay are covered by the eBay purchase protection programmes. Asking your trading partner to complete a transaction outside of eBay is not allowed.';
    const c = { id: 's39e', text: `Hi,\n\nReturns are accepted within 30 days if unused.\n\nmarek_parts\n\n${notice}`, notAgentText: [notice] };
    const warmth = (text: string) => analyzer.analyze(text, { customerMessage: 'The part does not fit my car.' }).scores.warmth;
    expect(warmth(c.text)).toBe(warmth(withoutNotAgentText(c)));
  });
});

describe('the customer’s question on a "You asked:" label over each answer', () => {
  it.each([
    ['"You asked:" with their question', 'You asked: Do you deliver to Orkney?'],
    ['"Your question:" in quotation marks', 'Your question: “Can the strap be shortened at home”'],
    ['the customer named, in lower case after the colon', 'Customer asked: is there a student discount?'],
    ['a numbered question speaking as "I"', 'Question 2: Will I need to be home for the install?'],
  ])('reads %s as theirs and the answer as the agent’s', (_shape, question) => {
    const text = `Hi Ola,\n\nAnswers below.\n\n${question}\nYes, and it is free over £40.\n\nBest,\nKit`;
    expect(isLabelledQuestion(question, question)).toBe(true);
    expect(misreadLines({ id: 's39q', text, notAgentText: [question] })).toEqual([]);
  });

  it.each([
    ['the agent answering on the label’s line', 'You asked about the warranty: it is 3 years from delivery.'],
    ['an answer after "Your question:"', 'Your question: yes, we deliver on Sundays.'],
  ])('keeps %s as the agent’s', (_shape, line) => {
    expect(isLabelledQuestion(line, line)).toBe(false);
    expect(agents(`Hi Ola,\n\n${line}\nThanks for asking.`, line)).toBe(true);
  });
});
