/**
 * One table per family of layouts that leaked on a third batch of styles nobody had tuned for
 * (data/layouts/dev-extra-b.jsonl, issue 15): each row another shape of the family, and rows of the agent's own
 * words that look alike and must stay theirs.
 */
import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';
import { kindOf } from './fixtures/kind-of';
import { isMessageSeparator, isQuoteMarked, trailingInitialsLength } from './patterns';


const UNSIGNED = "Hi Ana,\n\nThe refund went through this morning and you'll see it within 3 working days.\n\n";

describe('a mail header in the language of any mail client is quoted history', () => {
  it.each([
    ['Spanish Outlook', 'De: Lucía Ferrer <lucia@example.es>\nEnviado el: miércoles, 5 de marzo de 2025 9:14\nPara: Reservas <reservas@example.com>\nAsunto: Fecha incorrecta'],
    ['Swedish', 'Från: Erik Lindgren <erik@example.se>\nSkickat: den 5 mars 2025 08:02\nTill: Kundtjänst <kund@example.com>\nÄmne: Tekniker kom aldrig'],
    ['Polish', 'Od: Marta Nowak <marta@example.pl>\nWysłano: środa, 5 marca 2025 10:21\nDo: Sklep <hello@example.com>\nTemat: Zamek'],
    ['Japanese', '差出人: 佐藤 健 <ken.sato@example.jp>\n送信日時: 2025年3月5日 水曜日 9:12\n宛先: support@example.com\n件名: SSO'],
    ['Finnish', 'Lähettäjä: Sanna Virtanen <sanna@example.fi>\nLähetetty: keskiviikko 5. maaliskuuta 2025 11.04\nVastaanottaja: Asiakaspalvelu <ap@example.fi>\nAihe: Lukema'],
    ['Danish', 'Fra: Anders Kjær <anders@example.dk>\nSendt: 5. marts 2025 09:33\nTil: Skade <skade@example.dk>\nEmne: Status'],
  ])('%s', (_client, header) => {
    const text = `${UNSIGNED}${header}\n\nPer your policy you need to refund me NOW.`;
    expect(kindOf(text, header.slice(0, 8))).toBe('quote');
    expect(kindOf(text, 'Per your policy')).toBe('quote');
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it.each([
    ['details with no address', 'Here are the details:\nOrder: 4412\nDelivery: Friday 7 March, 10:00\nCourier: DPD\nRoom: none\n\nThe driver will call you 30 minutes before he arrives.'],
    ['one contact field under an address', 'You can reach the team directly:\nEmail: care@example.com\nPhone: 0161 555 0199\n\nThe driver will call you 30 minutes before he arrives.'],
  ])('keeps the agent\'s %s as theirs', (_name, body) => {
    const text = `Hi Ana,\n\n${body}`;
    expect(kindOf(text, 'The driver will call')).toBe('body');
    expect(kindOf(text, body.slice(0, 8))).toBe('body');
  });
});

describe('a separator framed in rules, in any words about the message, and translated quotes', () => {
  it.each([
    ['----- Wiadomość oryginalna -----'],
    ['-------- Mensagem original --------'],
    ['---- Translated message (Spanish → English) ----'],
    ['====== Alkuperäinen viesti ======'],
    ['[Translated from Japanese by Rapport Desk]'],
    ['Translated from French by Google:'],
  ])('%s starts quoted history', (line) => {
    expect(isMessageSeparator(line)).toBe(true);
    const text = `${UNSIGNED}${line}\nThe wrong size arrived and I need it for Saturday.`;
    expect(kindOf(text, 'The wrong size')).toBe('quote');
  });

  it.each([['--- Update, 10:40 ---'], ['Translation: the word on the label means "invoice".'], ['=== Step 2 ===']])('keeps %s as the agent\'s', (line) => {
    expect(isMessageSeparator(line)).toBe(false);
    const text = `Hi Ana,\n\n${line}\nThe courier picked it up and it arrives Friday.`;
    expect(kindOf(text, 'The courier picked')).toBe('body');
  });
});

describe('chat transcript lines in the ways apps export them', () => {
  it.each([
    ['Alex (10:42): my internet keeps dropping every evening'],
    ['10:42 AM - Priya: why is my account locked??'],
    ['[05/03/2025, 10:42:13] Sofia: can I still add something to my order'],
    ['05/03/2025, 09:12 - Bot: To reset 2FA you need to contact your admin.'],
    ['Maya [9:02 AM]: why was I charged after cancelling??'],
  ])('%s', (line) => {
    expect(isQuoteMarked(line)).toBe(true);
    const text = `Thanks for waiting, Leo! I've fixed it.\n\n${line}`;
    expect(kindOf(text, line)).toBe('quote');
  });

  it.each([['10:00 - 12:00: engineer visit, then we test the line.'], ['Tom (our engineer): he arrives at 10:30.'], ['At 10:42 Priya called and we fixed it.']])('keeps %s as the agent\'s', (line) => {
    expect(isQuoteMarked(line)).toBe(false);
  });
});

describe('a social reply signed off with hashtags or initials and an emoji', () => {
  it.each([
    ['Please DM us your booking ref and we will start the refund today. ', '#SkyMeridianCares 💙'],
    ['We do not handle refunds here. ', '#QuickBite'],
    ["We'll update this thread when it's live. 🙏 ", '~Bea 📡'],
    ['Engineers are on site now! ', '#HereToHelp #TeamVela'],
  ])('reads the tag after the last sentence as an inline sign-off', (sentence, tag) => {
    expect(trailingInitialsLength(sentence + tag)).toBe(tag.length);
    const text = sentence + tag;
    const tagPart = readStructure(text).parts.find((p) => p.kind === 'sign-off');
    expect(tagPart && text.slice(tagPart.start, tagPart.end)).toBe(tag);
    expect(tagPart?.inline).toBe(true);
  });

  it('reads a dashed team name with an emoji and a hashtag as the sign-off', () => {
    const text = "Don't uninstall: your save is backed up. DM us your player ID.\n\n— Team Stormcast 🎮 #PlayerSupport";
    expect(kindOf(text, '— Team')).toBe('sign-off');
  });

  it.each([['Use #general for questions about the beta.'], ['Follow us at #AcmeStatus'], ['Ask in the #help channel 🙂']])('keeps a hashtag in the sentence: %s', (line) => {
    expect(trailingInitialsLength(line)).toBe(0);
  });
});

describe('a signature block under the P.S. is the signature; the P.S. stays the agent\'s', () => {
  it.each([
    ['Leah Brooks\nCustomer Happiness | Kiln & Co.\nwww.kilnandco.example'],
    ['Leah Brooks | Kiln & Co. | +44 161 555 0100'],
    ['Customer Happiness Team\nhello@kilnandco.example'],
  ])('%s', (block) => {
    const text = `Hi Grace,\n\nA new mug is on its way today.\n\nBest,\nLeah\n\nP.S. If you fancy the matching saucer, use THANKYOU10.\n\n${block}`;
    expect(kindOf(text, 'P.S.')).toBe('body');
    expect(kindOf(text, block.split('\n').pop()!)).toBe('signature');
  });

  it('keeps a second P.P.S. line the agent\'s', () => {
    const text = 'Hi Nils,\n\nThe camper space is yours.\n\nSafe travels,\nIngrid\n\nP.S. The road is narrow after the bridge.\nP.P.S. Breakfast starts at 7.';
    expect(kindOf(text, 'P.P.S.')).toBe('body');
  });
});

describe('helpdesk, marketing and legal-entity footers', () => {
  it.each([
    ['Manage preferences · Unsubscribe · Privacy'],
    ["You're receiving this because you have a Vinbox subscription."],
    ["Don't want these emails? Update your email settings or opt out of all Mailflow emails."],
    ['View this ticket online: https://help.example/hc/requests/48213\nTo add a comment, reply to this email.'],
    ['Your request #PR-2025-11873 has been updated. Track its status at portal.example/track'],
    ['Maison Clairval SAS au capital de 150 000 €\nRCS Lyon 812 345 678 · SIRET 812 345 678 00021'],
    ['Sitz der Gesellschaft: Stuttgart · Amtsgericht Stuttgart HRB 123456'],
    ['A limited liability partnership registered in England and Wales (OC123456)'],
    ['Pennywise Payments B.V. · KvK 81234567 · Herengracht 500, 1017 CB Amsterdam'],
    ['Liability limited by a scheme approved under Professional Standards Legislation.'],
  ])('%s', (footer) => {
    const text = `${UNSIGNED}${footer}`;
    expect(kindOf(text, footer.slice(0, 12))).toMatch(/^(?:footer|signature)$/);
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it.each([["I've unsubscribed you from the newsletter, so nothing more will arrive."], ['Your request has been passed to our returns team, who will call you tomorrow.']])(
    'keeps the agent\'s last sentence: %s',
    (line) => {
      const text = `Hi Ana,\n\nThanks for your patience.\n\n${line}`;
      expect(kindOf(text, line)).toBe('body');
    },
  );
});

describe('rating, survey and out-of-office lines in a signature', () => {
  it.each([
    ['Rate your experience with Rhys:\n★★★★★  ★★★★  ★★★  ★★  ★'],
    ['Was this reply helpful? 👍 Yes   👎 No'],
    ["We'd love your feedback! Tell us how we did: https://feedback.example/s/77812"],
    ['Take our 2-minute survey: survey.example/r/88213'],
    ['Out of office: 17–21 March. For urgent matters contact office@example.com.'],
  ])('%s', (block) => {
    const text = `${UNSIGNED}${block}`;
    expect(kindOf(text, block.slice(0, 10))).toMatch(/^(?:footer|signature)$/);
  });

  it("keeps the agent's own out-of-office sentence", () => {
    const text = "Hi Ana,\n\nThanks for the photos.\n\nI'm out of office on Friday, so Priya will call you about the repair.";
    expect(kindOf(text, "I'm out of office")).toBe('body');
  });
});

// ---- Second batch (data/layouts/dev-extra-c.jsonl), measured before these were written ----------------

describe('attributions and headers in any language, with no sign-off above them', () => {
  it.each([
    ['Korean Outlook', '보낸 사람: 김민준 <minjun.kim@example.kr>\n보낸 날짜: 2025년 3월 5일 수요일 오전 9:12\n받는 사람: support@example.com\n제목: Headphones\n\nThey stopped charging. NOBODY HELPS.'],
    ['Turkish Gmail', '5 Mar 2025 Çar, 10:12 tarihinde Ayşe Kaya <ayse.kaya@example.com.tr> şunu yazdı:\n\n> They stopped charging. NOBODY HELPS.'],
    ['Russian', '5 марта 2025 г., в 10:12, Иван Петров <ivan.petrov@example.ru> написал(а):\n\n> They stopped charging. NOBODY HELPS.'],
    ['GroupWise', '>>> Claims <claims@example.com> 04/03/2025 16:40 >>>\nThey stopped charging. NOBODY HELPS.'],
    ['guillemets', '»Am 05.03.2025 um 08:12 schrieb Claudia Neumann:\n» They stopped charging.\n» NOBODY HELPS.'],
  ])('%s', (_client, history) => {
    const text = `${UNSIGNED}${history}`;
    expect(kindOf(text, 'NOBODY')).toBe('quote');
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it('keeps an agent\'s line with a date and an address that introduces no quote', () => {
    const text = 'Hi Ana,\n\nI wrote to billing@example.com on 5 March at 10:12 about this:\nthe refund is approved and leaves today.';
    expect(kindOf(text, 'I wrote to')).toBe('body');
    expect(kindOf(text, 'the refund is approved')).toBe('body');
  });
});

describe('a chat or social app\'s own lines, anywhere in the reply', () => {
  it.each([
    ['— Today 10:42 —'],
    ['--- Wednesday 5 March ---'],
    ['Agent Kim joined the chat'],
    ['Conversation transferred to Billing'],
    ['[Yes, that helped]  [No, I need more help]'],
    ['Replying to @QuickBiteUK and @sam_j'],
  ])('%s', (line) => {
    const text = `${line}\nHi Grace, thanks for waiting! Your refund is on its way.\n${line}`;
    expect(kindOf(text, line)).toBe('footer');
    expect(kindOf(text, 'Hi Grace,')).toBe('greeting');
    expect(kindOf(text, 'thanks for waiting')).toBe('body');
  });

  it.each([['My colleague joined the chat to help, and the refund is done.'], ['— Raj'], ['[Step 1] Open the app.']])('keeps the agent\'s %s', (line) => {
    const text = `Hi Grace,\nThanks for waiting!\n${line}\nAnything else I can do?`;
    expect(kindOf(text, line)).not.toBe('footer');
  });
});

describe('a legal footer in another language under an English reply', () => {
  it.each([
    ['Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.'],
    ['Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante sono vietate.'],
    ['Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo elimine.'],
  ])('%s', (footer) => {
    const text = `${UNSIGNED}${footer}`;
    expect(kindOf(text, footer.slice(0, 12))).toBe('footer');
    expect(kindOf(text, 'The refund went')).toBe('body');
  });

  it('keeps the agent\'s English last sentence with a foreign name in it', () => {
    const text = 'Hi Ana,\n\nThanks for waiting.\n\nThe courier, Die Post, delivers it to you and the porter on Friday before noon.';
    expect(kindOf(text, 'The courier')).toBe('body');
  });
});

describe('Intercom\'s "reply or continue" line is a footer', () => {
  it('reads it past', () => {
    const text = `${UNSIGNED}You can reply to this email or continue the conversation in Intercom.\nIntercom · Unsubscribe from these emails`;
    expect(kindOf(text, 'You can reply')).toBe('footer');
  });
});
