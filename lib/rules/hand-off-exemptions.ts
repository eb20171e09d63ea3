/**
 * Exemptions shared by the rules that catch a hand-off to someone else (`not-my-department`, `someone-elses-job`):
 * the sentence is fine when the agent goes on to act themselves ("…, but I can…", "I've asked the partner…").
 */
/** "…, but I can…", "I will pass…": the agent says in so many words that they act next. */
export const ACTS_NEXT: readonly string[] = [
  'down to (the wire|the last|the minute|the details)',
  '(but|however) (i|we) (can|will|would|have|had) #Adverb? #Verb',
  '(but|however) (i|we) am (happy|glad|able|going|sending|passing|looking)',
  'i will (pass|forward|ask|find|connect|put|transfer)',
];

export const ACTS_AFTER_HAND_OFF: readonly string[] = [
  ...ACTS_NEXT,
  // ...and then says what they are doing about it themselves.
  '(i|we) (will|have|am|are|already) #Adverb? (contact|contacted|contacting|call|called|calling|email|emailed|emailing|chase|chased|chasing)',
  '(i|we) (will|have|am|are|already) #Adverb? (ask|asked|pass|passed|forward|forwarded|speak|spoken|message|messaged|ring|rang|take|taken|raise|raised)',
];

/**
 * A hand-off that names when: a weekday, a date, a clock time or a number of hours or days ("the fraud team will call
 * you by Friday"). The work still sits elsewhere, but the customer knows when to expect it, which is the fix asked for.
 */
export const HAND_OFF_WITH_A_TIME: readonly string[] = [
  '(#WeekDay|#Month|#Time)',
  '(by|on|before|until|at) #Date',
  '(today|tonight|tomorrow|within)',
  'this (morning|afternoon|evening)',
  '#Value (minutes|hours|days|working days|business days|weeks)',
  "(i|we) (will|'ll|am going to) #Adverb? (check|chase|call|email|update|message|text|write|ring|follow up)",
];
