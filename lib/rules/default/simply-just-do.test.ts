/**
 * The card's message fits what the card offers (session 53, found using the demo by hand): where a step is a
 * telling-off ("Just try again next time") no "Could you…?" is offered, so the message must not recommend a request
 * beside "only you can write this one".
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { defaultPack } from '.';

const analyzer = createAnalyzer(defaultPack);
const cardOf = (text: string) => analyzer.analyze(text).findings.find((f) => f.ruleId === 'simply-just-do');

describe('simply-just-do message', () => {
  it('recommends no request on a card that offers none', () => {
    const card = cardOf('Just try again next time.');
    expect(card?.suggestions).toEqual([]);
    expect(card?.message).toMatch(/^Respect: "Just try again next time" makes a step sound trivial/);
    expect(card?.message).not.toMatch(/request|ask/i);
  });

  it('still reads beside the request it offers', () => {
    const card = cardOf('Simply restart the app.');
    expect(card?.suggestions[0]).toMatch(/^Could you restart the app\?$/);
    expect(card?.message).toMatch(/without making it sound easy/);
  });
});
