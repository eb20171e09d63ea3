import { describe, expect, it } from 'vitest';
import { validateRule } from '../../rules/schema';
import { defaultPack } from '../../rules/default';
import { closingOptions } from './closing';
import { forChannel } from './context';
import { greetingOptions } from './greeting';
import { wallOfTextOptions } from './wall-of-text';

const greetingRule = defaultPack.rules.find((r) => r.id === 'greeting-missing')!;

describe('per-channel settings of the structural checks', () => {
  it('gives each channel its own defaults, and a channel setting wins over the top-level one', () => {
    const greeting = greetingOptions.parse({ minWords: 20 });
    expect(forChannel(greeting, 'email')).toMatchObject({ when: 'always', minWords: 20 });
    expect(forChannel(greeting, 'chat')).toMatchObject({ when: 'first-message', minWords: 20 });
    expect(forChannel(greeting, 'social')).toMatchObject({ when: 'never' });
    const closing = closingOptions.parse({ channels: { chat: { minWords: 8 } } });
    expect(forChannel(closing, 'chat')).toMatchObject({ when: 'always', minWords: 8 });
    expect(forChannel(closing, 'social')).toMatchObject({ when: 'never' });
    expect(forChannel(wallOfTextOptions.parse({}), 'social')).toMatchObject({ maxWords: 60, maxReplyWords: 120 });
    expect(forChannel(wallOfTextOptions.parse({}), 'email').maxReplyWords).toBeUndefined();
  });

  it('refuses an unknown channel or expectation in a rule pack, naming the field', () => {
    const bad = validateRule({ ...greetingRule, options: { channels: { fax: { when: 'always' } } } });
    expect(bad.ok).toBe(false);
    const wrong = validateRule({ ...greetingRule, options: { channels: { chat: { when: 'sometimes' } } } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems[0]!.where).toBe('options.channels.chat.when');
    expect(validateRule({ ...greetingRule, options: { channels: { chat: { when: 'always' } } } }).ok).toBe(true);
  });
});
