/** "Don't flag this again" from the card: stores the agent's choice and says in words what happened. */
import { IGNORED_LIMITS, type AddOutcome, type IgnoredPhrases, type IgnoreScope } from '../store-schema/ignored-list';

export interface IgnoreResult {
  /** The lists after the change, when something was stored. */
  lists: IgnoredPhrases | null;
  /** For the card's status line. */
  status: string;
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** Never throws: a failed write is a status line, not a broken card. */
export async function ignoreForAgent(
  ignorePhrase: (text: string, scope: IgnoreScope) => Promise<AddOutcome>,
  text: string,
  scope: IgnoreScope,
): Promise<IgnoreResult> {
  const where = scope === 'everywhere' ? 'on any site' : `on ${scope.site}`;
  try {
    const outcome = await ignorePhrase(text, scope);
    if (!outcome.added) {
      switch (outcome.reason) {
        case 'already':
          return { lists: null, status: `${quoted(text)} is already hidden ${where}.` };
        case 'too-long':
          return { lists: null, status: `That is too long to remember (over ${IGNORED_LIMITS.phraseChars} characters). Dismiss hides it for this reply.` };
        default:
          return { lists: null, status: 'There is nothing to remember in that phrase.' };
      }
    }
    const dropped = outcome.dropped ? ` To stay within ${IGNORED_LIMITS.phrasesPerList} phrases, ${quoted(outcome.dropped)} will be flagged again.` : '';
    return { lists: outcome.list, status: `${quoted(text)} won’t be flagged again ${where}.${dropped}` };
  } catch (error) {
    return { lists: null, status: `Could not save that choice (${error instanceof Error ? error.message : String(error)}).` };
  }
}
