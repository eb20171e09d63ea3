/**
 * Stakes told plainly, with no feeling word (session 36, stakes.ts): a service gone for a span of time, many people of
 * theirs kept from their work, a problem reported before and still there, a near need of theirs beside a problem. A
 * team lead expects these acknowledged; plain how-to questions, plans and calm follow-ups stay calm. Sentences are
 * invented for these tests, in several voices (terse, non-native, British, chatty).
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a service gone for a span of time', {
  upset: [
    'No heating for four days now.',
    'hello, we are without hot water since Sunday, landlord say to contact you',
    "Our broadband's been down since Tuesday and I work from home, so that's three days of work.",
    'so the card reader has been dead all week lol, just fyi',
    'The booking page has been throwing errors for two days.',
    'Our card machine has been offline since this morning.',
  ],
  calm: [
    'How do I change my password?',
    'Can I pause my broadband for two weeks while I am away?',
    'Will the app be down for long on Sunday night?',
    "We'll be without a car for a week in May, can we move the delivery?",
    'The heating was off for two days last week but your engineer fixed it, thanks so much.',
    "My earbuds haven't connected since this morning.",
  ],
});

describeUpsetCases('many people of theirs kept from their work', {
  upset: [
    'We have 40 staff unable to clock in.',
    'none of our drivers can log in this morning',
    'Half the office cannot print, the queue is stuck.',
    'Our tills are down.',
    "hiya, all our carers can't open the rota app, they don't know where to go",
  ],
  calm: [
    'Can all 40 staff log in at once, or is there a limit?',
    'Can I add a second user?',
    'We have 12 staff. Which plan suits us?',
    'If our staff cannot log in, who do they call?',
    "honestly all our staff can't wait for the new booking app to go live.",
    'Our whole team cannot wait to try the new scheduler.',
  ],
});

describeUpsetCases('a problem reported before and still there', {
  upset: [
    'The damp in the bathroom is back. I reported it in March. Nobody has come.',
    "Streetlight outside no. 14 still isn't working. We reported it three weeks ago.",
    'I raised this already twice, the invoice still shows the old address.',
  ],
  calm: [
    'We reported the gate last week and it was sorted the next day.',
    'I emailed before about switching plans. Where do I find the form?',
    'How do I report a pothole?',
  ],
});

describeUpsetCases('a near need of theirs beside a problem', {
  upset: [
    'The banner came back with the wrong date on it. Our fete is on Saturday.',
    'Cake topper arrived snapped in two. Party is tomorrow.',
    'my visa letter still not come, i fly on the 3rd',
    "Right, the suit's been altered too short in the leg and I'm getting married on Friday.",
  ],
  calm: [
    'Can you deliver on Friday?',
    "We're off to Spain on Friday, does the travel adaptor work there?",
    "No rush on the invoice, I'm away until Monday.",
    'Can I get the receipt emailed? I need it for my expenses.',
    'Is my order coming today?',
    "I have a quick question about tomorrow's collection. We won't be in until 6, so please leave the crate by the side gate.",
  ],
});

describeUpsetCases('money taken against them', {
  upset: [
    'Took the subscription again after I cancelled it in June.',
    'pls check, amount debited 2 times for one order, kindly reverse',
    "You've billed us for a van we never booked.",
    'Why was I charged after I paused the box?',
    "My premium's gone up and I haven't claimed a thing.",
  ],
  calm: [
    'Will I be charged if I cancel before the trial ends?',
    'Is there a fee to pause my membership?',
    'How much is the early exit fee?',
    'Please charge the balance to the card ending 4471.',
    'Please send the billing to our accounts inbox instead of my personal one from now on.',
    'Can you put our invoicing on the annual cycle instead of monthly. Cheers',
  ],
});

// Session 37: "still there" and "their need" read by meaning. A negation counts as the problem still there only when it
// negates the fix, the visit or the answer ("nobody has come", "haven't heard"), not "it didn't say" or "no problem";
// having counts as a need only when what they have is an occasion ("I've got a party"), not a question, two accounts or a dog.
describeUpsetCases('reported before, with the fix or the answer still missing', {
  upset: [
    'I reported the leak under the sink in March. Nobody has come.',
    'I rang twice last week about the boiler and it still isn’t fixed.',
    'Reported the broken gate three weeks ago, no reply.',
    "I raised this last month. Haven't heard anything since.",
  ],
  calm: [
    "I emailed last week about moving to the family plan. It didn't say whether the price includes the second router.",
    'I mentioned this to your driver last week. No problem at all, just wanted the invoice copy please.',
    "We rang on Monday to ask about bin day. I'm not sure the new leaflet has it, which day is it?",
  ],
});

describeUpsetCases('a near occasion of theirs, not just something they have', {
  upset: [
    'The invitations came printed in the wrong font and we have guests arriving on Saturday.',
    "Our new sofa arrived torn. I've got a party this weekend.",
    "The cake stand isn't the one I ordered. I have an event tomorrow night.",
  ],
  calm: [
    "I have a question about Friday's delivery. The gate code isn't 1234 any more, it's 5590.",
    'We have two accounts with you and would like them merged by Friday. The old one is not used now.',
    "We have two dogs, so please don't ring the bell when you deliver on Friday.",
    'hi i have 3 parcels for the pickup today, the labels are not printed yet',
  ],
});
