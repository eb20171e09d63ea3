/**
 * Session 38 (issue 15): the families behind the tune batch data/layouts/dev-extra-as.jsonl and behind cold replies whose
 * warmth moved with their closing. A messaging or community app's own line in a support chat (a bot opening or claiming a
 * ticket, a conversation assigned to a numbered queue, the app's notice in its own language when it hands the chat over or
 * ends it); and warmth read from what the agent wrote to the customer, never from the valediction, the team signed under
 * it, or a team or role signed on its own line with no valediction. Beside each, the look-alikes that keep their reading.
 * None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { misreadLines, notAgentSpans, withoutNotAgentText } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { isChatNotice } from './patterns';
import { SKIPPED_PART_KINDS } from './types';

const agents = (text: string, needle: string) => !(SKIPPED_PART_KINDS as readonly (string | undefined)[]).includes(kindOf(text, needle));

describe('a community or messaging app’s line about the ticket or the chat', () => {
  it.each([
    ['a bot opening a ticket, with its name', 'Ticketbot: Ticket #1187 opened by @nadia.builds'],
    ['a ticket claimed by a helper', 'Ticket #42 claimed by Rowan'],
    ['a thread created by a handle', 'Thread #help-882 created by @oskar_w'],
    ['a numbered queue with a dash', 'Chat transferred to Level 2 – Payments'],
    ['a queue with a digit', 'Conversation assigned to Tier 3 Hardware'],
    ['KakaoTalk ending the consultation', '[카카오톡 채널] 상담이 종료되었습니다.'],
    ['an agent connected, in Korean', '상담원과 대화가 연결되었습니다'],
    ['Zalo moving the chat', 'Bạn đã được chuyển cuộc trò chuyện từ Zalo OA Nhà Thuốc An Khang'],
    ['a Chinese session ended', '会话已结束，感谢您的咨询'],
  ])('reads %s as the app’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(true);
    const answer = 'Hi Nadia! Sorry the webhook kept failing, I reset your signing secret and the test delivery went through just now.';
    const text = `${line}\n\n${answer}`;
    expect(agents(text, answer)).toBe(true);
    expect(misreadLines({ id: 's38', text, notAgentText: [line] })).toEqual([]);
  });

  it.each([
    ['the agent saying who opened it', 'The ticket you mentioned was opened by my colleague Rowan, so I have added myself to it.'],
    ['the agent assigning in a sentence', 'I have assigned your case to our Level 2 team, who will call you before 5pm.'],
    ['a closing line the agent writes in Vietnamese', 'Cảm ơn anh, we will call you back tomorrow morning.'],
    ['a ticket number given to the customer', 'Ticket #1187 is yours; quote it if you call us.'],
  ])('keeps %s as the agent’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(false);
    expect(agents(`Hi Nadia,\n\n${line}`, line)).toBe(true);
  });
});

describe('warmth is read from what the agent wrote, not from the closing under it', () => {
  const analyzer = createAnalyzer(defaultPack);
  const warmth = (text: string, customerMessage: string) => analyzer.analyze(text, { customerMessage }).scores.warmth;
  const body =
    'Good morning,\n\nReplacement keys are cut only on production of the tenancy agreement. The office cannot release them to third parties.';
  const customer = 'I am locked out and my landlord is abroad. Can my brother collect the spare key for me?';

  it.each([
    ['a valediction and a team', 'Kind regards,\nLettings Team'],
    ['a formal valediction, a department and a company', 'Yours faithfully,\nProperty Services\nHalden Estates Ltd'],
    ['a valediction, a first name and a role', 'Many thanks,\nGreta\nLettings Negotiator, Halden Estates'],
    ['a department signed with no valediction', 'Lettings Office'],
    ['an abbreviated role with no valediction', 'Estates Admin.'],
    ['an initial and a surname', 'R. Okafor'],
  ])('gives a cold reply the same warmth with %s as without it', (_shape, closing) => {
    expect(warmth(`${body}\n\n${closing}`, customer)).toBe(warmth(body, customer));
  });

  it('still reads the agent’s own closing wish and P.S. as theirs', () => {
    const text = `${body}\n\nSorry again, I know this is a horrible spot to be in.\n\nKind regards,\nLettings Team`;
    expect(warmth(text, customer)).toBeGreaterThan(warmth(`${body}\n\nKind regards,\nLettings Team`, customer));
    const ps = `${body}\n\nKind regards,\nGreta\n\nP.S. I've asked the locksmith to hold a slot for you at 2pm.`;
    expect(warmth(ps, customer)).not.toBe(warmth(`${body}\n\nKind regards,\nGreta`, customer));
  });
});

describe('the last lines of a cold reply with no valediction', () => {
  it.each([
    ['a Maltese guesthouse', 'Marija\nTa\' Ġorġ il-Kbir Guest House, Marsaskala', 'Marija'],
    ['an Italian villa', 'Lorenzo\nVilla dell\'Orto, Fiesole', 'Lorenzo'],
    ['an Arabic particle, as before', 'Huda\nDar al-Salam Travel', 'Huda'],
  ])('reads the name signed over %s as the sign-off and the place under it as signature', (_shape, closing, name) => {
    const text = `Dear Ms Vella,\n\nThe room rate is fixed once the booking is confirmed.\n\n${closing}`;
    expect(kindOf(text, name)).toBe('sign-off');
    expect(agents(text, closing.split('\n')[1]!)).toBe(false);
  });

  it('keeps a busy notice that goes on about this customer’s own thing as the agent’s answer', () => {
    const answer = 'We are currently experiencing a high volume of repairs. Your kayak is in the queue and will be looked at next week.';
    const text = `Hi Noel,\n\n${answer}\n\nPlease don\'t chase, it slows us down.`;
    expect(agents(text, answer)).toBe(true);
    expect(misreadLines({ id: 's38c', text, notAgentText: [] })).toEqual([]);
  });

  it('still reads the team’s own busy notice under the reply as a footer', () => {
    const text = 'Hi Noel,\n\nYour kayak is repaired and ready to collect.\n\nWe are currently experiencing a high volume of calls, so replies may take up to 3 days.';
    expect(agents(text, 'We are currently experiencing')).toBe(false);
  });
});

describe('the eval’s reply without its labelled text', () => {
  const c = {
    id: 's38',
    text: 'Hello,\n\nThank you for contacting Harbourview Lettings. The spare key is at the office until 6pm.\n\nHarbourview Lettings',
    notAgentText: ['Harbourview Lettings'],
  };

  it('cuts the name signed on its own line, not the same words in the agent’s sentence', () => {
    expect(notAgentSpans(c)).toEqual([[c.text.lastIndexOf('Harbourview Lettings'), c.text.length]]);
    expect(withoutNotAgentText(c)).toBe('Hello,\n\nThank you for contacting Harbourview Lettings. The spare key is at the office until 6pm.');
  });

  it('cuts every place when none stands on its own line', () => {
    const inline = { id: 's38b', text: 'Thanks! · Posted via Sprout Social', notAgentText: ['· Posted via Sprout Social'] };
    expect(withoutNotAgentText(inline)).toBe('Thanks!');
  });
});
