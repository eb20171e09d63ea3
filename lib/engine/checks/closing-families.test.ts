/**
 * Where next-step-missing trusts the reading and what it offers: a warm reply that closes in its own words is left
 * alone; a reply that pushes the matter away gets advice, never a cheerful "glad to help" after it; and the closing
 * is never inserted after or into a sign-off, a department line, a signature or a footer, however they are written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { applySuggestion } from '../apply';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'next-step-missing');

describe('warm replies that close in their own words', () => {
  it.each([
    ['an offer to call', 'Hi Jo,\n\nImport the old feed from Settings and set a redirect at your old host.\n\nHappy to jump on a quick call if any step looks odd.\n\nBest,\nPri'],
    ['an invitation to send a photo', 'Dear Mr Hale,\n\nIt was a pleasure to find the kit for you.\n\nDo send us a photo once the layout is finished, we would love to see it.\n\nAll the best,\nMargaret'],
    ['"tag us"', 'Hi Lola,\n\nBrush the suede with a soft brush and keep it out of the machine.\n\nWear it in good health, and tag us if you post a photo!\n\nBest,\nRetroRail'],
    ['"I\'ll keep an eye on"', 'Hi Rob,\n\nThe doorbell drops off when the router changes channel, so I turned on channel pinning.\n\nKeeping an eye on your connection over the next few nights.\n\nCheers,\nMina'],
    ['a sign-off that says what comes next', 'Hi Dee,\n\nThe tub takes about twelve hours to heat from cold, so keep the lid on overnight.\n\nSpeak soon,\nHot Tub Hire'],
    ['a "see you" sign-off', 'Hi Mrs Dubois,\n\nLouis did brilliantly and he is in the same group with Marie, so he will see a familiar face.\n\nSee you on the slopes,\nAlpine Kids'],
  ])('reads %s as a closing', (_name, text) => {
    expect(closingOf(text)).toBeUndefined();
  });

  it.each([
    ['numbered steps', 'Hi Chloe,\n\nLet\'s get it syncing again:\n\n1. Turn Bluetooth off and on again on your phone.\n2. Open the app and pull down on Devices.\n3. Hold the side button for 15 seconds to restart the tracker.\n\nYour step data is kept on the tracker for 7 days.\n\nDaniela\nPulseband Support'],
    ['a bulleted list of tips', 'Hi Lorraine,\n\nA few tips for the cold months:\n\n- Move it against a south-facing wall if frost is forecast.\n- Water only when the top 5 cm of soil is dry.\n- Wrap the pot in hessian or bubble wrap.\n\nBest,\nHugh'],
  ])('reads %s for the customer to follow as the next step', (_name, text) => {
    expect(closingOf(text)).toBeUndefined();
  });

  it.each([
    ['a thank-you note', 'The birthday cake was perfect, my son loved the dinosaur. Just wanted to say thank you!', 'Hey there Fiona,\n\nThis made our morning! Keira, who piped the dinosaur, was grinning when I read her your note.\n\nWarmly,\nDot'],
    ['praise for the crew', 'Huge thanks to the crew on SL482, they were brilliant with my daughter!', 'Dear Pauline,\n\nThat is lovely to read. Your note has gone to the whole crew of SL482 and the cabin manager has pinned it up in the crew room.\n\nKind regards,\nMarcus'],
  ])('needs no next step after %s from a happy customer', (_name, message, text) => {
    expect(closingOf(text, message)).toBeUndefined();
    // The same reply to a worried customer still gets a closing.
    expect(closingOf(text, 'Where is my cake? The party is in two hours and nobody answers the phone!')).toBeDefined();
  });

  it('reads a wish for the customer ("I hope he\'s back to his food") and what is left for them to do past the pleasantry', () => {
    expect(closingOf("Dear Mrs Brennan,\n\nOllie's claim was approved on Tuesday and £1,240 was paid to Harbour Vets yesterday. There's only the £99 excess left for you to settle with them.\n\nI hope he's back to his food already!\n\nOwen")).toBeUndefined();
  });

  it('still asks for a closing when the same reply ends on a plain fact', () => {
    const finding = closingOf('Hi Dee,\n\nThe tub takes about twelve hours to heat from cold, so keep the lid on overnight.\n\nKind regards,\nHot Tub Hire');
    expect(finding?.suggestions.length).toBeGreaterThan(0);
  });
});

describe('after the reply pushes the matter away', () => {
  it.each([
    ['a disclaimer', 'Hi Chen,\n\nHost cancellations are outside our control. A 10% coupon has been added to your account.\n\nBest regards,\nGuest Support'],
    ['a redirect to the seller', 'Hello Dan,\n\nYou will need to contact the seller directly to arrange a return before a claim can be opened.\n\nRegards,\nBuyer Protection'],
    ['"not ours"', 'Dear Mr Ruiz,\n\nThe boat is maintained by the partner fleet, so repairs are their responsibility and not ours. Your comments have been passed to them.\n\nRegards,\nCharters'],
    ['"we only supply"', 'Dear Ms Bell,\n\nOur fitters are independent and any workmanship complaints should be raised with them directly. We only supply the blinds.\n\nCustomer Care Team'],
    ['"does not constitute a fault"', 'Dear Mr Haddad,\n\nEvening speeds may drop at busy times. This does not constitute a fault.\n\nKind regards,\nCustomer Relations'],
    ['"don\'t open more cases"', "Hi Sam,\n\nYour case was reviewed and closed because tracking shows it delivered. Please don't open more cases for the same order, they will be closed without review.\n\nThanks,\nResolution Team"],
  ])('gives advice only after %s', (_name, text) => {
    const finding = closingOf(text);
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toMatch(/own words/);
  });

  it('still offers a closing when the reply turns to what it can do', () => {
    const finding = closingOf('Dear Mr Ruiz,\n\nRepairs on board are the fleet\'s responsibility, but a partial refund of £200 has been approved for your week.\n\nRegards,\nCharters');
    expect(finding?.advice).toBeUndefined();
  });
});

const BODIES = [
  'Your sample reached our lab on 14 March and is now in the extraction queue.',
  'The June case has been skipped on your account and no payment will be taken for it.',
  'The seal for the DW-400 is part BRV-7718 and we have it in stock at £18.50. It fits all models made after 2016.',
  'Your rating change is correct because the clock ran out on your side of the board.',
];
const SIGN_OFFS = ['Customer Care Team', "The Members' Team", 'xo,\nRetroRail', 'Regards,\nSpares Desk', 'Kind regards\nCustomer Relations', 'Thanks,\nThe Bookings Team', 'Spares Desk'];
const BELOW = [
  '',
  '\nHelixRoots Genealogy',
  '\n--\nPartsPoint Appliance Spares\nUnit 9, Mill Lane\nsales@partspoint.example',
  '\n\nYou are receiving this email because you are a member. To unsubscribe, visit example.com/preferences.',
  '\n\nAcme Ltd is registered in England and Wales, company no. 08812345.',
  '\n\nThis email and any attachments are confidential. If you received it in error, please delete it.',
];

describe('the closing never lands after or inside a sign-off, a signature or a footer', () => {
  it('inserts right after the last body sentence, whatever follows it', () => {
    fc.assert(
      fc.property(fc.constantFrom('Hi Priya,', 'Hello Marcus,', 'Dear Ms Novak,'), fc.constantFrom(...BODIES), fc.constantFrom(...SIGN_OFFS), fc.constantFrom(...BELOW), (greeting, body, signOff, below) => {
        const text = `${greeting}\n\n${body}\n\n${signOff}${below}`;
        const finding = closingOf(text);
        const bodyEnd = text.indexOf(body) + body.length;
        if (!finding) return;
        // The finding stands on the body, and what comes after the body is left exactly as it was.
        expect(finding.end).toBeLessThanOrEqual(bodyEnd);
        finding.suggestions.forEach((_s, i) => {
          const after = applySuggestion(text, finding, i);
          expect(after.endsWith(`\n\n${signOff}${below}`)).toBe(true);
          expect(after.slice(0, text.indexOf(body))).toBe(text.slice(0, text.indexOf(body)));
        });
      }),
      { numRuns: 120, seed: 15 },
    );
  });

  it('reads a date in a report of what happened as no next step', () => {
    const text = 'Hello Priya,\n\nYour sample reached our lab on 14 March and sits in the extraction queue.\n\nCustomer Care Team\nHelixRoots';
    expect(closingOf(text)?.suggestions[0]).toBe('Your sample reached our lab on 14 March and sits in the extraction queue. If anything else comes up, reply here and I\'ll be glad to help.');
    expect(closingOf(text.replace('reached our lab on 14 March', 'will reach our lab on 14 March'))).toBeUndefined();
  });

  it('never anchors on a sign-off the layout read as body', () => {
    const text = 'Hi Lola,\n\nBrush the suede with a soft brush and keep it out of the machine.\n\nxo,\nRetroRail';
    const finding = closingOf(text);
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe('Brush the suede with a soft brush and keep it out of the machine.');
  });
});

describe('after a final no, the closing is advice (a stock "let me know if there is anything else" reads as irony)', () => {
  it.each([
    'Our decision stands.',
    'We stand by our original decision.',
    "I'm afraid the answer is no.",
    'There will be no refund.',
    'The fee cannot be waived.',
    'We will not be making any changes to the bill.',
    'The charge will stand.',
    'Refunds are not possible after 30 days.',
    'This will be our last response on the matter.',
    'This is not something we can change.',
  ])('%s', (line) => {
    const finding = closingOf(`Dear Mr Hale,\n\nWe have reviewed the charge again. ${line}\n\nRegards,\nClaims`);
    expect(finding?.suggestions).toEqual([]);
    expect(finding?.advice).toBeTruthy();
  });

  it('a no with a way forward after it is no closed door', () => {
    expect(closingOf("Hi Jamie,\n\nWe can't part-refund a weekend ticket, but I can put you on the Saturday waiting list now so you're first to hear.\n\nThanks,\nNiamh")).toBeUndefined();
  });
});

describe('endings that are a plan, a wish or a postscript', () => {
  it.each([
    ['a plan in the present tense', 'Hi Daan,\n\nSorry for the worry. Transfers over €10,000 to a new payee get a quick manual check; yours was approved at 11:02 and the money arrives today.\n\nGroet,\nSanne'],
    ['a plan beside what it spares them', 'Hi Liam,\n\nText PAC to 65075 from your current phone to get your code.\n\nYour number moves across the next working day, and you won\'t lose any texts in between.\n\nNoor'],
    ['a restart month and a wish', 'Hi Henrik,\n\nDone! Your box is paused for April and May and restarts in June; you won\'t be charged in between. Have a lovely spring.\n\nCheers,\nAmelie'],
    ['"no need for" a document', "Hi Aaliyah,\n\nI'm sorry you've been ill. Yes, you have an extension to Friday 14 March at 17:00; no need for a doctor's note for this one.\n\nGet well soon,\nDr Morgan"],
    ['an apology that ends the reply after what was done', "Hey Lucas,\n\nYou're right: the ban came from a false match and I've lifted it. Your rank and items are all still there. Sorry for the scare!\n\nGG,\nNoah"],
    ['answers inline in the quoted message', 'Hi Petra,\n\nThanks for the list. See my answers below in blue.\n\nBest,\nSam\n\nOn Mon, 3 Mar 2025, Petra <petra@example.com> wrote:\n> 1. Can we add two seats?\n> 2. Is SSO included?'],
  ])('reads %s as the end of a complete reply', (_name, text) => {
    expect(closingOf(text)).toBeUndefined();
  });

  it('reads past a postscript below the sign-off, and never inserts a closing after it', () => {
    const base = "Hi Nils,\n\nThere are two camper spaces at the back of the hotel. The barrier code is on the gate.\n\nSafe travels,\nIngrid\n\nP.S. The road up is narrow after the bridge.\nP.P.S. Breakfast starts at 7 if you're leaving early.";
    const finding = closingOf(base);
    expect(finding && base.slice(finding.start, finding.end)).toBe('The barrier code is on the gate.');
    expect(closingOf(base.replace('There are two camper spaces', "I've reserved one of the two camper spaces"))).toBeUndefined();
  });
});

describe('a requirement or good news is no final no', () => {
  it.each([
    ['a balance due by a date', 'Hi Mo,\n\nYour balance of £40 must be paid by Friday to keep the booking.\n\nBest,\nSol'],
    ['nothing further needed', 'Hi Mo,\n\nYour documents are all in order and there is no further action needed from you at this stage.\n\nBest,\nSol'],
  ])('%s still gets the stock closing', (_name, text) => {
    const finding = closingOf(text);
    expect(finding === undefined || finding.suggestions.length > 0).toBe(true);
  });
});
