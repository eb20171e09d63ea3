import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe("the agent's own terse last line, read as a helpdesk's before (session 52, review 51's known limit)", () => {
  it("keeps \"Ticket now solved\" the agent's, and reads a ticket's numbered status line as the helpdesk's", () => {
    const agents = "I've booked your delivery for you.\nTicket now solved";
    expect(kindOf(agents, 'Ticket now solved')).toBe('body');
    const helpdesk = "I've booked your delivery for you.\n\nTicket #48213 solved";
    expect(kindOf(helpdesk, 'Ticket #48213')).toBe('footer');
    const coded = "I've booked your delivery for you.\n\nCase CX-12 closed";
    expect(kindOf(coded, 'Case CX-12')).toBe('footer');
  });
});
