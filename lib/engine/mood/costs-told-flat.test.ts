/**
 * Session 30 families: a cost to the customer or a broken expectation told flatly, in voices the earlier families missed
 * (understated, polite British, terse, non-native), each beside calm near misses on the same subjects.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('worse than before our work', {
  upset: [
    "Your technician treated the loft on the 3rd. There appear to be rather more of them now than before he came.",
    'The rattle is louder than before your engineer visited.',
    'Honestly the signal is worse than before the upgrade.',
    'We have more damp patches than before the treatment.',
    'The gate sticks worse than it did before you fitted the new hinge.',
    'It runs hotter than before the service.',
  ],
  calm: [
    'The garden looks better than before you came, thank you!',
    'Is it normal for it to be louder than before the service?',
    'We have more space than before the refit, which is lovely.',
    'Can you come back before the end of the month?',
    'It was quieter than before, so all good.',
    'We had more mice before you came; none now.',
  ],
});

describeUpsetCases('theirs gone', {
  upset: [
    'Session files from Saturday are gone. Your engineer says the drive failed.',
    'My appointment is gone from the system and nobody told me.',
    'All our holiday photos have been deleted from the cloud account.',
    'The update wiped my save.',
    'The photos of our wedding day were lost.',
    'My deposit is gone and the room was never cleaned.',
  ],
  calm: [
    'The stain is gone, thank you so much!',
    'I accidentally deleted my photos, can you help me get them back?',
    'Is my appointment still on for Friday?',
    'I deleted my old photos by mistake, can you restore them?',
    'Can I move my files to the new account?',
    'The pain is gone and the filling feels great.',
  ],
});

describeUpsetCases('a cost told back with "that"', {
  upset: [
    "Session files from Saturday are gone. That was six hours of the band's time and £600.",
    "The van never came. That cost us a day's trading.",
    'The engineer did not turn up. That was a day off work for nothing, £120 lost.',
    'Your courier lost the samples. That set us back £400.',
    'The app failed at checkout. That meant two hours of orders.',
    'The stall was double booked and we were sent home. That is £85 I will not see again.',
  ],
  calm: [
    "That was £600 last year, is it the same price now?",
    'That was six hours well spent, the album sounds great.',
    'That was £40 well spent, the kids had a ball.',
    'We booked the studio for Saturday. That was £600 including the engineer.',
    "That's £85 for the pitch, can I pay by card?",
    'That was a day off work, but the fitter was brilliant.',
  ],
});

describeUpsetCases('promised within a span, a longer span passed', {
  upset: [
    "Our wedding photos were promised within six weeks. It's been five months and we've had twelve pictures.",
    'You said the refund takes 5 days. It has been three weeks.',
    "The repair was quoted at two weeks. It's now been two months.",
    'Delivery was promised within 3-5 days, it has been 2 weeks.',
    "I was told it would be done in a few days. It's been a month.",
    'Confirmed within 48 hours, they said. It has been ten days.',
  ],
  calm: [
    "You said it would take two weeks and it's been one, so no rush.",
    "Promised within six weeks and it's been four, any update?",
    'How long does a refund take? It has been two days.',
    "It's been five months since our wedding and we still love the photos!",
    'You said within a month and it has been two weeks, no rush.',
    'The album was promised in six weeks and came in five.',
  ],
});

describeUpsetCases('paid for it and it turned out less', {
  upset: [
    "The 'hardstanding pitch with hook-up' we paid extra for turned out to be a patch of mud with no electric.",
    'The sea-view room we booked was actually over the car park.',
    'The premium seats I paid for turned out to be behind a pillar.',
    'The "luxury" cabin we booked turned out to have bunk beds and no heating.',
    'What we ordered as solid oak turned out to be veneer.',
    'The guided tour we paid for was just a leaflet and a map.',
  ],
  calm: [
    'The room we booked turned out to be lovely, thank you.',
    'The pitch we paid extra for turned out to be great, right by the lake.',
    'Can I book the pitch with hook-up for August?',
    'Is the cabin we booked actually the one with the hot tub?',
    'The table we ordered turned out to be even bigger than we hoped!',
    'What is the difference between the pitch types?',
  ],
});

describeUpsetCases('a detail of theirs got wrong', {
  upset: [
    "The certified translation came back with my mother's maiden name wrong.",
    'You printed the date wrong on all 200 invitations.',
    'The engraver spelt my husband’s name wrong.',
    'The certificate has my surname wrong and the visa office rejected it.',
    'The tickets came with the names wrong.',
    'The invoice lists the address wrong again.',
  ],
  calm: [
    'I typed my surname wrong on the form, can you change it?',
    'Could you check the spelling of the names before you print?',
    "What's the right date format for the certificate?",
    'If I got the address wrong, will the parcel still arrive?',
    'Sorry, I put the date wrong on my booking, it should be the 12th.',
    'The names all look right, thank you!',
  ],
});

describeUpsetCases('came for what they booked and found it shut', {
  upset: [
    "We had a booking for 7pm. We arrived at 6:50 and the place was locked with nobody answering the phone.",
    'Turned up for my appointment at 9 and the door was shut.',
    'We came for the session we booked and nobody was there.',
    'Got there for our reserved slot, the building was dark and locked.',
    'I arrived for the 10am class I booked and no one came.',
    'Drove out for our tickets and the box office was closed.',
  ],
  calm: [
    'We arrived early and the place was closed, but the host let us in and it was a great evening, thanks!',
    'What time should we arrive for our booking?',
    'Is the shop closed on Sundays?',
    'We turned up at 6:50 for our booking and everything was ready. Lovely.',
    'If we arrive and nobody is there, who should we ring?',
    'Can I book for the 10am class on Monday?',
  ],
});

describeUpsetCases('kept out in the weather', {
  upset: [
    'Eight of us stood on the pavement in the rain.',
    'The kids waited outside in the cold for forty minutes.',
    'We sat in the dark on the coach with no driver.',
    "My mum was left standing on the doorstep in the snow.",
    'Stuck on the side of the road in the rain until the tow came.',
    'We were waiting on the kerb in the heat.',
  ],
  calm: [
    'Is there somewhere to wait if it rains?',
    "We're happy to wait outside in the garden, it's a nice day.",
    'Can we wait in the lobby if we arrive early?',
    'We sat outside in the sun with a coffee, lovely spot.',
    'Please leave it on the doorstep.',
    'Where should we stand for the coach pick-up?',
  ],
});

describeUpsetCases('a date close at hand, counted in days', {
  upset: [
    'The dress is about four inches too short now. The wedding is in nine days.',
    "The rings arrived the wrong size. The ceremony is in ten days.",
    'The suit is still not back. Our wedding is in a few days.',
    'The passport photos came back blurry. I fly in a couple of days.',
    'The costumes are too small. Our show opens in eight days.',
    'No invitations yet. The party is in seven days.',
  ],
  calm: [
    'The wedding is in nine weeks, is that enough time for alterations?',
    'Our wedding is in ten days and everything looks perfect, thank you!',
    'Can I collect the dress in a few days?',
    'The party is in seven days, could we add two guests?',
    'What time do you open? The show is in eight days.',
    'Will the rings be ready in ten days?',
  ],
});

describeUpsetCases('trying to stay calm, harm told by its signs, a place number', {
  upset: [
    "The dress is too short. I'm trying to stay calm.",
    'Trying not to panic, but the deposit has not come back.',
    "When we collected Bella she'd lost a lot of weight and had sores on her paws.",
    'He came back from the kennels limping.',
    'I visited my unit (B-114) yesterday and the boxes are soaked through.',
    'Our pitch C-12 is flooded and the tent is soaked.',
  ],
  calm: [
    'Is the dress too short for a formal event?',
    "Bella's booked in for the 3rd. She's on a special diet, shall I bring her food?",
    'Can I move from unit B-114 to a smaller one?',
    'Does pitch C-12 have hook-up?',
    'He came back from the kennels so happy, thank you!',
    'How do I keep calm before my driving test?',
  ],
});

describeUpsetCases('calm: a need told to plan their own visit, a trouble gone since our work', {
  upset: [
    'I need it for court on Monday and it still has a burn mark.',
    'I need the suit back for court on Monday, can you get it done?',
    'Your technician came on the 3rd and the mice are back, worse than before he came.',
    'No sign of the engineer since Tuesday and we have no heating.',
    'The kitchen still has no power since your electrician left.',
    'I need it by Friday for the interview and it has not arrived.',
  ],
  calm: [
    'Do you clean suits with a silk lining? I need it for court on Monday, could I drop it Thursday?',
    'I need the cake for Saturday, can I collect it Friday evening?',
    "Your technician came on the 3rd and there's been no sign of the mice since. Should we leave the bait boxes?",
    'No sign of the damp since your visit. Do we need a follow-up?',
    'We need the room for a meeting on Tuesday, could we book it for two hours?',
    'No more leaks since the plumber came. What do I owe you?',
  ],
});
