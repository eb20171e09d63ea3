/**
 * One table per family of layouts from a twelfth batch (data/layouts/dev-extra-k.jsonl, issue 15): code and machine
 * output pasted into replies (stack traces, console errors, logs, SQL, YAML, commands, HTTP headers, environment
 * variables, Event Viewer fields), tables drawn with box characters, ASCII grids, pipes without outer bars and dotted
 * leaders, helpdesk footers in other languages, confidentiality footers in more languages, pronouns and valedictions in
 * other languages, and residue of HTML and mail encodings (entities, "=20", zero-width spaces, emphasis stars, Outlook's
 * picture descriptions). Each row another shape of the family, and rows of the agent's own words that look alike.
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from './fixtures/kind-of';
import { hasDottedLeader, isDrawnTableRow, isLogLine, isPicturePlaceholder, isSignOffLine, pipeCells, readsAsOtherLanguage } from './patterns';
import { readStructure } from './read-structure';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');

describe('machine output pasted between the agent’s sentences', () => {
  it.each([
    'Traceback (most recent call last):\n  File "sync.py", line 42, in <module>\n    client.push(batch)\nrequests.exceptions.SSLError: Max retries exceeded',
    'java.lang.IllegalStateException: Token expired\n\tat com.example.auth.TokenService.verify(TokenService.java:88)',
    "Uncaught TypeError: Cannot read properties of undefined (reading 'map')\n    at renderCart (cart.js:118:23)\n    at https://shop.example.com/app.js:1:2045",
    'Mar  3 14:02:11 gw01 sshd[2231]: Failed password for invalid user admin from 203.0.113.7 port 52144 ssh2',
    '198.51.100.23 - - [03/Mar/2025:14:02:11 +0000] "GET /checkout HTTP/2.0" 502 157 "-" "Mozilla/5.0"',
    'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Request-Id: 7f3a9c2e-11b4\nDate: Mon, 03 Mar 2025 14:02:11 GMT',
    'SELECT id, status FROM orders WHERE customer_id = 4471;',
    "UPDATE accounts SET plan = 'pro' WHERE id = 12;",
    'WEBHOOK_SECRET=whsec_XXXXXXXX\nWEBHOOK_URL=https://shop.example.com/hooks/orders',
    'curl -X POST https://api.example.com/v2/refunds \\\n  -H "Authorization: Bearer $API_KEY" \\\n  -d amount=1500',
    'storage:\n  driver: s3\n  bucket: acme-backups\n  region: eu-west-2',
    'Log Name:      Application\nSource:        Application Error\nEvent ID:      1000\nLevel:         Error',
  ])('%s', (code) => {
    const text = `Hi Sam,\n\nThanks for sending this:\n\n${code}\n\nIt's fixed in today's release, and I'll check in with you tomorrow.\n\nBest,\nAnn`;
    for (const line of code.split('\n')) expect(skipped(text, line.trim()), line).toBe(true);
    expect(kindOf(text, "It's fixed")).toBe('body');
    expect(kindOf(text, 'Thanks for sending')).toBe('body');
  });

  it.each([
    'Error: that code has expired, so I have sent you a new one.',
    'Select the plan you want from the list and save.',
    'The TypeError you saw comes from an old browser version.',
    'Update: your parcel left our depot this morning.',
    'at the end of the page, tap Save (it turns green).',
    'Git is not needed; the installer does everything for you.',
    'storage: we keep your files for 30 days after you cancel.',
  ])('keeps the agent’s line that starts like machine output: %s', (line) => {
    expect(isLogLine(line)).toBe(false);
    const text = `Hi Sam,\n\n${line}\n\nBest,\nAnn`;
    expect(kindOf(text, line)).toBe('body');
  });
});

describe('a table pasted as text', () => {
  it.each([
    '┌──────────┬───────┐\n│ Plan     │ Price │\n├──────────┼───────┤\n│ Team     │ £59   │\n└──────────┴───────┘',
    '╔══════╦═════╗\n║ Date ║ Qty ║\n╚══════╩═════╝',
    '+------------+--------+\n| Date       | Amount |\n+------------+--------+\n| 03/02/2025 | £42.00 |\n+------------+--------+',
    'Room (2 nights) ........ €240.00\nCity tax ............... €6.00\nTotal .................. €246.00',
    'Plan | Price | Seats\n--- | --- | ---\nStarter | £9 | 1\nPro | £29 | 5',
    'Date | Amount | Status\n03/02 | £42.00 | Refunded\n03/03 | £19.99 | Pending',
    'Item          Qty   Price\n----          ---   -----\nDesk lamp       1   £34.00\nBulb (E27)      2    £7.98',
  ])('%s', (table) => {
    const text = `Hello,\n\nHere is the breakdown:\n\n${table}\n\nThe second payment is refunded today.\n\nRegards,\nBilling`;
    for (const line of table.split('\n')) expect(kindOf(text, line), line).toBe('code');
    expect(kindOf(text, 'The second payment')).toBe('body');
  });

  it('reads the drawn rows and the leaders as rows, not the agent’s sentences', () => {
    expect(isDrawnTableRow('│ Plan │ Seats │')).toBe(true);
    expect(isDrawnTableRow('+-----+----+')).toBe(true);
    expect(isDrawnTableRow('| I sent it yesterday')).toBe(false);
    expect(hasDottedLeader('Breakfast (2) ....... €36.00')).toBe(true);
    expect(hasDottedLeader('Well.... 3 days is too long, I know.')).toBe(false);
    expect(pipeCells('Starter | £9 | 1')).toBe(3);
    expect(pipeCells('| Starter | £9 |')).toBe(0);
  });

  it.each([
    'Duarte Lopes | Travel Designer | Lisbon',
    'LinkedIn | X | Instagram | YouTube',
  ])('keeps one signature line with bars a signature, not a table: %s', (line) => {
    const text = `Hi Bea,\n\nYour extra night is booked.\n\nSafe travels,\nDuarte\n${line}`;
    expect(kindOf(text, line)).toBe('signature');
    expect(kindOf(text, 'Your extra night')).toBe('body');
  });

  it('keeps a helpdesk’s chat export in columns a transcript', () => {
    const chat = '10:02 | Sarah | hi, my parcel never came\n10:03 | Agent | sorry to hear that\n10:04 | Sarah | ok thanks';
    const text = `Hello,\n\nThe transcript is below.\n\n${chat}\n\nParcels are refunded after 10 days.`;
    for (const line of chat.split('\n')) expect(kindOf(text, line)).toBe('quote');
  });
});

describe('a helpdesk’s ticket line in the account’s language', () => {
  it.each([
    'Su ticket #5531 ha sido actualizado. Para añadir comentarios, responda a este correo.',
    'Votre demande #5531 a été mise à jour. Répondez à cet e-mail pour ajouter un commentaire.',
    'Ihr Ticket #5531 wurde aktualisiert. Antworten Sie auf diese E-Mail, um einen Kommentar hinzuzufügen.',
    'Il tuo ticket #5531 è stato aggiornato. Rispondi a questa e-mail per aggiungere un commento.',
    'O seu ticket #5531 foi atualizado. Responda a este e-mail para adicionar um comentário.',
    'Uw ticket #5531 is bijgewerkt. Beantwoord deze e-mail om een reactie toe te voegen.',
    '— sent via Trengo',
  ])('%s', (footer) => {
    const text = `Hola,\n\nThe headphones must go to the manufacturer for repair.\n\nAtención al Cliente\n\n${footer}`;
    expect(skipped(text, footer)).toBe(true);
    expect(kindOf(text, 'The headphones')).toBe('body');
  });

  it('keeps the agent’s sentence about the ticket', () => {
    const text = 'Hola Ana,\n\nYour ticket #5531 has my full attention and I will update it tonight.\n\nSaludos,\nLuis';
    expect(kindOf(text, 'Your ticket')).toBe('body');
  });
});

describe('a confidentiality notice in more languages under an English reply', () => {
  it.each([
    'Ova poruka i svi privici su povjerljivi i namijenjeni isključivo primatelju. Ako ste je primili greškom, molimo obavijestite pošiljatelja i izbrišite je.',
    'Táto správa a jej prílohy sú dôverné a určené výhradne adresátovi. Ak ste ju dostali omylom, informujte odosielateľa a správu vymažte.',
    'See e-kiri ja selle manused on konfidentsiaalsed ning mõeldud ainult adressaadile. Kui saite selle ekslikult, teavitage palun saatjat ja kustutage kiri.',
    'E-mel ini dan sebarang lampiran adalah sulit dan hanya untuk penerima yang dinamakan. Jika anda menerimanya secara tidak sengaja, sila maklumkan kepada pengirim.',
  ])('%s', (footer) => {
    expect(readsAsOtherLanguage(footer)).toBe(true);
    const text = `Hello,\n\nThe bill is based on an actual meter reading.\n\nRegards,\nBilling\n\n${footer}`;
    expect(skipped(text, footer)).toBe(true);
  });

  it.each([
    'I checked it and I can confirm the refund is on its way to you, so you will see it by Friday.',
    'If the parcel is not at the locker by noon, I will call the courier and ask them to deliver it to your door instead.',
  ])('keeps the agent’s English sentence, lower-case “i” aside: %s', (line) => {
    expect(readsAsOtherLanguage(line)).toBe(false);
  });

  it.each(['Correspondence in Irish is welcome.', 'We welcome correspondence in Welsh.', 'Fáilte roimh chomhfhreagras i nGaeilge.'])(
    'reads a public body’s language line as its signature: %s',
    (line) => {
      const text = `Dear applicant,\n\nPayments are issued in the order applications are approved.\n\nGrants Unit\n${line}`;
      expect(kindOf(text, line)).toBe('signature');
      expect(kindOf(text, 'Grants Unit')).toBe('sign-off');
    },
  );
});

describe('valedictions, names and pronouns in other languages', () => {
  it.each(['Gruß', 'Freundliche Grüsse', 'Lijep pozdrav,', 'S pozdravom', 'Lugupidamisega', 'Groete,', 'Diolch,', 'Salutacions,', 'Terima kasih,', 'Asante,'])(
    '%s over the signed name',
    (valediction) => {
      expect(isSignOffLine(valediction)).toBe(true);
      const text = `Hello,\n\nThe battery is covered for 12 months.\n\n${valediction}\nWerkstatt Team`;
      expect(kindOf(text, valediction)).toBe('sign-off');
      expect(kindOf(text, 'Werkstatt Team')).toBe('sign-off');
    },
  );

  it.each(['Zákaznícky servis', 'Service client', 'Atención al cliente'])('a department signed in the agent’s language: %s', (name) => {
    const text = `Hello,\n\nThe bill is correct.\n\nS pozdravom\n${name}`;
    expect(kindOf(text, name)).toBe('sign-off');
  });

  it.each(['Camille Roux (elle)', 'Alex Weber (er/ihm)', 'Kim Lund (hen)', 'Lucía Gómez (ella)', 'Sanne de Vries (zij/haar)'])(
    'a name with pronouns under an unlisted valediction is signature: %s',
    (name) => {
      const text = `Bonjour Léa,\n\nYour seats are swapped to the matinee.\n\nBelle journée,\n${name}\nBilletterie · Théâtre des Lilas`;
      expect(kindOf(text, name)).toBe('signature');
      expect(kindOf(text, 'Belle journée')).toBe('sign-off');
      expect(kindOf(text, 'Your seats')).toBe('body');
    },
  );
});

describe('residue of HTML and mail encodings', () => {
  it.each([
    ['Regards,\nLewis Grant&nbsp;|&nbsp;Service Advisor\nTel:&nbsp;0131 555 0199', 'Lewis Grant', 'Tel:'],
    ['Best wishes,=20\n\nNina Okoro=20\nCustomer Experience | Brightside Energy=20', 'Nina Okoro', 'Customer Experience'],
    ['*Kind regards,*\n*Tom Reid*\n\n*Customer Support | Lumen Optics*', '*Tom Reid*', '*Customer Support'],
    ['__Cheers,__\n__Ana__\n\n__Ana Ruiz · Support · Acme__', '__Ana__', '__Ana Ruiz'],
    ['Kind regards,\n\nDescription: Description: cid:image002.jpg@01DB8C2A.5F3E1A20\nMonica Reyes\nClaims Handler | Northgate Insurance', 'Monica Reyes', 'Claims Handler'],
  ])('%s', (tail, name, signature) => {
    const text = `Hello,\n\nA handler will call you on Thursday.\n\n${tail}`;
    expect(kindOf(text, name)).toBe('sign-off');
    expect(kindOf(text, signature)).toBe('signature');
    expect(kindOf(text, 'A handler')).toBe('body');
  });

  it('reads Outlook’s picture description as a placeholder', () => {
    expect(isPicturePlaceholder('Description: Description: cid:image002.jpg@01DB8C2A.5F3E1A20')).toBe(true);
    expect(isPicturePlaceholder('Description: Company logo')).toBe(true);
    expect(isPicturePlaceholder('Description: the fault is in the power supply, not the screen.')).toBe(false);
  });

  it.each(['\u00a0', '\u200b', '\u200b\u200b', '=20'])('reads a line of only %j as a blank line', (blank) => {
    const text = `Hi Jo,\n${blank}\nA fresh bouquet goes out tomorrow.\n${blank}\nWarm wishes,\nHattie\n${blank}\nHattie Green | Petal Post\n0161 555 0142`;
    expect(kindOf(text, 'A fresh')).toBe('body');
    expect(kindOf(text, 'Warm wishes')).toBe('sign-off');
    expect(kindOf(text, 'Hattie Green')).toBe('signature');
    const parts = readStructure(text).parts;
    expect(parts.every((p) => text.slice(p.start, p.end).trim().replace(/[\u200b]/g, '') !== '')).toBe(true);
  });

  it('keeps “=20” inside the agent’s line, where it is no encoding', () => {
    const text = 'Hi Sam,\n\nSet the retry count to x=20 in the settings and save.\n\nBest,\nAnn';
    expect(kindOf(text, 'Set the retry')).toBe('body');
  });
});

describe('the customer’s question copied over the agent’s answer', () => {
  it.each([
    ['Q: Do you deliver on Sundays?', 'A: Yes, between 10 and 4.'],
    ['Q. Can I pay cash on delivery?', 'A. Not at the door, but by card at checkout.'],
    ['Q - Is parking free?', 'A - After 6pm, yes.'],
  ])('%s ⏎ %s', (question, answer) => {
    const text = `Hi Amal,\n\nGreat questions!\n\n${question}\n${answer}\n\nEnjoy your first shop,\nNadia`;
    expect(kindOf(text, question)).toBe('quote');
    // "A." reads as a lettered item: the agent's either way.
    expect(skipped(text, answer)).toBe(false);
  });

  it('keeps a Q line with no answer under it the agent’s', () => {
    const text = 'Hi Amal,\n\nQ: is the one thing I need from you, the quote number.\n\nBest,\nNadia';
    expect(kindOf(text, 'Q: is')).toBe('body');
  });
});

describe('a phone signing in more languages, or after a dash', () => {
  it.each(['Отправлено с iPhone', 'Odesláno z iPhonu', 'Odoslané z iPhonu', "iPhone'umdan gönderildi", 'Στάλθηκε από το iPhone μου', '— sent via Trengo', 'Sent from my BlackBerry 10 smartphone on the Rogers network.'])(
    '%s',
    (line) => {
      const text = `Hello,\n\nThe technician comes on Tuesday between 8 and 12.\n\nLars\n\n${line}`;
      expect(kindOf(text, line)).toBe('signature');
      expect(kindOf(text, 'The technician')).toBe('body');
    },
  );

  it('keeps the agent’s dashed sentence about sending', () => {
    const text = 'Hello,\n\nThe form is ready.\n- sent it to your work address as you asked, so check there first.\n\nLars';
    expect(kindOf(text, '- sent it')).not.toBe('signature');
  });
});
