/**
 * A signature, a footer or quoted history never moves warmth nor changes what is found in the agent's words.
 * Property: any agent reply (signed off or not, cold or warm) with any random tail appended — signature lines
 * of many clients with or without "-- ", a phone's "Sent from…", helpdesk ticket footers, legal footers, quoted
 * or forwarded history, a pasted chat transcript, much of it written coldly on purpose — scores the same warmth
 * and gives the same findings (rule, offsets, suggestions) in the agent's text as the reply alone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { turnsRepliesAway } from '../../rules/rewording-safety';
import type { AnalyzeOptions, Finding } from '../types';
import { isNameLike } from './patterns';

const isSignedNameLine = (line: string) => isNameLike(line) && !/[.!?:]$/.test(line);

const analyzer = createAnalyzer(defaultPack);

const OPENINGS = ['Hi Maria,', 'Dear Mr. Okafor,', 'Hello again Priya,', 'Sam,', 'Good morning Jo!', 'Hey there,', ''];
const BODIES = [
  "I'm sorry the router stopped working again. I've sent a replacement by courier and it will arrive tomorrow before noon.",
  'Your ticket is closed. Per our policy, you need to read the FAQ before you contact us again.',
  'We acknowledge receipt of your complaint. Your case has been escalated and someone will be in touch in due course.',
  "Good news: the refund of £42.10 went through this morning. You'll see it on your statement within 3 working days.",
  'Unfortunately we cannot offer compensation. This is not considered a fault.',
  "Thanks for the photos! The crack is covered by the warranty, so I've booked a repair for Thursday. If that day doesn't suit you, just reply and I'll move it.",
  'To reset the password:\n\n1. Open Settings.\n2. Choose Security.\n3. Press Reset and follow the email.',
  // Shapes from data/layouts/dev-extra-a.jsonl: sub-items, a pasted log, indented code, the customer quoted.
  'Here is how:\n1) Log in to My Policy.\n2) Pick "Add a driver" and enter:\n   a) his full name,\n   b) his licence number.\n3) Confirm.\n\n• Open the cover.\n    ◦ Don\'t touch the contacts.',
  'Thanks, that log helps. The timeouts are on our side:\n2025-03-05 10:14:02 ERROR webhook.dispatch timeout after 30000ms\n\nI\'ve cleared the queue and retries are going through now.',
  'Please run this and send me what it prints:\n    curl -s https://api.example/v2/health\n\nDo not raise duplicate tickets for the same incident.',
  'You wrote: "It worked fine until Tuesday and now NOTHING comes through."\n\nThat matches a change on Tuesday. Unfortunately we cannot backfill it.',
  'Thanks for the response body:\n\n{\n  "error": "invalid_grant",\n  "error_description": "refresh token expired"\n}\n\nRefresh tokens expire after 90 days. You need to sign in again.',
];
const SIGN_OFFS = ['Safe crossing!\n\nKristin', 'Wishing you a speedy recovery,\nGrace Mensah', 'GG,\nRook', 'Customer Success Team', 'Best,\nTom', 'Kind regards,\nAlina Sorescu', 'Cheers,\nKofi', 'Thanks,\nThe Billing Team', 'Warm greetings from Manila,\nJoy Santos', 'Regards,\n\nDr. Priya Nair', '— Raj', '',
  // data/layouts/dev-extra-b.jsonl: a P.S. under the sign-off (the agent's), two sign-offs.
  "Best,\nLeah\n\nP.S. If you fancy the matching saucer, reply and I'll add it.", 'Thanks!\nBest,\nSam',
  // data/layouts/dev-extra-e.jsonl: names with particles or in other scripts, teams signing without a person.
  'Best regards,\nAhmad bin Said', 'Kind regards,\nJan van der Berg', 'Many thanks,\n王芳 (Fang Wang)', 'Happy writing,\nYour friends at Loomly',
  'Love,\nThe Crumb Club crew 🍪', 'Warm wishes from all of us at Pebble & Pine 🌲'];

const SIGNATURE_LINES = [
  'Tom Baker', 'Senior Support Specialist', 'Customer Care | Acme Co.', 'Acme Outdoor Ltd', 'T: +44 (0)20 7946 0321  |  M: +44 7700 900123',
  'help@acme.example', 'www.acme.example/support', 'PO Box 441, Bristol BS99 7DD', 'Mon–Fri 8am–6pm GMT', 'Follow us on Instagram | LinkedIn',
  'Pronouns: she/her', '[cid:image001.png@01DB8C2A.5F3E7A10]', '“Best ferry operator 2024” – Nordic Travel Awards', 'Ticket #48213',
  'How would you rate my reply?', 'Great   Okay   Not Good', 'Billing Team, BrightWatt Energy', 'Direct line: 0161 555 0199',
  'Maya Lindqvist (she/her)', 'LinkedIn · X · YouTube', '📞 +1 (646) 555-0177', '🔗 linkedin.com/in/inesduarte', '[image: Hillcrest Surgery logo]',
  'Our phone lines are open 8am to 6:30pm, Monday to Friday.', 'm: 07700 900 456', 'e: sophie.turner@keylet.example', 'She/her · Ms. or Dr. Feld',
  'Ticket #50921 · Priority: Low · Channel: Email', 'Sent via Front', '🎮 discord.gg/stormcast · 🐦 @StormcastHelp',
  'Omar Said · Developer Support · Relay API', 'Schedule a call: calendly.com/omar-relay/20min', 'Guest Services',
  // data/layouts/dev-extra-b.jsonl: registration numbers, rating and survey lines, calendar links, out of office.
  'Sitz der Gesellschaft: Stuttgart · Amtsgericht Stuttgart HRB 123456', 'Greenway Partners Pty Ltd | ABN 12 345 678 901',
  'Rate your experience with Rhys:', '★★★★★  ★★★★  ★★★  ★★  ★', 'Was this reply helpful? 👍 Yes   👎 No',
  '📅 Book a meeting: https://meetings.hubspot.example/maya-chen', 'Out of office: 17–21 March. For urgent matters contact office@example.com.',
  // Session 33: fields with a street, a recruiting line or opening times; a membership badge; a company with its motto.
  'Bean There Bakery · 12 Mill Lane · Hebden Bridge', 'Northwind · Member Services · We’re hiring', 'Kaya Florist | Shop 3, Harbour Arcade | Open till 6',
  'Proud members of the Guild of Master Craftsmen', 'Acme Energy — Powering happy homes since 1998',
];
const MOBILE = ['Sent from my iPhone', 'Get Outlook for iOS', 'Sent from my Samsung Galaxy smartphone.', 'Sent from Mail for Windows', 'Sent from my iPad', 'Sent from Outlook for Android',
  // data/layouts/dev-extra-d.jsonl: phones in other languages, and apps naming themselves.
  'Von meinem iPhone gesendet', 'Envoyé de mon iPhone', 'Enviado desde mi Android', 'Sent from Proton Mail for iOS', 'Message sent via Gymflow Messenger',
  // data/layouts/dev-extra-j.jsonl: more phones' languages and mail apps.
  'Inviato da iPhone', 'Skickat från min iPhone', 'iPhoneから送信', 'Sent with Proton Mail secure email.', 'Sent from the all new AOL app for iOS'];
const FOOTERS = [
  // data/layouts/dev-extra-d.jsonl and the fourth look: headings, short notices, other languages, mailing lists, invites.
  'DISCLAIMER\nThe information in this email is confidential and may be legally privileged.',
  'NOTICE: This email may contain confidential information. If you are not the addressee, please delete it.',
  "Please don't reply to this email – it's sent from an unattended mailbox.",
  'Think green – do you really need to print this email?',
  'Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.',
  'Conversation ID: 8821-xk',
  '*** This email was scanned by Acme Secure Mail ***',
  '_______________________________________________\nAcme-users mailing list\nAcme-users@lists.acme.example\nhttps://lists.acme.example/mailman/listinfo/acme-users',
  'Join Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890?pwd=aBcD1234\n\nMeeting ID: 812 3456 7890\nPasscode: 551203',
  'Sunridge Energy acknowledges the Traditional Custodians of the lands on which we work and pay our respects to Elders past and present.',
  'How was my reply? Great | Okay | Not good',
  'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential. If you are not the intended recipient, you must not read, copy or use it.',
  'This mailbox is not monitored. Please do not reply to this email.',
  'Acme Bank plc is authorised and regulated by the Financial Conduct Authority. Registered in England No. 04512876.',
  'Please consider the environment before printing this e-mail.',
  '[HX7D2-MQ4P]\nThis email is a service from Nimbus Support. Delivered by Zendesk',
  'IMPORTANT: The information in this e-mail is confidential and may be legally privileged. NO LIABILITY IS ACCEPTED FOR VIRUSES.',
  'This message may contain confidential information and is intended only for the named recipient. If you have received it in error, please delete it.',
  'We take your privacy seriously. To find out how we use your personal information, please read our privacy notice at example.com/privacy.',
  '--------------------------------\nLumenary Inc. | 548 Market St, San Francisco, CA 94104\nLumenary and the Lumenary logo are trademarks of Lumenary Inc.',
  'Nordvik Home AS · Storgata 5, 0155 Oslo · Org.nr. 912 345 678\nDu mottar denne e-posten fordi du kontaktet oss. / You are receiving this email because you contacted us.',
  'Ticket: #771203 | Status: Pending | Priority: High | Group: Field Service',
  'Rated 2/5 · Chat ended by agent',
  'Intercom · Conversation rated: 😞 Bad',
  'Agent has left the chat. Chat ID: 55120-AB',
  'This conversation was transcribed and may be reviewed for quality.',
  'This email has been scanned for viruses and malware, and may have been automatically archived by Mimecast Ltd.',
  // data/layouts/dev-extra-b.jsonl: unsubscribe and marketing lines, ticket links, legal entities, helpdesk survey footers.
  'Manage preferences · Unsubscribe · Privacy\nVinbox ApS, Vesterbrogade 10, 1620 København V',
  "You're receiving this because you have a Vinbox subscription.",
  "Don't want these emails? Update your email settings or opt out of all Mailflow emails.\nMailflow, Inc. · 500 Howard St, San Francisco, CA 94105",
  'View this ticket online: https://help.hookline.example/hc/requests/48213\nTo add a comment, reply to this email.',
  'Your request #PR-2025-11873 has been updated. Track its status at portal.example.gov/track',
  'Maison Clairval SAS au capital de 150 000 €\nRCS Lyon 812 345 678 · SIRET 812 345 678 00021',
  'A limited liability partnership registered in England and Wales (OC123456)\nAuthorised and regulated by the Solicitors Regulation Authority (SRA No. 612345)',
  'Powered by Help Scout\nConversation #88127 · Reply above this line to respond',
  "How would you rate the support you received?\nGood, I'm satisfied  |  Bad, I'm unsatisfied",
  // data/layouts/dev-extra-c.jsonl: legal footers in other languages, app and classification lines, chat notices.
  'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.',
  'Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate.',
  'Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.',
  'You can reply to this email or continue the conversation in Intercom.\nIntercom · Unsubscribe from these emails',
  'Conversation transferred to Billing',
  '[Yes, that helped]  [No, I need more help]',
  // data/layouts/dev-extra-e.jsonl: more unsubscribe, disclaimer, survey, macro and chat lines.
  "You're receiving this email because you placed an order with Pebble & Pine. Unsubscribe from marketing emails | Manage preferences",
  'Disclaimer – This communication is intended for the addressee only. Peak Fitness Ltd accepts no liability for any damage caused by viruses transmitted by this email.',
  'Agent Kelsey ended the chat · Rate this conversation 👍 👎',
  'How likely are you to recommend Fairway Bank to a friend or colleague? Click a number from 0 (not at all likely) to 10 (extremely likely): 0 1 2 3 4 5 6 7 8 9 10',
  'This ticket will be closed automatically if we don\'t hear back from you within 7 days.\nTicket #771204 | Reply above this line to add a comment',
  // data/layouts/dev-extra-j.jsonl: rules drawn with symbols, footers in other languages, helpdesk notes, a company blurb.
  '• • •\nVous recevez cet e-mail car vous êtes client de Maison Lumière. Se désabonner · Politique de confidentialité',
  '* * *\nAbout Stonebridge: family-run since 1962, we build kitchens that last a lifetime.',
  'Please do not change the subject line when replying. Ref: ZD-CASE-004471',
  'Bu e-posta ve ekleri gizli bilgi içerebilir ve yalnızca alıcısına yöneliktir. Yanlışlıkla aldıysanız lütfen gönderene bildirip siliniz.',
  'Want to change how you receive these emails?\nYou can update your preferences or unsubscribe from this list.',
  // Session 33: system and template lines under a reply with no sign-off, glued to its last line or not.
  'Please note: this inbox does not accept complaints. To complain, use the form on our website.',
  'This is an automated inbox. Replies are not read.',
  'Case ref CS-20931 · to reopen, just reply to this email within 14 days.',
  'Offer subject to availability. T&Cs apply.',
  'Replies to this email are added to your ticket automatically.',
  'Ticket: #58812\nView your ticket: https://support.example/t/58812',
  'Learn faster with Wordly Premium: 40% off this month only. Upgrade today →',
];
const QUOTES = [
  'On Mon, 3 Mar 2025 at 10:15, Acme Support <help@acme.example> wrote:\n> Per our policy, your ticket is closed.\n> You need to read the FAQ. NO REFUNDS.',
  '-----Original Message-----\nFrom: Maria Lopez <maria@example.com>\nSent: Monday, March 3, 2025 10:02 AM\nTo: Support\nSubject: Broken AGAIN\n\nThis is UNACCEPTABLE. You people never listen. Fix it now!!!',
  '________________________________\nFrom: Jonas Weber <jonas@example.de>\nSent: Tuesday, March 4, 2025 8:02 AM\nTo: Support <support@tessellate.io>\nSubject: Re: SSO\n\nThe login loop is back. Your case has been escalated, they said.',
  '---------- Forwarded message ---------\nFrom: Swiftline <noreply@swiftline.example>\nDate: Tue, 4 Mar 2025 at 11:02\nSubject: Delivery exception\n\nItem returned to depot. No further attempts will be made.',
  'Chat transcript, 3 March 2025\n[10:02] Visitor: my order says delivered but it isnt here\n[10:03] Ana: Unfortunately we are unable to help with that.',
  '> On 4 Mar 2025, at 18:22, Hannah Cole <hannah@example.com> wrote:\n> \n> You need to refund me immediately. I am very angry.',
  '##- Please type your reply above this line -##\n\nYour request (88123) has been updated.\n\nSamira Khan (SkyMeridian)\nMar 5, 2025, 11:02 GMT\n\nMy bag has been missing for 9 days. NOBODY CARES.',
  '-------- Original Message --------\nSubject: Sticky space bar\nDate: 05/03/2025 07:58\nFrom: Piotr Z <piotr.z@example.pl>\nTo: support@keystone.example\n\nYou need to fix this now. Unacceptable.',
  '---- On Wed, 05 Mar 2025 09:14:33 +0000 Viktor Hale <viktor@halelogistics.example> wrote ----\n\nWe lost a day of data. Per our contract you owe us credits.',
  'On Wed, 5 Mar at 12:09 PM , Zara Ahmed <zara.ahmed@example.com> wrote:\n\nWrong size delivered. Your ticket is closed, they said.',
  'Op wo 5 mrt 2025 om 09:12 schreef Camille Moreau <camille.m@example.fr>:\n\nIs breakfast included? Unfortunately nobody answered.',
  'Conversation with Maya Ruiz\nStarted on March 5 at 09:02 AM UTC\n\nMaya Ruiz  9:02 AM\nwhy was I charged after cancelling??\n\nBilling  9:14 AM\nCancellations take effect at the end of the billing period. The charge is correct.',
  'From: Hanne Olsen <hanne.olsen@example.dk>\nSent: Wednesday, March 5, 2025 10:02:11 AM\nTo: support@cloudmere.example\nSubject: [EXTERNAL] SSO broken\n\nCAUTION: This email originated from outside of the organization.\n\nYour update broke everything. Fix it NOW.',
  'On Wednesday, March 5, 2025, 10:02:11 AM GMT, Noor Haddad <noor.h@example.com> wrote:\n\nCan I return a gift without the receipt? You never answer.',
  '-------- Original message --------\nFrom: Bea Lopez <bea.lopez@example.com>\nDate: 05/03/2025 08:41 (GMT+00:00)\nTo: maintenance@keylet.example\nSubject: Mould\n\nThere is mould in the bedroom. Unfortunately nobody came.',
  'Da: Chiara Rossi <chiara.r@example.it>\nInviato: mercoledì 5 marzo 2025 08:44\nA: Vela Mobile <assistenza@vela.example>\nOggetto: Addebito roaming\n\nRoaming charges of €86 on my bill!',
  // data/layouts/dev-extra-b.jsonl: headers in other mail clients' languages, translated quotes, pipe quotes, exported chats.
  'Från: Erik Lindgren <erik.lindgren@example.se>\nSkickat: den 5 mars 2025 08:02\nTill: TeleNord Kundtjänst <kundtjanst@telenord.example>\nÄmne: Tekniker kom aldrig\n\nThe engineer never came. You need to refund me NOW.',
  'De: Lucía Ferrer <lucia.ferrer@example.es>\nEnviado el: miércoles, 5 de marzo de 2025 9:14\nPara: Reservas <reservas@solvia-travel.example>\nAsunto: Fecha de vuelta incorrecta\n\nMy booking shows the wrong return date. Unacceptable.',
  '差出人: 佐藤 健 <ken.sato@example.jp>\n送信日時: 2025年3月5日 水曜日 9:12\n宛先: support@cloudmere.example\n件名: SSO login failing\n\nOur SSO login has been failing. Per our contract this is a breach.',
  'Em qua., 5 de mar. de 2025 às 09:12, Rafael Costa <rafael.costa@example.com.br> escreveu:\n\n> Where is my order? It has been 10 days.',
  'Il giorno mer 5 mar 2025 alle ore 09:30 Giulia Bianchi <\ngiulia.bianchi@example.it> ha scritto:\n\n> I can\'t see the recording. Unfortunately nobody answered.',
  'Le mer. 5 mars 2025 à 10:12, Camille Moreau <camille.m@example.fr> a écrit :\n\nCan we check in early? You never answer.',
  '--- Original Message ---\n| From: Alan Grant <alan.grant@example.com>\n| Date: 05/03/2025 07:12\n| Subject: Card declined\n|\n| Why was my card declined abroad? NOBODY HELPS.',
  '[Translated from Japanese by Rapport Desk]\nOriginal message:\nツアーガイドが集合場所に来ませんでした。\n\nTranslation:\nThe tour guide never showed up. Unfortunately this is unacceptable.',
  '---- Translated message (Spanish → English) ----\nThe wrong size arrived. You need to fix this now.',
  'Alex (10:42): my internet keeps dropping every evening\nAlex (10:43): unfortunately nobody fixes it',
  '[05/03/2025, 10:42:13] Sofia: can I still add something to my order\n[05/03/2025, 10:42:30] Sofia: you need to answer me',
  '05/03/2025, 09:12 - Bot: To reset 2FA you need to contact your admin.\n05/03/2025, 09:13 - Hana: I am the admin',
  // data/layouts/dev-extra-c.jsonl: Korean headers, Turkish and Russian attributions, GroupWise, "»" quote marks.
  '보낸 사람: 김민준 <minjun.kim@example.kr>\n보낸 날짜: 2025년 3월 5일 수요일 오전 9:12\n받는 사람: support@soundwave.example\n제목: Headphones\n\nThey stopped charging. NOBODY HELPS.',
  '5 Mar 2025 Çar, 10:12 tarihinde Ayşe Kaya <ayse.kaya@example.com.tr> şunu yazdı:\n\n> My suitcase handle broke. Unfortunately you never answer.',
  '5 марта 2025 г., в 10:12, Иван Петров <ivan.petrov@example.ru> написал(а):\n\n> The app logs me out. You need to fix it NOW.',
  '>>> Claims <claims@shieldline.example> 04/03/2025 16:40 >>>\nThe repair shop you chose damaged my car further. Unacceptable.',
  '»Am 05.03.2025 um 08:12 schrieb Claudia Neumann:\n» The laptop is broken again.\n» Per your policy you need to replace it.',
  // data/layouts/dev-extra-d.jsonl and the fourth look: attributions pasted without ">", headers in more orders and languages.
  'Dne st 5. 3. 2025 9:12 uživatel Jan Dvořák <jan.dvorak@example.cz> napsal:\n\nThe export cuts off the last column. Unacceptable.',
  '2025-03-05 9:12 GMT+01:00 Ana Costa <ana@example.com>:\n\nI still haven\'t received my refund and I\'m really angry.',
  'ke 5. maalisk. 2025 klo 9.12 Ana Costa (ana@example.com) kirjoitti:\n\nYou need to refund me NOW.',
  'Ana Costa wrote on 05/03/2025 09:12:\n> Per your policy you need to refund me.',
  '---- Ana Costa wrote ----\n\nNobody answers. Unfortunately I have to complain.',
  '**From:** Ana Costa <ana@example.com>\n**Sent:** Wednesday, March 5, 2025 9:12 AM\n**To:** Support\n**Subject:** Refund\n\nYou need to fix this now.',
  'Sent: Wednesday, March 5, 2025 9:12 AM\nFrom: ana@example.com\nTo: support@acme.example\nSubject: Refund\n\nUnfortunately nobody helps.',
  '\u200fمن: عمر حسن <omar.hassan@example.ae>\n\u200fتاريخ الإرسال: الأربعاء، 5 مارس 2025 10:12 ص\n\u200fإلى: bookings@skyline.example\n\u200fالموضوع: تغيير\n\nYou need to change my flight NOW.',
  'Chidi Okafor <c.okafor@example.ng>\n05/03/2025 09:12\n\nTo\nservice@pumpworks.example\ncc\n\nSubject\nSeals failed again\n\nThe seals failed again. Unacceptable.',
  'Previous message:\nAna Costa, 5 Mar 2025 09:12\nI still haven\'t received my refund. Per your policy you owe me.',
  // data/layouts/dev-extra-e.jsonl: nested "> >" quotes, Thunderbird's tabbed forward, Outlook in more languages.
  '> > > Why is my card blocked?\n> > Your card was blocked for your security.\n> I asked twice already. Why is my card still blocked?',
  '-------- Forwarded Message --------\nSubject: \tInvestigation opened\nDate: \tTue, 4 Mar 2025 11:02:45 +0000\nFrom: \tParcelPath Depot <depot@parcelpath.example>\n\nUnfortunately no further attempts will be made.',
  'De : Claire Martin <claire.martin@example.fr>\nEnvoyé : mardi 4 mars 2025 09:30\nÀ : SAV <sav@belleteint.example>\nObjet : Colis ouvert\n\nYou need to refund me NOW.',
  'De la: Andrei Popescu <andrei.popescu@example.ro>\nTrimis: marți, 4 martie 2025 10:12\nCătre: support@voltbook.example\nSubiect: Încărcare\n\nUnfortunately nobody helps.',
  'Từ: Trần Minh <tran.minh@example.vn>\nĐã gửi: Thứ Ba, 4 tháng 3, 2025 9:05 SA\nĐến: cards@lotusbank.example\nChủ đề: Trừ tiền hai lần\n\nI was charged twice. Unacceptable.',
  'Від: Олена Коваль <olena.koval@example.ua>\nНадіслано: вівторок, 4 березня 2025 р. 12:01\nКому: support@notely.example\nТема: Акаунт заблоковано\n\nYou need to unlock it NOW.',
  // data/layouts/dev-extra-j.jsonl: attributions and frames in more languages, Outlook's header on one line.
  '王磊 <wanglei@example.cn> 于2025年3月3日周一 14:02写道：\n> My parcel has been stuck in customs for 10 days. UNACCEPTABLE.',
  'pon., 3 mar 2025 o 14:02 Katarzyna Nowak <k.nowak@example.pl> napisała:\n> You need to fix the app NOW.',
  '-----Wiadomość oryginalna-----\nOd: Tomasz Wiśniewski <t.wisniewski@example.pl>\nWysłano: poniedziałek, 3 marca 2025 14:02\nDo: Obsługa Klienta <bok@example.com>\nTemat: Gwarancja\n\nUnfortunately nobody came.',
  'From: Ivy Chen <ivy.chen@example.com> Sent: Monday, March 3, 2025 2:02 PM To: Support <support@example.com> Subject: Wrong size\n\nYou need to send the right size NOW.',
];

const agentReply = fc
  .tuple(fc.constantFrom(...OPENINGS), fc.constantFrom(...BODIES), fc.constantFrom(...SIGN_OFFS))
  .map(([opening, body, signOff]) => ({ text: [opening, body, signOff].filter(Boolean).join('\n\n'), signed: signOff !== '' }));

const tail = fc
  .record({
    delimiter: fc.constantFrom('', '-- \n', '__\n'),
    signature: fc.array(fc.constantFrom(...SIGNATURE_LINES), { minLength: 0, maxLength: 6 }),
    mobile: fc.option(fc.constantFrom(...MOBILE), { nil: undefined }),
    footer: fc.option(fc.constantFrom(...FOOTERS), { nil: undefined }),
    quote: fc.option(fc.constantFrom(...QUOTES), { nil: undefined }),
    gap: fc.constantFrom('\n', '\n\n'),
  })
  .filter((t) => t.signature.length > 0 || t.mobile !== undefined || t.footer !== undefined || t.quote !== undefined)
  .map((t) => {
    const blocks: string[] = [];
    if (t.signature.length) blocks.push(t.delimiter + t.signature.join('\n'));
    if (t.mobile) blocks.push(t.mobile);
    if (t.footer) blocks.push(t.footer);
    // The reply's own tail (not the quoted history): a no-reply notice there is the reply's own.
    const ownTail = blocks.join('\n\n');
    if (t.quote) blocks.push(t.quote);
    // A bare name straight under an unsigned reply is no tail: it signs the reply off ("a lone name under the body").
    const bareNameFirst = t.delimiter === '' && t.signature.length > 0 && isSignedNameLine(t.signature[0]!);
    return { gap: t.gap, text: blocks.join('\n\n'), ownTail, bareNameFirst };
  });

/** What a closing says to invite a reply (the engine drops such rewordings under a no-reply footer). */
const INVITES_REPLY = /\b(?:reply|write|email|e-mail|message|contact|call|get in touch|let (?:me|us) know|drop (?:me|us) a line|reach out|just ask)\b/gi;
const invitations = (text: string) => text.match(INVITES_REPLY)?.length ?? 0;

const CUSTOMER = "I've written three times about my broken router and nobody has helped. I work from home!";

const inAgentText = (findings: Finding[], end: number) =>
  findings.filter((f) => f.start < end).map(({ ruleId, start, end: e, suggestions }) => ({ ruleId, start, end: e, suggestions }));

describe('a signature, a footer or a quote never moves warmth or the findings in the agent\'s words', () => {
  for (const channel of ['email', 'chat'] as const) {
    it(`holds for random tails on random replies (${channel})`, () => {
      fc.assert(
        fc.property(agentReply, tail, fc.boolean(), ({ text: reply, signed }, extra, upset) => {
          fc.pre(signed || !extra.bareNameFirst);
          // A tail with no sign-off above it needs a line break to start on a line of its own.
          const options: AnalyzeOptions = { channel, ...(upset ? { customerMessage: CUSTOMER } : {}) };
          const alone = analyzer.analyze(reply, options);
          const withTail = analyzer.analyze(`${reply}${extra.gap}${extra.text}`, options);
          expect(withTail.scores.warmth).toBe(alone.scores.warmth);
          const expected = inAgentText(alone.findings, reply.length);
          // One thing a tail may change: under a footer that turns replies away, no rewording invites one.
          const closesDoor = !turnsRepliesAway(reply) && turnsRepliesAway(extra.ownTail);
          const kept = closesDoor ? expected.map((f) => ({ ...f, suggestions: f.suggestions.filter((s) => invitations(s) <= invitations(reply.slice(f.start, f.end))) })) : expected;
          expect(inAgentText(withTail.findings, reply.length)).toEqual(kept);
          expect(withTail.findings.filter((f) => f.end > reply.length)).toEqual([]);
        }),
        { numRuns: Number(process.env.RUNS ?? 250), seed: Number(process.env.SEED ?? 15) },
      );
      // 500 analyses (the first one warms the engine): a hang guard with room for a loaded 2-core CI machine.
    }, 120_000);
  }
});
