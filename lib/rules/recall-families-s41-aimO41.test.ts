/**
 * Session 41, aimO41 (issue #10: ownership misses on the tune files, cause b). Each family is a grammatical shape an
 * ownership rule did not cover wherever it sits: the fault placed on somebody else's side or end, the matter said to be
 * not ours or out of our hands in any words, the customer told to check with or take it up with another party in any
 * politeness, and our part made small ("we just process the bookings") with any verb. Then the two false alarms the
 * last review left: a warm hand-off to a person who expects the call, and a hand-off beside the agent's own step.
 * Flags and near misses are written here, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ["the fault placed on somebody else's side or end, in any tense", 'not-my-department',
    ['The hold-up was on your end.', "Honestly it's on the bank's end.", 'Any mistake there would have been on their side.',
      'I think the fault lies on the retailer’s side.', 'That sits at the payment provider’s end.',
      'That was on their end, as far as we can tell.', 'So it would be on the courier’s side, sadly.',
      'Sounds like a carrier-side problem to me.'],
    ['The problem was on our side, and I have fixed it.', 'The delay is on our end, sorry about that.',
      'Is everything working on your end now?', 'The socket is on the left side of the unit.',
      'Could you try restarting it on your side while I watch the logs?', 'The mistake was on my end, I am sorry.',
      'Your seat is on the aisle side.', 'I will check what happened on their side and call you by 3pm.',
      'The fee only applies if the fault is on the landlord’s side.']],
  ['the matter said to be not ours, out of our hands or theirs, in any words', 'not-my-department',
    ['Lost keys are not our responsibility.', "It's no longer our problem once it has left the depot.",
      'That is out of our hands now.', 'Refund timing is outwith our control.',
      'Parking is not within the venue’s control.', "The call is entirely his, I'm afraid.",
      'Honestly that is one for the landlord.', 'Honestly, that was never our fault.'],
    ["That is our responsibility, and I'm sorting it today.", "It's not your fault at all.",
      'It is no problem at all, happy to help.', 'I have it in my hands now and will call you at 2pm.',
      'Everything within our control has been done, and I am chasing the rest myself today.',
      'The choice is yours: a refund or a replacement.', 'That was our mistake and I am sorry.',
      'Our responsibility is to get this right for you.']],
  ['the customer told to check with, ask or take it up with another party', 'contact-them-directly',
    ["You'd need to take that up with the courier directly.", "You'll have to call them yourself about the refund.",
      'Please check with the post room at your office.', 'maybe ask the airline about it?',
      "We'd suggest checking with your card issuer.", 'It might be worth ringing the school office.',
      'I would suggest you check with the landlord.', 'Best to ask the venue about lost property.'],
    ["I'll check with the courier and call you back by 4pm.", 'Please check your spam folder for the email.',
      'You would need to send us the photos so we can book the repair.', 'Please ask me anything else you need.',
      'We recommend checking the tyre pressure monthly.', 'I would be happy to ask the hotel for you.',
      'The choice of date is yours.', 'I checked with your bank and the refund landed this morning.',
      "Your installer can usually do it, so it's worth asking them first. If they can't, we'll send our own engineer on Tuesday.",
      'The loan chair is free if you phone them on 0800 111 222.', "That was the best email we've had all week.",
      'Please check with your vet before changing her food.']],
  ['our part made small, with any verb, anywhere in the sentence', 'third-party-to-blame',
    ['We just book the rooms; the hotel runs everything else.', 'Honestly we only print what the client sends us.',
      'we just deliver them, the packing is done at the farm', 'I only handle the paperwork.',
      'We simply forward their invoices.', 'Our crew acts on the landlord’s instructions.',
      'The marshal was only acting on the organiser’s orders.', 'We merely host the listings.'],
    ['I just checked the booking and it is confirmed.', 'We just need your order number to find it.',
      'I only want to make sure you are happy.', 'We just wanted to say thank you.',
      'I just love the photos you sent!', 'We acted on your instructions and moved the date.',
      'I have just processed your refund.', 'We only use fresh flowers from local growers.',
      'We only share your details with the courier.', 'We only pay the deposit back once both keys are returned.']],
  ['left between the customer and a person or an agency named by its letters', 'third-party-to-blame',
    ['Honestly that is between you and her.', 'The fine is a matter between you and DVLA.', 'That part is strictly between you and them.'],
    ['It stays between you and me, I promise.', 'Between you and the team, we will have it fixed by Friday.',
      'The choice between you and your partner is yours to make.']],
  ['a warm hand-off to a person who expects the call (false alarm, session 40 review)', 'contact-them-directly',
    ['Please call the courier on 0800 555 0100.', 'Please contact your bank directly.'],
    ["Please call Anna on 0123 456 789, she's expecting your call.",
      'Please ring Tom on 01632 960 555, he is expecting to hear from you today.',
      'Please call our Leeds branch on 0113 496 0000 and ask for Priya, who is expecting your call.']],
  ["a hand-off with the agent's own step in the next sentence (false alarm, session 40 review)", 'staff-will-contact',
    ['Our Tuesday team will be happy to help with the fitting.',
      'Our Tuesday team will be happy to help with the fitting. We have received your request.',
      'A member of staff will contact you. I have logged it.'],
    ["Our Tuesday team will be happy to help with the fitting. I've left a note on your booking.",
      'Our warehouse team will be happy to help. I have told them you are coming at ten.',
      'A member of staff will contact you. We have booked the first slot on Monday for you.']],
];

describeRecallFamilies('recall families, session 41 (aimO41: ownership shapes the rules did not know)', cases);
