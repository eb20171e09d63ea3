/**
 * The acknowledgement check on real social replies (session 33): a tweet that tells its situation as facts is met by
 * the steps or a way in, as a plain fault already was. A stretch only the learned reader found upsetting, an account
 * broken into named as a fact, or help asked for "asap" with no deadline of the customer's own are such facts; a feeling
 * named or a time of their own still gets the flag, and so does the same tweet answered in an e-mail. A sorry for the
 * trouble they are having with a named thing meets them beside help, not beside a brush-off; a "can't" of the
 * customer's in the reply is no refusal; thanks for their care for others meets anger on others' behalf; "That's not
 * what we like to hear!" meets them.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { readMood } from '../mood';

const analyzer = createAnalyzer(defaultPack);
const flagged = (customerMessage: string, reply: string, channel: 'social' | 'chat' | 'email' = 'social') =>
  analyzer.analyze(reply, { customerMessage, channel }).findings.some((f) => f.ruleId === 'acknowledge-feelings');

describe('a situation told as facts on social, met by the steps or a way in', () => {
  it.each([
    [
      'a fault only the learned reader found',
      'Today I was finishing my fishing quests, I have all 50 fish and I am unable to hand them in. Whenever I talk to the trader the game just sits on a black screen.',
      'Which platform are you playing on? Let us know so we can help further. *KT',
    ],
    [
      'a reason told, only the learned reader upset',
      "I'm not receiving the code to verify my number. I know the number is right, because I tried adding it to a second account and it said it was already in use by mine",
      'Please follow this link so we can help you one-on-one: <url> *MS',
    ],
  ])('asks for nothing in %s', (_name, message, reply) => {
    expect(readMood(message)?.evidence.map((e) => e.cue)).toEqual(['learned']);
    expect(flagged(message, reply)).toBe(false);
  });

  const HACKED = 'think my insta got hacked, the email on it changed overnight. how do i get it back';
  const RECOVERY = 'Hey! Head to <url> and follow the steps to secure your account and get back in. ^RB';
  it('meets an account broken into, told as a fact, with the way back in', () => expect(flagged(HACKED, RECOVERY)).toBe(false));
  it('the same tweet answered by e-mail still asks for the words', () => expect(flagged(HACKED, RECOVERY, 'email')).toBe(true));
  it('a fear named beside the hack still asks for them', () =>
    expect(flagged("my account got hacked and I'm honestly terrified, they have my card on there", RECOVERY)).toBe(true));
  it("reads the customer's own can't in the reply as their problem, not a refusal", () =>
    expect(flagged('my account was hacked and now I can\'t get in to it', "For help getting into an account you can't access, these steps work from any device: <url> ^DW")).toBe(false));

  it("still reads the agent's own no said as the customer's can't: a refusal, not their problem", () =>
    expect(flagged('my account was hacked and now I can\'t get in to it', "You can't return opened items, our policy is here: <url> ^DW")).toBe(true));

  const STEPS = 'Hi Tomi! These steps walk you through resetting 2FA from a new device: <url> Let us know how you get on.';
  it('meets help asked for asap with the steps', () => expect(flagged('need to reset my 2FA, lost my old phone. pls help asap', STEPS)).toBe(false));
  it('a deadline of their own still asks for the words', () => expect(flagged('need to reset my 2FA today, my exam portal closes at 5pm', STEPS)).toBe(true));
});

describe('a sorry for the trouble with a named thing', () => {
  const ANNOYED = "the router keeps dropping every evening and it's SO annoying";
  it('meets them beside help', () =>
    expect(flagged(ANNOYED, "I'm sorry you're having issues with your broadband. These checks fix most evening drops: <url> DM us if it carries on. ^JD")).toBe(false));
  it('is a formula before a brush-off', () =>
    expect(flagged(ANNOYED, "I'm sorry you're having issues with your broadband. Please contact your landlord, the line in your building is not something we can help with.")).toBe(true));
  it('names nothing without the thing', () => expect(flagged(ANNOYED, 'Sorry to hear you are experiencing issues. These checks fix most evening drops: <url> ^JD')).toBe(true));
});

describe("anger on others' behalf", () => {
  const REPORT = "Fake sellers are flogging counterfeit chargers on your marketplace AGAIN and someone's going to get hurt. Disgraceful.";
  it('is met by thanks for their care for other buyers', () =>
    expect(flagged(REPORT, "We've pulled the listings you linked and our safety team is checking the rest. Thanks for looking out for other buyers. ~Priya")).toBe(false));
  it('is not met by the action alone', () => expect(flagged(REPORT, "We've pulled the listings you linked and our safety team is checking the rest. ~Priya")).toBe(true));
});

describe('their news taken badly, in our words', () => {
  const FED_UP = 'getting really tired of the player freezing every ten minutes, cancelling soon';
  it.each(["That's not what we like to hear! Which TV are you watching on? These steps may help: <url>", 'Hmm, not what we love to hear. Which TV are you watching on? <url>'])(
    'meets them: %s',
    (reply) => expect(flagged(FED_UP, reply)).toBe(false),
  );
  it('the help alone does not', () => expect(flagged(FED_UP, 'Which TV are you watching on? These steps may help: <url>')).toBe(true));
});
