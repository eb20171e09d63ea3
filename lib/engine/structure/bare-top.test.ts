import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe('a bare line glued over the agent\'s first line in person (session 50)', () => {
  it('reads one or two bare, impersonal lines glued over the agent\'s line in person as someone else\'s', () => {
    const post = "worst app update ever, nothing loads\nI'm sorry it's playing up. Could you tell me which phone you're on?";
    expect(kindOf(post, 'worst app update')).toBe('quote');
    expect(kindOf(post, "I'm sorry")).toBe('body');
    const tool = 'Chat transferred from Sales\nOrder 7730 delivered to locker 12\nYour parcel is in the locker by the station, and the code is in your app.';
    expect(kindOf(tool, 'Chat transferred')).toBe('quote');
    expect(kindOf(tool, 'Order 7730')).toBe('quote');
    expect(kindOf(tool, 'Your parcel')).toBe('body');
  });

  it("keeps the agent's own first line: a sentence, an inner sentence's end, an address, a name, a lead-in, a question, an opening", () => {
    const kept = [
      'The late fee has been removed.\nYou will see it on the next statement.',
      "That's really frustrating, and twice in a year is not acceptable. 🧵 1/2\nPlease DM us your file reference and we'll chase it.",
      "Amir —\nI've checked the booking and your seats are together now.",
      "Amir\nI've checked the booking and your seats are together now.",
      'Quick update on the booking:\nYour seats are together now.',
      'Changing the delivery date to Friday?\nYes, done: you will get a new confirmation shortly.',
      "Oh no\nI'm so sorry the jug arrived cracked.",
      "Sam here\nI've got your order open now.",
      'Call Tom 10:40\nHe has your order details.',
    ];
    for (const text of kept) expect(kindOf(text, text.slice(0, 8)), text).toBe('body');
  });

  it('needs the line glued: a blank line under it, three lines over the agent, or no line in person below keeps it', () => {
    const parted = "Refund for order 7730\n\nI've sent it back to your card today.";
    expect(kindOf(parted, 'Refund for order')).toBe('body');
    const deep = "Order 4471\nBasket 3 items\nCheckout started on mobile\nI've saved your basket for 24 hours.";
    expect(kindOf(deep, 'Order 4471')).toBe('body');
    const impersonal = 'Order 7730 delivered to locker 12\nThe code is 4471.';
    expect(kindOf(impersonal, 'Order 7730')).toBe('body');
  });

  it("keeps the agent's own terse first line where their next line goes on from it with \"also\" (review 50)", () => {
    const kept = [
      "Refund sent\nI've also added a £5 credit to your account for the trouble.",
      "Order #123 shipped today\nI've also upgraded you to next-day delivery.",
      'Booking moved to Friday 10am\nAlso, your parking space is moved with it.',
      'All sorted now\nWe also refunded the delivery fee.',
    ];
    for (const text of kept) expect(kindOf(text, text.slice(0, 8)), text).toBe('body');
    const post = "worst app update ever, nothing loads\nI'm sorry it's playing up, and I've also passed it to our app team.";
    expect(kindOf(post, 'worst app update')).toBe('quote');
  });

  it("keeps the agent's report of a step marked done, whatever the line below says (session 53)", () => {
    const done = 'Refund done 👍\nYou should see it in 3–5 days.';
    expect(kindOf(done, 'Refund done')).toBe('body');
    const ticked = 'Address updated ✅\nYour next parcel goes to the new flat.';
    expect(kindOf(ticked, 'Address updated')).toBe('body');
  });

  it('still quotes a bare line with a thumbs-up that reports no step of the agent\'s (session 53)', () => {
    const post = "worst app update ever 👍\nI'm sorry it's playing up. Could you tell me which phone you're on?";
    expect(kindOf(post, 'worst app update')).toBe('quote');
  });
});
