/**
 * Session 29, recall29a (issue #10, held-out recall on respect and plain-language): each family is tested on its rule
 * alone, with paraphrases written here (not from dev-extra-de, dev-extra-dj, a check batch or held-out data) and near
 * misses, some of them the kind of sentence warm dev replies use, that must stay quiet. Every flag here was missed by
 * its rule before this session.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['necessity said of the situation with the customer as its subject: "it is essential that you…", "vital for you to…"', 'you-need-to',
    ['It is essential that you return the meter reading by Friday.', "It's vital that you switch the water off first.",
      'It will be necessary for you to attend the hearing in person.', 'It is imperative that you keep the original receipt.',
      'It is mandatory that you wear the wristband at all times.', 'It is required that the form be signed by both tenants.',
      'It is absolutely crucial that you read the safety sheet.'],
    ["It's important that you feel comfortable with the plan, so take your time.", 'It is essential that we get this right for you.',
      "It's vital that you are warm enough, so I've sent a heater.", 'Is it necessary for me to be there?',
      'Nothing else is required from you.']],
  ['a duty laid on customers by role, with what they must do', 'customers-are-responsible',
    ['Clients must approve the proof within 48 hours.', 'Bidders are required to register before the sale.',
      'Insured parties are obliged to report losses promptly.', 'Sellers have to print the label themselves.',
      'Keepers must notify us of any change of address.', 'Visitors are expected to sign the book at reception.'],
    ['Clients must be over 18 to book a session.', 'Drivers must have held a licence for two years.',
      'Our drivers must call ahead, so you will get a ring first.', 'We will remind visitors to sign in.',
      'Parcels must be signed for, so I have booked a Saturday slot.',
      'Members must tell us in writing, so this message is enough.']],
  ['what anyone of the trade knows, in the present: "as any regular knows"', 'talking-down-aside',
    ['As any keen gardener knows, frost kills seedlings.', 'As anyone knows, the meter has to be read first.',
      'Tyres wear faster in town, as every driver understands.'],
    ['As you know, I moved your slot to Monday.', 'Anyone who knows the route can tell you the 9:15 is quickest, so I booked it.',
      'As far as I know, the parcel left the depot today.']],
  ['surprise that it was not understood, or what one would have expected', 'clearly-obviously',
    ['I would have thought that was obvious.', "We'd have thought it was clear from the listing.",
      'One would have expected a landlord to check the smoke alarms.', 'One would think a qualified electrician would test the circuit.'],
    ["I'd have thought the same, so I checked and you're right.", 'I would have expected it to arrive by now too, so I have chased it.',
      'One of our team will call you tomorrow.']],
  ['a prohibition for the future, fronted by "do not" or "never"; remembering it for next time', 'lesson-for-next-time',
    ['Do not post cash to us in future.', "Please don't open a complaint about this again.", 'Never leave the van unlocked going forward.',
      'Kindly take note for future orders.', 'Please bear this in mind for the future.'],
    ["Please don't hesitate to get in touch again.", 'Please do not pay the invoice again, the first payment went through.', "Don't worry about it happening again, the part is replaced.",
      'Never fear, we can sort this out today.', 'Please do get in touch again if it happens.',
      "I've made a note of this for future visits, so the team will know."]],
  ['a rule justified by the papers the customer was once given', 'per-papers-you-were-given',
    ['Per the welcome letter you were sent, keys are collected from the office.',
      'According to the booking notes we emailed you on Monday, the tour starts at 7.',
      'As per the safety information handed out at the start, gloves stay on.'],
    ['Per your instructions, I left the box in the shed.', 'According to the courier, it was delivered at 3pm.',
      "I've attached the welcome letter you were sent, with the address circled."]],
  ['an action turned into a noun and carried by an empty verb', 'nominalised-process',
    ['The replacement of the window will be undertaken next week.', 'The review of your account was conducted by our team.',
      'Your deposit is returned upon the completion of the check-out.', 'Approval requires the submission of two references.',
      'The decision of the panel was made on 3 May.'],
    ['We will replace the window next week.', 'Our team reviewed your account this morning.',
      'The price of the ticket includes lunch.', 'Once the check-out is done, your deposit comes straight back.']],
];

describeRecallFamilies('recall families, session 29 (respect and plain-language)', cases);
