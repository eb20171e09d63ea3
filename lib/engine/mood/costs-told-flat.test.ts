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

describeUpsetCases('a let-down at the end of a trip, told with "only to"', {
  upset: [
    'We drove four hours to the venue only to find the gig moved to a different city.',
    'Queued for an hour only to be told it was sold out.',
    'I took the morning off only to learn the engineer had cancelled.',
    'Flew in from Leeds only to discover the room had been given away.',
    'we walked all the way there only to see the shutters down',
    'Waited in all day only to get a card saying we were out.',
  ],
  calm: [
    'I rang to chase it, only to find it had already arrived. Sorry for the bother!',
    'How long is the drive to the venue?',
    'We got there early only to find it was already sorted, thanks.',
    'Only to confirm: the gig is still at the Academy?',
    'I only want to find out the opening times.',
    'Can I come in on Friday only to collect?',
  ],
});

describeUpsetCases('not told, said after', {
  upset: [
    'The pool was drained for repairs the whole week we were there. Would have been good to know before we booked.',
    'The road to the cottage was closed. You could have told us.',
    'It would have been nice to be told the lift was out before we carried the cases up six floors.',
    'Someone should have told us the kitchen was shut.',
    "Someone might've warned us about the building work.",
    'The class was moved to the other hall. Would have been helpful to know.',
  ],
  calm: [
    'It would be nice to know the opening hours for the pool.',
    'Could you tell us if the road is open?',
    'Would it be helpful to know our arrival time?',
    'Thanks for letting us know about the building work in advance.',
    'Good to know the pool is open, we are looking forward to it.',
    'Could someone let me know when the lift is fixed? No rush.',
  ],
});

describeUpsetCases('not there before our work', {
  upset: [
    "Picked the car up after the service and the check engine light is now on. It wasn't before.",
    'Since your engineer visited the boiler makes a banging noise. It never did before.',
    'After the update the app asks me to log in every time. It was never like that before.',
    'The fitter replaced the tap and now the sink drips. It was not there before.',
    'There is a scratch on the bonnet after the valet. It was not there before.',
    'Your cleaner came on Monday and the floor is marked. It wasn\'t like that before.',
  ],
  calm: [
    "Was the light on before the service? I can't remember.",
    'The fitter came on Monday. The new shelf was never there before and it looks great.',
    'The car runs beautifully after the service.',
    "I hadn't noticed the scratch before, it's probably mine. No worries.",
    'Has the app always asked for a login? It wasn\'t before, just curious.',
    'It wasn\'t before, but we love the new layout.',
  ],
});

describeUpsetCases("given someone else's thing, a bill going out", {
  upset: [
    "@PizzaPal order 4417 came with somebody else's pizza.",
    "We were handed someone else's luggage at the carousel.",
    "The pharmacy gave me someone else's prescription.",
    'My salary went into the account and now the app shows a balance of zero. I have a direct debit for my mortgage going out tomorrow.',
    'The app shows nothing in my account. My rent goes out on Monday.',
    'Your system has frozen my card. The payment for the nursery is leaving tomorrow.',
  ],
  calm: [
    "Can I collect a parcel for someone else?",
    "Is it ok to pick up someone else's prescription for them?",
    'My direct debit goes out tomorrow, can I change the date to the 5th?',
    'My rent goes out on Monday, just checking the transfer limit is fine.',
    'I got someone a gift card, how do they use it?',
    "Thanks for sending my neighbour's parcel to the right door!",
  ],
});

describeUpsetCases('sent to us well, came back hurt', {
  upset: [
    'Our cat came home with fleas after a week with you.',
    'My dog came home with kennel cough.',
    'Mochi has come home with a bald patch on her back.',
    'My son came home with a welt on his neck.',
    'The coat came back from cleaning with a stain on the collar.',
    'The car came back with a dent in the door.',
  ],
  calm: [
    'My son came home with a medal, thank you coach!',
    'Our dog came home so tired and happy.',
    'Can the coat come back with the buttons sewn on?',
    'When will the car come back?',
    'She came home with a big smile.',
    'Is it normal for a dog to come home with a cough? Just curious.',
  ],
});

describeUpsetCases('not what they signed up for, far off what they pay', {
  upset: [
    "I've paid for six introductions and had two in five months. This isn't what I signed up for.",
    "The host family is an hour from the school. This isn't what we were promised.",
    'That is not what I ordered.',
    'My speed is half what I pay for.',
    'My water bill is triple the usual and I live alone.',
    'The bill came to double what we were told.',
  ],
  calm: [
    'Is this what I ordered? The box looks different.',
    'This is exactly what I ordered, thank you.',
    'What speed should I get on my plan?',
    'Is the bill usually double in winter?',
    'My bill is half what it was last year, nice.',
    'Can I pay half now and half later?',
  ],
});

describeUpsetCases('what should have been, and time counted', {
  upset: [
    'I got a bill for $1,140 for an ER visit my insurance was supposed to cover.',
    'The sofa was meant to arrive on Monday.',
    "I've been trying to withdraw my £8,000 for a month.",
    "My application status hasn't changed in 6 weeks.",
    "My bin hasn't been collected for two weeks and it stinks.",
    "It's three months past the handover date.",
  ],
  calm: [
    'What was I supposed to bring to the first session?',
    'Hello, my order was meant to include a free gift with the promo and it was not in the box.',
    'Is the sofa meant to arrive on Monday?',
    "I've been using the app for a month and love it!",
    'How long does an application usually take? I applied last week.',
    'Can you collect the bin a week later, we are away?',
    "What's the handover date for plot 12?",
  ],
});
