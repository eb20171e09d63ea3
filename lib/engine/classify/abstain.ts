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

/**
 * What only looks like thanks or an offer (session 21: of the 1,187 dev must-flag phrases the rules miss, 30 sat in
 * sentences the check abstained on, a third of them these): the agent saying they cannot help ("We're not able to
 * help with refunds here."), questions sent elsewhere ("Any questions … should be directed to the organiser."), and
 * "I'm sure you appreciate…", which asks for understanding rather than giving thanks.
 */
const NOT_AN_OFFER = /\b(?:we|i)(?:['’]re| are| am|['’]m)? (?:not able to|unable to|cannot|can['’]t|can not) (?:help|assist)\b|\b(?:should|must|need to|needs to) be (?:directed|sent|referred|addressed|raised) (?:to|with)\b/i;
const NOT_GRATITUDE = /\b(?:sure|trust|hope) you(?:['’]ll| will| would|['’]d)? (?:appreciate|understand)\b/i;

/** Why the learned check stays silent on this sentence, or null when it may speak. */
export type AbstainReason = 'gratitude' | 'apology' | 'offer of help';

export function abstainReason(text: string, markers: SentenceMarkers): AbstainReason | null {
  if (markers.gratitude && !NOT_GRATITUDE.test(text)) return 'gratitude';
  // "Sorry, but…" puts the apology before a refusal: the cold habit the apology softens stays the model's to read.
  if (markers.acknowledgement && !markers.butAfterPoliteness) return 'apology';
  if ((markers.offer || OFFER_OF_HELP.test(text)) && !NOT_AN_OFFER.test(text)) return 'offer of help';
  return null;
}
