/**
 * greeting-missing on a hello with no name ("Hi,", "Hello there,", "Good morning,") in an e-mail whose customer signed
 * their message: a gentle hint (the name is read from their signature) that names the hello to write, with a rewording
 * that keeps the greeting word. Left alone: a hello with a name, a team's greeting, a message signed by no one, a chat.
 * Replies and messages are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import type { Channel } from '../channel';

const analyzer = createAnalyzer(defaultPack);
const signed = 'Is my bike ready yet? It has been in since Monday.\n\nThanks,\nJamie Fox';
const body = 'Yes, it is ready, and the brakes are done too. We are open until 6 today and 9 to 5 tomorrow.';
const greetingHint = (hello: string, message = signed, channel: Channel = 'email') =>
  analyzer.analyze(`${hello}\n\n${body}\n\nThanks,\nPete`, { channel, customerMessage: message }).findings.find((f) => f.ruleId === 'greeting-missing');

describe('a hello with no name when the customer signed theirs', () => {
  it.each([
    ['Hello there,', 'Hello Jamie,'],
    ['Hi there!', 'Hi Jamie!'],
    ['Hey all,', 'Hey Jamie,'],
    ['Hi,', 'Hi Jamie,'],
    ['Good morning,', 'Good morning Jamie,'],
    ['Dear,', 'Dear Jamie,'],
  ])('%s is a hint that names the hello to write', (hello, better) => {
    const finding = greetingHint(hello);
    expect(finding?.severity).toBe('hint');
    expect(finding?.text).toBe(hello);
    expect(finding?.message).toContain(`“${better}”`);
    // The rewording is that hello: the name goes in after the greeting word, or in place of its stand-in.
    expect(finding?.suggestions).toEqual([better]);
  });
});

describe('left alone', () => {
  it.each(['Hi Jamie,', 'Hello Mr Fox,', 'Dear Jamie,', 'Hi Jamie and Sam,'])('a hello with a name: %s', (hello) => {
    expect(greetingHint(hello)).toBeUndefined();
  });

  it('a message signed by no one', () => {
    expect(greetingHint('Hi there,', 'Is my bike ready yet? It has been in since Monday.')).toBeUndefined();
  });

  it('a chat, where the name is no part of the hello', () => {
    expect(greetingHint('Hi there,', signed, 'chat')).toBeUndefined();
  });
});

describe('a hello with no name after a chat turn’s speaker label (session 53b)', () => {
  it('names the hello past the label, and the finding spans the hello alone', () => {
    const text = `Pete: Hi, it's ready.\nPete: ${body}\n\nThanks,\nPete`;
    const finding = analyzer.analyze(text, { channel: 'email', customerMessage: signed }).findings.find((f) => f.ruleId === 'greeting-missing');
    expect(finding?.text).toBe('Hi,');
    expect(finding?.message).toContain('“Hi Jamie,”');
  });
});
