/**
 * One table per family of layouts that leaked on a fourth batch of styles nobody had tuned for
 * (data/layouts/dev-extra-d.jsonl and the probes written with it, issue 15): each row another shape of the family,
 * and rows of the agent's own words that look alike and must stay theirs. The property at the end appends any
 * signature block with a company's taglines under it to any reply, and nothing in the agent's words may change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { readStructure } from './read-structure';
import { kindOf } from './fixtures/kind-of';
import { columnGaps, isMarkdownTableRow, isShellLine, isSpeakerLine, trailingComplianceLength, trailingInitialsLength } from './patterns';

const UNSIGNED = "Hi Ana,\n\nThe refund went through this morning and you'll see it within 3 working days.\n\n";
const SIGNED = `${UNSIGNED}Best,\nSam\n\n`;
const ANGRY = "I still haven't received my refund and I'm really angry.";

describe('an attribution pasted without ">" is quoted history, in any language', () => {
  it.each([
    ['Czech', 'Dne st 5. 3. 2025 9:12 uživatel Jan Dvořák <jan.dvorak@example.cz> napsal:'],
    ['ISO date first', '2025-03-05 9:12 GMT+01:00 Ana Costa <ana@example.com>:'],
    ['Russian Gmail', 'ср, 5 мар. 2025 г. в 09:12, Ana Costa <ana@example.com>:'],
    ['Japanese Gmail', '2025年3月5日(水) 9:12 Ana Costa <ana@example.com>:'],
    ['German, name first', 'Ana Costa <ana@example.com> schrieb am Mi., 5. März 2025, 09:12:'],
    ['Norwegian', 'ons. 5. mar. 2025 kl. 09:12 skrev Ana Costa <ana@example.com>:'],
    ['Finnish, address in parentheses', 'ke 5. maalisk. 2025 klo 9.12 Ana Costa (ana@example.com) kirjoitti:'],
    ['Polish without address', 'W dniu 5.03.2025 o 09:12, Ana Costa pisze:'],
    ['date after the verb', 'Ana Costa wrote on 05/03/2025 09:12:'],
    ['framed, no "On"', '---- Ana Costa wrote ----'],
    ['a heading over the history', 'Previous message:'],
  ])('%s', (_name, header) => {
    for (const reply of [UNSIGNED, SIGNED]) {
      const text = `${reply}${header}\n\n${ANGRY}`;
      expect(kindOf(text, header.slice(0, 10))).toBe('quote');
      expect(kindOf(text, ANGRY.slice(0, 12))).toBe('quote');
      expect(kindOf(text, 'The refund went')).toBe('body');
    }
  });

  it.each([
    ['an address and a date in a sentence', 'You can write to help@acme.com before 5 March 2025 and quote this:'],
    ['steps with a time', 'At 10:00 tomorrow, do this:'],
  ])("keeps %s as the agent's", (_name, line) => {
    const text = `Hi Ana,\n\n${line}\n\nOpen the app and tap Refunds.`;
    expect(kindOf(text, line.slice(0, 10))).toBe('body');
    expect(kindOf(text, 'Open the app')).toBe('body');
  });
});

describe('mail headers in other orders, with Markdown bold, and with direction marks', () => {
  it.each([
    ['Markdown bold', '**From:** Ana Costa <ana@example.com>\n**Sent:** Wednesday, March 5, 2025 9:12 AM\n**To:** Support\n**Subject:** Refund'],
    ['"Sent:" first', 'Sent: Wednesday, March 5, 2025 9:12 AM\nFrom: ana@example.com\nTo: support@acme.example\nSubject: Refund'],
    ['Arabic with right-to-left marks', '\u200fمن: عمر حسن <omar.hassan@example.ae>\n\u200fتاريخ الإرسال: الأربعاء، 5 مارس 2025 10:12 ص\n\u200fإلى: bookings@skyline.example\n\u200fالموضوع: تغيير'],
    ['Czech Outlook', 'Od: Tomáš Novák <tomas.novak@example.cz>\nOdesláno: středa 5. března 2025 9:12\nKomu: servis@velobike.example\nPředmět: Chybí díl'],
    ['Chinese Outlook', '发件人: 王伟 <wang.wei@example.cn>\n发送时间: 2025年3月5日 星期三 10:12\n收件人: support@tabula.example\n主题: 屏幕闪烁'],
  ])('%s', (_name, header) => {
    const text = `${SIGNED}${header}\n\n${ANGRY}`;
    expect(kindOf(text, ANGRY.slice(0, 12))).toBe('quote');
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it("keeps the agent's own details list as theirs", () => {
    const text = 'Hi Ana,\n\nHere is what I changed:\nDate: Friday 7 March, 10:00\nTo: your new address\nSubject line: "Delivery moved"\n\nThe driver will call ahead.';
    expect(kindOf(text, 'Date: Friday')).toBe('body');
    expect(kindOf(text, 'The driver')).toBe('body');
  });
});

describe("a signature block keeps a company's taglines under it", () => {
  it.each([
    ['a help line', 'Tom Reid\nAcme Support\nNeed help fast? Chat with us 24/7 in the Acme app.'],
    ['a fielded line and a slogan', "Tom Reid | Acme Support\nWe're here to help!"],
    ['a company without a title word', 'Tom Reid\nAcme Outdoor\nProud to be carbon neutral since 2021.'],
    ['a closure notice', 'Tom Reid\nSenior Advisor\nPlease note our offices will be closed on Monday 5 May for the bank holiday.'],
    ['a recording notice', 'Tom Reid\nAcme Insurance\nCalls may be recorded for training and monitoring purposes.'],
    ['a print notice', "Tom Reid\nAcme Telecom\nSave paper – please don't print this email unless you really need to."],
    ['a privacy line', 'Tom Reid\nAcme Energy\nAcme Energy is committed to protecting your privacy. Read our privacy notice at acme.com/privacy.'],
  ])('%s', (_name, block) => {
    const text = `${UNSIGNED}${block}`;
    const last = block.split('\n').pop()!;
    expect(['signature', 'footer']).toContain(kindOf(text, last.slice(0, 12)));
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it('reads the block glued under the body\'s last sentence, with no blank line', () => {
    const text = 'Hello,\n\nThe refund was declined because the item was used.\nTom Reid\nAcme Outdoor\nProud to be carbon neutral since 2021.';
    expect(kindOf(text, 'The refund')).toBe('body');
    expect(kindOf(text, 'Proud to be')).toBe('signature');
  });

  it("keeps the agent's last sentence under a body line that is no signature", () => {
    const text = 'Hi Ana,\n\nThe courier collects on Tuesday.\nPlease leave the box by the door.';
    expect(kindOf(text, 'Please leave')).toBe('body');
    const glued = 'Hi Ana,\n\nThe courier collects on Tuesday.\nRoyal Mail\nPlease leave the box by the door and I will check it arrived.';
    expect(kindOf(glued, 'Please leave')).toBe('body');
  });
});

describe('footers in more words and languages', () => {
  it.each([
    ['DISCLAIMER\nThe information in this email is confidential and may be legally privileged.'],
    ['NOTICE: This email may contain confidential information. If you are not the addressee, please delete it.'],
    ["Please don't reply to this email – it's sent from an unattended mailbox."],
    ['Emails sent to this address are not monitored. For help, visit acme.com/help.'],
    ['Please quote your ticket number in all correspondence.'],
    ['Conversation ID: 8821-xk'],
    ['Avis de confidentialité : ce courriel est confidentiel.'],
    ['Esta mensagem é confidencial e destinada exclusivamente ao destinatário.'],
    ['Tämä viesti on luottamuksellinen ja tarkoitettu vain vastaanottajalle.'],
    ['Internal use only'],
    ['Think green – do you really need to print this email?'],
    ['*** This email was scanned by Acme Secure Mail ***'],
    ['How was my reply? Great | Okay | Not good'],
  ])('%s', (footer) => {
    for (const reply of [UNSIGNED, SIGNED]) {
      const text = `${reply}${footer}`;
      expect(['footer', 'signature']).toContain(kindOf(text, footer.slice(0, 8)));
      expect(kindOf(text, 'The refund went')).toBe('body');
    }
  });

  it.each([['Your details are kept confidential and only the claims team can see them.'], ['Please reply to this email with the photos.']])("keeps %s as the agent's", (line) => {
    const text = `Hi Ana,\n\nThe refund went through.\n\n${line}`;
    expect(kindOf(text, line.slice(0, 10))).toBe('body');
  });
});

describe('phones and mail apps sign in their own language', () => {
  it.each([['Von meinem iPhone gesendet'], ['Envoyé de mon iPhone'], ['Enviado desde mi Android'], ['Inviato da iPhone'], ['Sent from Proton Mail for iOS'], ['Message sent via Gymflow Messenger']])('%s', (line) => {
    const text = `${UNSIGNED}${line}`;
    expect(kindOf(text, line.slice(0, 8))).toBe('signature');
  });
});

describe('code and tables pasted as text are not prose', () => {
  it.each([['$ acme logout'], ['PS C:\\> Get-Service AcmeBackup'], ['C:\\Users\\ana> ipconfig /all'], ['ana@laptop:~$ sudo apt update']])('%s is a shell command', (line) => {
    expect(isShellLine(line)).toBe(true);
  });
  it.each([['$5 went back to your card.'], ['$ 20 is the fee.']])('%s is a sentence', (line) => {
    expect(isShellLine(line)).toBe(false);
  });

  it('reads a list of steps with commands under each: the steps are items, the commands code', () => {
    const text = 'Hi Dev,\n\nCould you try:\n\n1. Sign out:\n   $ acme logout\n2. Clear the cache:\n   $ rm -rf ~/.acme/cache\n\nThat should fix it.';
    expect(kindOf(text, '1. Sign out')).toBe('list-item');
    expect(kindOf(text, '$ acme logout')).toBe('code');
    expect(kindOf(text, '2. Clear')).toBe('list-item');
    expect(kindOf(text, 'That should')).toBe('body');
  });

  it.each([
    ['Markdown', '| Plan    | Per user |\n|---------|----------|\n| Starter | $12      |\n| Team    | $19      |'],
    ['aligned columns', 'Order      Item            Status\n48213      Desk lamp       Shipped\n48214      Bulb (x2)       Back-ordered'],
    ['PowerShell output', 'PS C:\\> Get-Service AcmeBackup\nStatus   Name         DisplayName\n------   ----         -----------\nStopped  AcmeBackup   Acme Backup Agent'],
    ['tab-separated', 'Date\tAmount\tStatus\n3 Mar\t£42.10\tRefunded\n5 Mar\t£12.00\tPending'],
  ])('a %s table is code', (_name, table) => {
    const text = `Hi Grace,\n\nHere it is:\n\n${table}\n\nI picked Team for you.`;
    for (const row of table.split('\n')) expect(kindOf(text, row.slice(0, 6))).toBe('code');
    expect(kindOf(text, 'I picked Team')).toBe('body');
  });

  it("keeps the agent's spaced lines and signature labels as theirs", () => {
    expect(columnGaps('Thanks.  I have checked it.  It is fine.')).toBe(0);
    expect(columnGaps('Phone:   0161 555 0199')).toBe(0);
    expect(isMarkdownTableRow('| not a table')).toBe(false);
    const text = 'Hi Ana,\n\nThanks.  I checked your account.\nIt looks fine now.  The charge is gone.\n\nBest,\nSam';
    expect(kindOf(text, 'Thanks.')).toBe('body');
  });
});

describe('chat transcripts and notices in more shapes', () => {
  it.each([['Ana Costa  [10:42 AM]'], ['Sam (Ledgerly)  [10:44 AM]'], ['Priya · 10:42']])('%s is a speaker line', (line) => {
    expect(isSpeakerLine(line)).toBe(true);
  });
  it.each([['Monday  10:00'], ['Open  9:00'], ['Thanks, see you at 10:00']])('%s is not', (line) => {
    expect(isSpeakerLine(line)).toBe(false);
  });

  it('reads a pasted chat with a speaker line over each message as quoted', () => {
    const text = "Hi Ana,\n\nHere's our chat for your records:\n\nAna Costa  [10:42 AM]\nmy invoices page is blank\nSam (Ledgerly)  [10:44 AM]\nthanks, fixing it now\n\nThe fix went live at 11:05.";
    expect(kindOf(text, 'my invoices')).toBe('quote');
    expect(kindOf(text, 'thanks, fixing')).toBe('quote');
    expect(kindOf(text, 'The fix went')).toBe('body');
  });

  it('reads clocked and starred join notices as the app\'s', () => {
    const text = 'Hello,\n\nTranscript below.\n\n(10:40:12 AM) *** Jo Baker joined the chat ***\n(10:40:30 AM) Jo Baker: I want a refund NOW\n(10:42:55 AM) *** Jo Baker left the chat ***\n\nCustomer Relations';
    expect(['footer', 'quote']).toContain(kindOf(text, '(10:40:12'));
    expect(['footer', 'quote']).toContain(kindOf(text, '(10:42:55'));
  });
});

describe("a text message's compliance line and a social reply's signed tag", () => {
  it.each([
    ['Brightsmile Dental: Hi Mo, you are booked for Thu 13 Mar at 9:30. See you then! Reply STOP to opt out. Msg&data rates may apply.', 'Reply STOP'],
    ['QuickMeds: Your prescription is ready for collection today. Txt HELP for help, STOP to end.', 'Txt HELP'],
  ])('%s', (text, footer) => {
    expect(trailingComplianceLength(text)).toBe(text.length - text.indexOf(footer));
    expect(kindOf(text, footer)).toBe('footer');
    expect(kindOf(text, 'Brightsmile'.startsWith(text.slice(0, 5)) ? 'Hi Mo' : 'Your prescription')).not.toBe('footer');
  });
  it('keeps a sentence that asks the customer to text back as the agent\'s', () => {
    expect(trailingComplianceLength('Text me a photo of the label and I will book the courier.')).toBe(0);
  });

  it.each([
    ['so sorry! I have rebooked the cake for Saturday 🎂 — Jo, Community Team 🌸', '— Jo, Community Team 🌸'],
    ['DM us your order number and we will send a new one out today ~ Priya @ Nestly', '~ Priya @ Nestly'],
    ['Baggage claims are filed at the airport. [JR]', '[JR]'],
    ['Engineers are on it now 📶 (AB)', '(AB)'],
  ])('%s', (line, tag) => {
    expect(trailingInitialsLength(line.slice(-48))).toBe(tag.length);
    const structure = readStructure(line);
    expect(structure.parts.some((p) => p.kind === 'sign-off' && p.inline && line.slice(p.start, p.end) === tag)).toBe(true);
  });
  it.each([['Our hours are Monday - Friday'], ['We fixed it (UK only)'], ['It ships on Monday ~ maybe earlier']])('%s has no tag', (line) => {
    expect(trailingInitialsLength(line)).toBe(0);
  });
});

const analyzer = createAnalyzer(defaultPack);
const REPLIES = [
  'Hello,\n\nThe refund was declined because the item was used. This decision is final.',
  "Hi Sam,\n\nSo sorry about the wait! Your order ships on Friday and I'll email you the tracking number the moment it leaves.",
  'Dear customer,\n\nWe are unable to process your request at this time.',
  'Hi Jo,\n\nTo reset it:\n\n1. Open Settings.\n2. Tap Reset.',
];
const NAMES = ['Tom Reid', 'Priya Shah', 'Dr. Ana de la Cruz', 'Kofi'];
const SECOND_LINES = ['Acme Support', 'Senior Advisor', 'Acme Outdoor', 'Customer Care | Acme Co.', 'T: +44 20 7946 0321', 'help@acme.example'];
const TAGLINES = [
  'Need help fast? Chat with us 24/7 in the Acme app.',
  "We're here to help!",
  'Proud to be carbon neutral since 2021.',
  'Please note our offices will be closed on Monday 5 May for the bank holiday.',
  'Calls may be recorded for training and monitoring purposes.',
  'Acme Energy is committed to protecting your privacy. Read our privacy notice at acme.com/privacy.',
];

describe("taglines under a signature block never move warmth or the agent's findings", () => {
  it('holds for any reply, any block and any taglines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPLIES),
        fc.constantFrom('', '\n\nBest,\nSam', '\n\nThanks!'),
        fc.constantFrom(...NAMES),
        fc.array(fc.constantFrom(...SECOND_LINES), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...TAGLINES), { minLength: 1, maxLength: 2 }),
        (body, closing, name, rest, taglines) => {
          // The same reply signed with the same block, with and without the company's taglines under it.
          const signed = `${body + closing}\n\n${[name, ...rest].join('\n')}`;
          const reply = body + closing;
          const text = `${signed}\n${taglines.join('\n')}`;
          const alone = analyzer.analyze(signed, {});
          const withBlock = analyzer.analyze(text, {});
          expect(withBlock.scores.warmth).toBe(alone.scores.warmth);
          const mine = (a: typeof alone) => a.findings.filter((f) => f.start < reply.length).map((f) => [f.ruleId, f.start, f.end, f.suggestions]);
          expect(mine(withBlock)).toEqual(mine(alone));
          expect(withBlock.findings.filter((f) => f.end > reply.length + 2)).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 120), seed: Number(process.env.SEED ?? 15) },
    );
  });
});
