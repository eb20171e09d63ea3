import { describe, expect, it } from 'vitest';
import { agentOnlyText } from './mask';
import { readStructure } from './read-structure';

const partAt = (text: string, at: number) => readStructure(text).parts.find((p) => p.start <= at && at < p.end);
const kindOf = (text: string, line: string) => partAt(text, text.indexOf(line))?.kind;
/** The words Rapport coaches: every character of a skipped part or a label becomes a space. */
const coached = (text: string) => agentOnlyText(text, readStructure(text)).replace(/\s+/g, ' ').trim();

describe("a chat turn with its speaker's label in front (session 53b)", () => {
  it("keeps the agent's turn and reads its label past: a greeting to someone else under the label", () => {
    const text = "Priya: Hi Sam, I've checked your order and it left our warehouse this morning.";
    expect(kindOf(text, 'Priya:')).toBe('greeting');
    expect(partAt(text, 0)?.contentStart).toBe('Priya: '.length);
    expect(coached(text)).toBe("Hi Sam, I've checked your order and it left our warehouse this morning.");
  });

  it("reads past the agent's repeated name, keeping the line the agent's, and a role with a clock as the app's", () => {
    const turns = "Mia: Hi Tariq, thanks for waiting!\nMia: Your SIM swap is finished now.\nMia: If not, reply here and I'll check the mast.";
    expect(coached(turns)).toBe("Hi Tariq, thanks for waiting! Your SIM swap is finished now. If not, reply here and I'll check the mast.");
    const second = turns.indexOf('Mia: Your');
    expect(partAt(turns, second)).toMatchObject({ kind: 'body', start: second, contentStart: second + 'Mia: '.length });
    const role = 'Agent (Sam) 14:02: Your new card is on its way and arrives by Friday.';
    // A role and a clock are the chat app's: the label is a skipped part of its own, the words after it the agent's body.
    expect(readStructure(role).parts).toMatchObject([
      { kind: 'quote', start: 0, end: 'Agent (Sam) 14:02:'.length },
      { kind: 'body', start: 'Agent (Sam) 14:02: '.length, end: role.length },
    ]);
  });

  it("quotes the customer's turn: a customer's role, or the name the agent's turn greets", () => {
    const roles = 'Customer: where is my parcel?\nAgent: It left this morning and arrives tomorrow before noon.';
    expect(kindOf(roles, 'Agent:')).toBe('quote');
    expect(kindOf(roles, 'It left')).toBe('body');
    expect(coached(roles)).toBe('It left this morning and arrives tomorrow before noon.');
    const named = "Jo: is my train cancelled??\nSam: Hi Jo, I'm so sorry, it is. I've moved you onto the 14:40.";
    expect(kindOf(named, 'Jo: is my train')).toBe('quote');
    expect(kindOf(named, 'Sam: Hi Jo')).toBe('quote');
    expect(kindOf(named, 'Hi Jo')).toBe('greeting');
    expect(coached(named)).toBe("Hi Jo, I'm so sorry, it is. I've moved you onto the 14:40.");
    const labelled = 'Customer (Jo): where is my parcel?\nSam: Hi Jo, it left this morning and arrives tomorrow.';
    expect(kindOf(labelled, 'Customer (Jo)')).toBe('quote');
  });

  it("reads no speaker in a note's label, a step, a postscript or a greeting that ends in a colon", () => {
    for (const text of [
      'Note: the refund takes 3 days.\nNote: the card stays blocked until then.',
      'Update: your parcel left.\nUpdate: it arrives tomorrow.',
      'Step 1: Open Settings.\nStep 2: Click Team.',
      "P.S.: we're open on Sunday too.",
      'Hi Sam: thanks for waiting, the refund is done.',
      // A name once, with no clock, role or greeting after it: the agent's own shorthand, read whole as before.
      'Jamie: claim checked.\n\nThe claim was paid on 1 December.',
    ]) {
      expect(readStructure(text).parts.every((p) => p.kind === 'quote' || p.contentStart === p.start || p.kind === 'list-item'), text).toBe(true);
      expect(coached(text).startsWith(text.split('\n')[0]!.replace(/^Step 1: /, '').slice(0, 4)), text).toBe(true);
    }
    expect(kindOf('Step 1: Open Settings.\nStep 2: Click Team.', 'Step 2')).toBe('list-item');
  });
});
