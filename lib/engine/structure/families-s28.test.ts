/**
 * One table per family from session 28's look at the layouts (issue 15, data/layouts/dev-extra-aa.jsonl): the agent's
 * sentence that opens like a phone's line, ticket-reference lines a helpdesk appends, a helpdesk's events and agents-only
 * notes, Messenger's "… replied to you", confidentiality footers in more languages, the customer's message pasted with no
 * header, a chat log whose speakers each speak once, Viber's dated speaker lines, a team signed in lower case, a picture's
 * placeholder in the body and the agent's second letter under a rule. Each row another shape of the family, none of them
 * from the batch, with the agent's own lines that look alike and must stay the agent's.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { isNameLike } from './patterns';
import { readStructure } from './read-structure';

const kindIn = (text: string, needle: string, customerMessage?: string) => {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`not in the text: ${needle}`);
  return readStructure(text, { customerMessage }).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe('the agent’s sentence that opens like a phone’s line', () => {
  it.each([
    'Sent from my phone, so forgive the short reply: yes, your table for six is booked for Friday at 8.',
    'Sent from my mobile as I’m out on a job today, but the replacement valve is in the van and I’ll fit it tomorrow.',
    'Sent from my tablet at the depot: the pallet is loaded and the driver leaves for your site at two this afternoon.',
  ])('keeps %s and everything under it the agent’s', (line) => {
    const text = `Hi Dom,\n\n${line}\n\nOne more thing: bring the old part if you can.\n\nCheers,\nKit`;
    expect(kindOf(text, line)).toBe('body');
    expect(kindOf(text, 'One more thing')).toBe('body');
    expect(kindOf(text, 'Cheers,')).toBe('sign-off');
  });

  it.each(['Sent from my iPhone — please excuse typos, autocorrect and brevity', 'Sent from my Verizon, Samsung Galaxy smartphone', 'Sent from my iPad'])(
    'still reads the phone’s own %s as signature',
    (line) => {
      const text = `Hi Dom,\n\nAll booked for Friday.\n\nKit\n\n${line}`;
      expect(kindOf(text, line)).toBe('signature');
    },
  );
});

describe('a ticket’s reference lines a helpdesk appends', () => {
  it.each([
    '[Ticket:#55120]\nPlease keep this reference in the subject line if you reply.',
    'Your case reference is 88120. Please keep it in the subject line when replying.',
    'Ref: CS-88120 · Please keep this line intact when replying',
    '[Case #00991234]',
    '[Request: 4471]',
  ])('reads %s as the footer, under a reply with or without a sign-off', (footer) => {
    for (const text of [`Hello Ines,\n\nYour refund went back to your card this morning.\n\n${footer}`, `Hello Ines,\n\nYour refund went back to your card this morning.\n\nWarm wishes,\nOla\n\n${footer}`]) {
      expect(misreadLines({ id: 'ref', text, notAgentText: [footer] })).toEqual([]);
    }
  });

  it.each([
    'Please keep it in the fridge if you reply later, the courier comes on Monday.',
    'Please keep the receipt when you reply to the courier’s email, so they can match it.',
    'Keep your ticket handy when you come to the match on Saturday!',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Sam,\n\nThe box is on its way.\n\n${line}\n\nThanks,\nMo`;
    expect(kindOf(text, line)).toBe('body');
  });
});

describe('a helpdesk’s events and its agents-only notes', () => {
  it.each([
    'Chat assigned to Omar (Billing)',
    'Ticket reassigned to Returns',
    'Omar has closed the chat. Please rate this conversation ⭐⭐⭐⭐⭐',
    'Sana has resolved this conversation',
    '📝 Internal note: refund approved by team lead, no voucher.',
    '🗒️ Staff note – customer prefers a call after 5pm',
    'Private note (hidden from customer): check the courier claim first.',
  ])('reads %s past, above or below the agent’s answer', (line) => {
    for (const text of [`${line}\n\nHi Rhea, your new card is on its way and should arrive by Wednesday.`, `Hi Rhea, your new card is on its way and should arrive by Wednesday.\n\n${line}`]) {
      expect(kindOf(text, line)).not.toBe('body');
      expect(kindOf(text, 'Hi Rhea')).toBe('greeting');
    }
  });

  it.each([
    'A note on your order: the internal note field is gone from the form, so you can leave it.',
    'Assigned to Priya in our billing team, she’ll call you today.',
    'Omar has closed the old ticket and opened a new one for the refund, so you’ll hear from him today.',
    // Typed among the agent's lines, a bare note would be sent: the agent's, and coached (session 24's convention).
    'Internal note: trade account, check with Mel before any refund.',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Jo,\n\n${line}\n\nThanks,\nMo`;
    expect(kindOf(text, line)).toBe('body');
  });

  it('reads Messenger’s “… replied to you” over the customer’s words as theirs', () => {
    const text = 'Omar Haddad replied to you\n“the charger stopped working after a week”\n\nSorry about that, Omar! A new one ships today.';
    expect(kindOf(text, 'Omar Haddad replied')).toBe('quote');
    expect(kindOf(text, '“the charger')).toBe('quote');
    expect(kindOf(text, 'A new one ships')).toBe('body');
  });
});

describe('a confidentiality footer in more languages, over its English', () => {
  it.each([
    'Mae’r neges hon yn gyfrinachol ac wedi’i bwriadu ar gyfer y derbynnydd yn unig.',
    'Tá an ríomhphost seo rúnda agus don fhaighteoir amháin.',
    'See e-kiri on konfidentsiaalne ja mõeldud ainult adressaadile.',
    'Šis e-pasts ir konfidenciāls un paredzēts tikai adresātam.',
    'Ova poruka je povjerljiva i namijenjena samo primatelju.',
  ])('reads %s as the footer', (line) => {
    const text = `Dear Mr Rees,\n\nThe permit is approved and the card is in the post.\n\nLicensing Team\n\n${line}\nThis email is confidential and intended only for the named recipient.`;
    expect(kindOf(text, line)).not.toBe('body');
    expect(kindOf(text, 'The permit')).toBe('body');
  });
});

describe('the customer’s message pasted with no header', () => {
  const message = 'the app logs me out every time I open it and I have a meeting in an hour. please help';
  it.each([
    ['under the reply', `Hi,\n\nI've reset your session on our side, so logging in once more will keep you signed in.\n\nSupport\n\n${message}`],
    ['over the reply', `${message}\n\nHi Dana,\n\nI've reset your session, so logging in once more will keep you signed in.\n\nBest,\nLeo`],
    ['in quotation marks', `Hi Dana,\n\nI've reset your session.\n\nBest,\nLeo\n\n“${message}”`],
    ['one paragraph of a longer message', 'Hi Dana,\n\nI\'ve reset your session.\n\nBest,\nLeo\n\nthe app logs me out every time I open it and I have a meeting in an hour.'],
  ])('reads the paste %s as the customer’s', (_, text) => {
    expect(kindIn(text, 'the app logs me out', message)).toBe('quote');
    expect(kindIn(text, "I've reset your session", message)).toBe('body');
  });

  it('never reads every line of the agent’s as the paste (a page that shows the draft where the message should be)', () => {
    const draft = "Hi Dana, I've reset your session on our side, so logging in once more will keep you signed in.";
    expect(kindIn(draft, 'reset your session', draft)).toBe('body');
    const second = 'My manager is waiting on the report, so please ring me back before noon.';
    const twoParagraphs = `${message}\n\n${second}`;
    expect(kindIn(twoParagraphs, 'the app logs me out', `${message} ${second}`)).toBe('body');
    expect(kindIn(twoParagraphs, 'My manager', `${message} ${second}`)).toBe('body');
  });

  it('reads the same paragraph as before when the message is not given', () => {
    const text = `Hi,\n\nI've reset your session.\n\nSupport\n\n${message}`;
    expect(kindOf(text, 'the app logs me out')).toBe('body');
  });

  it.each([
    'You said the app logs me out every time I open it, and I’m sorry: that is fixed now.',
    'please help',
    'I have a meeting in an hour.',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Dana,\n\n${line}\n\nBest,\nLeo`;
    expect(kindIn(text, line, message)).toBe('body');
  });
});

describe('a chat log whose speakers each speak once', () => {
  it.each([
    'You: the parcel says delivered but it is not here\nBot: I can help with that. Let me find an agent.\nAgent (Sam): I have opened a courier claim for you.',
    'Me: can I move my lesson to Friday please\nVirtual Assistant: Sure, let me check the diary for you.\nAdviser (Jo): Friday at 4pm is free and now booked.',
  ])('reads the log past', (log) => {
    const text = `Dear Ms Kay,\n\nHere is the chat you asked for.\n\n${log}\n\nKind regards,\nTheo`;
    expect(misreadLines({ id: 'log', text, notAgentText: [log] })).toEqual([]);
  });

  it.each([
    'Customer: the person named on the account as its holder.\nAgent: the person who sold you the policy at the time.\nBroker: the firm that the agent works for today.',
    'Note: your order ships on Monday, and the courier calls ahead.\nTip: you can track it in the app under Orders.\nSupport: reply here any time and we will help.',
  ])('keeps a glossary or the agent’s labelled lines theirs', (block) => {
    const text = `Hi Jo,\n\n${block}\n\nThanks,\nMo`;
    // Since session 53 a role label over another role's line may be skipped as a speaker's label (turn-label.ts): the
    // words after it are what must stay the agent's.
    for (const line of block.split('\n').slice(1)) expect(kindOf(text, line.slice(line.indexOf(':') + 2))).toBe('body');
  });
});

describe('a messenger’s speaker line with the date after a comma', () => {
  it('reads Viber’s pairs past', () => {
    const log = 'Ana Souza, 01.12.2026 09:14\nis the green one back in stock?\nPlant Corner, 01.12.2026 09:20\nYes, from Thursday!';
    const text = `Hi Ana,\n\nHere's our Viber chat:\n\n${log}\n\nI've put one aside for you until Saturday.\n\nBest,\nRui`;
    expect(misreadLines({ id: 'viber', text, notAgentText: [log] })).toEqual([]);
  });
});

describe('a team signed in lower case', () => {
  it.each(['the Harbour crew', 'your friends at Loomly', 'the team at Petals'])('reads %s under the valediction as the sign-off', (name) => {
    const text = `Hi Ola,\n\nAll booked for Saturday.\n\nWith love,\n${name}`;
    expect(kindOf(text, name)).toBe('sign-off');
  });

  it.each(['the courier will call', 'the team', 'your order'])('keeps %s no name', (s) => expect(isNameLike(s)).toBe(false));
});

describe('a picture’s placeholder in the body', () => {
  it.each(['[image: settings-page.png]', '[cid:image002.png@01DB4A2C.5F3E1A20]', '<image003.jpg>', '[Inline image 1]'])('reads %s past and the text under it as the agent’s', (line) => {
    const text = `Hi Ola,\n\nIt's under Settings:\n\n${line}\n\nTap Export and choose CSV.\n\nCheers,\nNiamh`;
    expect(kindOf(text, line)).not.toBe('body');
    expect(kindOf(text, 'Tap Export')).toBe('body');
  });

  it('keeps the agent’s “[see the screenshot below]” theirs', () => {
    const text = 'Hi Ola,\n\nIt’s under Settings:\n[see the screenshot below]\n\nCheers,\nNiamh';
    expect(kindOf(text, '[see the screenshot')).toBe('body');
  });
});

describe('the agent’s second letter under a rule', () => {
  it.each([
    ['Hallo Jonas,', 'Ihre Bestellung wird heute versandt und kommt am Freitag an.', 'Viele Grüße,'],
    ['Bonjour Léa,', 'Votre commande part aujourd’hui et arrivera vendredi.', 'Bien à vous,'],
  ])('keeps the letter under “---” opening with %s the agent’s', (greeting, body, valediction) => {
    const text = `Hi there,\n\nYour order ships today and arrives on Friday.\n\n---\n\n${greeting}\n\n${body}\n\n${valediction}\nMara`;
    expect(kindOf(text, body)).toBe('body');
    expect(kindOf(text, valediction)).toBe('sign-off');
  });

  it('still reads a signature under “--” as signature', () => {
    const text = 'Hi Ana,\n\nAll moved to Thursday.\n\nBest,\nLuis\n--\nLuis Ortega\nFront Desk | Lingua School';
    expect(kindOf(text, 'Luis Ortega')).toBe('signature');
  });
});

describe('an unmonitored mailbox’s notice after a lead-in, right under the agent’s text', () => {
  it.each([
    'Kindly note that we are unable to respond to messages sent to this address.',
    'Please note: replies to this email are not monitored.',
    'Please be advised that emails sent to this mailbox are not read.',
    'P Please consider the environment before printing this e-mail',
  ])('reads %s as the footer with no sign-off above it', (line) => {
    const text = `Hello,\n\nThe parcel went back to the depot and your refund was issued today.\n\n${line}`;
    expect(kindOf(text, line)).toBe('footer');
  });

  it.each([
    'Please note that we are unable to respond before Monday, as the team is away.',
    'Please note: replies to this email are answered within 24 hours, so you’ll hear from me tomorrow.',
    'Please consider the size chart before ordering again; the M runs small.',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `Hello,\n\nYour refund was issued today.\n\n${line}\n\nThanks,\nMo`;
    expect(kindOf(text, line)).toBe('body');
  });
});

describe('a company and its motto after a dash, under a name with no valediction', () => {
  it.each(['Acme Energy — Powering happy homes since 1998', 'Kiln & Co – Made by hand in Leeds', 'Harbour Vets — Caring for pets'])(
    'reads %s as the signature and the name above it as the sign-off',
    (line) => {
      const text = `Hello,\n\nThe duplicate charge has been reversed and will show within 3 days.\n\nTom\n\n${line}`;
      expect(kindOf(text, line)).toBe('signature');
      expect(kindOf(text, 'Tom')).toBe('sign-off');
    },
  );

  it.each(['Great news — Your Refund Is Done', 'Your order shipped today — Tracking follows tonight.'])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Jo,\n\nThanks for waiting.\n\n${line}`;
    expect(kindOf(text, line)).toBe('body');
  });
});
