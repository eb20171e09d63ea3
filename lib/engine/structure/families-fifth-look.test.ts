/**
 * One table per family of layouts that leaked on a fifth batch of styles nobody had tuned for
 * (data/layouts/dev-extra-e.jsonl, issue 15): each row another shape of the family, and rows of the agent's own
 * words that look alike and must stay theirs. The property at the end signs any reply off with any of these names
 * and teams over any signature or footer, and nothing in the agent's words may change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { readStructure } from './read-structure';
import { kindOf } from './fixtures/kind-of';
import { hasFooterPhrase, isFooterStart, isNameLike, isSignOffLine } from './patterns';
import { withoutNotAgentText } from '../../eval/structure';

const BODY = "Hi Ana,\n\nThe refund went through this morning and you'll see it within 3 working days.";

describe('a signed name with a particle or in a script without capitals signs the reply off', () => {
  it.each([
    ['bin', 'Ahmad bin Said'],
    ['binti', 'Siti Nurhaliza binti Abdullah'],
    ['ibn and a joined al-', 'Abdullah ibn Khalid al-Rashid'],
    ['van der', 'Jan van der Berg'],
    ['de los', 'María José de los Ángeles Ruiz'],
    ['dos', 'João dos Santos'],
    ['Chinese with a Latin name', '王芳 (Fang Wang)'],
    ['Korean in brackets', 'Kim Min-jun (김민준)'],
    ['Cyrillic', 'Дмитрий Петров'],
    ['Arabic', 'محمد علي'],
    ['Irish', 'Seán Ó Briain'],
  ])('%s', (_name, name) => {
    expect(isNameLike(name)).toBe(true);
    const text = `${BODY}\n\nBest regards,\n${name}\nCustomer Support Executive\nAcme Fibre | 1-800-82-1123`;
    expect(kindOf(text, name)).toBe('sign-off');
    expect(kindOf(text, 'Customer Support Executive')).toBe('signature');
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it.each([
    ['a sentence with a particle', 'Please ask for Jan van der Berg when you call.'],
    ['a lower-case phrase', 'bin day is moved to Tuesday'],
  ])("keeps %s as the agent's", (_name, line) => {
    expect(isNameLike(line)).toBe(false);
  });
});

describe('a team or department signs the reply off', () => {
  it.each([
    ['your friends at', 'Happy writing,\nYour friends at Loomly'],
    ['a crew with an emoji', 'Love,\nThe Crumb Club crew 🍪'],
    ['a lower-case team word', 'Thanks,\nThe Acme support team'],
    ['a desk', 'Thanks,\nThe Returns Desk'],
    ['a department', 'Regards,\nAccounts Receivable Department'],
  ])('%s', (_name, signOff) => {
    const text = `${BODY}\n\n${signOff}\n\nAcme Ltd, 221 Harbour St, Portland, ME 04101\nDon't want these emails? Unsubscribe`;
    const [valediction, team] = signOff.split('\n');
    expect(kindOf(text, valediction!)).toBe('sign-off');
    expect(kindOf(text, team!)).toBe('sign-off');
    expect(kindOf(text, 'Acme Ltd')).toBe('signature');
  });

  it.each([
    ['from all of us at', 'Warm wishes from all of us at Pebble & Pine 🌲'],
    ['from the team at', 'Cheers from the team at Acme!'],
    ['from a brand', 'Thanks from Acme'],
  ])('on one line: %s', (_name, line) => {
    expect(isSignOffLine(line)).toBe(true);
    const text = `${BODY}\n\n${line}\n\nYou're receiving this email because you placed an order with Pebble & Pine. Unsubscribe | Manage preferences`;
    expect(kindOf(text, line)).toBe('sign-off');
    expect(kindOf(text, "You're receiving")).toBe('footer');
  });

  it.each([
    ['thanks from all of us for…', 'Thanks from all of us for your patience.'],
    ['thanks from everyone here', 'Thanks from everyone here'],
  ])("keeps %s as the agent's sentence, not a team", (_name, line) => {
    expect(isSignOffLine(line)).toBe(false);
  });
});

describe('titles, suffixes and initials with a full stop, and "On behalf of", still sign off', () => {
  it.each([
    ['a suffix', 'Tom Reid Jr.'],
    ['a trailing initial', 'Pradeep K.'],
    ['a title', 'Rev. Paul van der Berg'],
    ['a title and a suffix', 'Fr. Michael da Silva III'],
    ['a department abbreviation', 'Acme Billing Dept.'],
  ])('%s', (_name, name) => {
    for (const valediction of ['Regards,\n', '']) {
      const text = `${BODY}\n\n${valediction}${name}\nCustomer Support Specialist\nT: +44 20 7946 0321`;
      expect(kindOf(text, name)).not.toBe('body');
      if (valediction) expect(kindOf(text, name)).toBe('sign-off');
    }
    expect(kindOf(`${BODY}\n\n${name}`, name)).toBe('sign-off');
  });

  it('reads "On behalf of the … Team" as the signed name, under a valediction or alone', () => {
    const team = 'On behalf of the Acme Customer Care Team';
    for (const valediction of ['Kind regards,\n', 'Regards\n', '']) {
      const text = `${BODY}\n\n${valediction}${team}\nwww.acme.example\n\nReplies to this message are not monitored.`;
      expect(kindOf(text, team)).toBe('sign-off');
      if (valediction) expect(kindOf(text, valediction.trim())).toBe('sign-off');
      expect(kindOf(text, 'Replies to')).toBe('footer');
    }
  });

  it("keeps a sentence ending in an abbreviation as the agent's", () => {
    const line = 'Your parcel is with Royal Mail Ltd.';
    expect(kindOf(`${BODY}\n\n${line}`, line)).toBe('body');
  });
});

describe('a list of names is a list, not a dashed sign-off', () => {
  it('keeps the sentence under it as the agent\'s', () => {
    const text = 'Happy to help! Our pharmacists on duty today:\n- Mark Evans\n- Aisha Begum\nEither of them can go through the consent form with you 😊';
    expect(kindOf(text, '- Mark')).toBe('list-item');
    expect(kindOf(text, '- Aisha')).toBe('list-item');
    expect(kindOf(text, 'Either of them')).toBe('body');
  });

  it('keeps names as items at the end of a reply', () => {
    const text = 'Hi Bea,\n\nYour team for Saturday:\n- Sam Whitfield\n- Ade Okoye';
    expect(readStructure(text).parts.filter((p) => p.kind === 'list-item')).toHaveLength(2);
    expect(readStructure(text).parts.some((p) => p.kind === 'sign-off')).toBe(false);
  });

  it('still reads a dashed name under the body as the sign-off', () => {
    for (const signOff of ['- Raj', '— Raj', '-Sam']) {
      const text = `${BODY}\n${signOff}`;
      expect(kindOf(text, signOff)).toBe('sign-off');
    }
  });
});

describe('footers in new words', () => {
  it.each([
    ['"You\'re receiving this email because"', "You're receiving this email because you placed an order with Pebble & Pine."],
    ['a disclaimer after a dash', 'Disclaimer – This communication is intended for the addressee only.'],
  ])('%s opens a footer', (_name, line) => {
    expect(isFooterStart(line)).toBe(true);
    expect(kindOf(`${BODY}\n\nBest,\nSam\n\n${line}`, line.slice(0, 12))).toBe('footer');
    expect(kindOf(`${BODY}\n\n${line}`, line.slice(0, 12))).toBe('footer');
  });

  it("reads a chat's end-and-rate line as the app's", () => {
    const line = 'Agent Kelsey ended the chat · Rate this conversation 👍 👎';
    expect(hasFooterPhrase(line)).toBe(true);
    expect(kindOf(`The annual plan was selected at checkout.\n\n${line}`, line)).toBe('footer');
  });

  it("reads a helpdesk macro's hours note under a signed name as signature", () => {
    const text = `${BODY}\n\nLove,\nThe Crumb Club crew\n\nOur team is here Monday to Friday, 9am–5pm GMT. Messages sent outside these hours are answered the next working day.\nConversation #44812 · Help Scout`;
    expect(kindOf(text, 'Our team is here')).toBe('signature');
    expect(kindOf(text, 'Conversation #')).toBe('signature');
  });

  it.each([
    ['rating a chat in a sentence', 'Feel free to rate this chat, it helps Jo.'],
    ['an agent who ended a chat by mistake', 'Sorry, I ended the chat by mistake earlier, so here is the answer.'],
  ])("keeps %s as the agent's", (_name, line) => {
    expect(hasFooterPhrase(line)).toBe(false);
  });
});

describe('unsubscribe, no-reply, privacy and confidentiality lines in more words', () => {
  it.each([
    ['no longer wish to receive', 'If you no longer wish to receive these emails, click here.'],
    ['click here to unsubscribe', 'Click here to unsubscribe.'],
    ['received as a registered user', 'You have received this email as a registered user of Acme.'],
    ['Mailchimp', 'Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.'],
    ['replies not monitored', 'Replies to this message are not monitored.'],
    ['an unattended inbox', 'This inbox is unattended.'],
    ['data under the GDPR', 'We process your data in accordance with the GDPR.'],
    ['how we use your data', 'For information about how we use your data, see our Privacy Notice at acme.example/privacy.'],
    ['unauthorised use', 'Any unauthorised use, disclosure or copying of this email is strictly prohibited.'],
    ['a send-only address', 'This email has been sent from a send-only address.'],
    ['subscribed to updates', 'You are subscribed to Acme product updates as jane@example.com.'],
    ['no address for replies', 'Please note that this email address does not accept replies.'],
    ['e-mail is not secure', 'Emails are not secure and may be intercepted.'],
    ['a bar of links', 'Help Center | Privacy Policy | Terms of Service'],
  ])('%s', (_name, line) => {
    expect(isFooterStart(line) || hasFooterPhrase(line)).toBe(true);
    for (const reply of [`${BODY}\n\n`, `${BODY}\n\nBest,\nSam\n\n`]) {
      expect(['footer', 'signature']).toContain(kindOf(`${reply}${line}`, line.slice(0, 12)));
      expect(kindOf(`${reply}${line}`, 'The refund went')).toBe('body');
    }
  });

  it.each([
    ["If you don't want to receive paper statements any more, just reply and I'll switch them off."],
    ["If you'd like to unsubscribe, I can do that for you today."],
    ['You are subscribed to the Pro plan until May.'],
    ['You can read our terms of service at acme.example/terms.'],
    ['Replies to this thread go straight to me, so just hit reply.'],
    ['Unauthorised use of your card was spotted on 3 March, so I have blocked it.'],
  ])("keeps the agent's last sentence %s as body", (line) => {
    expect(kindOf(`${BODY}\n\n${line}`, line.slice(0, 12))).toBe('body');
    expect(kindOf(`${BODY}\n\n${line}\n\nBest,\nSam`, line.slice(0, 12))).toBe('body');
  });
});

describe("a chat app's event lines, anywhere in the reply", () => {
  const chat = "So sorry about that! I've refunded the two drinks to your card, it'll show in 3-5 days.";
  it.each([
    'Chat started: 10:02 AM', 'You are now chatting with Sam', 'Sam is typing…', 'Visitor rated the chat Good', 'Chat closed',
    'Transferred to Billing queue', 'Customer disconnected', 'Agent Sam has joined', 'Sam (Acme) joined the conversation',
    'Conversation ended', 'This chat has ended', 'The chat was closed due to inactivity.', 'Please wait while we connect you to an agent.',
    "You're now connected with Sam.", 'Sam sent an attachment: invoice.pdf', 'Read 10:42', 'Seen', 'Posted via Hootsuite',
    'Show this thread', 'Chat ID: 44812', 'Powered by LiveChat', 'Session ended by visitor', 'Message delivered at 10:42', 'Yesterday 16:20',
    'Sam changed the conversation status to Resolved', "[Auto-reply] We'll be back at 9am.", 'This conversation has been marked as resolved.',
  ])('%s', (line) => {
    for (const text of [`${chat}\n${line}`, `${line}\n${chat}`]) {
      expect(kindOf(text, line)).toBe('footer');
      expect(kindOf(text, 'So sorry')).toBe('body');
    }
  });

  it.each([
    'Your parcel left the depot this morning.', 'Your parcel left.', 'I left a note for the driver.', 'Sam joined our team last week and will call you.',
    'The chat was great.', 'Transferred to your account.', 'Delivered.', 'Sent!', 'Today I\'ve refunded your order.', 'Session started on Monday, so your plan renews then.',
    "You're now connected with our billing system, so payments go through automatically.", 'Please wait while we check.',
  ])("keeps the agent's line %s", (line) => {
    for (const text of [`${chat}\n${line}`, `${line}\n${chat}`]) expect(['body', 'sign-off']).toContain(kindOf(text, line));
  });
});

describe('quoted history under a reply that is not signed off', () => {
  const reply = "Hi Ravi,\n\nThe refund went through this morning and you'll see it within 3 working days.";
  const customer = 'I STILL have not been refunded. This is unacceptable and you need to fix it NOW.';
  const marked = '> I STILL have not been refunded.\n> This is unacceptable and you need to fix it NOW.';
  it.each([
    ['a helpdesk\'s "replied:" over ">" lines', 'Ravi Kumar replied:', marked],
    ['"commented:" over ">" lines', 'Ravi Kumar commented:', marked],
    ['a name and a date over ">" lines', 'Ravi Kumar, 4 Mar 2025 09:14:', marked],
    ['"wrote at … on …"', 'Ravi Kumar (Acme Ltd) wrote at 09:14 on 4 March 2025:', customer],
    ['a framed "wrote on"', '--- Ravi Kumar wrote on 4 March 2025 ---', customer],
    ['"Original message:"', 'Original message:', customer],
    ['"Your message:"', 'Your message:', customer],
    ['"Customer wrote:"', 'Customer wrote:', customer],
    ['"Ticket #… — … wrote on 4 March:"', 'Ticket #48213 — Ravi Kumar wrote on 4 March:', customer],
    ['Outlook\'s header without its "From:" line', 'Sent: Tuesday, March 4, 2025 9:14 AM\nTo: Support\nSubject: Refund', customer],
  ])('%s', (_name, header, quoted) => {
    const text = `${reply}\n\n${header}\n${quoted}`;
    expect(kindOf(text, header.slice(0, 12))).toBe('quote');
    expect(kindOf(text, quoted.slice(0, 12))).toBe('quote');
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it.each([
    ['a date in a sentence ending in a colon, with no ">" under it', 'Here is what changes on 4 March:', '- your plan moves to Pro\n- the price stays the same'],
    ['a framed date divider', '— 4 March —', 'The engineer came back today and fixed it.'],
  ])("keeps %s as the agent's", (_name, line, below) => {
    const text = `${reply}\n\n${line}\n${below}`;
    expect(kindOf(text, below.slice(0, 10))).not.toBe('quote');
  });
});

const analyzer = createAnalyzer(defaultPack);
const REPLIES = [
  'Your refund has been processed. Per our policy, no further refunds will be given.',
  "Sorry about the wait! The new shade left this morning and arrives on Wednesday; no need to send the cracked one back.",
  'We are unable to assist further. Please refer to the FAQ.',
];
const SIGNERS = ['Best regards,\nAhmad bin Said', 'Kind regards,\nJan van der Berg', 'Many thanks,\n王芳 (Fang Wang)', 'Happy writing,\nYour friends at Loomly', 'Love,\nThe Crumb Club crew 🍪', 'Thanks,\nThe Returns Desk', 'Warm wishes from all of us at Pebble & Pine 🌲'];
const TAILS = [
  'Customer Support Executive\nMaxis Fibre | 1-800-82-1123',
  "You're receiving this email because you placed an order with Pebble & Pine. Unsubscribe from marketing emails | Manage preferences",
  'Disclaimer – This communication is intended for the addressee only. Peak Fitness Ltd accepts no liability for any damage caused by viruses transmitted by this email.',
  'Our team is here Monday to Friday, 9am–5pm GMT. Messages sent outside these hours are answered the next working day.\nConversation #44812 · Help Scout',
  '> > > Why is my card blocked?\n> > Your card was blocked for your security.\n> I asked twice already. Why is my card still blocked?',
];

describe('signing off with these names and teams over any of these tails', () => {
  it("never changes the warmth or the findings in the agent's words", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPLIES), fc.constantFrom(...SIGNERS), fc.subarray(TAILS, { minLength: 1 }), (reply, signer, tails) => {
        const signed = `Hi Ana,\n\n${reply}\n\n${signer}`;
        const alone = analyzer.analyze(signed);
        const withTail = analyzer.analyze(`${signed}\n\n${tails.join('\n\n')}`);
        expect(withTail.scores.warmth).toBe(alone.scores.warmth);
        const found = (fs: typeof alone.findings) => fs.map(({ ruleId, start, end, suggestions }) => ({ ruleId, start, end, suggestions }));
        expect(found(withTail.findings)).toEqual(found(alone.findings));
      }),
      { numRuns: 60, seed: 15 },
    );
  });
});

describe("a name under the body with the company's boilerplate in its block", () => {
  const cold = 'Dear Customer,\n\nYour request has been declined. This decision is final.';
  it.each([
    ['a team over a thank-you and a phone', 'Customer Services\nThank you for contacting Acme Energy.\nT: 0800 123 4567'],
    ['a team over a recording notice', 'Billing Department\nCalls may be recorded for training purposes.'],
    ['a person over a recording notice', 'Priya\nCalls may be recorded for training purposes.'],
    ['a person over a thank-you, a footer under it', 'Tom Reid\nThank you for contacting Acme Energy.\n\nPlease do not reply to this email. This mailbox is not monitored.'],
  ])('%s', (_name, block) => {
    for (const gap of ['\n', '\n\n']) {
      const text = `${cold}${gap}${block}`;
      const [name, tagline] = block.split('\n');
      expect(kindOf(text, name!)).toBe('sign-off');
      expect(kindOf(text, tagline!)).toBe('signature');
      expect(kindOf(text, 'Your request')).toBe('body');
    }
  });

  it("keeps the agent's own last sentence under their name's line when nothing marks a signature", () => {
    const text = 'Hi Jo,\n\nDone!\nSam\nLet me know if that works.';
    expect(kindOf(text, 'Let me know')).toBe('body');
  });
});

describe('a department signing a cold reply, whether its line is counted as signature or not', () => {
  const COLD = ['Your complaint has been noted. Refunds are not available after 30 days as per our terms and conditions.', 'We are unable to assist further with this matter. Please refer to our FAQ.', 'The charge is correct. No further action will be taken.'];
  const VALEDICTIONS = ['Regards,', 'Yours faithfully,', 'Thanks,', ''];
  const TEAMS = ['Customer Care Team', 'CUSTOMER SERVICE', 'Billing Department', 'The Resolutions Team', 'Customer Services', 'Ahmad bin Said'];
  const BLOCKS = [[], ['Acme Energy Ltd'], ['Acme Energy | 0800 123 4567'], ['Calls may be recorded for training purposes.'], ['Thank you for contacting Acme Energy.', 'T: 0800 123 4567']];
  const FOOTERS = ['', 'Please do not reply to this email. This mailbox is not monitored.', "You're receiving this email because you have an account with Acme. Unsubscribe | Manage preferences"];
  it('scores the same warmth with the signature and without it (the eval\'s own measure)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COLD), fc.constantFrom(...VALEDICTIONS), fc.constantFrom(...TEAMS), fc.constantFrom(...BLOCKS), fc.constantFrom(...FOOTERS), fc.boolean(), fc.constantFrom('\n', '\n\n'),
        (body, valediction, team, block, footer, teamIsSignature, gap) => {
          const agent = [`Dear Customer,\n\n${body}`, [valediction, teamIsSignature ? '' : team].filter(Boolean).join('\n')].filter(Boolean).join('\n\n');
          const signature = [teamIsSignature ? team : '', ...block].filter(Boolean).join('\n');
          const text = [agent, signature].filter(Boolean).join(valediction || teamIsSignature ? '\n' : gap) + (footer ? `\n\n${footer}` : '');
          const notAgentText = [signature, footer].filter(Boolean);
          fc.pre(notAgentText.length > 0);
          const bare = withoutNotAgentText({ id: 'p', text, notAgentText });
          expect(analyzer.analyze(text).scores.warmth).toBe(analyzer.analyze(bare).scores.warmth);
        }),
      { numRuns: 150, seed: 15 },
    );
  });
});
