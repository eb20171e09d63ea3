/**
 * Session 24 (issue #10, held-out recall on respect, interaction and plain-language): each family is tested on its rule
 * alone, with paraphrases written here (not from dev-extra-ck, a check batch or held-out data) and near misses, several
 * of them sentences of warm dev replies that must stay quiet. Every flag here was missed by the pack before this session.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a lesson for next time: a future marker, then the order', 'lesson-for-next-time',
    ['Going forward book the van through the portal.', 'From now on please keep the gate code with the booking.',
      'In future, make sure the meter is visible.', 'Going forward, we advise storing the bulbs somewhere dry.'],
    // Warm dev replies (k0067, y0007, u0042): the future is the agent's own promise.
    ['From now on, if a visit is ever at risk, our coordinator Femi will ring you directly on 07700 900 412.',
      "I've switched your workspace back to the old format, so your exports will match your spreadsheet again from now on.",
      "A fresh bag is coming on tomorrow's van, and I've told the driver to use your side porch from now on, as you'd asked in your delivery notes.",
      'Going forward, your statements will come from our new address.']],
  ['a lesson for next time: the order, then the future marker', 'lesson-for-next-time',
    ['Keep the original packaging in future.', 'Tag the suitcase with your flight number going forward.', 'Remember to log the reading next time.'],
    // Warm dev replies (p0005, bf010) and offers for next time.
    ["Come back and try the Lighthouse room next time, it's even trickier ^DS", 'Next time you can renew them yourself under My Account on our website.',
      'Use the code WELCOME5 next time!']],
  ['a habit to keep before doing it again', 'lesson-for-next-time',
    ['Please read the route notes before booking.', 'Check the age limits before buying.', 'It is best to check the tide times before your next trip.',
      'We recommend reviewing the menu before ordering.'],
    ['Please check in at reception before heading to the pool.', 'Thanks for asking before booking!', 'I checked the stock before ordering your part.']],
  ['a precaution so it does not happen again', 'lesson-for-next-time',
    ['Always lock the lid so that this does not happen again.', 'Make sure the app is updated so it never happens again.'],
    // Warm dev replies (ad054, ai072): the agent's own precaution.
    ["I've booked a special collection for tomorrow morning and added a note for the crew so it doesn't happen again.",
      "I've refunded 30% of the hire (£270) today, and I've changed how our crews check pegs so it doesn't happen again."]],
  ['the channel refused: a channel said not to be read or handled', 'channel-refused',
    ['Texts to this number are not answered.', 'Comments on our posts are not monitored by the support team.',
      'Complaints are not handled over the phone.', 'We will not be replying to refund requests on social media.'],
    // Warm dev replies (bs010, cf048) and an open channel.
    ["We've reopened it and a specialist will message you within 24 hours.", "@ola_k Yes, Vortex reopened this morning after a full safety check, and it's running normally.",
      'Our inbox is monitored all weekend, so write any time.']],
  ['the channel refused: the channel cannot, is closed, or is not the place', 'channel-refused',
    ['Webchat cannot change a booking once it is paid.', 'Our DMs are offline over Christmas.', 'Account questions belong in the members area, not here.',
      'Please do not contact our drivers via social media.'],
    ["I've spoken to the team and the slide is closed until it's checked.", 'We do not charge for changes made by phone.']],
  ['asked not to come back by the same door', 'turned-away',
    ['Kindly do not reopen the case.', 'Please do not submit further appeals.', 'Please do not call for updates.',
      'Correspondence on this matter will not be answered.', 'The outcome is not subject to discussion.'],
    // Warm dev replies (bl001, e0003).
    ["I've re-added it, so if you close the app and reopen it, they should be there now.",
      "I've spoken to our accommodation team and they've reopened it for you until Friday 5pm.", 'Do not call for an update, I will ring you at 4pm myself.']],
  ['what anyone in the trade knows, as an aside', 'talking-down-aside',
    ['The seals need greasing every winter, as any mechanic will tell you.', 'Prices rise in August, as anyone who rents cottages will tell you.',
      'Cold weather slows the glue, as any builder should know.'],
    ['As any of our staff will tell you, we love having your dog in the shop.', 'As you know your own schedule best, pick any slot that suits you.']],
  ['a lesson by how basic it is or what everyone else manages', 'lecturing-order',
    ['Draining the tank in winter is something any owner should know.', 'Topping up the salt is just common sense.', 'Honestly, this is Gardening 101.',
      'Most hirers check the tyres before setting off.'],
    // Warm dev replies (aa059, e0052, f0033, cc038).
    ['Most withdrawals land within an hour.', 'Most cats are home by 4pm the same day.',
      'Most people with a couple of school years behind them land in A2, and you can always move up a class in the first week if it feels too easy.',
      "If you think someone is following you, you can report it to the police on 101, and if you'd like to make a formal complaint about our company, I'll pass it straight to our director, Ms Anand, who will reply within 10 working days."]],
  ['blame asked as a question: what we sent, the care step, honesty, a guessed cause', 'blames-by-question',
    ['Did you follow the fitting guide we emailed?', 'Were the plants watered properly after planting?', 'Were you truthful about the previous claims?',
      'Did you inform the landlord about the leak?', 'Is it possible that your filter is blocked?', 'Perhaps you forgot to switch it on?'],
    ['Did you get the replacement I sent?', 'Could it be that the courier left it with a neighbour? I have asked them to check.',
      'Were you happy with the new room?', 'Maybe you would like a window seat next time?']],
  ['sent to an address, a search engine, a KB number or a group', 'sent-to-a-channel',
    ['Send a message to the address on your invoice.', 'Search it up, there are loads of videos.', 'Please see KB article 5521.',
      'The fixtures list is on the club noticeboard'],
    ["Pop an email to me and I'll sort it today.", 'I googled it for you, and the part number is 44-B.', 'Our chef is in the kitchen.']],
];

describeRecallFamilies('recall families widened by grammar (issue #10, session 24)', cases);
