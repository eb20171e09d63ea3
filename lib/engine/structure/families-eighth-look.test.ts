/**
 * One table per family of layouts that leaked on an eighth batch of styles nobody had tuned for
 * (data/layouts/dev-extra-g.jsonl, issue 15), and the anchoring of a faceless sign-off: each row another shape of
 * the family, and rows of the agent's own words that look alike and must stay theirs.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { kindOf } from './fixtures/kind-of';
import { endsWithNamedSignOff, isChatNotice, signOffCarriesName } from './patterns';

const analyzer = createAnalyzer(defaultPack);
const BODY = 'Hello,\n\nThe second charge relates to a meter reading adjustment and is correct. Send us a photo of the meter and we will rebill you.';

describe('a faceless sign-off is underlined on the agent’s own words', () => {
  // The team line under a valediction may be the agent's typed name or the helpdesk's signature: either way the
  // valediction above it is the agent's, so the hint sits there.
  it.each([
    ['Kind regards,', 'The Billing Team\nAcme Energy'],
    ['Regards', 'Customer Care Team\nNorthwind Rail\n[Northwind Rail logo]'],
    ['Many thanks,', 'Customer Services\nAcme Energy Ltd\nwww.acme.example'],
    ['Yours faithfully,\n', 'The Complaints Department\nParkright Ltd\nAppeals line: 0300 303 1122'],
  ])('%s over a team line', (valediction, block) => {
    const text = `${BODY}\n\n${valediction}\n${block}`;
    const found = analyzer.analyze(text).findings.filter((f) => f.ruleId === 'faceless-sign-off');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(valediction.trim());
  });

  it('keeps the hint on the team line when the team signs with no valediction (the agent typed it)', () => {
    const text = `${BODY}\n\nThe Billing Team\nAcme Energy\n0800 123 456`;
    const found = analyzer.analyze(text).findings.filter((f) => f.ruleId === 'faceless-sign-off');
    expect(found.map((f) => f.text)).toEqual(['The Billing Team']);
  });

  it('keeps a one-line "Regards, Customer Service Team" whole', () => {
    const text = `${BODY}\n\nRegards, Customer Service Team`;
    expect(analyzer.analyze(text).findings.find((f) => f.ruleId === 'faceless-sign-off')?.text).toBe('Regards, Customer Service Team');
  });

  it('scores the same with the team line or without it (the name carries no tone)', () => {
    const bare = analyzer.analyze(`${BODY}\n\nKind regards,`).scores.warmth;
    for (const block of ['The Billing Team', 'The Billing Team\nAcme Energy', 'Customer Services\nAcme Energy Ltd']) {
      expect(analyzer.analyze(`${BODY}\n\nKind regards,\n${block}`).scores.warmth).toBe(bare);
    }
  });

  it('leaves a person’s name alone', () => {
    const text = `${BODY}\n\nKind regards,\nPriya\nBilling Team, Acme Energy`;
    expect(analyzer.analyze(text).findings.some((f) => f.ruleId === 'faceless-sign-off')).toBe(false);
  });
});

describe('the name signed on the valediction’s own line: the lines under it are signature', () => {
  it.each([
    ['Regards / Tom', 'Inkhouse Direct\nsales@inkhouse.example'],
    ['Thanks! -Jess', 'The Snack Drawer'],
    ['Cheers, Sam', 'Acme Support\n0161 496 0720'],
    ['Best wishes, Anna', 'Customer Relations | Pennant Leasing'],
  ])('%s', (signOff, block) => {
    const text = `Hi Priya,\n\nI've skipped your April box, so you won't be charged this month.\n\n${signOff}\n${block}`;
    expect(kindOf(text, signOff)).toBe('sign-off');
    expect(kindOf(text, block.slice(0, 6))).toBe('signature');
  });

  it.each(['See you Monday,', 'Speak soon,', 'Kind regards,'])('%s waits for the name under it', (valediction) => {
    expect(signOffCarriesName(valediction)).toBe(false);
    const text = `Hi Jun,\n\nIt takes about 40 minutes and your teacher will chat with you afterwards.\n\n${valediction}\nIsabel\nReception, Elm Park`;
    expect(kindOf(text, 'Isabel')).toBe('sign-off');
    expect(kindOf(text, 'Reception')).toBe('signature');
  });
});

describe('a name signed at the end of the last sentence, a signature block under it', () => {
  it.each([
    ['…packed. Thanks, Robert', 'Let me know if you would like anything else packed. Thanks, Robert', 'Moveright Removals\n01632 960 119'],
    ['…today. Cheers, Ana', 'Your parcel goes out today. Cheers, Ana', 'Parcelly Support\nhelp@parcelly.example'],
  ])('%s', (_name, last, block) => {
    const text = `Hi Sunita,\n\nYes, we can do that. ${last}\n${block}`;
    expect(kindOf(text, block.slice(0, 6))).toBe('signature');
    expect(kindOf(text, last.slice(0, 10))).toBe('body');
  });

  it.each([
    ['a sentence that thanks someone mid-line', 'Thanks, Robert, for the photos. They help.', false],
    ['a name alone after the last sentence', 'The parcel goes out today. Thanks, Robert', true],
    ['"Thanks!" alone', 'The parcel goes out today. Thanks!', false],
    ['no sentence before it', 'Thanks, Robert', false],
  ])('endsWithNamedSignOff: %s', (_name, line, expected) => {
    expect(endsWithNamedSignOff(line)).toBe(expected);
  });

  // Session 34: a business's name over its phone with nobody named is its letterhead (aj027, aj058), signature like the
  // phone; a person's name there still signs off.
  it('reads a company name under a plain last sentence as its letterhead, a person there as the sign-off', () => {
    const text = 'Hi Sunita,\n\nYes, we can pack the kitchen too.\nMoveright Removals\n01632 960 119';
    expect([kindOf(text, 'Moveright Removals'), kindOf(text, 'Yes, we can')]).toEqual(['signature', 'body']);
    expect(kindOf('Hi Sunita,\n\nYes, we can pack the kitchen too.\nRobert Hale\n01632 960 119', 'Robert Hale')).toBe('sign-off');
  });
});

describe('a valediction outside the list, its name, and a notice under the signature', () => {
  it.each([
    ['Merry Christmas,', 'Holly', 'Hollybush Garden Centre\n01632 960 224\n\nPlease note: we will be closed on 25 and 26 December and 1 January.'],
    ['Happy reading,', 'Tariq', 'Library Services\n\nNeed this email in large print or another format? Just ask.'],
    ['Happy baking,', 'Rosa', 'Flour & Co. Customer Care\n\nFree delivery on orders over £30.'],
  ])('%s %s', (valediction, name, block) => {
    const text = `Hi Gwen,\n\nI've renewed all four of your books until 2 April, so there's no rush.\n\n${valediction}\n${name}\n${block}`;
    expect(kindOf(text, valediction)).toBe('sign-off');
    expect(kindOf(text, name)).toBe('sign-off');
    expect(kindOf(text, block.slice(0, 8))).toBe('signature');
    expect(kindOf(text, block.slice(-12))).toBe('signature');
  });

  it("keeps the agent's P.S. under the name theirs", () => {
    const text = "Hi Gwen,\n\nI've renewed your books.\n\nHappy reading,\nTariq\n\nP.S. The new crime shelf is by the window, you might like it.";
    expect(kindOf(text, 'P.S.')).toBe('body');
  });
});

describe("a messaging composer's line under the message", () => {
  it.each([
    'Sent by Inês (Customer Support) · 14:02',
    'Sent by Sam · 9:41 AM',
    'Sent by Agent Lee Park - 10:02',
  ])('%s', (line) => {
    expect(isChatNotice(line)).toBe(true);
    const text = `I'm really sorry, arriving without your bag is stressful. It will be on the 18:40 flight tonight.\n${line}`;
    expect(kindOf(text, line)).not.toBe('body');
  });

  it.each(['Sent by Royal Mail', 'Sent by courier at 10:02', 'Sent by Tom yesterday, so it should arrive today.'])('leaves the agent’s "%s"', (line) => {
    expect(isChatNotice(line)).toBe(false);
  });
});

describe("a chat app's warm-worded lines: read past, so they never warm a cold reply", () => {
  const COLD = 'Cases are closed automatically after 30 days without a response from the buyer.';
  it.each([
    'Thanks for chatting with us! 😊 This conversation will close in 5 minutes.',
    'This chat will end automatically in 10 minutes of inactivity.',
    "You're chatting with Dev 👋",
    'You are now connected with Priya (Billing)',
  ])('%s', (line) => {
    expect(isChatNotice(line)).toBe(true);
    const text = `${COLD}\n\n${line}`;
    expect(kindOf(text, line)).not.toBe('body');
    expect(analyzer.analyze(text, { channel: 'chat' }).scores.warmth).toBe(analyzer.analyze(COLD, { channel: 'chat' }).scores.warmth);
  });

  it.each(['Thanks for chatting with us!', "You're chatting with the right team for this.", 'The chat will close when you leave the page.'])(
    'leaves the agent’s "%s"',
    (line) => {
      expect(isChatNotice(line)).toBe(false);
    },
  );
});

describe('sign-offs in other languages and companies with their legal form', () => {
  const BODY = 'Hi Sam,\n\nThe charge is correct and no refund is due. Your next bill will arrive on the 3rd.';
  it.each([
    ['Grüße aus Berlin', 'Jonas', 'Acme GmbH'],
    ['Üdvözlettel,', 'Kovács Anna', 'Acme Kft.'],
    ['Groeten,', 'Sanne', 'Acme B.V.'],
    ['Atte.,', 'Juan Pérez', 'Acme Energía'],
    ['Terveisin', 'Matti', 'Acme Oy'],
    ['Med venlig hilsen', 'Mette', 'Acme A/S'],
    ['Saygılarımla,', 'Emre Kaya', 'Acme A.Ş.'],
    ['Z poważaniem,', 'Katarzyna', 'Acme Sp. z o.o.'],
  ])('%s %s', (valediction, name, company) => {
    const text = `${BODY}\n\n${valediction}\n${name}\n${company}`;
    expect(kindOf(text, valediction)).toBe('sign-off');
    expect(kindOf(text, name)).toBe('sign-off');
    expect(kindOf(text, company)).toBe('signature');
  });

  it.each(['as soon as it arrives', 'Sales team: Tom, Ana and Kofi.'])('keeps "%s" a body line (a legal form is a whole word)', (line) => {
    const text = `${BODY}\n${line}`;
    expect(kindOf(text, line)).toBe('body');
  });
});

describe("a social or messaging app's own lines copied with the reply", () => {
  const REPLY = 'Sorry about the wait! Your refund of 20 pounds was sent today and should arrive in 3 days.';
  it.each([
    '✓✓ Read 10:42', 'Edited', '(edited)', 'Like · Reply · 2h', 'Typically replies in a few minutes', 'Translated from Spanish',
    'Auto-translated', 'See original', 'Show more', 'This message was deleted', 'Message sent from the Acme app', 'Was this helpful? 👍 👎',
    'Ticket closed', 'Sarah from Acme · 2m', 'Acme Support replied · 1h', 'Sarah · Customer Support · 10:42 AM',
    'Sarah (Acme Support) · Just now', 'Posted by Acme Support', '12:42 PM · Mar 4, 2025',
  ])('%s', (line) => {
    expect(isChatNotice(line)).toBe(true);
    expect(kindOf(`${REPLY}\n${line}`, line)).toBe('footer');
  });

  it.each([
    'Ticket closed.', 'Reply to me here.', 'Sarah will call you at 10:42.', 'Show more patience with the courier, please.',
    'Posted by courier today.', 'Your order was edited.', 'Was this helpful?', 'Delivery · Tuesday morning, 8–12',
  ])('leaves the agent’s "%s"', (line) => {
    expect(isChatNotice(line)).toBe(false);
  });
});

describe('a second valediction is no name', () => {
  it.each(['Thanks & Regards', 'Thanks and regards', 'Mit freundlichen Grüßen / Best regards'])('%s', (line) => {
    expect(signOffCarriesName(line)).toBe(false);
    const text = `Hello Madam,\n\nYour complaint has been passed to the tours team, who will call you on Monday.\n\n${line}\nTour Desk`;
    expect(kindOf(text, 'Tour Desk')).toBe('sign-off');
  });
});
