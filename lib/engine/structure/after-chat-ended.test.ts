import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe('lines under the notice that the chat ended or the agent left it (session 53)', () => {
  it("reads a survey's request under the notice as the app's, in person and punctuated too", () => {
    const survey =
      "Hi Omar,\nLisa here. I can see the late delivery and I've refunded the fee.\nLisa left the chat\nPlease rate this conversation. Your feedback is mandatory for quality monitoring.";
    expect(kindOf(survey, 'Please rate')).toBe('footer');
    expect(kindOf(survey, 'Lisa here')).toBe('body');
  });

  it("keeps the agent's line under the notice: in the first person, or naming nothing of the chat's", () => {
    const own = "Hi Ivo,\nI've raised the export limit on your account.\nChat ended by Sofia\nI'll check the next export myself tomorrow morning and message you.";
    expect(kindOf(own, "I'll check the next export")).toBe('body');
    // Review 53: the agent's promise for the team is theirs too; a survey asks, it does not promise a step.
    const promise = 'Hi Jo,\nYour refund is on its way.\nChat ended 14:02\nWe\'ll message you when the refund lands and close the conversation then.';
    expect(kindOf(promise, "We'll message you")).toBe('body');
    const letter =
      'Dear Ms Adeyemi,\n\nHere is the chat from yesterday.\n\n--- Chat started 3 Dec 2026 ---\nGuest: can I check in early?\n--- Chat closed by reception ---\n\nYour room will be ready from 11am on Friday.';
    expect(kindOf(letter, 'Your room will be ready')).toBe('body');
  });
});
