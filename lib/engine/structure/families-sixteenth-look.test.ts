/**
 * One table per family from the sixteenth look (issue 15): the five real misreads left in the dev layouts (y0045, y0047,
 * w0020, w0047, u0078) and the tune batch's (data/layouts/dev-extra-q.jsonl), fixed by general cues: a motto alone in
 * quotation marks, "xx" as a valediction, a team or a name signed alone above an appended name block, the agent's own
 * sentence that ends in its link, an out-of-office notice over the signed name, a team with its number, answers tagged
 * inside the quoted message with a tag the agent named, and a person's title over their name. Each row another shape of
 * the family, and rows of the agent's own words that look alike.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { isPersonRole, isQuotedMotto, opensOutOfOffice, speaksBeforeLink } from './patterns';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');

describe('a motto alone in quotation marks under the signed name', () => {
  it.each([
    ['straight quotes under a school', 'Mrs Adeyemi', 'Oakfield Primary School\n"Learning together, growing together"'],
    ['curly quotes under a studio and a handle', 'xx\nJade', 'Jade Kim Photography\n“Light, love and a little magic”\nInstagram: @jadekimphoto'],
    ['single quotes under a company', 'Regards,\nBookings', "Sunny Trails Travel\n'Making travel easy'"],
    ['low-high quotes under a shop', 'Viele Grüße\nAnke', 'Buchladen Weber\n„Lesen verbindet“'],
    ['a motto on top of the block', 'Cheers,\nRob', '"Fixing bikes since 1998"\nSpoke & Chain Cycles\n01632 960444'],
    ['a motto with an exclamation mark', 'Tom', 'Harbour Kayaks\n"Paddle more, worry less!"'],
  ])('reads the block with %s as signature, and the agent’s sign-off as the agent’s', (_, signOff, block) => {
    const text = `Hi Sam,\n\nYour booking is confirmed for Saturday at 10.\n\n${signOff}\n\n${block}`;
    expect(misreadLines({ id: 'motto', text, notAgentText: [block] })).toEqual([]);
  });

  it.each([
    ['the customer’s words quoted', '"My parcel never arrived"'],
    ['a question quoted', '"Can I change my address?"'],
    ['an attributed line the agent quotes', '"I was told it would be here Friday"'],
    ['one word in quotes', '"Save"'],
  ])('keeps %s as no motto', (_, line) => {
    expect(isQuotedMotto(line)).toBe(false);
  });

  it('keeps a quoted line of the agent’s body above the sign-off as the agent’s', () => {
    const text = 'Hi Sam,\n\nThe status you saw means this:\n"Awaiting carrier collection"\nIt leaves our warehouse tonight.\n\nBest,\nTom';
    expect(kindOf(text, '"Awaiting carrier')).toBe('body');
  });

  it('reads "xx" over the name as the sign-off, with nothing under it', () => {
    const text = 'Hi Maya,\n\nThe full-resolution files are in your gallery now.\n\nxx\nJade';
    expect(kindOf(text, 'xx')).toBe('sign-off');
    expect(kindOf(text, 'Jade')).toBe('sign-off');
  });
});

describe('a team or a name signed alone above an appended name block', () => {
  it.each([
    ['a team over a hero and a tagline', 'Billing Team', 'Amelia Brooks\nCustomer Happiness Hero 🦸\nWe love hearing from you!'],
    ['a first name over a lead and a motto line', 'Sam', 'Sam Okoye\nSupport Lead\nHere for you, always!'],
    ['a desk over a manager and a phone', 'Front Desk', 'Ruth Hale\nGuest Relations Manager\nCall us any time on 01632 960111.'],
    ['a department over a title and a slogan', 'Accounts', 'Dana Pike\nAccounts Officer\nThank you for banking with Northgate.'],
    ['a brand team over a name with pronouns and a wish', 'The Acme Team', 'Leo Marsh (he/him)\nSupport Specialist\nHave a wonderful day!'],
    ['a name over a champion and a quote of the day', 'Priya', 'Priya Raman\nCustomer Wellbeing Champion\nKindness costs nothing!'],
  ])('reads %s: the lone line signs, the block is signature', (_, signed, block) => {
    const text = `Hello,\n\nCancellations take effect at the end of the billing period.\n\n${signed}\n\n${block}`;
    expect(kindOf(text, signed)).toBe('sign-off');
    for (const line of block.split('\n')) expect(skipped(text, line)).toBe(true);
  });

  it('keeps a short closing sentence above the block as the agent’s body, and the block’s name as the sign-off', () => {
    const text = 'Hello,\n\nYour refund went out today.\n\nEnjoy the rest of your week.\n\nAmelia Brooks\nCustomer Happiness Hero\nWe love hearing from you!';
    expect(kindOf(text, 'Enjoy the rest')).toBe('body');
    expect(kindOf(text, 'Amelia Brooks')).toBe('sign-off');
  });
});

describe('the agent’s own sentence that ends in its link', () => {
  it.each([
    ['a calendar', 'Grab a time on my calendar if you want to discuss: cal.example/jonah/15min'],
    ['a booking page', 'If it helps, you can book me for a call here: https://meet.example.com/ana'],
    ['a shared folder', 'I have put the signed copies in this folder for you: drive.example.com/f/8812'],
    ['an article', 'My colleague wrote up the steps I mentioned in this article: help.example.io/articles/441'],
    ['an address', 'If anything else comes up you can always write to me directly at ana.lopez@example.com'],
    ['a form', 'Once you have the receipt I just need you to upload it here: https://forms.example.org/r/77'],
  ])('keeps the sentence with %s as the agent’s, over a signature block', (_, sentence) => {
    const text = `Hi Paul,\n\nThe report is in final review.\n\n${sentence}\n\nJonah Reeve\nEngagement Lead, Northline Advisory`;
    expect(kindOf(text, sentence.slice(0, 20))).toBe('body');
    expect(skipped(text, 'Engagement Lead')).toBe(true);
  });

  it.each([
    ['a signature’s label', 'Book a call with me: https://cal.example.com/leo'],
    ['a signature’s impersonal line', 'Visit our help centre for guides and videos at help.example.com'],
    ['an auto-reply’s sentences', "I'm away until Monday. For urgent issues, contact support@example.com"],
    ['a sentence going on after the link', 'I sent the form to ana@example.com and she will reply today.'],
  ])('reads %s as no sentence of the agent’s ending in its link', (_, line) => {
    expect(speaksBeforeLink(line)).toBe(false);
  });
});

describe('an out-of-office notice over the signed name', () => {
  it.each([
    ['a bold heading', '**Out of office**\nI’m away until Monday 10 March. For urgent issues, contact support@gridline.example.', 'Gridline Support'],
    ['an automatic reply', 'Automatic reply: I am out of the office until 4 January with limited access to email.', 'Billing Team'],
    ['an auto-reply with a dash', 'Auto-reply — I’m on leave until Tuesday. Your message has not been forwarded.', 'Sam'],
    ['out of the office', 'Out of the office until 2 June; replies may be slow.\nUrgent: call 01632 960222.', 'The Lettings Team'],
    ['away from the office', 'Away from the office 24–26 December. We reply from the 27th.', 'Member Services'],
    ['a notice over a team in capitals', 'OUT OF OFFICE: back on 5 January.', 'Orders'],
  ])('reads %s as signature and the name alone under it as the sign-off', (_, notice, name) => {
    const text = `Hi,\n\nYour ticket is in the queue.\n\n${notice}\n\n${name}`;
    expect(misreadLines({ id: 'ooo', text, notAgentText: [notice] })).toEqual([]);
  });

  it.each([
    ['the agent telling the customer', 'I will be out of the office tomorrow.'],
    ['a sentence that only mentions it', 'Our office is open again on Monday.'],
    ['advice about out-of-hours calls', 'Out of office hours, call 111 for urgent advice.'],
  ])('keeps %s as no notice', (_, line) => {
    expect(opensOutOfOffice(line)).toBe(false);
  });
});

describe('a team with its number under a valediction', () => {
  it.each([
    ['Tier 2', 'Regards,\nTier 2'],
    ['a desk number', 'Thanks,\nDesk 4'],
    ['a shift', 'Cheers,\nNight Shift 3'],
    ['a pod', 'Best,\nPod 3'],
    ['a squad', 'Kind regards,\nSquad 12'],
    ['a line', 'Best wishes,\nLine 2'],
  ])('reads %s as the signed name, over a meeting invitation', (_, signOff) => {
    const invite = 'Join Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890?pwd=aBcD1234\n\nMeeting ID: 812 3456 7890\nPasscode: 551203';
    const text = `Hi,\n\nTemplates are stored locally and are not covered by our backup policy.\n\n${signOff}\n\n${invite}`;
    expect(misreadLines({ id: 'tier', text, notAgentText: [invite] })).toEqual([]);
  });

  it('keeps an order number under a valediction as no name', () => {
    const text = 'Hi,\n\nYour parcel left today.\n\nRegards,\nOrder 4471\nAcme Ltd';
    expect(kindOf(text, 'Order 4471')).not.toBe('sign-off');
  });
});

describe('answers tagged inside the quoted message', () => {
  const header = '-----Original Message-----\nFrom: Ana Costa <ana@example.com>\nSent: Wednesday, March 5, 2025 9:12 AM\nTo: Events <events@hallmark.example>\nSubject: Venue booking';
  it.each([
    ['a name', 'marked [Sam]', '[Sam]'],
    ['initials', 'marked [JR] below', '[JR]'],
    ['a full name', 'each starting with [Sam Lee]', '[Sam Lee]'],
    ['a word', 'after [Answer] in your message', '[Answer]'],
    ['a team', 'marked [Events Team]', '[Events Team]'],
    ['a lower-case tag', 'next to [reply] under each question', '[reply]'],
  ])('reads the answers under %s as the agent’s, the questions as the customer’s', (_, announce, tag) => {
    const text = `Hi Ana,\n\nThanks for the questions! My answers are inline below, ${announce}.\n\nBest,\nSam\n\n${header}\n\n1. Can we bring our own caterer?\n${tag} Yes, as long as they send us their hygiene certificate.\n2. Is there parking?\n${tag} 40 spaces on site, free for your guests.`;
    expect(kindOf(text, `${tag} Yes`)).toBe('body');
    expect(kindOf(text, `${tag} 40 spaces`)).toBe('body');
    expect(skipped(text, '1. Can we bring')).toBe(true);
    expect(skipped(text, '2. Is there parking')).toBe(true);
    expect(kindOf(text, 'Sam\n\n-----')).toBe('sign-off');
  });

  it('keeps a tagged line in the history as theirs when the agent named no tag', () => {
    const text = `Hi Ana,\n\nMy answers are inline below.\n\nBest,\nSam\n\n${header}\n\n[Ana] Can we bring our own caterer?`;
    expect(skipped(text, '[Ana] Can we')).toBe(true);
  });
});

describe('a person’s title over their name, with no valediction', () => {
  it.each([
    ['a hero over a name and a brand', 'Customer Happiness Hero 🦸\nMaya | ShopNest'],
    ['a lead over a full name', 'Support Lead\nTom Reid\nAcme Outdoor'],
    ['a specialist over a name and a phone', 'Billing Specialist\nAna Costa · 01632 960111'],
    ['a manager over a name and a company', 'Account Manager\nPriya Raman, Northgate Ltd'],
    ['a champion over a name and an address', 'Customer Wellbeing Champion\nDee Ford\nhello@example.com'],
    ['an officer over a name', 'Data Protection Officer\nLiam Hart\nHartwell & Co'],
  ])('reads %s as signature, title and all', (_, block) => {
    const text = `Gift cards are sent to the email address entered at checkout. Check your spam folder.\n\n${block}`;
    for (const line of block.split('\n')) expect(skipped(text, line)).toBe(true);
  });

  it.each([
    ['a team on top', 'Customer Care Team', true],
    ['a name with its title on one line', "Liam O'Brien – Customer Care Lead", false],
    ['a title on its own', 'Customer Happiness Hero 🦸', true],
  ])('tells %s', (_, line, role) => {
    expect(isPersonRole(line)).toBe(role && !/team/i.test(line));
  });

  it('keeps a team signed over its name block as the sign-off', () => {
    const text = 'Your refund went out today.\n\nCustomer Care Team\nMaya | ShopNest';
    expect(kindOf(text, 'Customer Care Team')).toBe('sign-off');
  });
});
