/**
 * wall-of-text in chat and social counts words, not only sentences: many short sentences well inside the word limit
 * (a social reply asking three quick questions) are no wall, while a paragraph past the sentence limit and near the word limit is.
 * Replies invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import type { Channel } from '../channel';

const analyzer = createAnalyzer(defaultPack);
const walls = (text: string, channel: Channel) => analyzer.analyze(text, { channel }).findings.filter((f) => f.ruleId === 'wall-of-text');

describe('wall-of-text and short sentences', () => {
  it('leaves a social reply of seven short sentences alone', () => {
    const reply =
      'Hi Dana, sorry about that. Does it happen with every file? Any error code on screen? Which app version? Send us a screenshot. We will take a look. Thanks!';
    expect(walls(reply, 'social')).toEqual([]);
  });

  it('still breaks a paragraph past the sentence limit that is near the word limit', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'the weekend'];
    const sentence = (day: string) => `Our team checked the billing address on your account page on ${day}.`;
    const reply = `Hi Dana,\n\n${days.map(sentence).join(' ')}\n\nBest,\nSam`;
    expect(walls(reply, 'email')).toHaveLength(1);
  });

  it('leaves a chat turn of six sentences and 66 words alone: one message, read at once', () => {
    const reply =
      'I checked the order and the parcel left our warehouse on Monday morning. The courier scanned it at the depot the same evening. It then sat there for two days because of the storm. It moved again yesterday and is now with your local driver. You should see it by Friday at the latest. I will keep an eye on it for you.';
    expect(walls(reply, 'chat')).toEqual([]);
  });

  it('still breaks a chat turn of many sentences past its word limit', () => {
    const reply =
      'I checked the order and the parcel left our warehouse on Monday morning. The courier scanned it at the depot the same evening. It then sat there for two days because of the storm that closed the motorway. It moved again yesterday and is now with your local driver in the van. You should see it by Friday at the latest, and you will get a text with a two-hour slot. If you are out, the driver leaves it with a neighbour or at the post office on the high street. I will keep an eye on it for you until it arrives. If it has not come by Saturday, message me here and I will send a replacement the same day.';
    expect(walls(reply, 'chat')).toHaveLength(1);
  });
});
