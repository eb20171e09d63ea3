import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kinds = (text: string) => readStructure(text).parts.map((p) => `${p.kind}:${text.slice(p.start, p.end)}`);

describe('a mail scanner’s footer, not the agent’s word about a scanned device (review 45)', () => {
  it('reads the agent’s closing paragraph about a device checked for viruses as theirs', () => {
    const text = 'Hi Kim,\n\nThanks for dropping the tablet off.\n\nThe tablet was checked for malware and is clean, so it can be collected today.';
    expect(kinds(text).at(-1)).toBe('body:The tablet was checked for malware and is clean, so it can be collected today.');
  });

  it('still reads the scanner’s line about the message as a footer', () => {
    const text = 'Hi Kim,\n\nYour tablet is ready to collect.\n\nRegards,\nLuis\n\nThis message was checked for viruses by MailShield.';
    expect(kinds(text).at(-1)).toBe('footer:This message was checked for viruses by MailShield.');
  });
});
