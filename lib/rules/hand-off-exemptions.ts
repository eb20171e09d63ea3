/**
 * Exemptions shared by the rules that catch a hand-off to someone else (`not-my-department`, `someone-elses-job`):
 * the sentence is fine when the agent goes on to act themselves ("…, but I can…", "I've asked the partner…").
 */
export const ACTS_AFTER_HAND_OFF: readonly string[] = [
  'down to (the wire|the last|the minute|the details)',
  '(but|however) (i|we) (can|will|would|have|had) #Adverb? #Verb',
  '(but|however) (i|we) am (happy|glad|able|going|sending|passing|looking)',
  'i will (pass|forward|ask|find|connect|put|transfer)',
  // ...and then says what they are doing about it themselves.
  '(i|we) (will|have|am|are|already) #Adverb? (contact|contacted|contacting|call|called|calling|email|emailed|emailing|chase|chased|chasing)',
  '(i|we) (will|have|am|are|already) #Adverb? (ask|asked|pass|passed|forward|forwarded|speak|spoken|message|messaged|ring|rang|take|taken|raise|raised)',
];
