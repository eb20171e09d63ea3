/** A customer's post pasted above the reply under a header naming the person the reply then speaks to (session 47). */
import { describe, expect, it } from 'vitest';
import { addressedName, headerNames } from './addressee-header';
import { readStructure } from './read-structure';

/** Each non-blank line with the kind of part it was read as. */
function kindsByLine(text: string): [string, string][] {
  const { parts } = readStructure(text);
  const out: [string, string][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lead = line.search(/\S/);
    if (lead !== -1) out.push([line.trim(), parts.find((p) => p.start <= at + lead && at + lead < p.end)?.kind ?? 'none']);
    at += line.length + 1;
  }
  return out;
}
const kindOf = (text: string, line: string) => kindsByLine(text).find(([l]) => l === line)?.[1];

describe('the person the reply speaks to', () => {
  it('reads a greeting with a name, a name and a comma, and a handle', () => {
    expect(addressedName('Hi Priyanka, thanks for bearing with us.')).toEqual({ name: 'priyanka', handle: false });
    expect(addressedName('Good morning Oskar! The part is on its way.')).toEqual({ name: 'oskar', handle: false });
    expect(addressedName('Bernadette, I am so sorry the frame arrived bent.')).toEqual({ name: 'bernadette', handle: false });
    expect(addressedName('@felix_rides that should not happen, let me look.')).toEqual({ name: 'felix', handle: true });
  });

  it('reads no name from an ordinary opening', () => {
    expect(addressedName('Thanks for waiting while I checked.')).toBeNull();
    expect(addressedName('Great news: the refund went through.')).toBeNull();
    expect(addressedName('the courier has it now')).toBeNull();
  });

  it('finds the name in a short header, as a word or the start of a handle', () => {
    expect(headerNames('Priyanka Rao · 3h', 'priyanka')).toBe(true);
    expect(headerNames('@felix_rides 20m · Replying to @Spokewise', 'felix')).toBe(true);
    expect(headerNames('— Oskar W., app review', 'oskar')).toBe(true);
    expect(headerNames('Hi Priyanka,', 'priyanka')).toBe(false);
    expect(headerNames('Priyanka asked on Monday whether the heater could be moved to the back room before winter', 'priyanka')).toBe(false);
  });
});

describe('the customer\'s post above the reply', () => {
  it('reads a post under a name-and-time header as quoted, though it says "I"', () => {
    const text = 'Priyanka Rao · 3h\nI ordered the blue kettle and got a green one. Not happy.\n\nHi Priyanka, I\'m sorry about the mix-up. I\'ve sent the blue one today.';
    expect(kindOf(text, 'Priyanka Rao · 3h')).toBe('quote');
    expect(kindOf(text, 'I ordered the blue kettle and got a green one. Not happy.')).toBe('quote');
    expect(kindOf(text, 'Hi Priyanka, I\'m sorry about the mix-up. I\'ve sent the blue one today.')).not.toBe('quote');
  });

  it('reads a review signed under its text as quoted when the reply names the reviewer', () => {
    const text = '★★☆☆☆ The room was cold all night and nobody came.\n— Oskar W., app review\n\nOskar, a cold room is the last thing you need. I\'ve refunded the night.';
    expect(kindOf(text, '★★☆☆☆ The room was cold all night and nobody came.')).toBe('quote');
    expect(kindOf(text, '— Oskar W., app review')).toBe('quote');
    expect(kindOf(text, 'Oskar, a cold room is the last thing you need. I\'ve refunded the night.')).not.toBe('quote');
  });

  it('reads a handle\'s post as quoted when the reply answers the handle', () => {
    const text = '@felix_rides 20m · Replying to @Spokewise\nmy e-bike battery died after a week??\n\n@felix_rides that should not happen! DM us your order number and we\'ll swap it.';
    expect(kindOf(text, 'my e-bike battery died after a week??')).toBe('quote');
  });

  it('leaves the agent\'s own paragraphs when the person addressed is named nowhere above', () => {
    const text = 'Quick update on your repair.\nThe workshop finished it this morning.\n\nBernadette, it will be ready to collect from 2pm.';
    expect(kindOf(text, 'Quick update on your repair.')).not.toBe('quote');
    expect(kindOf(text, 'The workshop finished it this morning.')).not.toBe('quote');
  });

  it('never reads the letter above as a header once the reply has greeted', () => {
    const text = 'Hey Ines,\n\nThe export button is under the three dots.\n\nHappy writing,\nYour friends at Notewell\n\nNotewell, 12 Quay St, Bristol';
    expect(kindOf(text, 'The export button is under the three dots.')).not.toBe('quote');
    expect(kindOf(text, 'Hey Ines,')).not.toBe('quote');
  });

  it('reads nothing as quoted when the block above is longer than a post', () => {
    const post = Array.from({ length: 13 }, (_, i) => `Line ${i + 1} of a long note from the depot`).join('\n');
    const text = `Priyanka Rao · 3h\n${post}\n\nHi Priyanka, here is what happened.`;
    expect(kindOf(text, 'Line 7 of a long note from the depot')).not.toBe('quote');
  });

  it('reads a heading and its post as quoted when the heading names the person greeted (no safety net needed)', () => {
    const text = 'Order 4471 - Ann B\nTerrible service from Acme!! Worst shop ever\n\nHi Ann, the parcel left today.';
    expect(kindOf(text, 'Order 4471 - Ann B')).toBe('quote');
    expect(kindOf(text, 'Terrible service from Acme!! Worst shop ever')).toBe('quote');
  });
});

describe('the agent\'s own opening above a paragraph that names the customer (review47)', () => {
  it('leaves a first paragraph that already speaks to the person as the agent\'s', () => {
    const text = 'Tomas, thanks for your note.\nYou should have read the terms first.\n\nTomas, let me know if you have questions.';
    expect(kindOf(text, 'You should have read the terms first.')).not.toBe('quote');
    const social = '@kit_w we can\'t swap it, see the FAQ\n@kit_w and check your junk folder\n\n@kit_w sorry, we\'ll look again';
    expect(kindOf(social, '@kit_w we can\'t swap it, see the FAQ')).not.toBe('quote');
  });

  it('leaves a subject line, a line for the person, and the bare name as a salutation', () => {
    const subject = 'Subject: Your refund, Tomas\nYou must send the receipt first.\n\nTomas, once it is here I will refund you.';
    expect(kindOf(subject, 'You must send the receipt first.')).not.toBe('quote');
    const forThem = 'Status note for Ines\nYou failed to attach the form so it is not our fault.\n\nInes, please send it again.';
    expect(kindOf(forThem, 'You failed to attach the form so it is not our fault.')).not.toBe('quote');
    const bare = 'Tomas\nYou need to read our policy before writing again.\n\nTomas, if you have questions let me know.';
    expect(kindOf(bare, 'You need to read our policy before writing again.')).not.toBe('quote');
  });

  it('reads no name in a word that opens a plain heading ("Sorry for the wait", "Grace period ending")', () => {
    const sorry = 'Sorry for the delay\nThat is not our fault, the courier lost it.\n\nSorry, we will sort it.';
    expect(kindOf(sorry, 'That is not our fault, the courier lost it.')).not.toBe('quote');
    const grace = 'Grace period ending soon\nYou were told the deadline, so it is your fault.\n\nGrace, please renew today.';
    expect(kindOf(grace, 'You were told the deadline, so it is your fault.')).not.toBe('quote');
  });

  it('leaves a line that ends as the agent\'s own subject ("Tomas Berg — order 5521 update")', () => {
    const text = 'Tomas Berg — order 5521 update\nI checked with the warehouse and you will need to wait.\n\nTomas, it should be with you by Friday.';
    expect(kindOf(text, 'I checked with the warehouse and you will need to wait.')).not.toBe('quote');
  });

  it('reads a name that opens a business\'s name as the business ("Hope Fashion order 771")', () => {
    const text = 'Hope Fashion order 771\nYou should have checked the size chart before ordering.\n\nHope, that should clear it up.';
    expect(kindOf(text, 'You should have checked the size chart before ordering.')).not.toBe('quote');
  });

  it('matches a dotted or numbered word only by its whole first part', () => {
    expect(headerNames('Your refund from annies.shop', 'annie')).toBe(false);
    expect(headerNames('@lenatravels 40m', 'lena')).toBe(true);
  });
});
