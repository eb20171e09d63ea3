import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe('lines glued over the agent\'s greeting at the top (session 50)', () => {
  it("reads up to four lines glued over the greeting as someone else's, whatever their punctuation", () => {
    const turns = "my order still hasn't come.\nit's been 2 weeks!!\nHi Sam, I'm so sorry. I've chased the courier and it's out for delivery today.";
    expect(kindOf(turns, "my order still")).toBe('quote');
    expect(kindOf(turns, "it's been 2 weeks")).toBe('quote');
    expect(kindOf(turns, 'Hi Sam')).not.toBe('quote');
    const bot = 'Thanks for contacting Brightline. An agent will be with you shortly.\nQueue position: 1\nHello Priya, thanks for waiting! Your refund left today.';
    expect(['quote', 'footer']).toContain(kindOf(bot, 'Thanks for contacting'));
    expect(kindOf(bot, 'Queue position')).toBe('quote');
    expect(kindOf(bot, 'Hello Priya')).not.toBe('quote');
    const asked = "can I get an update?\nHi Sam, sorry for the wait! It left the depot today.";
    expect(kindOf(asked, 'can I get')).toBe('quote');
  });

  it("keeps the agent's own lines over their greeting: I, you, we, a self-introduction", () => {
    const kept = [
      'I have looked into it\nHi Tomasz, the scarf left today by tracked post.',
      'We have found your parcel.\nHi Tomasz, it left the depot this morning.',
      'Sam here\nHi Tomasz, the scarf left today by tracked post.',
      'See you Tuesday 10:30\nHi again! Bring the receipt.',
      // The agent's own opening, typed over the greeting (review 50).
      'Sorry for the wait!\nHi Tomasz, the scarf left today by tracked post.',
      'Apologies for the delay in replying.\nHi Tomasz, the scarf left today by tracked post.',
      'Thanks so much for waiting!\nHi Tomasz, the scarf left today by tracked post.',
      'Good news!\nHi Tomasz, the scarf left today by tracked post.',
    ];
    for (const text of kept) expect(kindOf(text, text.slice(0, 8)), text).not.toBe('quote');
  });

  it('reads nothing over a greeting parted by a blank line, past four lines, or over the customer\'s own greeting', () => {
    const parted = 'Order 4471 update.\n\nHi Tomasz, the scarf left today by tracked post.';
    expect(kindOf(parted, 'Order 4471')).not.toBe('quote');
    const deep = 'one.\ntwo.\nthree.\nfour.\nfive.\nHi Tomasz, the scarf left today.';
    expect(kindOf(deep, 'one.')).not.toBe('quote');
    const theirs = "still waiting.\nHi, my parcel still hasn't come\nSorry about that! It's out for delivery today.";
    expect(kindOf(theirs, 'still waiting')).not.toBe('quote');
  });
});
