import { describe, expect, it } from 'vitest';
import { signatureName } from './signature';

const ASK = 'My parcel never arrived and I need it for Friday.\n\n';

describe("the customer's first name from their sign-off", () => {
  it.each([
    ['a comma and a name', 'Thanks, Maria', 'Maria'],
    ['a name in lower case after a comma', 'thanks, maria', 'Maria'],
    ['a name under the valediction', 'Kind regards,\nMaria Lopez', 'Maria'],
    ['a dashed name', '— Maria', 'Maria'],
    ['"bin"', 'Thanks,\nAhmad bin Said', 'Ahmad'],
    ['"binti"', 'Regards,\nSiti Nurhaliza binti Abdullah', 'Siti'],
    ['"van der"', 'Kind regards,\nJan van der Berg', 'Jan'],
    ['accents and "de los"', 'Best,\nMaría José de los Ángeles Ruiz', 'María'],
    ['a two-word valediction before the name', 'Best regards, Tom', 'Tom'],
  ])('%s', (_name, signOff, name) => {
    expect(signatureName(`${ASK}${signOff}`)).toBe(name);
  });

  it.each([
    ['"Thanks for everything"', 'Thanks for everything'],
    ['"Thanks in advance"', 'Thanks in advance'],
    ['"Thank you so much"', 'Thank you so much'],
    ['a title instead of a first name', 'Regards, Dr Smith'],
    ['a sentence as the last line', 'Please help me.'],
  ])('guesses no name from %s', (_name, signOff) => {
    expect(signatureName(`${ASK}${signOff}`)).toBeNull();
  });
});
