/**
 * The acknowledgement check on short public replies (session 23, the real social replies): a tweet that reports a
 * fault, however many times it recurs or the customer retried, is met by quick help, as a single fault already was;
 * a customer who names a feeling, writes again, or was failed by the service (never delivered, never answered) still
 * gets the flag. The reader's families (counts, pleas, thanks) are tested in mood/short-social.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';

const analyzer = createAnalyzer(defaultPack);
const acknowledged = (customerMessage: string, reply: string, channel: 'social' | 'chat' | 'email' = 'social') =>
  !analyzer.analyze(reply, { customerMessage, channel }).findings.some((f) => f.ruleId === 'acknowledge-feelings');

describe('a fault reported on social, met by quick help', () => {
  it.each([
    [
      'a crash told twice',
      'after the patch the editor started to crash, reopened it and it kept crashing on export. any help?',
      'Which version are you on? These steps fix most export crashes: <url> ^DK',
    ],
    [
      'a setting lost every time',
      'every time I launch the game my brightness resets and every time I have to redo the controls',
      'Could you tell us which platform you play on so we can look into it? *RB',
    ],
    [
      'their own retries',
      'I have rebooted the speaker four times and it keeps disconnecting from the wifi. help?',
      'Let us know the model and we will check, and try these steps meanwhile: <url>',
    ],
    [
      'a device repeating itself',
      'the camera recorded the same clip 7 times overnight, thank you for any help',
      'Mind sharing the app version? Send us a screenshot and we will take a look.',
    ],
  ])('asks for no acknowledgement in %s', (_name, message, reply) => {
    expect(acknowledged(message, reply)).toBe(true);
  });

  it.each([
    [
      'a feeling named',
      'the app crashes every time I open a photo and it is SO annoying',
      'Which phone are you using? These steps may help: <url>',
    ],
    [
      'contacts counted',
      "I've emailed you three times about the crashing editor and nobody answers",
      'Which version are you on? These steps fix most crashes: <url>',
    ],
    [
      'a service that failed them',
      'my order never arrived and the tracking number is missing from my account',
      'Please create a ticket here: <url>',
    ],
    [
      'a ticket never answered',
      'the map pack is broken and I sent a ticket a month ago and never got a response',
      'For technical help, please visit our help site <url>',
    ],
  ])('still asks for one in %s', (_name, message, reply) => {
    expect(acknowledged(message, reply)).toBe(false);
  });

  it('still asks for one in a chat, where a second fault often carries more', () => {
    expect(acknowledged('the card reader has been offline all morning and now the till keeps crashing', 'Please restart the terminal and try again: <url>', 'chat')).toBe(false);
  });

  it('still asks for one in an e-mail, where a plain fault report is owed a word', () => {
    expect(acknowledged('after the patch the editor started to crash, reopened it and it kept crashing on export. any help?', 'Which version are you on? These steps fix most export crashes: <url>', 'email')).toBe(false);
  });
});
