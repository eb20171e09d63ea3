/**
 * Who the customer is upset with, and what they showed: a report of someone else's scam, a wish for a feature, a
 * customer who says they are calm or asks politely for speed is not upset with us; the same message that says it hurt
 * them, or names a feeling, still is. And an acknowledgement claims only what the message shows.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));
const sentences = (message: string) => (readMood(message)?.acknowledgements ?? []).map((a) => a.sentence).join(' ');

describe('whom the customer is upset with', () => {
  it.each([
    ['a phishing text they only report', 'FYI there is a phishing text doing the rounds with your logo on it, asking people to confirm a delivery fee.'],
    ['an email they think is a scam', 'Got an email saying my parcel is held at customs and I owe a fee. Is that a scam? I am not waiting for anything.'],
    ['scammers flagged in capitals', 'Scammers are using your name on Facebook ads: WARNING, DO NOT BUY FROM THE PAGE CALLED "SHOP OFFICIAL DEALS".'],
    ['a fake listing', 'There is a fraudster selling fake concert tickets on your marketplace, listing 5512. Thought you should know.'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['money taken by the scam', 'I clicked the link in a scam text and now £400 has gone from my account. Please help.'],
    ['their details given away', 'I think I was scammed, I typed my card number into a fake page that looked like yours.'],
  ])('still reads the worry of %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['"it would be nice if"', 'It would be nice if the app remembered my last delivery slot. Still no option for that after three updates!'],
    ['"any plans to"', 'Any plans to add a dark mode to the web version? Many times I work late and it is bright.'],
    ['a wish with a gripe', "My one gripe is the search, it still doesn't find half the recipes by ingredient."],
    ['a feature still missing after an update', 'Latest update and still no widget for the home screen. Other banks have had one for years.'],
  ])('reads a feature wish as no upset: %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it('keeps a feeling named beside a wish or beside "I\'m staying"', () => {
    expect(upset("I'm not leaving, but I'm really annoyed the price went up again. It would be nice if loyal customers got something.")).toBe(true);
  });

  it.each([
    ['"not a disaster"', 'The oven light has stopped working. Not a disaster, just need it fixed before Friday if possible.'],
    ['"no rush"', 'No rush at all, but the kettle I bought has stopped working. Could you send a new one?'],
    ['"not mad or anything"', 'Not mad or anything, but the second box was missing the lid.'],
  ])('reads no upset where the customer says they are calm: %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it('reads "immediately" as urgency only when it asks for speed', () => {
    expect(upset('Saw the trailer and immediately thought of your channel. Any chance of the old series coming back?')).toBe(false);
    expect(upset('Please cancel the duplicate order immediately.')).toBe(true);
  });

  it('reads a polite "as soon as possible" as a request, a bare one as urgency', () => {
    expect(upset('I hope you can send the activation code as soon as possible, thanks a lot.')).toBe(false);
    expect(upset('Locked out of the till software, need the code asap.')).toBe(true);
  });

  it('reads "I just wanted to check" as a question, "I just wanted" a working oven as disappointment', () => {
    expect(upset("The price is going up, that's fine. I just wanted to check my discount stays.")).toBe(false);
    expect(upset('I just wanted a working oven for Christmas. Now it is dead.')).toBe(true);
  });

  it('reads being left uninformed as upset: "nobody has told us anything"', () => {
    expect(upset('The lifts have been out since Monday and nobody has told us anything.')).toBe(true);
  });

  it('reads loyalty named beside a refusal as disappointment, loyalty alone as nothing', () => {
    expect(readMood('Why was my claim refused? I have paid you for eight years.')!.moods).toContain('disappointed');
    expect(upset('I have been a customer for eight years and want to add my daughter to the plan.')).toBe(false);
  });
});

describe('an acknowledgement claims only what the message shows', () => {
  it('names a contact history only when the customer says they got in touch', () => {
    expect(sentences("I've emailed three times about the missing part and heard nothing. Ridiculous.")).toMatch(/contact us three times/);
    expect(sentences('The game crashed multiple times tonight and I lost my progress. So annoying.')).not.toMatch(/contact|get in touch|chase/);
    expect(sentences('This is the second time the handle has snapped off. Useless.')).not.toMatch(/get in touch|chase/);
  });

  it('counts a numbered contact ("the 6th time I\'m messaging") and keeps names capitalised', () => {
    expect(sentences("This is the 6th time I'm messaging about the same fault. Useless.")).toMatch(/the 6th time you've had to get in touch/);
    expect(sentences('The lamp from Habitat arrived broken.')).toMatch(/the lamp from Habitat arrived broken/);
  });

  it('names a wait only when the time was spent waiting', () => {
    expect(sentences('My account was hacked 11 days ago and I am scared they will come back.')).not.toMatch(/waiting 11 days/);
    expect(sentences('Still waiting for my deposit, it has been three weeks now and nothing.')).toMatch(/waiting/);
  });

  it('says sorry without naming a feeling the customer did not show', () => {
    for (const message of ['The engineer was booked for Monday. Still nothing.', 'My parcel went to the wrong depot and I have had no update for 4 days.']) {
      const [ack] = readMood(message)!.acknowledgements;
      expect(ack!.sentence).not.toMatch(/I can see how|I know how|I understand (?:this|how)|frustrat|disappoint|worr/i);
    }
    expect(readMood('This is so frustrating, nothing works.')!.acknowledgements[0]!.sentence).toMatch(/frustrating/);
  });

  it('quotes no participle without its verb ("your claim for the roof refused")', () => {
    expect(sentences('Why was my claim for the roof refused? I have paid you for nine years.')).not.toMatch(/roof refused/);
  });
});

describe('what meets the feeling in the reply', () => {
  const analyzer = createAnalyzer(defaultPack);
  const asks = (text: string, customerMessage: string) =>
    analyzer.analyze(text, { customerMessage, channel: 'chat' }).findings.some((f) => f.ruleId === 'acknowledge-feelings');
  const message = "Third time I've chatted about the router cutting out. I've done every reset you asked. Fed up.";

  it('reads "I can see the tests on your account" as reading the record, not meeting the feeling', () => {
    expect(asks('I can see the line tests on your account. A new router goes out today.', message)).toBe(true);
    expect(asks('I can see how fed up you must be. A new router goes out today.', message)).toBe(false);
    expect(asks("I can see the line tests on your account, and I'm sorry it's come to this. A new router goes out today.", message)).toBe(false);
  });
});

describe('a quoted clause keeps its own verb', () => {
  it.each([
    ['a relative clause', 'They keep advertising this discount that simply does not exist. Ridiculous.'],
    ['a clause after "but"', 'I changed my password but that didn\'t work either, so annoying.'],
  ])('quotes no clause whose verb sits in another one: %s', (_name, message) => {
    for (const a of readMood(message)!.acknowledgements) expect(a.sentence).not.toMatch(/I'm sorry (?:your|the|this|a) [^—]* (?:that|but) /);
  });
});
