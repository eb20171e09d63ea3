/**
 * Session 50 (issue #10): a reply that meets the customer warmly in its own words, pushes back nowhere and where no phrase
 * rule warns or suggests anything is warm as a whole, so the acknowledgement check makes no card there, not even a hint.
 * Beside a phrase rule's warning or suggestion it stays a hint; a bare "Thank you for telling us." is no warmth of the
 * agent's own; a death in the family is owed words whatever the reply does. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { warmInOwnWords } from '../warm-in-own-words';

const analyzer = createAnalyzer(defaultPack);
const card = (customerMessage: string, text: string, channel: 'email' | 'chat' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings')?.severity;

const SCARED = "Mum's oxygen machine is beeping and I'm scared. What do I do?";
const SAD = "I'm really upset, my daughter's birthday cake came with the wrong name iced on it.";
const cake = (line: string, rest = 'A new cake with the right name will be ready to collect on Thursday.') => `Hi Jo,\n\n${line} ${rest}\n\nBest,\nSam`;

describe('a reply warm as a whole in its own words', () => {
  it.each([
    cake("I'm so glad you told us straight away."),
    cake("That's so kind of you to give us another go."),
    cake('Good catch on the spelling!'),
  ])('makes no acknowledgement card: %s', (text) => {
    expect(card(SAD, text)).toBeUndefined();
  });

  it('makes none for a frightened customer met with gladness and help on its way', () => {
    const text = "I'm here, and I'm glad you messaged. I'm sending our engineer Ravi to you now; he'll be with you in about 30 minutes. Until then, switch it to the spare cylinder.";
    expect(card(SCARED, text, 'chat')).toBeUndefined();
  });
});

describe('the card stays', () => {
  it('as a hint where a phrase rule warns or suggests elsewhere in the reply', () => {
    const advised = 'A new cake will be ready on Thursday, kindly be advised that collection is from 9am.';
    expect(card(SAD, cake("I'm so glad you told us straight away.", advised))).toBe('hint');
  });

  it('as a sure suggestion where the reply stands its ground, however glad', () => {
    expect(card(SAD, cake("I'm glad you got in touch.", 'Unfortunately we cannot refund cakes once they have been collected.'))).toBe('suggestion');
  });

  it('where the thanks only say "Thank you for telling us."', () => {
    const shaking = "I told you my son has a nut allergy and the curry had cashews in it. He's ok, we spotted them, but I'm shaking";
    const text = "Thank you for telling us. I've refunded the £24.60 order and reported the restaurant to our food safety team, who will contact them today.";
    expect(card(shaking, text, 'chat')).toBeDefined();
  });

  it('where a death in the family is told, whatever the reply does', () => {
    const loss = 'My father passed away last month and his subscription is still charging his card. I am so upset.';
    expect(card(loss, cake("Thank you for telling us about your father; I'm glad you wrote to us.", "I've cancelled the subscription and refunded last month's charge."))).toBeDefined();
  });
});

describe('a bare thanks for telling', () => {
  it.each([
    'Thank you for telling us.',
    'Thanks for sharing!',
    'Thank you for telling me.',
    // Review 50: an emoji, an emoticon, an ellipsis or the customer's name after it names nothing of theirs either.
    'Thank you for telling us 🙏',
    'Thanks for sharing :)',
    'Thank you for telling us…',
    'Thank you for telling us, Sam.',
  ])('is no warmth of the agent own: "%s"', (line) => {
    expect(warmInOwnWords(line)).toBe(false);
  });

  it.each(['Thank you for telling us, and I am glad you spotted it in time.', 'Thank you for telling me a bit about your son.', 'Thanks for sharing this'])(
    'still counts when it names something of theirs or goes on: "%s"',
    (line) => {
      expect(warmInOwnWords(line)).toBe(true);
    },
  );
});
