import { defineRule } from '../define';

export default defineRule({
  id: 'waved-away-as-normal',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  title: 'Waves the problem away as normal',
  description:
    'Calls what happened to the customer normal, within limits or standard practice, in any position in the sentence: "…, this is normal.", "This is within normal timescales.", "Outages of this kind are not unusual.", "Older buildings do experience some damp."',
  message: 'Empathy: "this is normal" or "within normal timescales" tells the customer their trouble does not count; say you are sorry it happened to them, then why and what helps.',
  // thats-expected holds the sentence-start forms; these are the same habit at a clause's end, in measured words
  // (timescales, limits) and in "not unusual", which the anchored patterns there do not reach.
  patterns: [
    // Normal "in the first weeks": "Fish losses in the first week are quite common".
    '(is|are) (quite|very|fairly|pretty|really)? (common|normal|usual|typical|expected) (in|during|for|within|over) (the|a) (first|early|initial|settling)',
    // It just happens: "Minor nicks can occasionally occur", "Leaks do happen sometimes".
    '#Plural (can|may|do|will) #Adverb? (occur|happen) (with|when|in|during|from time to time|at times|sometimes)?',
    '(this|that|it|which) is #Adverb? (normal|expected|standard|usual|typical)$',
    '(is|are|was|were) #Adverb? (within|in line with) (the|our)? (normal|expected|standard|usual|agreed|published) (timescales|timescale|timeframes|timeframe|limits)',
    '(is|are|was|were) #Adverb? (within|in line with) (the|our)? (normal|expected|standard|usual|agreed) (range|parameters|tolerances|levels)',
    '(is|are|was|were) #Adverb? not (unusual|uncommon|abnormal|unexpected|out of the ordinary)',
    '(is|are) #Adverb? (standard|normal|common|usual|accepted|routine) (practice|procedure) (across|in|throughout|for|within|at)?',
    '(do|does) #Adverb? (experience|suffer|develop|get) (some|a little|a bit of|minor|occasional)',
    '#Plural (can|will|may) #Adverb? (experience|suffer|develop) (some|a little|a bit of|minor|occasional)',
    '(this|that|it) is (what|just what) (happens|tends to happen) (when|if|with|after)',
    '(large|big|older|bigger) #Plural (take|takes) (longer|a while|more time)',
  ],
  unless: [
    '(sorry|apologise|apologize|frustrating|annoying|understand)',
    '(i|we) (have|will|can|am|are|had) #Adverb? (fixed|fixing|sent|booked|added|refunded|escalated|working|going|raised|asked|checked|released)',
    '(to feel|to be) (nervous|worried|anxious|unsure|confused)',
    '(normal|natural|expected|fine|common|unusual|uncommon) to (feel|be|worry|ask|want|wonder|have|need)',
    '(and|but|so) (i|we|our|the fix|a fix|an update)',
    '(no worries|not at all|do not worry|no problem)',
    '(for your|to keep your|to protect your) (security|safety|account|data)',
    '^(your|my) #Noun+ (is|are|was|were) #Adverb? (normal|within)',
    '(should|will|usually|normally) #Adverb? (settle|go|fade|stop|clear|disappear|ease|wear off|pass)',
  ],
  rewrites: [],
  advice: 'Say you are sorry it happened to them first, then explain why it happens and what will help.',
  examples: {
    flag: [
      { text: 'Sir your SIM is blocked after three tries, this is normal.', becomes: null },
      { text: 'This is within normal timescales.', becomes: null },
      { text: 'Outages of this kind are not unusual during a migration.', becomes: null },
    ],
    pass: [
      "It's completely normal to feel nervous before a first scan.",
      'Your blood pressure is within the normal range, so there is nothing to do.',
    ],
    paraphrases: {
      flag: [
        'Headaches are very common during the first fortnight.',
        'Leaks do happen sometimes with older pipes.',
        'Scratches can occasionally occur in transit.',
        'Some soreness is normal in the first few days.',
        'Sadly, delays will happen in winter.',
        'Power cuts may occur during storms.',
        'Faults of this nature take 10 working days, so this is within normal timescales.',
        'Delays of a few days are not uncommon in December.',
        'This is standard practice across the industry.',
        'Older buildings in the city do experience some condensation in winter.',
        'That is what happens when the filter is not cleaned.',
        'Large files take longer to process.',
        'The noise you hear is the pump, which is normal.',
      ],
      pass: [
        'Delays do happen, and I am sorry this one hit your wedding day.',
        'Headaches are common in the first week, so I have booked you a check with the optician on Monday.',
        'Thank you for telling us what happens when you press the button.',
        'The first week is free.',
        'Mistakes can happen, and this one was ours, so I have refunded you.',
        'Sunny days are common in June, enjoy the trip!',
        'It\'s standard practice to ask for ID for your security, and it only takes a minute.',
        'A little swelling after the extraction is expected, and it should settle in two or three days.',
        "It's not unusual to feel unsure, so I've booked you a call with the nurse.",
        'That is not normal, and I am sorry it happened.',
        'Your readings are within the expected range.',
        "Sorry, this is normal after the update, and I've sent a fix.",
        'No worries, this is normal!',
        'Standard delivery is free on orders over £20.',
        'Large parcels take longer, so I have paid for the faster courier.',
      ],
    },
  },
});
