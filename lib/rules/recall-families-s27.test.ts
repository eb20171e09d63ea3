/**
 * Session 27 (issue #10, held-out recall on respect and ownership): each family is tested on its rule alone, with
 * paraphrases written here (not from dev-extra-cw, a check batch or held-out data) and near misses, some of them
 * sentences of warm dev replies (cq035, cs013, y0034, r0195, cf002) that must stay quiet. Every flag here was missed
 * by its rule before this session.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['talking down by what the whole trade or everyone knows, or by the speaker\'s certainty that they knew', 'talking-down-aside',
    ['Any mechanic will tell you brake pads wear faster in town.', 'Every plumber knows you bleed the radiators first.',
      'Every gardener knows that frost kills dahlias.', 'Anyone who has owned a boat knows the hull needs antifouling.',
      'This is something most landlords in your position are well aware of.',
      'I would have thought someone who runs a bakery would know flour goes off.',
      "I'd have thought that was obvious from the invoice.", 'As your electrician will no doubt have told you, the fuse box is old.',
      "The courier sets the route, as I'm sure you understand.", "As I'm sure you can appreciate, the price went up in May."],
    ['It also means you won\'t need to hold her head, which I\'m sure you\'ll both appreciate.',
      'I\'ll ask for the paperwork to be prioritised and will tell you honestly if anything slows it down.',
      "I'm sure you'll love the new layout.", 'Any of our engineers will be happy to help.',
      'Every customer gets a free tote bag this week.', 'Anyone can book a table online, and I have held one for you.',
      'I would have thought it would arrive by now too, so I have chased the courier.',
      "I'd have thought the same, so I checked and you're right.", 'Our engineer will tell you the results on the day.']],
  ['fine as it left us: another verb of state, a check in any tense or by whoever made it, our people finishing', 'fine-when-it-left-us',
    ['The mower ran perfectly in the yard before it went back on your trailer.', 'Every kayak is pressure tested before it leaves the boathouse.',
      'The lamps are all tested before they leave our studio.', 'The puppies were all healthy when they left the kennels.',
      'The gate sat level when our installer left.', 'The ring was polished and checked by our jeweller before leaving the shop.',
      'The cake was inspected by the baker before leaving the kitchen.', 'Our hampers leave us chilled and packed with ice.',
      'The tiles looked perfect when our fitter finished.'],
    ["If you're running the same conference next year, I'll test every unit myself before it leaves.",
      'Every kayak will be pressure tested before it leaves the boathouse, so the new one will be fine.',
      'Please make sure the hob is switched off before you leave.', 'Our driver left at 9am and should be with you by noon.',
      'The puppies were so excited when they left for their new homes.', 'Your order leaves us tomorrow and tracking will follow.',
      "I checked it myself before leaving the office, and it's on the 3pm van.",
      'The gate was open when our installer arrived, so he waited for you.']],
  ['someone unnamed, from any place of ours or "there", who should or might get in touch', 'staff-will-contact',
    ['Someone from the sales office should be in touch soon.', 'Somebody there will look at whether a refund is possible.',
      'Someone at the yard might get back to you about a new date.', 'Someone should get back to you later in the week.',
      'Somebody else may pick it up when they are in.'],
    ['Since the previous admin has left, I\'ll need a quick verification from someone at your company first.',
      'Someone should be home to sign for the parcel.', 'Somebody there will need to sign for it.',
      'Someone may have already told you, but the shop opens at 9.', 'If someone else picks it up for you, they just need the code.']],
  ['only doing what the screen says, or nobody able to change it', 'blames-the-system',
    ["The booking screen says two adults, so that's what we charged.", 'Our drivers just follow what the app says.',
      "Nobody here can change what's on the system.", 'The reminder was sent by our billing platform on the 3rd.'],
    ['Let me know what the screen says.', 'The app says your order is out for delivery, so it should be with you today.',
      "Just follow what the app says and you'll be set up in two minutes.",
      'I can change anything on the system for you, just tell me the new date.',
      "Your code was sent by text at 10am, and I've resent it now.", 'The screen shows your seat as 14C, which is what you asked for.']],
];

describeRecallFamilies('recall families of session 27 (issue #10)', cases);
