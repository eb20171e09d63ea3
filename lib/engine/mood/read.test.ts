import { describe, expect, it } from 'vitest';
import { readMood } from '../mood';

const moodsOf = (text: string) => readMood(text)?.moods ?? [];

describe('readMood', () => {
  it('reads a repeat contact with a sarcastic "Incredible." as frustration', () => {
    const reading = readMood("I've now written FOUR times about my order. Incredible.")!;
    expect(reading.moods).toContain('frustrated');
    expect(reading.evidence.map((e) => e.cue)).toEqual(expect.arrayContaining(['repeat-contact', 'sarcasm']));
  });

  it('reads fear for an account, loss of something for an event, and money at stake', () => {
    expect(moodsOf('I think my account was hacked')).toContain('worried');
    expect(moodsOf("The cake for my daughter's party is ruined.")).toContain('disappointed');
    expect(moodsOf("I can't pay another $200 this month.")).toContain('worried');
  });

  it('reads emoji', () => {
    expect(moodsOf('The dress came in the wrong size 😢')).toContain('disappointed');
    expect(moodsOf('Order cancelled after 90 minutes 😡')).toContain('frustrated');
    expect(moodsOf('Thank you, all sorted 🙏')).toEqual(['happy']);
  });

  it('reads negation: "not happy" is unhappy, "not worried" and "no problem" are calm', () => {
    expect(moodsOf('I am not happy with how this was handled.')).toContain('frustrated');
    expect(moodsOf("I'm not worried about it, just checking: does my policy cover skiing?")).toEqual([]);
    expect(moodsOf('No problem at all about the delay, thanks!')).toEqual(['happy']);
  });

  it('reads no mood from "??" alone, from the word "tomorrow", or from a plain question', () => {
    expect(moodsOf('??')).toEqual([]);
    expect(moodsOf('Will my order arrive tomorrow?')).toEqual([]);
    expect(moodsOf('Could this happen again next week?')).toEqual([]);
    expect(readMood('')).toBeNull();
  });

  it('reads urgency from a need with a near time, and calms it with "no rush"', () => {
    expect(moodsOf('I need the invoice today for my accountant.')).toContain('urgent');
    expect(moodsOf('The concert is tonight and the tickets never arrived.')).toContain('urgent');
    expect(moodsOf('No rush, but I need the statement by Friday.')).not.toContain('urgent');
  });

  it('reads a question that plans, or asks what is required, as no hurry; a request for something by a time stays urgent', () => {
    expect(moodsOf('Hi, do I need to bring anything when I pick up the car on Saturday?')).not.toContain('urgent');
    expect(moodsOf('can I bring a guest to the meeting room tomorrow?')).not.toContain('urgent');
    expect(moodsOf('Should we arrive early for the appointment on Friday?')).not.toContain('urgent');
    expect(moodsOf('Can you deliver before my wedding on Saturday?')).toContain('urgent');
    expect(moodsOf('Can I get a replacement today, I need it for work?')).toContain('urgent');
  });

  it('keeps a thankful customer happy, with no acknowledgement needed', () => {
    const reading = readMood('I picked the wrong colour, thanks for the help!')!;
    expect(reading.moods).toEqual(['happy']);
    expect(reading.needsAcknowledgement).toBe(false);
  });

  it('does not read thanks beside a complaint as happiness', () => {
    expect(moodsOf('Thanks for the quick reply, but the replacement is broken too.')).toEqual(['frustrated']);
  });

  it('gives evidence as exact substrings of the message, with their offsets', () => {
    const message = 'Hello,\u00a0\u00a0\n\n\nMy   parcel   arrived smashed   and I am   furious.\n\nThanks, Maria';
    const reading = readMood(message)!;
    expect(reading.evidence.length).toBeGreaterThan(0);
    for (const e of reading.evidence) expect(message.slice(e.start, e.end)).toBe(e.text);
    expect(reading.customerName).toBe('Maria');
  });

  it('ignores the quoted earlier conversation', () => {
    const message = 'Thanks, that fixed it!\n\nOn Tue, 3 June, Support wrote:\n> We are sorry your order arrived damaged and you were frustrated.';
    expect(moodsOf(message)).toEqual(['happy']);
  });

  it('reads service situations stated as facts: money taken, a failed visit, a threat to a home or business', () => {
    expect(moodsOf("I cancelled my direct debit in March and you've taken £10 three more times. I want it back.")).toContain('frustrated');
    expect(moodsOf('My meter reading is wrong and my bill is double.')).toContain('frustrated');
    expect(moodsOf('Your engineer turned up 3 hours late and then left without fixing the boiler.')).toContain('frustrated');
    expect(moodsOf('My transfer has not arrived and my landlord is threatening to evict me.')).toContain('worried');
    expect(moodsOf("My laptop won't charge anymore. I've tried two outlets.")).toContain('frustrated');
    expect(moodsOf('My withdrawal has been pending for 5 days. I need those funds.')).toEqual(expect.arrayContaining(['frustrated', 'worried']));
    expect(moodsOf('Hi, I chipped a tooth last night and it really hurts. Can I get in today?')).toContain('worried');
    expect(moodsOf('@FlexGym charged after cancelling, 2 months in a row. Thieves.')).toContain('frustrated');
    expect(moodsOf('the food arrived cold and half the order was missing. I paid £38 for this')).toContain('frustrated');
    expect(moodsOf('Our dashboards show stale data since the release. Our exec review is in 2 hours.')).toContain('urgent');
  });

  it('reads no upset from a request, a show\'s tickets, a price "times as much", a name in quotes or someone else\'s scam', () => {
    expect(moodsOf('Can you please fix it when you get a chance?')).toEqual([]);
    expect(moodsOf('I booked two tickets for Saturday. Can I swap to the evening show?')).toEqual([]);
    expect(moodsOf('They sell it for 3 times as much on other sites.')).toEqual([]);
    expect(moodsOf('Can I add Jonathan Groff\'s song to the “Disney Hits” playlist!!')).toEqual([]);
    expect(moodsOf('There is a new phishing scam going around, do not click the link.')).toEqual([]);
    expect(moodsOf("I'll be abroad from tomorrow for two weeks. Do I need to switch on roaming?")).toEqual([]);
    expect(moodsOf('How can I report a website committing fraud on your platform?')).toEqual([]);
    expect(moodsOf('what email do I use to forward spam emails, phishing like there from Apple?')).toEqual([]);
    expect(moodsOf('what do i do? i bought the pack and got everything but the coins.')).toEqual([]);
    expect(moodsOf("Printer shows error E-47 and won't print anything.")).toEqual([]);
    expect(moodsOf('OAuth keeps failing with invalid_grant.')).toEqual([]);
    expect(moodsOf("Printer shows error E-47 and won't print anything. This is ridiculous.")).toContain('frustrated');
    // Their own account is another matter.
    expect(moodsOf('I clicked a phishing link and now someone used my card.')).toContain('worried');
  });

  it('stays bounded on a huge pasted message (1,300 empty HTML paragraphs)', () => {
    const message = `My order is late again and I'm angry.${'\n<p>&nbsp;</p>\u00a0\n'.repeat(1_300)}${'word '.repeat(50_000)}`;
    const reading = readMood(message)!;
    expect(reading.moods).toContain('frustrated');
    for (const e of reading.evidence) expect(e.end).toBeLessThanOrEqual(20_000);
  });

  it('reads a question about cover as a question, not a fault report; a wait of months with no reason as frustration', () => {
    expect(readMood('Can you tell me if my policy covers a cracked windscreen?')?.moods ?? []).toEqual([]);
    expect(readMood('Is a damaged parcel covered by your warranty?')?.moods ?? []).toEqual([]);
    expect(readMood('My windscreen is cracked and nobody has called me back.')?.moods).toContain('frustrated');
    expect(readMood("Her appointment was cancelled with no reason. She's been waiting 6 months.")?.moods).toContain('frustrated');
  });
});
