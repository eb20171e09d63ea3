/**
 * Session 40 (issue 15): the families behind the tune batch data/layouts/dev-extra-av.jsonl and two leftovers of the
 * session-39 review. A support bot's hand-off lines (the bot handing the conversation "over to the team", the customer's
 * "talk to a person" button, the queue's "You're next in line"); a messaging app's welcome to a new follower with the
 * account's hours glued under it; WeChat's corner-bracket quote with its spaced rule; LinkedIn's "… sent the following
 * message at …" under a reply; the agent's own retort typed above the greeting; and a bare "Question:" label over the
 * agent's own question. Beside each, the look-alikes that keep their reading. None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { misreadLines, withoutNotAgentText } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { isChatNotice, isLabelledQuestion, isQuoteMarked, isSentFollowingMessage } from './patterns';
import { readStructure } from './read-structure';
import { SKIPPED_PART_KINDS } from './types';

const agents = (text: string, needle: string) => !(SKIPPED_PART_KINDS as readonly (string | undefined)[]).includes(kindOf(text, needle));
const analyzer = createAnalyzer(defaultPack);
const sameWarmth = (c: { id: string; text: string; notAgentText: string[] }, customerMessage: string, channel?: 'chat' | 'email' | 'social') => {
  const warmth = (text: string) => analyzer.analyze(text, { customerMessage, ...(channel ? { channel } : {}) }).scores.warmth;
  expect(warmth(c.text)).toBe(warmth(withoutNotAgentText(c)));
};

describe('a support bot handing the chat over, the customer’s hand-off button and the queue line', () => {
  it.each([
    ['the bot handing it "over to the team"', 'Aria handed this conversation over to the team'],
    ['to "a human"', 'Bot passed the conversation to a human'],
    ['to "the support team"', 'Operator transferred the chat to the support team'],
    ['the customer’s button', 'No, talk to a person'],
    ['a button without the "no"', 'Speak to a human'],
    ['the queue with the wait after it', 'You’re next in line. A team member will be with you shortly.'],
  ])('reads %s as the app’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(true);
  });

  it.each([
    ['the agent handing it over as "I"', 'I handed this conversation over to the team in Leeds, they will call you.'],
    ['a sentence that asks them to talk to someone', 'Please talk to a person at the front desk when you arrive.'],
    ['the agent saying where they are in line', 'You’re next in line for the replacement, it ships Monday.'],
  ])('keeps %s as the agent’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(false);
  });

  it('reads a bot’s turn, the button and the queue as theirs, and gives a cold answer the same warmth', () => {
    const skipped = 'Nova · AI Agent\nYou can pause a plan under Account > Membership. Did that help?\nNo, talk to a person\n\nYou are next in line. A teammate will be with you shortly.';
    const c = { id: 's40a', text: `${skipped}\n\nPausing is limited to one month per year.`, notAgentText: [skipped] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'how do i pause my gym plan', 'chat');
  });

  it('reads the hand-off notice over the agent’s greeting as the app’s', () => {
    const notice = 'Nova handed this conversation over to the team';
    const text = `Nova · AI Agent\nI can help! Is the order number on your receipt?\n\n${notice}\nTomasz joined the conversation\n\nHi Ewa, Tomasz here. Sorry about the mix-up, I have reissued your voucher.`;
    expect(kindOf(text, notice)).toBe('footer');
    expect(agents(text, 'Sorry about the mix-up')).toBe(true);
  });
});

describe('a messaging app’s welcome to a new follower, the account’s hours glued under it', () => {
  it('reads both lines as the app’s over a cold answer that does not greet', () => {
    const welcome = 'Thanks for adding Hanami Nails as a friend!\nThis account answers messages 10:00–19:00 every day except Tuesday.';
    const c = { id: 's40b', text: `${welcome}\n\nGel removal is not included in the price.`, notAgentText: [welcome] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'is removal included?', 'chat');
  });

  it('keeps an hours line the agent writes under their own thanks as theirs', () => {
    const text = 'Thanks for adding the photos, that helps a lot.\nOur team answers calls 9–5 and I will ring you at 10 tomorrow.\n\nBest,\nMo';
    expect(agents(text, 'Our team answers calls')).toBe(true);
  });
});

describe('WeChat’s quote of the message answered, in corner brackets over a spaced rule', () => {
  it.each([
    ['a Latin name and a full-width colon', '「Chen Jie：the delivery note says 12 boxes but we got 10」'],
    ['a Chinese name and a plain colon', '「刘洋: can you send the invoice again?」'],
  ])('reads %s and the rule as theirs', (_shape, quote) => {
    expect(isQuoteMarked(quote)).toBe(true);
    const skipped = `${quote}\n- - - - - - - - - - - - - - -`;
    const c = { id: 's40c', text: `${skipped}\nThe driver counted 10 at the gate. Claims need photos.`, notAgentText: [skipped] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'boxes missing', 'chat');
  });

  it('keeps the agent’s own bracketed note and a dashed rule among their lines as theirs', () => {
    expect(isQuoteMarked('「Note: prices include VAT」 is printed on every invoice.')).toBe(false);
    const text = 'Hi Lena,\n\nYour order ships today.\n- - - - - - - - - -\nTracking: ZX-4410\n\nBest,\nAmir';
    expect(agents(text, 'Tracking: ZX-4410')).toBe(true);
  });
});

describe('LinkedIn’s e-mail of the message answered, under the reply', () => {
  it('reads the header, the profile link and the message as history', () => {
    const history = 'Farah Qureshi sent the following message at 4:52 PM\nView Farah’s profile\nFarah Qureshi\nIs the analyst role still open? I sent my CV last month.';
    expect(isSentFollowingMessage('Farah Qureshi sent the following message at 4:52 PM')).toBe(true);
    const c = { id: 's40d', text: `Hi Farah, the role closed on Friday. We keep CVs for a year.\n\n${history}`, notAgentText: [history] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'Is the analyst role still open?', 'social');
  });

  it('keeps the agent’s own sentence about a message as theirs', () => {
    expect(isSentFollowingMessage('Our recruiter sent the following message at 9 to all applicants.')).toBe(false);
  });
});

describe('the agent’s own retort typed above the greeting', () => {
  it.each([
    ['a verdict and an order to read the terms', 'Not covered, read the warranty terms.'],
    ['a bare verdict', 'No refunds on opened software.'],
    ['"you" and a reproach', 'You were told this on the phone twice.'],
  ])('reads %s as the agent’s body and the greeting under it as the greeting', (_shape, top) => {
    const text = `${top}\n\nHi Dana,\n\nThe licence key was used on three machines, so it cannot be reissued.\n\nSupport`;
    expect(misreadLines({ id: 's40e', text, notAgentText: [] })).toEqual([]);
    const parts = readStructure(text, {}).parts;
    expect(parts.some((p) => p.kind === 'greeting' && text.slice(p.start, p.end).startsWith('Hi Dana'))).toBe(true);
  });

  it.each([
    'PRIVATE & CONFIDENTIAL',
    'Due to high demand, replies may take up to 5 working days. We apologise for any inconvenience.',
    'Our ref: KL/2231',
    'Sorry, our phone lines are closed today for staff training.',
    'Unfortunately, due to high demand, replies may take up to 5 working days.',
  ])('still reads the heading or banner "%s" above a greeting as theirs', (top) => {
    const text = `${top}\n\nHi Dana,\n\nYour licence key has been reissued.\n\nBest,\nTeo`;
    expect(agents(text, top.slice(0, 12))).toBe(false);
  });
});

describe('a bare "Question:" label over the agent’s own question', () => {
  it.each([
    ['asking for a number', 'Question: could you send me the order number from your confirmation email?'],
    ['offering a choice', 'Question: would you prefer a refund or a replacement?'],
  ])('keeps %s as the agent’s', (_shape, line) => {
    expect(isLabelledQuestion(line, line)).toBe(false);
    expect(agents(`Hi Ola,\n\nSorry the kettle arrived dented.\n\n${line}\n\nBest,\nKit`, line)).toBe(true);
  });

  it.each([
    ['a numbered question speaking as "I"', 'Question 3: Can I pay in two instalments?'],
    ['"my" in a bare label', 'Question: is my warranty transferable?'],
    ['"Your question:" naming the customer', 'Your question: do you ship to Jersey?'],
  ])('still reads %s as the customer’s', (_shape, line) => {
    expect(isLabelledQuestion(line, line)).toBe(true);
  });
});

describe('review40: the agent’s own words in the shapes of the session-40 families', () => {
  it('an agent introducing a message they quote is not LinkedIn’s header, and their reply under it stays theirs', () => {
    for (const line of ['Our CEO sent the following message on Friday:', 'Priya Nair sent the following message on Monday to every tenant:', 'The landlord sent the following message at 9:'])
      expect(isSentFollowingMessage(line), line).toBe(false);
    const text = 'Hi Kwame,\n\nOur CEO sent the following message on Friday:\n\nWe are sorry for the outage and every customer gets a month free.\n\nI have applied that month to your account now.\n\nBest,\nAma';
    expect(agents(text, 'I have applied that month')).toBe(true);
  });

  it('a bare "Question:" with "we" put to the customer is the agent’s; "we" with no "you" is still the customer’s', () => {
    expect(isLabelledQuestion('Question: can we book you in on Tuesday at 9?', 'Question: can we book you in on Tuesday at 9?')).toBe(false);
    expect(isLabelledQuestion('Question: shall we send your engineer the gate code?', 'Question: shall we send your engineer the gate code?')).toBe(false);
    expect(isLabelledQuestion('Question: do we need to be home for the fitting?', 'Question: do we need to be home for the fitting?')).toBe(true);
    expect(isLabelledQuestion('Question: can you move our delivery to Friday?', 'Question: can you move our delivery to Friday?')).toBe(true);
  });
});
