/**
 * Where the learned check says nothing, whatever its model scores: a sentence that thanks, apologises
 * or offers help. The model learned coldness from words and grammar, and the habits it catches ("We are
 * unable to…", "Please contact…") share their words with kind sentences ("We're here to help.", "We would
 * be happy to look into that.", "We're sorry about this."); a lead reading those as cold stops trusting the
 * coach. The phrase rules still read such sentences (a "Sorry, but that's our policy." is theirs to catch).
 */
import type { SentenceMarkers } from '../markers';

/** An offer of help in the agent's own voice ("happy to", "here to help", "we will assist", "we would like to look into"), or a link or step that "may help". */
const OFFER_OF_HELP =
  /\b(?:(?:happy|glad|pleased|delighted|love|here|keen|eager) to|(?:we|i|us)(?: can| could| will| would| shall|['’]ll|['’]d)?(?: be able to| gladly| happily)? (?:help|assist|look into|take a look|check)|(?:may|might|could|should)(?: also)? (?:help|be helpful)|(?:would|['’]d) (?:like|love) to (?:help|look|check|fix|sort))\b/i;

/** Why the learned check stays silent on this sentence, or null when it may speak. */
export type AbstainReason = 'gratitude' | 'apology' | 'offer of help';

export function abstainReason(text: string, markers: SentenceMarkers): AbstainReason | null {
  if (markers.gratitude) return 'gratitude';
  // "Sorry, but…" puts the apology before a refusal: the cold habit the apology softens stays the model's to read.
  if (markers.acknowledgement && !markers.butAfterPoliteness) return 'apology';
  if (markers.offer || OFFER_OF_HELP.test(text)) return 'offer of help';
  return null;
}
