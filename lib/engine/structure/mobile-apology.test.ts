/**
 * A phone's apology set as its signature ("Please excuse brevity", "Sent on the go", "Excuse any typos — sent from my
 * phone") is not the agent's reply: it draws no finding, moves no warmth, and a closing goes above it. Only where it
 * ends the agent's lines (or sits just above the phone's own line): "Sorry for the short reply." opening a reply, and an
 * apology with more to say ("…in my last email, the right link is…"), stay the agent's.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { kindOf } from './fixtures/kind-of';

const analyzer = createAnalyzer(defaultPack);
const BODY = "Hi Tom,\n\nYour refund went through today, you'll see it in 3 to 5 days.";

describe('a phone’s apology under the reply', () => {
  it.each([
    'Please excuse brevity',
    'Excuse brevity.',
    'Pardon my typos.',
    'Sorry for the brevity — sent from my phone',
    'Apologies for any typos, typed on my phone.',
    'Please excuse any typos and brevity',
    'Sent on the go',
    'Typed with thumbs, please excuse typos',
    'Sent from a mobile device, excuse brevity.',
  ])('reads %s as signature, with or without a name above it', (line) => {
    for (const text of [`${BODY}\n\nAmy\n${line}`, `${BODY}\n\nBest,\nAmy\n\n${line}`, `${BODY}\n\n${line}`, `${BODY}\n\nCheers,\nAmy\n\n${line}\nSent from my iPhone`]) {
      expect(kindOf(text, line)).toBe('signature');
      const analysis = analyzer.analyze(text);
      expect(analysis.findings.filter((f) => f.end > text.indexOf(line))).toEqual([]);
      expect(analysis.scores.warmth).toBe(analyzer.analyze(text.slice(0, text.indexOf(line)).trimEnd()).scores.warmth);
    }
  });

  it.each([
    ['an apology that opens the reply', "Hi Tom,\n\nSorry for the short reply.\n\nYour refund went through today, you'll see it in 3 to 5 days. Let me know if it doesn't arrive.\n\nBest,\nAmy", 'Your refund went through'],
    ['an apology that opens the reply', "Hi Tom,\n\nSorry for the short reply.\n\nYour refund went through today, you'll see it in 3 to 5 days. Let me know if it doesn't arrive.\n\nBest,\nAmy", 'Sorry for the short reply.'],
    ['an apology with more to say', "Hi Tom,\n\nYour refund went through today.\n\nPlease excuse the typos in my last email, the right link is acme.example/refunds.", 'Please excuse the typos'],
    ['a sentence about sending', "Hi Tom,\n\nThe parts were sent on Monday.\n\nSent from our Leeds warehouse, they should reach you by Thursday.", 'Sent from our Leeds'],
  ])('keeps the agent’s text in %s', (_, text, needle) => {
    expect(kindOf(text, needle)).toBe('body');
  });
});
