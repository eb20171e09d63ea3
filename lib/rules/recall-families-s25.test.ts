/**
 * Session 25 (issue #10, held-out recall on respect): each family is tested on its rule alone, with paraphrases written
 * here (not from dev-extra-cn, a check batch or held-out data) and near misses, several of them sentences of warm dev
 * replies that must stay quiet. Every flag here was missed by the pack before this session.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['told already, by the agent, with the earlier moment after it', 'i-already-told-you',
    ['I told you on Tuesday to leave the valve open.', 'We told you this at the viewing already.', 'We explained this in our first letter.',
      'We have already notified you of the change by post.', 'We already went through the pairing steps on Monday.', 'We did mention this at the survey.'],
    // Warm dev replies (cc025, cf010, u0042) and the agent telling someone else.
    ["As I mentioned on the phone on Monday, the torch comes directly from the maker's warehouse in Germany.",
      "A week of no sink, after we told you Friday, isn't good enough, and I'm sorry.",
      "A fresh bag is coming on tomorrow's van, and I've told the driver to use your side porch from now on, as you'd asked in your delivery notes.",
      'I told the warehouse last week to hold it for you.']],
  ['told before, by the passive or an earlier moment', 'you-were-told',
    ['This was explained to you during the viewing.', 'As explained at collection, the trailer must come back clean.',
      'As discussed with your architect, the window cannot move.', 'The cancellation fee is explained at checkout.',
      'Members are reminded at induction to wipe the benches.', 'As previously advised, the plan has lapsed.'],
    // Warm dev replies (cc018, cc046): a document as the source of good news, not a telling.
    ["As mentioned on the ticket, the standard turnaround is 48 hours, so they'll be ready for you from 5pm tomorrow.",
      "As mentioned in our October newsletter, the round moved from Tuesday to Wednesday, and it looks like your address wasn't moved with it.",
      'As discussed with your builder, I have moved the fitting to Monday at 9am.', 'Your code is shown on the receipt and on the app.']],
  ['agreed at a moment, held up as the answer', 'you-agreed-to',
    ['You accepted the hire terms when you collected the van.', 'which all tenants agree to on signing', 'By ticking the box you consented to the fee.',
      'You confirmed that you had read the safety notes.', 'You signed the handover sheet with no scratches noted.',
      'Which the account holder acknowledged upon registration.'],
    ['If you agreed to the upgrade on the call, I have applied it.', 'You agreed to the plan and I have booked it.',
      'Once you have accepted the quote, we will book the fitters.', 'You confirmed the new address, thank you.']],
  ['blame by habit: the usual cause is the customer, their people or their home', 'you-probably-did',
    ['Scuffs like these are usually from dragging the case.', 'Breakages like this are mostly caused by kids climbing on it.',
      'The smell is generally down to damp in the house.', 'Frames that warp like that have usually been left in the sun.'],
    // Warm dev replies (bl026, bl022, m0039) and a usual cause on our side.
    ['A squeak usually comes from the insole rubbing; lift it out and sprinkle a little talc underneath and it should go quiet.',
      "E-04 means the printer can't see the new cartridge's chip, usually because the protective tape is still on it.",
      'Adults often progress faster because they practise with purpose.', 'Delays are usually due to the weather at the port.']],
  ['fine when it left us: a state or a check, then the moment it left our hands', 'blames-by-guess',
    ['The scooter was fully charged when it left the depot.', 'The eggs were intact when they left the farm.',
      'The boiler was tested before it went out.', 'The mower was working fine before you collected it.',
      'The drone was in perfect working order on dispatch.'],
    // Warm and neutral dev replies (cf002, bn046) and our own fault.
    ["If you're running the same conference next year, I'll test every unit myself before it leaves.", "You'll get a tracking email when it leaves.",
      "It was checked before it left, so I'm sorry it arrived like this; a new one goes out today."]],
  ['they would have known, had they looked', 'you-would-have-known',
    ['You would have been sent a final notice in May.', 'The clinic would have phoned you if something was wrong.',
      'If you had checked the timetable you would have seen the change.', 'Had you read the listing, you would have noticed the size.',
      "That's on the packaging."],
    // Warm dev replies (cc013, r0002) and a reminder that failed on our side.
    ["The lavender bar contains linalool, which some people react to – it's listed on the label but it's easy to miss.",
      "You'll need your order number (55120) handy if the post office asks — it's also printed on the label.",
      "You would have received a reminder, but it went to your old address, and I'm sorry."]],
  ['a rule read to a class of customers: any plural, then what they are expected or advised to do', 'lecturing-order',
    ['Bidders are expected to examine the photos carefully.', 'Riders are expected to be at the start line by 8.',
      'We recommend that families test the sound before the day.', 'Tenants are reminded to bleed the radiators each autumn.'],
    ["Residents are expected to receive the new fobs by Monday, and I'll post yours today.", 'Parcels are expected to arrive on Friday.',
      'We always recommend that customers keep the box, so I have sent you a new one for the return.',
      'Guests are welcome to leave bags at reception until 6pm.']],
  ['blame asked as a question, held against an instruction', 'blames-by-question',
    ['Did you water it daily like the care card says?', 'Were you charging it overnight as the manual recommends?',
      'Have you been stacking them like the label says?'],
    ['Did you manage to set it up like the guide says? If not, I am happy to talk you through it.',
      'Did you want it gift-wrapped like the website shows?', 'Tell me if it works like the guide says.']],
];

describeRecallFamilies('recall families of session 25 (issue #10)', cases);
