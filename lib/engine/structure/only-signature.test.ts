/**
 * A new reply's box often holds only what the mail client or helpdesk put there: the agent's signature, maybe the quoted
 * email under it. Nothing in it is the agent's reply yet, so nothing is coached or scored (the reply reads as empty);
 * once the agent writes above it, the signature stays read past. A valediction and a name alone ("Thanks,⏎Ana") may be
 * the whole of a chat reply and stay read as written.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { readStructure } from './read-structure';

const analyzer = createAnalyzer(defaultPack);
const upset = 'My order is three weeks late and nobody answers. This is a joke.';
const QUOTE = '\n\nOn Mon, 3 Mar 2025, Jo Park <jo@example.com> wrote:\n> my order is late\n';
const agentParts = (text: string) => readStructure(text).parts.filter((p) => ['greeting', 'body', 'list-item'].includes(p.kind));

describe('a box holding only its signature', () => {
  it.each([
    ['a "-- " delimiter and a name', '\n\n-- \nSam'],
    ['a "--" delimiter over a signature block', '\n\n--\nSam Lee\nAcme Support\n+44 20 7946 0000'],
    ['a valediction over a name and a company line', '\n\nBest,\nSam Lee\nCustomer Care | Acme'],
    ['a bare block: name, team and e-mail', 'Sam Lee\nSupport Team, Acme Ltd\nsam@acme.com'],
    ['a valediction and signature over the quoted email', `Kind regards,\nSam Lee\nCustomer Care | Acme${QUOTE}`],
    ['a bare block over the quoted email', `\n\nPriya Nair\nBilling Specialist\nwww.acme.example${QUOTE}`],
  ])('%s: no body, nothing coached, the reply reads as not yet written', (_what, text) => {
    expect(agentParts(text)).toEqual([]);
    const analysis = analyzer.analyze(text, { customerMessage: upset });
    expect(analysis.language).toEqual({ checked: false, reason: 'empty' });
    expect(analysis.findings).toEqual([]);
    expect(analysis.structure.skipped).toContain('signature');
  });

  it('reads the signature past, and the reply as written, once the agent types above it', () => {
    const text = 'Hi Jo,\n\nPer our policy, you need to wait.\n\nBest,\nSam Lee\nCustomer Care | Acme';
    const analysis = analyzer.analyze(text, { customerMessage: upset });
    expect(analysis.language.checked).toBe(true);
    expect(analysis.findings.map((f) => f.ruleId)).toContain('per-our-policy');
    expect(analysis.findings.every((f) => f.end <= text.indexOf('Best,'))).toBe(true);
  });

  it.each([
    ['a valediction and a name alone', 'Thanks,\nAna'],
    ['a short chat reply over a signature', 'On it now!\n\n-- \nSam'],
    ['a name then a sentence', 'Sam here.\nYour parcel is on the van today.'],
    ['a one-line reply over a name', 'The parcel is on the van today.\nSam Lee'],
  ])('%s: still read as the agent wrote it', (_what, text) => {
    expect(analyzer.analyze(text).language.checked).toBe(true);
  });
});
