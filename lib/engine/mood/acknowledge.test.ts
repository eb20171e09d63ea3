import { describe, expect, it } from 'vitest';
import { readMood } from '../mood';
import { unsupportedClaims } from './acknowledge';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';

const first = (message: string) => readMood(message)!.acknowledgements[0];

describe('acknowledgements built from the mood and its evidence', () => {
  it('says a shouted word back calmly and keeps a short acronym', () => {
    expect(first('This is unacceptable. My order arrived BROKEN and I paid for express shipping!')!.sentence).toBe("I'm sorry your order arrived broken — that's a frustrating start.");
    expect(first('Hi, my new HDMI cable arrived broken. Not a great start.')!.sentence).toBe("I'm sorry your new HDMI cable arrived broken — that's a frustrating start.");
  });

  it('names what arrived broken, in the second person', () => {
    expect(first('Hi, the lamp arrived broken. Not a great start.')!.sentence).toBe("I'm sorry the lamp arrived broken — that's a frustrating start.");
    expect(first("The cake for my daughter's party is ruined.")!.sentence).toBe("I'm so sorry the cake for your daughter's party is ruined — I know how much it mattered.");
  });

  it('names a repeat contact, a wait, a fear for the account and a deadline', () => {
    expect(first("I've now written FOUR times about this. Incredible.")!.sentence).toMatch(/^I'm sorry you've had to contact us four times/);
    expect(first('Still waiting for my refund, it has been six weeks.')!.sentence).toMatch(/waiting|far too long|frustrating/);
    expect(first('I think my account was hacked, there are logins I do not recognise.')!.sentence).toMatch(/someone got into your account/);
    expect(first('The tickets never came and the concert is tonight!')!.sentence).toMatch(/the concert is tonight/);
  });

  it('never quotes a clause cut before its noun, a past time as the deadline, or account fraud for a stolen car', () => {
    const sentences = (message: string) => readMood(message)!.acknowledgements.map((a) => a.sentence).join(' ');
    expect(sentences('This is my 4th email about the broken hinge. Nobody answers.')).not.toMatch(/the broken —/);
    expect(first("Our team can't log in since this morning, we have a client demo in an hour.")!.sentence).toBe("I know the demo is in an hour, so I'm on this right away.");
    expect(sentences('2 hours on hold this morning trying to get an appointment. Gave up. Ridiculous.')).not.toMatch(/is this morning/);
    expect(sentences('Hi, I was charged £60 at the gate because my bag was 1kg over. This is a disgrace.')).not.toMatch(/charged twice/);
    expect(sentences('You charged me twice for the same order, this is unacceptable.')).toMatch(/charged twice/);
    expect(sentences('My car was stolen 5 weeks ago and I still have not heard anything. I am so worried.')).not.toMatch(/a payment you didn't make|someone else uses your details/);
  });

  it('never says back a place inside the subject as what failed (s22)', () => {
    const sentences = (message: string) => (readMood(message)?.acknowledgements ?? []).map((a) => a.sentence).join(' ');
    expect(sentences("The hearing loop your engineer put in our village hall doesn't work with anyone's aids. It's useless.")).not.toMatch(/village hall doesn't work/);
    expect(sentences('The dishwasher your fitter installed in my kitchen on Friday is broken already. Not happy.')).not.toMatch(/your kitchen/);
    expect(sentences('The radiator the plumber moved into the back bedroom keeps leaking. Ridiculous.')).not.toMatch(/the back bedroom keeps/);
    expect(first('Hi, the lamp arrived broken. Not a great start.')!.sentence).toBe("I'm sorry the lamp arrived broken — that's a frustrating start.");
  });

  it('fits the line to what the customer said: tickets bought, an answer not given, a card used, a clause with its preposition', () => {
    const sentences = (message: string) => (readMood(message)?.acknowledgements ?? []).map((a) => a.sentence).join(' ');
    expect(sentences("The show moved to a night I can't do and the site won't refund me. £90 for three tickets.")).not.toMatch(/contact us|keeps happening/);
    expect(sentences("I've raised three tickets about the login and nobody answers.")).toMatch(/contact us three times/);
    expect(first('Five weeks on and no one has told me if the repair is approved.')!.sentence).toMatch(/left without an answer/);
    expect(first('Someone used my credit card in Lisbon yesterday, I have never been there.')!.sentence).toMatch(/a payment you didn't make/);
    expect(sentences('The tent my daughter saved up for arrived ripped and the trip is ruined.')).not.toMatch(/saved up —/);
    expect(first("My tablet won't connect to the hotel wifi.")!.sentence).toBe("I'm sorry your tablet won't connect — that's so frustrating.");
  });

  it('reads a name in capitals and a quoted status as no sign of anger', () => {
    const moods = (message: string) => readMood(message)?.evidence.map((e) => e.cue) ?? [];
    expect(moods('My parcel from BRIGHT HOME STORE shows "awaiting collection". Any update?')).not.toContain('capitals');
    expect(moods('My parcel from BRIGHT HOME STORE shows "awaiting collection". Any update?')).not.toContain('sarcasm');
    expect(moods('WHERE IS MY PARCEL. THIS IS RIDICULOUS.')).toContain('capitals');
  });

  it('claims only what the message shows', () => {
    const sentences = (message: string) => (readMood(message)?.acknowledgements ?? []).map((a) => a.sentence).join(' ');
    // A plain question, a step repeated, a thing done "by accident": no upset to acknowledge.
    expect(sentences('Do both of us need to be there to sign the house purchase papers?')).toBe('');
    expect(sentences('I was logged out and now it asks me to set up the app again. Is that normal?')).toBe('');
    expect(sentences('I bought the gem pack twice by accident, please refund one of them.')).toBe('');
    expect(sentences('When I export the return I get "Error 0x80070005: Access is denied" and nothing saves. Is that on my side?')).toBe('');
    // No worry line for a fault or a disability, no "money worries" for a disputed charge, no "waiting" for a fault's duration.
    expect(sentences("Your anti-cheat keeps banning my screen reader. I'm blind. This is the third ban.")).not.toMatch(/worrying/);
    expect(sentences('Why was my card blocked while I was abroad? I couldn\'t pay for my hotel.')).not.toMatch(/money worries/);
    expect(sentences('The deposit return is wrong, you deducted £300 for cleaning.')).not.toMatch(/money worries/);
    expect(sentences("someone took £300 from my account that wasn't me, I need it back now")).toMatch(/a payment you didn't make/);
    expect(first('My phone not receive SMS since 3 days, and roaming not working.')!.sentence).toBe("I'm sorry this has been going on for 3 days — that's far too long.");
    // A clause holding the customer's "you" (us) is not quoted back; a clause cut before its complement is not either.
    expect(sentences('The floor sander you hired me stopped working after an hour.')).not.toMatch(/you hired you/);
    expect(sentences('My dress alterations were supposed to be ready 2 weeks before the wedding.')).not.toMatch(/supposed to be —/);
    expect(sentences('The boat had a broken toilet and a leaking hatch all week. Our holiday was miserable.')).not.toMatch(/a broken —/);
    expect(first('My daughter came home with a bump and nobody told me at pick-up. I am quite upset.')!.sentence).toBe("I'm sorry nobody told you — that's not good enough.");
    expect(first('Every time I call I am told next week. You have had my watch 4 months.')!.sentence).toMatch(/keep chasing us/);
  });

  it('never offers a sentence whose number, repeat, double charge, wait or contact history the message does not show', () => {
    expect(unsupportedClaims('My order is late.', "I'm sorry this has happened again — that's not good enough.")).toEqual(['a repeat']);
    expect(unsupportedClaims('I was charged £60.', "I'm sorry you were charged twice — I know how much that matters.")).toEqual(['a double charge']);
    expect(unsupportedClaims('My SMS has not worked since 3 days.', "I'm sorry you've been waiting 4 days — that's far too long.")).toEqual(['"4"', 'a wait']);
    expect(unsupportedClaims("I've now written FOUR times about this.", "I'm sorry you've had to contact us four times about this — you shouldn't have had to chase us.")).toEqual([]);
  });

  it('falls back to the general line for the mood when there is no reason to quote', () => {
    const ack = first('This is so frustrating.')!;
    expect(ack.specific).toBe(false);
    expect(ack.sentence).toMatch(/frustrating/);
  });

  it('offers none to a happy customer, and the coach suggests none either', () => {
    const message = 'I picked the wrong colour, thanks for the help!';
    expect(readMood(message)!.acknowledgements).toEqual([]);
    const analysis = createAnalyzer(defaultPack).analyze('Good news — you do not need a new ticket, the swap is already booked.', { customerMessage: message });
    expect(analysis.findings.some((f) => f.ruleId === 'acknowledge-feelings')).toBe(false);
  });

  it('puts the named acknowledgement into the suggestion', () => {
    const analysis = createAnalyzer(defaultPack).analyze('Hi Anna, a new lamp is on its way and will arrive on Friday.', {
      customerMessage: 'Hi,\n\nThe lamp arrived broken - the glass shade was in pieces.\n\nAnna',
    });
    const finding = analysis.findings.find((f) => f.ruleId === 'acknowledge-feelings')!;
    expect(finding.suggestions[0]).toBe("Hi Anna, I'm sorry the lamp arrived broken — that's a frustrating start. A new lamp is on its way and will arrive on Friday.");
  });
});

describe('a wait the customer says is over', () => {
  const sentences = (message: string) => readMood(message)!.acknowledgements.map((a) => a.sentence).join(' ');
  it.each([
    "I waited three weeks for my refund and had to email twice. It's finally arrived today, but it shouldn't take that long.",
    'I waited two weeks for the parcel. It has now arrived, but two weeks is ridiculous.',
    'Waited 10 days for my card. Finally got it this morning. Not good enough.',
  ])('is named in the past: %s', (message) => {
    expect(sentences(message)).toMatch(/I'm sorry you had to wait/);
    expect(sentences(message)).not.toMatch(/you've been waiting/);
  });

  it.each([
    'I have been waiting three weeks for my refund. Where is it?',
    'Still waiting after two weeks for the parcel. This is ridiculous.',
    'Waited 10 days for my card and it still has not arrived.',
    "I posted my sample back three weeks ago and the app still says 'awaiting sample'. Has it arrived?",
  ])('is named as going on while it does: %s', (message) => {
    expect(sentences(message)).not.toMatch(/you had to wait/);
  });
});
