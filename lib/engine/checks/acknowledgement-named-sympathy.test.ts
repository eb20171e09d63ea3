/**
 * Sympathy for the one who went through it, by name or pet word ("Poor Bramble", "poor little guy", "Bless him"), meets
 * the feeling; the same adjective about a thing ("poor quality", "Poor fit", "poor Wi-Fi") names nothing felt, and the
 * reply is still asked for an acknowledgement. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const asked = (customerMessage: string, text: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.some((f) => f.ruleId === 'acknowledge-feelings');
const UPSET = 'My son came home from his swimming lesson in tears because the instructor shouted at him. He is terrified to go back.';
const reply = (line: string) =>
  `Hi Mrs Adebayo,\n\n${line} I've moved Tomi to Sunita's Saturday group, and she'll give him a calm first lesson at 10am.\n\nBest wishes,\nKaren`;

describe('sympathy said by name', () => {
  it.each(['Poor Tomi, that is not how his lessons should feel.', 'Oh, poor little guy.', 'Bless him, that must have been a long walk home.', 'Poor lad.'])(
    'meets the feeling with "%s"',
    (line) => {
      expect(asked(UPSET, reply(line))).toBe(false);
    },
  );

  it.each([
    'The poor quality of the pool sound system is being fixed.',
    'Poor fit goggles can make lessons harder.',
    'Poor Wi-Fi at the pool delayed your booking email.',
    'Thank you for your email about the lesson.',
  ])('still asks beside "%s"', (line) => {
    expect(asked(UPSET, reply(line))).toBe(true);
  });
});
