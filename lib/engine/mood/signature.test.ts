import { describe, expect, it } from 'vitest';
import { signatureName, signedName } from './signature';

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

  // s22: web forms and chat boxes leave the name on the message's own last line.
  it.each([
    ['a dashed name after the last sentence', 'The courier left it in the rain. — Ingrid Solberg', 'Ingrid'],
    ['a valediction and a name after the last sentence', 'It has been two weeks now. Thanks, Joaquín Pérez', 'Joaquín'],
    ['a bare full name after a question', 'Why was the hire cancelled?? Martha Quinn', 'Martha'],
    ['a bare first name and the company', 'Can you send it today? Derek, HALVERSON BUILDERS', 'Derek'],
    ['a dashed name with a note in brackets', 'Nobody told us. — Sunita (mum of Ravi)', 'Sunita'],
    ['a name after a long line', 'The van was booked for nine and nobody came until after two, so I lost a whole day of work over it. — Tomasz Wróbel', 'Tomasz'],
  ])('%s', (_name, message, name) => {
    expect(signedName(message)).toBe(name);
    expect(signatureName(message)).toBeNull();
  });

  it.each([
    ['a company after the last sentence', 'My parcel is still with the courier. Royal Mail'],
    ['a place after the last sentence', 'We flew out on Monday and came back on Friday. Paris'],
    ['a title instead of a first name', 'The meter reading is wrong. — Mrs K. Adebayo'],
    ['a capitalised word inside the sentence', 'I ordered it from the Harrogate branch'],
    ['an initial and a surname', 'Can I get a refund?\n\nRegards\nK. Ibrahim'],
  ])('guesses no inline name from %s', (_name, message) => {
    expect(signedName(message)).toBeNull();
  });
});
