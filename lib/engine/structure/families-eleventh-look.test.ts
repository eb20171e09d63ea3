/**
 * One table per family of layouts from an eleventh batch (data/layouts/dev-extra-j.jsonl, issue 15): mail clients'
 * attributions, forward dividers and "original message" frames in more languages, phones and mail apps signing in
 * theirs, review sites' headings over the business's answer, rules drawn with symbols, footers in other languages,
 * helpdesks' subject-line notes, a company's "About …:" blurb and Outlook's header flattened onto one line. Each row
 * another shape of the family, and rows of the agent's own words that look alike and must stay theirs.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { kindOf } from './fixtures/kind-of';
import { isOneLineHeader, isRatingLine, isResponseHeading, isReviewHeading, isSymbolRule, listMarkerLength } from './patterns';
import { readStructure } from './read-structure';

const analyzer = createAnalyzer(defaultPack);
const REPLY = 'Hi Sam,\n\nYour refund went out today and reaches your card in 3–5 days.\n\nBest,\nAnn';
const COLD = 'Hello,\n\nRefunds are not available once the item has been used.\n\nRegards,\nCustomer Service';

describe('a mail client’s attribution in more languages, over ">" lines', () => {
  it.each([
    'Den mån 3 mars 2025 kl 14:02 skrev Anna Berg <anna.berg@example.se>:',
    'man. 3. mar. 2025 kl. 14:02 skrev Ola Nordmann <ola.nordmann@example.no>:',
    'Den man. 3. mar. 2025 kl. 14.02 skrev Mette Jensen <mette.jensen@example.dk>:',
    'ma 3. maalisk. 2025 klo 14.02 Mikko Virtanen (mikko.virtanen@example.fi) kirjoitti:',
    'pon., 3 mar 2025 o 14:02 Katarzyna Nowak <k.nowak@example.pl> napisała:',
    '王磊 <wanglei@example.cn> 于2025年3月3日周一 14:02写道：',
    '2025년 3월 3일 (월) 오후 2:02, 김지훈 <jihoon.kim@example.kr>님이 작성:',
    'Vào Th 2, 3 thg 3, 2025 vào lúc 14:02 Trần Minh <tran.minh@example.vn> đã viết:',
    'Pada Sen, 3 Mar 2025 pukul 14.02 Budi Santoso <budi.santoso@example.id> menulis:',
    'În lun., 3 mar. 2025 la 14:02, Andrei Popescu <andrei.popescu@example.ro> a scris:',
    'في الاثنين، 3 مارس 2025 في 2:02 م، كتب Omar Haddad <omar.haddad@example.com>:',
    'เมื่อ จ. 3 มี.ค. 2025 เวลา 14:02 Somchai P. <somchai@example.co.th> เขียนว่า:',
  ])('%s', (attribution) => {
    const text = `${REPLY}\n\n${attribution}\n> Where is my refund?`;
    expect(kindOf(text, attribution)).toBe('quote');
    expect(kindOf(text, '> Where')).toBe('quote');
    expect(kindOf(text, 'Best,')).toBe('sign-off');
  });
});

describe('a forwarded message or an original message under its divider, in the mail client’s language', () => {
  it.each([
    '---------- Weitergeleitete Nachricht ---------\nVon: Jörg Weber <joerg.weber@example.de>\nDate: Mo., 3. März 2025 um 14:02 Uhr\nSubject: Rechnung 88120\nTo: <billing@example.com>',
    '---------- Message transféré ---------\nDe : Claire Martin <claire.martin@example.fr>\nDate: lun. 3 mars 2025 à 14:02\nSubject: Commande 4471\nTo: <support@example.com>',
    '---------- Mensaje reenviado ---------\nDe: Lucía Romero <lucia.romero@example.es>\nDate: lun, 3 mar 2025 a las 14:02\nSubject: Clase cancelada\nTo: <hola@example.com>',
    '---------- Doorgestuurd bericht ---------\nVan: Sanne de Vries <sanne.devries@example.nl>\nDate: ma 3 mrt 2025 om 14:02\nSubject: Fietsreparatie\nTo: <service@example.com>',
    "-----Message d'origine-----\nDe : Julien Petit <julien.petit@example.fr>\nEnvoyé : lundi 3 mars 2025 14:02\nÀ : Support <support@example.com>\nObjet : Abonnement",
    '-----Messaggio originale-----\nDa: Giulia Russo <giulia.russo@example.it>\nInviato: lunedì 3 marzo 2025 14:02\nA: Assistenza <assistenza@example.com>\nOggetto: Reso',
    '-----Ursprungligt meddelande-----\nFrån: Erik Lund <erik.lund@example.se>\nSkickat: den 3 mars 2025 14:02\nTill: Kundservice <kundservice@example.com>\nÄmne: Flytt',
    '-----Wiadomość oryginalna-----\nOd: Tomasz Wiśniewski <t.wisniewski@example.pl>\nWysłano: poniedziałek, 3 marca 2025 14:02\nDo: Obsługa Klienta <bok@example.com>\nTemat: Gwarancja',
  ])('%s', (header) => {
    const text = `${REPLY}\n\n${header}\n\nMy order is two weeks late.`;
    expect(kindOf(text, header.slice(0, 12))).toBe('quote');
    expect(kindOf(text, 'My order is two weeks late')).toBe('quote');
    expect(kindOf(text, 'Your refund went out')).toBe('body');
  });

  it('reads Outlook’s header flattened onto one line as the start of the quoted message', () => {
    const header = 'From: Ivy Chen <ivy.chen@example.com> Sent: Monday, March 3, 2025 2:02 PM To: Support <support@example.com> Subject: Wrong size';
    expect(isOneLineHeader(header)).toBe(true);
    const text = `Hello,\n\nPlease return the item using the returns portal.\n\nThanks\n\n${header}\n\nI ordered a medium and got a small.`;
    expect(kindOf(text, 'From: Ivy')).toBe('quote');
    expect(kindOf(text, 'I ordered a medium')).toBe('quote');
    expect(kindOf(text, 'Please return')).toBe('body');
  });

  it.each([
    'From: 3 March, the price is £10. To keep your rate, switch by Friday.',
    'From: the billing team. Subject: your refund, which went out today.',
    'From: sam@example.com — I have forwarded your note to the courier.',
  ])('keeps the agent’s line that starts like a header: %s', (line) => {
    expect(isOneLineHeader(line)).toBe(false);
  });
});

describe('a phone or a mail app signing in its language', () => {
  it.each([
    'Inviato da iPhone',
    'Verzonden vanaf mijn iPhone',
    'Skickat från min iPhone',
    'Enviado do meu iPhone',
    'iPhoneから送信',
    'Sendt fra min iPhone',
    'Sent with Proton Mail secure email.',
    'Sent using Zoho Mail',
    'Get BlueMail for Android',
    'Sent with Tuta; enjoy secure & ad-free emails.',
    'Sent from the all new AOL app for iOS',
    '发自我的iPhone',
    '從我的 iPhone 傳送',
    '나의 iPhone에서 보냄',
  ])('%s', (line) => {
    const text = `Hello,\n\nThe technician comes on Tuesday between 8 and 12.\n\nLars\n\n${line}`;
    expect(kindOf(text, line)).toBe('signature');
    expect(kindOf(text, 'The technician')).toBe('body');
  });

  it.each(['Sent from the Acme app, your code arrives by text in a minute.', 'I sent it from the warehouse app this morning.'])(
    'keeps the agent’s sentence about an app: %s',
    (line) => {
      const text = `Hello,\n\nThe replacement is on its way.\n${line}\n\nLars`;
      expect(kindOf(text, line)).toBe('body');
    },
  );
});

describe('a review site’s heading over the business’s answer, the review above it', () => {
  it.each([
    ['★★☆☆☆ Mark T. · a week ago\nWaited 40 minutes for a table we had booked.', 'Response from the owner'],
    ['★☆☆☆☆ Crashes on launch\nJay_88, 03/03/2025', 'Developer Response'],
    ['Rated 1 out of 5 stars\nSofa delivered damaged', 'Reply from Hartwell Home'],
    ['Lovely stay but the breakfast was cold.', 'Management response'],
    ['2/5 stars\nThe room smelled of smoke.', "Owner's reply · 2 days ago"],
  ])('%s ⏎ %s', (review, heading) => {
    expect(isResponseHeading(heading)).toBe(true);
    const text = `${review}\n${heading}\nThank you for telling us, and I'm sorry. We've fixed it since.`;
    expect(kindOf(text, review.slice(0, 8))).toBe('quote');
    expect(kindOf(text, heading)).toBe('quote');
    expect(kindOf(text, 'Thank you for telling us')).toBe('body');
  });

  it.each([
    ['Your review', '★★★☆☆ Nice rooms, but the shower was cold both mornings.'],
    ['Review by Tom', '★★☆☆☆'],
  ])('reads a review at the top under its heading: %s', (heading, rating) => {
    const text = `${heading}\n${rating}\nThe hot water was fixed on Tuesday.\nThank you for your review.`;
    expect(isReviewHeading(heading)).toBe(true);
    expect(kindOf(text, heading)).toBe('quote');
    expect(kindOf(text, rating)).toBe('quote');
    expect(kindOf(text, 'Thank you for your review')).toBe('body');
  });

  it.each([
    '⭐⭐⭐⭐⭐ Thank you so much for the five stars, Lou!\nSee you at the counter soon.',
    '★★★★★ Thank you, Lou!\nSee you soon.',
    'Response from our team: the refund went out today.\nIt reaches your card in 3–5 days.',
  ])('keeps the agent’s opening line: %s', (text) => {
    expect(readStructure(text).parts.every((p) => p.kind === 'body' || p.kind === 'greeting')).toBe(true);
  });

  it.each(['Response from our team: the refund went out today.', 'Reply from Sam below.', 'My reply', 'reply from the customer'])('is no heading: %s', (line) => {
    expect(isResponseHeading(line)).toBe(false);
  });

  it.each(['Rated 1 out of 5 stars', '4/5 stars', 'Rated 3.5 out of 5'])('reads a rating: %s', (line) => expect(isRatingLine(line)).toBe(true));

  it('scores a cold answer the same with the review above it or without', () => {
    const answer = 'Damage must be reported within 48 hours of delivery as stated in our terms.';
    const withReview = `Rated 1 out of 5 stars\nSofa delivered damaged\nReply from Hartwell Home\n${answer}`;
    expect(analyzer.analyze(withReview, { channel: 'social' }).scores.warmth).toBe(analyzer.analyze(answer, { channel: 'social' }).scores.warmth);
  });
});

describe('a rule drawn with symbols over a footer or signature', () => {
  it.each(['• • •', '* * *', '━━━━━━━━━━━━━━━━━━', '◆◆◆', '~ ~ ~', '· · · · ·'])('%s', (rule) => {
    expect(isSymbolRule(rule)).toBe(true);
    expect(listMarkerLength(rule)).toBe(0);
    const text = `${COLD}\n\n${rule}\nYou're receiving this email because you have an account with Pebble Books. Manage your email preferences.`;
    expect(kindOf(text, rule)).toBe('footer');
    expect(kindOf(text, 'Customer Service')).toBe('sign-off');
  });

  it.each(['🙏', '🥐💛', '😊😊😊', '--', '->'])('is no rule: %s', (line) => expect(isSymbolRule(line)).toBe(false));

  it('keeps an emoji line at the end of a chat reply as the agent’s', () => {
    const text = 'You’re so welcome, Zara! Enjoy it, and give it a good drink once a week 🌿\n🙏';
    expect(['body', 'sign-off']).toContain(kindOf(text, '🙏'));
  });

  it('keeps a bulleted list with a real item under a rule-like bullet as the agent’s', () => {
    const text = 'Hi Jo,\n\nTo reset it:\n• Hold the button for 10 seconds\n• Wait for the light to flash\n\nBest,\nAnn';
    expect(kindOf(text, '• Hold')).toBe('list-item');
  });
});

describe('footers in other languages, helpdesks’ notes and a company’s blurb', () => {
  it.each([
    'Vous recevez cet e-mail car vous êtes client de Maison Lumière. Se désabonner · Politique de confidentialité',
    'Sie erhalten diese E-Mail, weil Sie ein Kundenkonto bei Bergmann Outdoor haben. Abmelden | Datenschutz',
    'Recibes este correo porque tienes una cuenta en Casa Verde.',
    'Ricevi questa email perché sei iscritto alla newsletter di Bottega Rossi.',
    'U ontvangt deze e-mail omdat u klant bent bij Fietsplein.',
    'Você está recebendo este e-mail porque tem uma conta na Loja Azul.',
    'Please do not change the subject line when replying. Ref: ZD-CASE-004471',
    'Please keep the ticket number in the subject when you reply.',
    'About Stonebridge: family-run since 1962, we build kitchens that last a lifetime.',
  ])('%s', (footer) => {
    const text = `${COLD}\n\n${footer}`;
    expect(kindOf(text, footer.slice(0, 12))).toBe('footer');
    expect(kindOf(text, 'Customer Service')).toBe('sign-off');
    expect(analyzer.analyze(text).scores.warmth).toBe(analyzer.analyze(COLD).scores.warmth);
  });

  it.each([
    'Hello,\n\nAbout your refund: it went out today.',
    'Hello,\n\nThe refund went out today.\n\nPlease keep the receipt in case the bank asks for it.',
    'Hello,\n\nThe refund went out today.\n\nAbout the delay: the courier lost the first parcel, and I am sorry.',
  ])('keeps the agent’s last line: %s', (text) => {
    expect(readStructure(text).parts.some((p) => p.kind === 'footer')).toBe(false);
  });
});

describe('a second batch: messaging apps’ lines about a message, badges and pasted speakers', () => {
  it.each(['This message was deleted', 'You deleted this message', 'Seen ✓✓', '✓✓', '📌 Pinned by Brightside Games', 'Pinned by Acme Support', '❤️ by creator'])(
    '%s',
    (line) => {
      const text = `Orders can be delayed at peak times.\n${line}\nThe courier is 5 minutes away now.`;
      expect(kindOf(text, line)).toBe('footer');
      expect(kindOf(text, 'The courier')).toBe('body');
    },
  );

  it.each(['I deleted the message you sent by mistake.', 'Seen it, thanks!', 'I pinned the post for everyone.'])('keeps the agent’s line: %s', (line) => {
    const text = `Hi Jo,\n\n${line}\nThe courier is 5 minutes away now.`;
    expect(kindOf(text, line)).toBe('body');
  });

  it.each(['Author', 'Top contributor', 'Moderator'])('reads the poster’s name over the platform’s badge “%s”', (badge) => {
    const text = `Harbour Bank\n${badge}\nCall volumes are high. Please use the app.`;
    expect(kindOf(text, 'Harbour Bank')).toBe('quote');
    expect(kindOf(text, badge)).toBe('quote');
    expect(kindOf(text, 'Call volumes')).toBe('body');
  });

  it('reads speakers’ lines with one space before the clock, copied over the agent’s greeting answer', () => {
    const text = 'Mo Farid 10:40\nThis message was deleted\nMo Farid 10:41\nwhere is my refund\nHi Mo! Your refund went back to your card this morning.';
    for (const line of ['Mo Farid 10:40', 'This message', 'Mo Farid 10:41', 'where is my refund']) expect(kindOf(text, line)).toBe('quote');
    expect(kindOf(text, 'Your refund went back')).toBe('body');
  });

  it('keeps an agent’s opening lines with a time in them', () => {
    const text = 'Call Tom 10:40\nHe has your order details.\nSee you Tuesday 10:30\nHi again! Bring the receipt.';
    expect(kindOf(text, 'Call Tom')).toBe('body');
  });

  it.each([
    'Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti.',
    'Tento e-mail a jeho přílohy jsou důvěrné a určené výhradně adresátovi.',
    'Bu e-posta ve ekleri gizli bilgi içerebilir ve yalnızca alıcısına yöneliktir.',
    'Ez az e-mail bizalmas információt tartalmazhat, és kizárólag a címzettnek szól.',
    'Want to change how you receive these emails?\nYou can update your preferences or unsubscribe from this list.',
    'Our mailing address is:\nGreenleaf Seeds, 14 Orchard Lane, Hereford HR1 2AB',
  ])('reads the footer past: %s', (footer) => {
    const text = `${COLD}\n\n${footer}`;
    expect(kindOf(text, footer.slice(0, 12))).toBe('footer');
    expect(analyzer.analyze(text).scores.warmth).toBe(analyzer.analyze(COLD).scores.warmth);
  });
});

describe('a third batch: more review sites, a forwarded label, a helpdesk marker without dashes', () => {
  it.each([
    ['“Noisy room next to the lift.”\nReviewed 2 March 2025', 'Management response from Sarah M, General Manager at Harbour Hotel\nResponded 3 days ago'],
    ['1 star · 3/2/2025\nWaited 25 minutes for a coffee.', 'Comment from Jane D. of Harbour Bakery\nBusiness Owner'],
    ['“Staff were lovely but the Wi-Fi didn’t work.”', 'Property response:'],
    ['★★☆☆☆ Item arrived scratched', 'Seller’s response'],
    ['Great app but it logs me out.', 'Developer Response\nReplied yesterday'],
  ])('%s ⏎ %s', (review, heading) => {
    const text = `${review}\n${heading}\nEach piece is checked before shipping.`;
    for (const line of [...review.split('\n'), ...heading.split('\n')]) expect(kindOf(text, line)).toBe('quote');
    expect(kindOf(text, 'Each piece')).toBe('body');
  });

  it.each(['Comment from our team: the refund went out today.', 'Owner response times are under an hour now.'])('is no heading: %s', (line) => {
    expect(isResponseHeading(line)).toBe(false);
  });

  it('reads WhatsApp’s “Forwarded” label and the forwarded message over the agent’s greeting', () => {
    const text = 'Forwarded\nYour order #3310 has been cancelled due to a payment issue.\nHi Tola! Your bank declined the first payment, so I’ve restored the order.';
    expect(kindOf(text, 'Forwarded')).toBe('quote');
    expect(kindOf(text, 'Your order #3310')).toBe('quote');
    expect(kindOf(text, 'Your bank declined')).toBe('body');
  });

  it('keeps an agent’s opening “Forwarded” line when no greeting answers under the message', () => {
    const text = 'Forwarded\nI sent your note to the courier this morning.';
    expect(kindOf(text, 'I sent your note')).toBe('body');
  });

  it('reads the thread under a helpdesk marker without dashes', () => {
    const text = 'Hola,\n\nThe decision stands.\n\nAtención al Cliente\n\n## Responda por encima de esta línea ##\n\nMaría López, 3 mar 2025, 14:02\nYou rejected my claim.';
    expect(kindOf(text, '## Responda')).toBe('quote');
    expect(kindOf(text, 'You rejected my claim')).toBe('quote');
    expect(kindOf(text, 'The decision stands')).toBe('body');
  });
});
