/** The customer's first name from their sign-off ("Thanks, Maria" / "Best,\nMaria Lopez" / "— Maria"). */
const SIGN_OFF_WITH_NAME = /^(?:thanks|thank you|thx|regards|best|best regards|kind regards|cheers|sincerely|br)[,!.]? ([A-Z][a-z]+)(?: [A-Z][a-z]+)?[.!]?$/i;
const NAME_LINE = /^(?:[-–—] ?)?([A-Z][a-z]{1,20})(?: [A-Z][a-z]+)?[.!]?$/;
const NOT_NAMES = /^(thanks|regards|best|cheers|hi|hello|please|sorry)$/i;

export function signatureName(message: string): string | null {
  // Only the last few lines can hold a sign-off; reading a bounded tail keeps this linear.
  const lines = message
    .slice(-400)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '');
  const last = lines.at(-1);
  if (!last) return null;
  const inline = SIGN_OFF_WITH_NAME.exec(last);
  const bare = lines.length > 1 ? NAME_LINE.exec(last) : null;
  const name = inline?.[1] ?? bare?.[1];
  if (!name || NOT_NAMES.test(name)) return null;
  return name[0]!.toUpperCase() + name.slice(1);
}
