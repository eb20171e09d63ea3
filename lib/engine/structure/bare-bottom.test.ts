import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe("bare lines under the agent's last line in person (session 51)", () => {
  it("reads an app's, a survey's or a tool's bare lines under the agent's text as someone else's", () => {
    const sent = "Hi Sam,\nWe'll ring you before the driver sets off.\nMessage sent by Acme Assist";
    expect(kindOf(sent, 'Message sent')).toBe('footer');
    expect(kindOf(sent, "We'll ring")).toBe('body');
    const survey = "I've refunded the order, you'll see it by Friday.\nSatisfaction survey sent to the customer";
    expect(kindOf(survey, 'Satisfaction')).toBe('footer');
    const two = "I've refunded it.\nAutomatic reply from Acme Support\nFeedback requested from the customer";
    expect(kindOf(two, 'Automatic reply')).toBe('footer');
    expect(kindOf(two, 'Feedback requested')).toBe('footer');
    const parted = "Thanks for your patience, you will get it by Friday.\n\nReply from Acme Support via Messenger";
    expect(kindOf(parted, 'Reply from')).toBe('footer');
  });

  it("keeps the agent's own last lines: a terse note, a closing move, a name, a link, an order, one word, a postscript", () => {
    const kept: [string, string][] = [
      ["I've gone through the order with the courier.\nParcel booked\nTracking number to follow by text", 'Parcel booked'],
      ["I've gone through the order with the courier.\nParcel booked\nTracking number to follow by text", 'Tracking number'],
      ["Let me know if that helps!\nHave a great day and enjoy the new chat feature", 'Have a great'],
      ["I've added the credit to your account.\nThanks for chatting with us today", 'Thanks for'],
      ['You can follow the status of your order here:\nhttps://example.com/orders/4471', 'https://'],
      ["I've reset it for you.\nOpen the app and sign in with the new chat code", 'Open the app'],
      ["I've reset the chat widget for you.\nResolved", 'Resolved'],
      // A status the agent types is theirs, and the status-resolved rule is written for it.
      ['Your password has been reset.\nStatus: closed', 'Status: closed'],
      ['The refund went out this morning, you will see it by Friday.\nPS the chat app shows it too', 'PS the'],
      ["I've booked the engineer for Tuesday.\n#SupportSquad · #TeamWork", '#SupportSquad'],
      // An order after a lead-in clause: the agent's closing offer (review51).
      ["I'm glad it's sorted.\nAny other questions, just reply to this message", 'Any other'],
      ["I've moved the booking for you.\nIf the chat drops, text the WhatsApp line", 'If the chat'],
    ];
    for (const [text, line] of kept) expect(kindOf(text, line), text).not.toBe('footer');
  });

  it("needs the agent's own line in person above, not a lead-in, and no sign-off under it; and reads at most three lines", () => {
    const noPerson = 'The parcel left the depot this morning.\nMessage sent by Acme Assist';
    expect(kindOf(noPerson, 'Message sent')).toBe('body');
    const leadIn = "Here's the note the app added:\nMessage sent by Acme Assist";
    expect(kindOf(leadIn, 'Message sent')).toBe('body');
    const four = "I've refunded it.\nAutomatic reply from Acme Support\nFeedback requested from the customer\nSatisfaction survey sent to the customer\nMessage sent by Acme Assist";
    expect(kindOf(four, 'Automatic reply')).toBe('body');
    const signed = "I've refunded it.\nMessage sent by Acme Assist\n\nBest,\nAnn";
    expect(kindOf(signed, 'Message sent')).toBe('body');
  });

  it('stays bounded on a very long last line', () => {
    const text = `I've refunded it.\nMessage sent by ${'Acme Assist '.repeat(20_000)}`;
    expect(kindOf(text, 'Message sent')).toBe('body');
  });

  it("keeps fields that name what the agent's line above names: the details of their own step (session 53)", () => {
    const details = "Hi Sam,\nI've booked your delivery for you.\nDelivery Friday · 9–11am";
    expect(kindOf(details, 'Delivery Friday')).toBe('body');
    const slot = "Hi Sam,\nYour repair slot is confirmed, and the engineer will call first.\nRepair slot | Tuesday | 8–10am";
    expect(kindOf(slot, 'Repair slot |')).toBe('body');
  });

  it("still reads an app's fields under the agent's line when they name nothing it names, or name the chat (session 53)", () => {
    const ended = "Hi Sam,\nI've booked your delivery for you.\nChat ended · 14:02";
    expect(kindOf(ended, 'Chat ended')).toBe('footer');
    const rated = "Hi Sam,\nI've booked your delivery for you.\nDelivery chat rated · 4 stars";
    expect(kindOf(rated, 'Delivery chat rated')).toBe('footer');
  });
});
