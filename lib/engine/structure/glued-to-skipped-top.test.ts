import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe('bare lines glued to a block read as someone else\'s at the top (session 52)', () => {
  it("reads a bare heading right over a pasted turn with the turn, and the agent's text under it as theirs", () => {
    const heading = "Order enquiry from the website\n[10:02] Visitor: where is my order?\n\nI've checked it, and it arrives on Friday.";
    expect(kindOf(heading, 'Order enquiry')).toBe('quote');
    expect(kindOf(heading, "I've checked")).toBe('body');
    const title = 'Post by Maria Lopez\n[10:02] Maria: my parcel never came\n\nHi Maria,\nSorry about that! I\'ve checked, and it is at the depot.';
    expect(kindOf(title, 'Post by Maria Lopez')).toBe('quote');
    expect(kindOf(title, 'Hi Maria')).toBe('greeting');
  });

  it("reads bare lines glued between a pasted turn and the agent's greeting with the turn, however many lines stand above", () => {
    const text =
      '[10:01] Visitor: hello\n[10:01] Visitor: anyone?\n[10:02] Visitor: my order\n[10:02] Visitor: 7730\nparcel still not here\nHi Sam,\nI\'ve checked order 7730 and it arrives on Friday.';
    expect(kindOf(text, 'parcel still not here')).toBe('quote');
    expect(kindOf(text, 'Hi Sam')).toBe('greeting');
    expect(kindOf(text, "I've checked")).toBe('body');
  });

  it('reads a bare line glued under a pasted turn with it, with a blank line before the agent\'s text (the paragraph is the turn\'s)', () => {
    const text = '[10:02] Visitor: where is my refund?\nit was due last week\n\nYou should see it on your card within 3 days.';
    expect(kindOf(text, 'it was due last week')).toBe('quote');
    expect(kindOf(text, 'You should see it')).toBe('body');
  });

  it("keeps the agent's own terse first line under a pasted turn: \"also\" below it, a first name alone over the turn", () => {
    const also = "[10:02] Visitor: where is my refund?\nRefund done 👍\nI've also added a £5 credit for the wait.";
    expect(kindOf(also, 'Refund done')).toBe('body');
    const salutation = "Amir\n[10:02] Visitor: where is my refund?\n\nI've sent it today.";
    expect(kindOf(salutation, 'Amir')).toBe('body');
  });

  it("reads nothing when no skipped line stands in the bare lines' block or the agent's text below does not open a reply", () => {
    const noBlock = "Order 4471\nBasket 3 items\nCheckout started on mobile\nI've saved your basket for 24 hours.";
    expect(kindOf(noBlock, 'Order 4471')).toBe('body');
    const impersonal = 'Order enquiry from the website\n[10:02] Visitor: where is my order?\n\nThe order left the depot on Friday.';
    expect(kindOf(impersonal, 'Order enquiry')).toBe('body');
  });

  it("keeps the agent's inline answer under a quote that marks each of its lines, with a blank line under it (review 52)", () => {
    const blank = '> Where is my refund?\nRefund sent today\n\nYou should see it on your card within 3 days.';
    expect(kindOf(blank, 'Refund sent today')).toBe('body');
    const header = 'On Mon, 3 Jun 2024 at 10:02, Sam <sam@example.com> wrote:\n> Where is my refund?\nRefund sent today\n\nYou should see it in 3 days.\n\nAna';
    expect(kindOf(header, 'Refund sent today')).toBe('body');
    const guillemets = '» Where is my refund?\n» It was due last week.\nRefund sent today\nAll done\n\nYou should see it in 3 days.';
    expect(kindOf(guillemets, 'Refund sent today')).toBe('body');
    expect(kindOf(guillemets, 'All done')).toBe('body');
    // A transcript's turn marks only its first line: the bare line under it stays the turn's.
    const turn = '[10:02] Visitor: where is my refund?\nit was due last week\n\nYou should see it on your card within 3 days.';
    expect(kindOf(turn, 'it was due last week')).toBe('quote');
  });
});
