import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'busy-right-now',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  title: 'Our busy day, not theirs',
  description:
    'Puts the company\'s workload where the customer\'s situation should be: "Our phone lines are very busy.", "We are currently experiencing a high volume of emails.", "All our clinicians are with other patients."',
  message: 'Empathy: telling the customer how busy you are puts your day before theirs; acknowledge their wait first, then say when you will help.',
  patterns: [
    "(we|we're) (are|have been)? #Adverb? (experiencing|receiving|seeing|handling|dealing with) (a|an)? #Adverb? #Adjective? (volume|volumes|number|amount|influx) of",
    "(we|we're) (are|have been)? #Adverb? (experiencing|receiving|seeing|handling) (high|higher|heavy|increased|unprecedented|exceptional) (demand|volumes|traffic)",
    '(our|the|all) (phone|phones|lines|agents|advisors|advisers|team|teams|staff|operators|representatives|colleagues) (lines)? (are|is) #Adverb? (busy|engaged)',
    '(our|the) (inbox|inboxes|helpline|call centre|call center|switchboard|team) (is|are) #Adverb? (busy|overloaded|swamped|stretched|inundated)',
    'all (of)? our #Noun+ are #Adverb? (busy|engaged|occupied|with other|helping other|assisting other|serving other|speaking to other|on other)',
    '(experiencing|receiving|seeing|getting) (higher|heavier|more) than (usual|normal|expected|average) (demand|volumes|traffic|calls|emails|contact)',
    '^due to (high|heavy|increased|unprecedented|exceptional|large) (volumes|volume|demand|numbers)',
    // Busy in any voice: "We are extremely busy at this time of year", "our crews are fully booked".
    "(we|we're) (are|'re|have been)? #Adverb? (busy|swamped|snowed under|flat out|inundated|overstretched)",
    '(our|the|all) #Noun+ (are|is) #Adverb? (fully booked|at capacity|fully committed|overbooked)',
    // Anyone on the team busy: "our guys are flat out today".
    "(our|the|all) #Noun+ (are|is|have been) #Adverb? (busy|swamped|snowed under|flat out|inundated|overstretched|slammed|run off their feet)",
    // "I have other customers waiting."
    '(i|we) have #Adverb? (other|more|lots of|a lot of|many) (customers|people|calls|chats|tickets) (waiting|to deal with|in the queue)',
    '(team|staff|agents|colleagues|we) (handles|handle|is handling|are handling|deals with|deal with) (a|an)? #Adverb? #Adjective? (volume|number|amount) of',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|apology|thank you for waiting|thanks for waiting|thank you for your patience)',
    "(i|we) (have|'ve|will|'ll) #Adverb? (moved|put|booked|called|added|prioritised|prioritized|bumped|flagged)",
    "(i|we) (am|'m|are|'re) #Adverb? (answering|ringing|calling|sending|handling)",
    '(but|so) (i|we)',
    'busy (#Gerund|with|on|getting|preparing|packing|sorting|working|fixing|building|making|checking|setting)',
  ],
  // Busy given as the reason for a no, then what the agent can do instead, is a refusal done well (offer-instead.ts).
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: [],
  advice: 'Start with their wait ("Sorry you were on hold so long"), then say what you have done and when they will hear from you.',
  examples: {
    flag: [
      { text: 'Our phone lines are very busy at this time.', becomes: null },
      { text: 'We are currently experiencing a high volume of emails.', becomes: null },
      { text: 'All our clinicians are currently with other patients.', becomes: null },
    ],
    pass: ['Sorry for the wait, our lines have been very busy today.', 'Our team is busy preparing your order for Friday.'],
    paraphrases: {
      flag: [
        'Kindly be patient as our team handles a high volume of cases.',
        "We're experiencing higher than usual demand.",
        'Due to high volumes, replies may be slower.',
        'Our agents are extremely busy right now.',
        'We have been receiving an unprecedented number of enquiries.',
        'The helpline is very busy this week.',
        'All of our advisors are helping other customers.',
        '@pam_j Our phone lines are very busy.',
        'We are extremely busy at this time of year.',
        "We're swamped this week.",
        'Due to high demand our crews are fully booked.',
        'All our engineers are at capacity today.',
        'Hey mate, our guys are flat out today.',
        'the engineers have been snowed under all week.',
        'I have other customers waiting.',
      ],
      pass: [
        'Our engravers are fully committed until June. I would not wish to leave you without help, however.',
        "Our crews are fully booked on Friday. Here's what I can do: I've pencilled you in for 8am Monday.",
        'Our team handles a high volume of claims each winter, so I have flagged yours as urgent today.',
        'We are experiencing a problem with the payment page, and I have asked the developers to fix it today.',
        'Sorry you were on hold so long: our lines are busy, so I have booked you a call back at 3pm.',
        'The shop floor is busy on Saturdays, so come on a weekday if you can.',
        'We have received your return and the refund goes out today.',
        'Our agents are trained to help with exactly this.',
        'Our engineers are on site and the fix is due by 2pm.',
        'All our rooms are quiet and have blackout blinds.',
        "We're busy packing your order now!",
        "Our crews are fully booked on Monday, so I've put you first on Tuesday at 8am.",
        "We've been busy, but I've moved yours to the front and it ships today.",
        'The venue is fully booked that night, sorry, but the 14th is free.',
        "Our engineers are flat out, but I've moved you to the front of tomorrow's list.",
        'The shop is busy with the Christmas rush, so I packed yours myself this morning.',
        'I have other customers asking the same, so I have raised it with the team.',
      ],
    },
  },
});
