/** Each whole-reply check, through the default pack: when it fires, and when it must stay quiet. */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import type { AnalyzeOptions } from '../types';
import { CHECK_IDS } from './registry';

// Every check read as switched on, including any the pack ships off (the code hint; see the rule files), so each row
// tests what its check does when a lead enables it.
const analyzer = createAnalyzer(defaultPack.rules.map((r) => (r.id === 'learned-cold-sentence' || r.id === 'unexplained-code' ? { ...r, enabled: true } : r)));
const RULE_OF = new Map<string, string>(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.check, r.id] as const] : [])));
const fires = (check: string, text: string, options: AnalyzeOptions = {}) =>
  analyzer.analyze(text, options).findings.some((f) => f.ruleId === RULE_OF.get(check));

const UPSET = { customerMessage: "I've written FOUR times about my broken lamp and nobody has replied. This is unacceptable." };
const SIGNED = '\n\nBest,\nSam';

type Row = [name: string, text: string, options?: AnalyzeOptions];
const CASES: Record<string, { fires: Row[]; quiet: Row[] }> = {
  greeting: {
    fires: [
      ['an e-mail that opens on business', `Your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a flat yes is no welcome', `Yes, your order can still be changed until it leaves our warehouse on Thursday afternoon.${SIGNED}`],
      ['a header line is no name', `Refund Request\n\nYour replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['an adverb on its own line is no name', `Unfortunately,\n\nyour replacement router left our warehouse late and should reach you by Thursday afternoon.${SIGNED}`],
    ],
    quiet: [
      ['a greeting line', `Hi Anna,\n\nYour replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a greeting of an international team', `Olá Rafael,\n\nYour replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a warm opening', `Congrats on the new flat! Your router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['glad to hear from them', `Great to hear from you again! Your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a friendly follow-up of a call', `It was lovely chatting earlier! Your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a glad yes to what they asked', `Of course! Your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a glad yes with their name', `Absolutely, Jen — your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a yes with an exclamation', `Yes, we can do that! Your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a social reply', 'Your replacement router left our warehouse today and should reach you by Thursday afternoon.', { channel: 'social' }],
      ['a later part of a thread', '2/2 Your replacement router left our warehouse today and should reach you by Thursday afternoon, with a new cable.'],
      ['a reply that opens on the customer\'s @handle', '@jess_k0 Your replacement router left our warehouse today and should reach you by Thursday afternoon.'],
      ['the name alone on the first line', `Jo —\n\nYour replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a wish for the customer', `Hope you're well. Your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['gladness at their news', `Really glad the bike is running again! The new chain should last you a good few thousand miles with a drop of oil now and then.${SIGNED}`],
      ['sympathy first', `Ah, that's annoying! Your replacement router left our warehouse today and should reach you by Thursday afternoon.${SIGNED}`],
      ['a glad word before the answer', `Perfect, that's all sorted now. Your replacement router left our warehouse today and should reach you by Thursday.${SIGNED}`],
      ['their name first, then something glad', `Sam, lovely to hear from you! Your replacement router left our warehouse today and should reach you by Thursday.${SIGNED}`],
    ],
  },
  closing: {
    fires: [
      ['no next step at the end', `Hi Anna,\n\nYour refund of the duplicate charge has been approved by the finance team this morning.${SIGNED}`],
      ...['Give Biscuit a cuddle from us!', 'Feel better soon!', 'Hope that makes sense!'].map((ending): Row => [
        `a pleasantry after a closed door: "${ending}"`,
        `Hi Sam,\n\nThe refund of £20 is with our finance team. The old plan was closed at the same time.\n\n${ending}${SIGNED}`,
      ]),
      ['a pointer to their statement', `Dear Mr Farrow,\n\nYour direct debit has been recalculated. This is done automatically. You can view your statement online.${SIGNED}`],
      ['a promise with no time', `Hi Anna,\n\nYour claim is with the assessment team and will be dealt with in due course.${SIGNED}`],
      ['a rule that will apply and is final', `Dear Partner,\n\nCommission rates are reviewed periodically. The new rate will apply from 1 June and is non-negotiable.${SIGNED}`],
      ['a passive promise with no doer', `Dear Sir/Madam,\n\nAppointments may be cancelled due to clinical priorities. The patient will be placed back on the waiting list.${SIGNED}`],
      ['a promise for when something is available', `Hello,\n\nA fault has been raised on your line. Engineers will attend when available.${SIGNED}`],
      ['an order with "you will need"', `Hi Anna,\n\nThe part has to be ordered. You will need to keep the boiler area clear.${SIGNED}`],
      ['a report of the past is no next step', `Hi Anna,\n\nWe rolled the change back at 08:20 and the login page was fixed this morning.${SIGNED}`],
      ['a redirect on a condition is no next step', `Hi Anna,\n\nThe amount was increased to cover the deficit. If you disagree with the amount, you can contact your bank.${SIGNED}`],
      ['a refusal is no next step', `Hi Anna,\n\nYour order was placed after the promotion ended. We are unable to assist further with this matter.${SIGNED}`],
    ],
    quiet: [
      ['an offer at the end', `Hi Anna,\n\nYour refund of the duplicate charge has been approved today. Let me know if it has not arrived by Friday.${SIGNED}`],
      ['a pleasantry after the next step', `Hi Noah,\n\nI've added a travel note to your account for June, so your card works in Canada.\n\nHave a great trip!${SIGNED}`],
      ['an open door in words the markers do not know', `Hi Tom,\n\nThe policy is cancelled and the premium refunded in full. If you book another trip, you're welcome to come back to us.${SIGNED}`],
      ['a refusal that turns to what can be done', `Hi Callum,\n\nThe order is with the courier now and it is out of our hands. I can't change the address, but I can ask them to hold it at the depot.${SIGNED}`],
      ['a short social reply', 'Your refund of the duplicate charge has been approved by the finance team this morning.', { channel: 'social' }],
      ['someone else will do it at a time ahead', `Hi Wes,\n\nI've added £90 to your account for the lost days.\n\nYour engineer, Dave, arrives between 8 and 12 on Thursday.${SIGNED}`],
      ['a time ahead in words the markers do not know', `Hi Nora,\n\nThe certificate on our connector expired and it is renewed now.\n\nEvents created while it was down will show up on their own within the hour.${SIGNED}`],
      ['a door left open on a condition', `Hi Ruth,\n\nThe booking is marked as priority, so nobody can move it.\n\nShout if anything changes on your side.${SIGNED}`],
      ['someone will do it, on a condition', `Hi Karen,\n\nF22 usually means low water pressure, and the guide attached shows how to top it up.\n\nLuis will call you when he's 30 minutes away.${SIGNED}`],
      ['it will happen on its own', `Hi Priya,\n\nThe GP approved the nomination this morning. Your next repeat should then reach us automatically.${SIGNED}`],
      ...[
        'See you on Saturday!',
        'Speak soon!',
        'Your new card is on its way.',
        "That's everything sorted.",
        "We're always here if you need us.",
        'Any trouble, you know where we are.',
        'Reply any time.',
        'Just give us a shout.',
        'Pop back if you need anything.',
        'You can track it here: https://track.example/123',
        "You're good to go!",
        'Give it a try and see.',
        "We'd love to see you again soon.",
        'Have a look and tell me what you think.',
        "The ball's in our court now.",
      ].map((ending): Row => [`what comes next: "${ending}"`, `Hi Sam,\n\nThe refund of £20 is with our finance team. The old plan was closed at the same time.\n\n${ending}${SIGNED}`]),
      ...['Give Biscuit a cuddle from us!', 'Feel better soon!', 'Hope that makes sense!', 'Wishing you a speedy recovery.'].map((ending): Row => [
        `a pleasantry after the next step: "${ending}"`,
        `Hi Sam,\n\nThe refund of £20 went back to your card this morning. Let me know if it hasn't shown up by Friday.\n\n${ending}${SIGNED}`,
      ]),
      ['something they can do on a condition', `Hi Dana,\n\nYour API key lives under Settings. Click "Reveal" and copy it; it only shows once. If you lose it, you can make a new one on the same page.${SIGNED}`],
      ['nothing extra to pay, then a pleasantry', `Hei Ingrid,\n\nOrders to Norway take 4–6 working days. Duties are included, so there's nothing extra to pay when it arrives.\n\nHope that helps, and happy shopping!${SIGNED}`],
      ['"Safe crossing!" after the agent acted', `Hi Jonas,\n\nI've moved you to the 14:30 sailing today, same cabin type. Your new boarding pass is attached.\n\nSafe crossing!${SIGNED}`],
      ['nothing to pay', `Hi Harriet,\n\nI've moved your booking to the evening. There was no difference in price, so there's nothing to pay.\n\nEnjoy the show!${SIGNED}`],
      ['nothing left to do', `Hi Olivia,\n\nThe overdraft is renewed at the same limit, and the signed copy is attached. There's nothing you need to send back.${SIGNED}`],
      ['an open door in other words', `Hi Tom,\n\nYour bank details are updated and the next payment goes out on the 3rd. If anything is unclear, just answer this email.${SIGNED}`],
      ['an invitation to contact someone else', `Dear Mr Shah,\n\nYour prescription is ready to collect. Should you require any further assistance, do not hesitate to contact the dispensary.${SIGNED}`],
      ['another way to reach us', `Dear Mr Fenwick,\n\nThe supply was isolated for safety reasons after a reported gas escape. For further assistance call 0345 000 1234.${SIGNED}`],
      ["the agent's own tip", `Hey Sam,\n\nOpen the notebook, choose Share, then Export, and pick PDF.\n\nFor an audit you may want the edit history ticked as well.${SIGNED}`],
    ],
  },
  acknowledgement: {
    fires: [
      ['an upset customer and no acknowledgement', `Hi Anna,\n\nA replacement lamp has been dispatched and will arrive on Friday.${SIGNED}`, UPSET],
      ['a stock apology is no acknowledgement', `Hi Anna,\n\nWe apologise for any inconvenience. A replacement lamp will arrive on Friday.${SIGNED}`, UPSET],
      ['"not on us" takes no side', `Hi Anna,\n\nThe GP has to sign it first. We can't do anything until they do, it's not on us.${SIGNED}`, UPSET],
      ['a deadline the reply never names', `Hi Gita,\n\nThe invoice will be sent by our accounts team.${SIGNED}`, { customerMessage: 'I need the invoice today for my accountant.' }],
      ['a deadline beside frustration is met by no time alone', `Hi Gita,\n\nThe invoice will be sent today.${SIGNED}`, { customerMessage: 'I need the invoice today. This is the third time I have asked, it is ridiculous.' }],
    ],
    quiet: [
      ['an apology', `Hi Anna,\n\nI'm so sorry about the lamp. A replacement has been dispatched and will arrive on Friday.${SIGNED}`, UPSET],
      ['understanding in other words', `Hi Anna,\n\nI completely understand — four emails is far too many. A replacement arrives on Friday.${SIGNED}`, UPSET],
      ['a feeling named about their situation', `Hi Anna,\n\nWhat a stressful week you've had. A replacement lamp arrives on Friday.${SIGNED}`, UPSET],
      ['taking their side', `Hi Anna,\n\nI'd be fuming too after four emails. A replacement lamp arrives on Friday.${SIGNED}`, UPSET],
      ['saying they were right', `Hi Anna,\n\nYou were right to chase this. A replacement lamp arrives on Friday.${SIGNED}`, UPSET],
      ['reassurance against the worry', `Hi Anna,\n\nPlease try not to worry, a replacement lamp arrives on Friday.${SIGNED}`, { customerMessage: "I'm so worried my lamp is broken for good, it was my grandmother's." }],
      ['telling them their reading is right', `Hi Anna,\n\nYou're not imagining it, the lamp was faulty. A replacement arrives on Friday.${SIGNED}`, UPSET],
      ['a calm customer', `Hi Anna,\n\nA replacement lamp has been dispatched and will arrive on Friday.${SIGNED}`, { customerMessage: 'Could you send a new lamp please?' }],
      ['a plain fault report on social', 'Please try reinstalling the app from the store and let us know how it goes.', { channel: 'social', customerMessage: 'The app keeps crashing on my phone' }],
      ['a plain "sorry for any trouble"', `Hi Anna,\n\nSorry for any trouble with this! A replacement lamp will arrive on Friday.${SIGNED}`, UPSET],
      ['"that\'s gutting"', "@drift_runner That's gutting, 60 hours is a lot of play. DM us your player ID and we'll look for a backup.", { channel: 'social', customerMessage: 'my whole save is gone after the patch?? 60 hours!!' }],
      ...[
        'You must be so frustrated.',
        'I can only imagine how stressful that was.',
        "What a week you've had!",
        'Three weeks is a long time to wait for a refund.',
        "I'd feel exactly the same.",
        "You've every right to be annoyed.",
        "That's a rotten start to your holiday.",
        "You shouldn't have had to chase us.",
        'This should never have happened.',
        'I hear how worried you are.',
        'We let you down here.',
        "That's not the experience we want for you.",
        "I'm gutted for you.",
        'Waiting with no news is the worst.',
        'No one should have to deal with that.',
        'We dropped the ball.',
        "I can't believe nobody called you back.",
        "That's unacceptable, and I want to fix it.",
        'You deserved better than that.',
        'Thank you for being so patient with us.',
        'I really feel for you.',
        'You poor thing!',
      ].map((said): Row => [`an acknowledgement in other words: "${said}"`, `Hi Jo,\n\n${said} An engineer will call you at 9am tomorrow.${SIGNED}`, UPSET]),
      ['a personal sorry for the inconvenience', `Hi Anna,\n\nI'm sorry for the inconvenience. A replacement lamp will arrive on Friday.${SIGNED}`, UPSET],
      ['apologies for the confusion', `Hi Anna,\n\nApologies for the confusion. A replacement lamp will arrive on Friday.${SIGNED}`, UPSET],
      ['telling them they are not the only one', `Hi Hannah,\n\nLots of cats feel the same, and it helps us plan. Bring her blanket on Tuesday.${SIGNED}`, { customerMessage: 'She gets very stressed at the vet. Any tips?' }],
      ['a customer pressed for time, met on their time', `Hi Ingrid,\n\nOur night porter is on the desk until 7am, so someone will welcome you. See you on Friday!${SIGNED}`, { customerMessage: "We're arriving late on Friday because of our flight. Will someone be at reception?" }],
      ['a question that asks for the steps', `Hi Ben,\n\nOpen the app, tap Cards and then Freeze card; it takes effect straight away.${SIGNED}`, { customerMessage: 'lost my card somewhere in town, what do I do' }],
      ['tickets for a show are no repeat contact', `Hi Harriet,\n\nI've moved your booking to the 7:30pm performance on Saturday, same seats.${SIGNED}`, { customerMessage: 'I booked two tickets for Saturday but booked the matinee by mistake. Can I swap?' }],
      ["a report of someone else's scam", 'To report that type of activity to our abuse team, please use the form on our Abuse page.', { channel: 'social', customerMessage: '#phishing lots of phishing sites detected, all hosted on your servers' }],
    ],
  },
  exclamations: {
    fires: [['gushing', 'Great news!! Your order shipped!! It arrives tomorrow!! Enjoy!!']],
    quiet: [['one exclamation', 'Great news! Your order shipped this morning and arrives tomorrow before noon.']],
  },
  'learned-sentence': {
    fires: [['a cold sentence no rule catches', `Hi Sam,\n\nOur GPS data shows otherwise. Please stop contacting us about this matter.${SIGNED}`]],
    quiet: [['a warm reply', `Hi Sam,\n\nI've booked the engineer for Tuesday at 9am and I'll text you when he's on his way.${SIGNED}`]],
  },
  negatives: {
    fires: [['a wall of no', "We can't refund it, we don't offer credit and we won't replace it."]],
    quiet: [
      ['reassuring negatives', "Don't worry — your account isn't gone, and you haven't done anything wrong."],
      ['negatives that spare the customer something', "You don't lose anything, you won't pay twice and there's nothing to send back."],
      ['a turn to what can be done', "Unfortunately we can't let a family member go airside without a ticket, but an assistance agent will meet her at the door."],
      // s23: the blame taken on ourselves, good news that nothing goes up, and a product named with "no".
      ['the blame taken, not passed on', "The payment didn't go through because the final screen wasn't shown — that's our error, not yours."],
      ['good news in negatives', "Glass claims don't affect your no-claims bonus, so your premium won't go up."],
    ],
  },
  'passive-voice': {
    fires: [
      ['a faceless process', 'Your parcel is being traced and the result will be logged.'],
      ['a process word, though the agent acts elsewhere', "I've read your email. Your claim has been assessed."],
      ['a result with nobody owning the reply', 'Your card has been cancelled. A new one has been ordered.'],
      ['a sanction with a date is no news to plan on', 'Your account will be suspended on 3 March.'],
    ],
    quiet: [
      ['an owner in the sentence', "Your baby's first vaccinations will be booked automatically, and we'll text you the date."],
      // has-been-passed-on already offers "I've escalated…" on this sentence: one card, the one with a fix.
      ['a passive a phrase card already rewords', 'Your complaint has been escalated to the relevant department.'],
      ['a result for them, with the owner in the reply', "I've moved your booking to the 7:30pm show.\n\nYour new e-tickets are attached, and the old ones have been cancelled."],
      ['a result at a time, with the owner in the reply', "We've found the fault. Matches in the outage window are being voided and LP restored by tomorrow."],
      ['the agent as subject', 'I have reviewed your claim and approved the full amount today.'],
      ['a past result with its detail', 'Great news. The £14.99 renewal was charged to the card ending 4471 and your domain is live again.'],
      ['the customer as subject mid-sentence', "Hi Sam, no, you won't be charged again for the March box."],
      ['a result for them with its date', 'Your switch to Fix 24 has been confirmed and starts on 1 May.'],
      ['something made for them, with when it reaches them', 'A replacement cover is being made in the same fabric and will reach you within ten days.'],
    ],
  },
  shouting: {
    fires: [
      ['shouted words', 'Please READ THE INSTRUCTIONS before you write again.'],
      ['shouting after a label word elsewhere in the sentence', 'Type your name in the form and DO NOT SEND IT TWICE.'],
      ['shouting after a salutation and its comma', 'Hello, PLEASE CHECK THE FORM before you send it.'],
      ['shouted words that hold a name', 'We told you already: CALL MARTIN BEFORE NOON.'],
    ],
    quiet: [
      ['acronyms', 'You can check the OS, CPU, RAM and SSD under About.'],
      ['a quoted statement name', 'The charge from "DGTL SRVCS" is your streaming subscription.'],
      ['a screen label', 'Tap the button that says SEND NOW, or choose NETWORK RESET in Settings.'],
      ['a code as the customer will type it', "I've set up the code WELCOMEBACK, so your next box is half price."],
      ['a company in its register capitals', 'The survey was ordered by NORTHGATE PROPERTY SERVICES LTD on 2 May.'],
      ['a surname in record capitals after the first name', 'The tickets are issued to Marguerite DESROSIERS-LAVALLEE and her son.'],
      // s24: a name in record capitals after the salutation, or behind a title, is the record's casing, not shouting.
      ['a full name in capitals after the salutation', 'Dear AUGUSTINE MBEKI-FORD,\n\nYour seats are confirmed.'],
      ['a first name in capitals after "Hello"', 'Hello ROSALIND, your parcel left the depot this morning.'],
      ['two titles and a surname in capitals', 'Good morning MR & MRS VANDERMEER, your cabin is ready.'],
      ['a title and a surname in capitals mid-sentence', 'The keys were collected by MRS LINDQVIST-HOLT on Tuesday.'],
      ['a person\'s full name in record capitals wherever it stands', 'Your new licence will show EMILY WATSON once the form is processed.'],
      ['a given name in capitals as the ticket prints it', 'The boarding pass for KATHERINE is in the app now.'],
      ['a name as the customer wrote it', 'The invoice is addressed to BRIGHTWATER ROOFING as usual.', { customerMessage: 'Where is our invoice? Sandra, BRIGHTWATER ROOFING' }],
      ['a legal footer', `Hi Kim,\n\nI've attached the signed lease.${SIGNED}\n\nCONFIDENTIALITY NOTICE: THIS MESSAGE IS CONFIDENTIAL.`],
    ],
  },
  codes: {
    fires: [
      ['a code the customer was never told', 'Your order is pending DCV and ships once it clears.'],
      ['a support tier and a priority', 'I have raised a P2 and your ticket is now with L2.'],
    ],
    quiet: [
      ['a code explained in brackets', 'I have emailed you a return authorisation (RMA) number.'],
      ['a code the customer used first', 'Yes, the BL was released this morning.', { customerMessage: 'Has the BL been released yet?' }],
      ['acronyms everybody knows', 'Your PIN and the PDF guide are in the SMS I sent.'],
    ],
  },
  'wall-of-text': {
    fires: [
      ['one long paragraph', Array.from({ length: 10 }, (_, i) => `Part ${i + 1} of the setup asks you to check the cable and the router lights once more.`).join(' ')],
      ['three sentences far past a chat\'s word limit', ['first', 'then', 'last'].map((w) => `The setup ${w} asks you to check the cable, the router lights, the wall socket, the filter, the splitter, the phone line, the power supply and the settings page of the app once more before you restart the whole thing and wait ten minutes for every light on the front to settle again.`).join(' '), { channel: 'chat' }],
    ],
    quiet: [
      ['a list of steps', Array.from({ length: 10 }, (_, i) => `${i + 1}. Check the cable and the router lights once more, then press the reset button.`).join('\n')],
      [
        'three long sentences of a chat, a little over its word limit',
        "I'm sorry your plans have changed, Ines. Tickets can't be transferred to another person, I'm afraid — it's a security rule for all airlines in the EU. What I can do is cancel your seat now and give you a voucher for the taxes (€62), and your husband could book his own seat on the same flight — there are 9 left at €89.",
        { channel: 'chat' },
      ],
      [
        'a thread of two short posts',
        "@chloemakes Oh no! Switch it off and unplug it straight away if you haven't already. Accidental damage isn't part of the standard warranty, but if you bought Voltara Care it is — DM us your serial number and we'll check for you 1/2\n@chloemakes Even without Care, our repair centre can quote to fix it, so don't bin it yet! 2/2 *EM",
        { channel: 'social' },
      ],
    ],
  },
};

describe('whole-reply checks', () => {
  it('has a table for every check of the registry', () => {
    expect(Object.keys(CASES).sort()).toEqual([...CHECK_IDS].sort());
  });

  for (const [check, { fires: firing, quiet }] of Object.entries(CASES)) {
    describe(check, () => {
      it.each(firing)('fires: %s', (_name, text, options) => {
        expect(fires(check, text, options)).toBe(true);
      });
      it.each(quiet)('stays quiet: %s', (_name, text, options) => {
        expect(fires(check, text, options)).toBe(false);
      });
    });
  }
});

describe('whole-reply suggestions that fit the reply', () => {
  const suggestionsOf = (check: string, text: string, options: AnalyzeOptions = {}) =>
    analyzer.analyze(text, options).findings.find((f) => f.ruleId === RULE_OF.get(check))?.suggestions;

  it('offers no closing that invites a reply when the mailbox is not monitored', () => {
    const text = `Dear Resident,\n\nYour permit application was refused as the vehicle is not registered at this address.\n\nThis is an automated mailbox. Please do not reply to this email.\n\nParking Services`;
    expect(suggestionsOf('closing', text)).toEqual([]);
  });

  it('offers no closing that invites a reply to a case closed to further correspondence or an outbound-only address', () => {
    expect(suggestionsOf('closing', `Dear Mr Hale,\n\nThe charge stands. This case is now closed and no further correspondence will be entered into.${SIGNED}`)).toEqual([]);
    expect(suggestionsOf('closing', `Dear Mr Hale,\n\nThe charge stands.\n\nKindly note this email address is for outbound messages only.${SIGNED}`)).toEqual([]);
    expect(suggestionsOf('closing', `Dear Mr Hale,\n\nThe charge stands. We will not be responding further on this.${SIGNED}`)).toEqual([]);
    expect(suggestionsOf('closing', `Dear Mr Hale,\n\nYour application is in the queue. Please refrain from contacting us for updates, as this slows processing.${SIGNED}`)).toEqual([]);
  });

  it('offers no closing that invites more messages right after asking for no more tickets', () => {
    expect(suggestionsOf('closing', `Dear Mr Hale,\n\nYour refund was issued on 3 May. Please avoid raising multiple requests for the same issue.${SIGNED}`)).toEqual([]);
    expect(suggestionsOf('closing', `Dear Mr Hale,\n\nYour refund was issued on 3 May. Opening more tickets will not speed this up.${SIGNED}`)).toEqual([]);
    // A reply that only tells them where to send it still gets a closing.
    expect(suggestionsOf('closing', `Dear Mr Hale,\n\nYour refund was issued on 3 May. You can send more photos to this address.${SIGNED}`)?.length).toBeGreaterThan(0);
  });

  it('puts the acknowledgement after the @handle of a social reply', () => {
    // A reply on the customer's side (one that asks for more patience is offered as a fill-in: acknowledgement-template.test.ts).
    const [suggestion] = suggestionsOf('acknowledgement', '@kat_d I have chased the warehouse and your refund goes out today.', {
      channel: 'social',
      customerMessage: "where's my refund?? returned the boots 3 weeks ago and I'm still waiting, this is ridiculous",
    })!;
    expect(suggestion).toMatch(/^@kat_d I'm sorry .+\. I have chased the warehouse/);
  });

  it('names the feeling without promising a remedy the reply does not give', () => {
    const [suggestion] = suggestionsOf('acknowledgement', `Hi Ms Lane,\n\nWe are unable to refund purchases made through the App Store.${SIGNED}`, {
      customerMessage: 'I paid £39.99 for gems that never arrived. This is ridiculous and I am furious.',
    })!;
    expect(suggestion).not.toMatch(/put it right|on it|let['’]s/i);
    expect(suggestion).toMatch(/I'm sorry/);
  });

  it('keeps the promise when the reply acts on it', () => {
    const [suggestion] = suggestionsOf('acknowledgement', `Hi Ms Lane,\n\nI've added the 5,000 gems to your account just now.${SIGNED}`, {
      customerMessage: 'I paid £39.99 for gems that never arrived. This is ridiculous and I am furious.',
    })!;
    expect(suggestion).toMatch(/put it right/);
  });

  it('offers advice only beside a sentence that dismisses the feeling', () => {
    expect(suggestionsOf('acknowledgement', `Hi Ms Lane,\n\nThe purchase is not refundable. There is no need to get upset about it.${SIGNED}`, UPSET)).toEqual([]);
  });
});
