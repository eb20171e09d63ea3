/**
 * `unless` patterns shared by the rules that insist the records or the staff were right (`insisting-we-were-right`,
 * `records-say-otherwise`): the sentence apologises or owns the fault, or the agent says what they are doing about it,
 * so the records are shared as a finding, not held against the customer.
 */
export const RECORDS_RIGHT_UNLESS: string[] = [
  '(apologise|apologize|apologies|mistake|our fault|my fault|should not have|missed)',
  '(sorry|wrong) (for|that|it|we|i|this|our|my)',
  '(we|i|it|they|system|records) (was|were|got|are|is) #Adverb? (it)? wrong',
  // What we did or will do next, not what we were told: "…and I've been assured this has been followed" still flags.
  '(but|however|so|and) (i|we) (have|will|can|am|are) #Adverb? (#Verb && !been && !not)',
  '(i|we) (have|will|am|are) #Adverb? (reopened|refunded|reversed|opened|raised|booked|sent|asked|chased|arranged|refund|reverse|open|raise|book|chase|arrange)',
  '(could|can|would) you #Adverb? (send|forward|share|tell|check|confirm|give)',
  'your (fault|mistake|doing)',
  "(i|we) (have|'ve) #Adverb? (checked|looked|reviewed|gone through|double-checked)",
];
