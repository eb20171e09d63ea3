/**
 * `unless` patterns shared by the rules that declare our side or our work fine (`our-side-was-fine`,
 * `our-work-was-sound`): the sentence owns a fault, or the agent acts on the case anyway, so the claim is not the answer.
 */
export const OUR_SIDE_UNLESS: string[] = [
  '(sorry|apologise|apologize|apologies|mistake|our fault|my fault|should not have|on us|our error|wrongly)',
  "(but|however|so|and) (i|we) (have|will|can|am|are|'ve|'ll) #Adverb? #Verb",
  "(i|we) (have|'ve) #Adverb? (found|fixed|refunded|replaced|sent|booked|arranged|rebuilt|reprinted|resent)",
  '(again|now)$',
];
