import type { Mood, MoodReading } from '../../lib/engine/types';

const MOOD_WORDS: Record<Mood, string> = {
  frustrated: 'frustrated',
  worried: 'worried',
  disappointed: 'disappointed',
  urgent: 'in a hurry',
  confused: 'confused',
  happy: 'happy',
};

/** What Rapport read as the customer's message, and the mood it saw there (with the words that showed it). */
export function CustomerContext({ message, mood, name }: { message: string | null; mood: MoodReading | null; name: string | null }) {
  if (!message) {
    return <p className="context context--none">Rapport didn't find the customer's message on this page, so it can't tell how they feel.</p>;
  }
  const evidence = mood ? [...new Set(mood.evidence.map((e) => e.text))].slice(0, 5) : [];
  return (
    <div className="context">
      <p className="context__mood">
        {mood?.primary ? (
          <>
            {name ?? 'The customer'} sounds <strong>{mood.moods.map((m) => MOOD_WORDS[m]).join(', ')}</strong>
            {evidence.length > 0 && <span className="context__evidence"> (“{evidence.join('”, “')}”)</span>}
            {mood.needsAcknowledgement ? '. Acknowledge it before the fix.' : '.'}
          </>
        ) : (
          <>{name ?? 'The customer'} sounds calm.</>
        )}
      </p>
      <details>
        <summary>Customer's message</summary>
        <blockquote>{message.length > 600 ? `${message.slice(0, 600)}…` : message}</blockquote>
      </details>
    </div>
  );
}
