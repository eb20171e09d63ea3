/**
 * An acknowledgement said back in the agent's own words counts: the ordeal conceded ("far too much", "you've been passed
 * around"), and a worry answered with a glad "Not a problem at all!". The same reassurance does not meet anger, and a
 * reply that names nothing is still asked for one. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const asked = (customerMessage: string, text: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.some((f) => f.ruleId === 'acknowledge-feelings');
const PASSED = 'I have been passed between three teams about the leak allowance for our shop. Can someone just own this?';
const reply = (line: string) => `Hi Mr Osei,\n\n${line} I've applied the leak allowance of £612 to your account today.\n\nKind regards,\nJune`;

describe('the ordeal said back', () => {
  it.each([
    "You've been passed around far too much, and I'm going to own this from here.",
    'You have been bounced between teams, and that stops with me.',
    "You've been sent from one team to the next, which should never happen.",
    "That's far too many teams for one question.",
    'You have had to explain this far too often.',
    "You've been pushed back and forth for weeks, and I'm sorry.",
  ])('meets the feeling with "%s"', (line) => {
    expect(asked(PASSED, reply(line))).toBe(false);
  });

  it.each([
    'Your account shows the allowance was requested on 2 May.',
    'The allowance is handled by our billing team.',
    'Leak allowances are applied once per year.',
    'Thank you for your email about the leak allowance.',
    'We have received your request.',
    'Please note the allowance covers the shop only.',
  ])('still asks beside "%s"', (line) => {
    expect(asked(PASSED, reply(line))).toBe(true);
  });
});

describe('a worry answered with a glad no-problem', () => {
  const WORRY = "Quick q — is it OK if I wash the merino jumper at 30? I'm worried I'll shrink it.";
  it.each(['Not a problem at all!', 'No problem at all —', 'Not an issue!', 'No bother at all!'])('meets a worry with "%s"', (opening) => {
    expect(asked(WORRY, `Hi Kat,\n\n${opening} 30 on a wool cycle is fine, just lay it flat to dry.\n\nBest,\nSam`)).toBe(false);
  });

  it('does not meet anger with it', () => {
    const ANGRY = 'This is the third time the jumper has come back shrunk from your cleaning. I am furious.';
    expect(asked(ANGRY, 'Hi Kat,\n\nNot a problem at all! 30 on a wool cycle is fine, just lay it flat to dry.\n\nBest,\nSam')).toBe(true);
  });
});
