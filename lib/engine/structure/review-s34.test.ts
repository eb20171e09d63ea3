/**
 * Session 34's review: agents' own lines that session 34's structure rules read as quoted history, so the agent's last
 * sentence and sign-off under them went unread. Each row was the agent's at 3917c8b, read as quote by the session's
 * first rules, and is the agent's again.
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from './fixtures/kind-of';

const LAST = 'Let me know if anything looks wrong and I’ll sort it straight away.';

describe('a framed heading over the agent’s own list (HISTORY_WORD in framesHistory)', () => {
  it.each(['--- Order history ---', '=== Service history ===', '--- Previous steps ---'])('keeps the reply under %s the agent’s', (heading) => {
    const text = `Hi Tom,\n\nHere’s what I can see on your account:\n\n${heading}\n#1234 delivered 2 Dec\n#1240 refunded 4 Dec\n\n${LAST}\n\nThanks,\nAmy`;
    expect([kindOf(text, LAST), kindOf(text, 'Thanks,')]).toEqual(['body', 'sign-off']);
  });
});

describe('a booking’s line with its date and time cut by a dot or bar (the "dotted" thread header)', () => {
  it.each(['Collection | Mon 8 Dec, 9:00', 'Delivery · Tue 9 Dec, 14:00', 'MOT · Dec 3, 10:00 AM', 'Jess Taylor · Sat 6 Dec, 10:30 AM'])(
    'keeps the lines under %s the agent’s',
    (booking) => {
      const text = `Hi Tom,\n\nYou’re booked in:\n${booking}\n${LAST}\n\nThanks,\nAmy`;
      expect([kindOf(text, LAST), kindOf(text, 'Thanks,')]).toEqual(['body', 'sign-off']);
    },
  );
});

describe('a summary the agent heads "In this chat …:" (CHAT_LEAD with "this")', () => {
  it('keeps the summary’s lines the agent’s', () => {
    const text = 'Hi Jamal,\n\nIn this chat we agreed the following:\nRefund: £4.99 back in 3-5 days\nDelivery: Thursday before noon\n\nIs there anything else I can help with today?';
    expect(kindOf(text, 'Refund: £4.99')).toBe('body');
  });
});
