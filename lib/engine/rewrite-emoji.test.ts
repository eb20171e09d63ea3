/**
 * An emoji that closes the agent's sentence stays after the sentence's end mark when a template rewords it: "Simply
 * restart the app 👍" becomes "Could you restart the app? 👍", not "…the app 👍?" (seen by hand on the demo, ux52).
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';

const analyzer = createAnalyzer(defaultPack);
const suggestionFor = (text: string, rule: string) =>
  analyzer.analyze(text, { channel: 'chat' }).findings.find((f) => f.ruleId === rule)?.suggestions[0];

describe('an emoji at the end of a reworded sentence', () => {
  it('stays after the question mark of "Could you…?"', () => {
    const text = 'Hi Sam! Simply restart the app 👍';
    const suggestion = suggestionFor(text, 'simply-just-do');
    expect(suggestion).toBeDefined();
    expect(suggestion).toMatch(/restart the app\? 👍$/);
  });

  it('keeps a sentence without an emoji as it was', () => {
    expect(suggestionFor('Hi Sam! Simply restart the app.', 'simply-just-do')).toMatch(/restart the app\?$/);
  });
});
