import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string, customerMessage: string) => {
  const at = text.indexOf(line);
  return readStructure(text, { customerMessage }).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

const message = 'Hi, my parcel was marked delivered but it never came. Can you send a new one?';

describe("the customer's message copied under the agent's text (session 51)", () => {
  it('reads a line repeating the message word for word near the end as quoted, with its heading', () => {
    const pasted = "Hi Dana,\nI'm sorry it never turned up. I've sent a new one today, so it reaches you by Friday.\nCustomer · 10:42\nmy parcel was marked delivered but it never came";
    expect(kindOf(pasted, 'my parcel was', message)).toBe('quote');
    expect(kindOf(pasted, 'Customer · 10:42', message)).not.toBe('body');
    expect(kindOf(pasted, "I'm sorry", message)).toBe('body');
    const last = "I've sent a new one today, so it reaches you by Friday.\n\nCan you send a new one?\nmy parcel was marked delivered but it never came";
    expect(kindOf(last, 'Can you send', message)).toBe('quote');
  });

  it("keeps the agent's own restating, a pleasantry both write, and a reply made only of repeats", () => {
    const restated = "I've sent a new one today.\nYour parcel was marked delivered but it never came, so the courier will check the drop.";
    expect(kindOf(restated, 'Your parcel', message)).toBe('body');
    const courtesy = "I've sent a new one today.\nThank you so much for your help";
    expect(kindOf(courtesy, 'Thank you', 'Thank you so much for your help. My parcel is lost.')).toBe('body');
    const only = 'my parcel was marked delivered but it never came\nCan you send a new one?';
    expect(kindOf(only, 'Can you send', message)).toBe('body');
  });

  it('stays bounded on a very long message and line', () => {
    const long = `${'word '.repeat(30_000)}`;
    const text = `I've sent a new one today.\n${long}`;
    expect(kindOf(text, "I've sent", long)).toBe('body');
  });
});
