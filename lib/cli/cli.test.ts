import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPack, defaultPackInput } from '../rules/default';
import { validatePack } from '../rules/schema';
import { runCli } from './main';
import { fakeIO } from './test-io';

const cold = 'Per our records, there are no outages in your area. You need to restart your router.';
const warm = 'Hi Sam, I have refunded your order today. Let me know if anything else comes up!';
const german = 'Vielen Dank für Ihre Nachricht. Wir kümmern uns sofort darum und melden uns morgen bei Ihnen.';

/** The README's example team pack (one new rule, no-asap), plus the default you-need-to as a hint. */
function teamPack() {
  const example = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/examples/team-pack.json'), 'utf8'));
  const youNeedTo = defaultPackInput.rules.find((r) => r.id === 'you-need-to')!;
  // Format 3: the copy of the default you-need-to carries its softer form.
  return { ...example, formatVersion: 3, rules: [{ ...youNeedTo, severity: 'hint' }, ...example.rules] };
}

const jsonFindings = (out: string[]) => JSON.parse(out.join('\n')).findings as { ruleId: string; severity: string }[];

describe('rapport check: text output', () => {
  it('prints file:line:col  severity  message  rule-id, the rewording, the warmth and a total', () => {
    const { io, out } = fakeIO({ 'reply.txt': `Hi Ben,\n\n${cold}` });
    expect(runCli(['check', 'reply.txt'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^reply\.txt:3:53 {2}warning +Respect: .* {2}you-need-to$/m);
    expect(text).toMatch(/^ {4}→ Could you restart your router\?$/m);
    expect(text).toMatch(/^reply\.txt: warmth \d+\/100 \((cold|neutral|warm)\), \d+ findings? \(/m);
    expect(out.at(-1)).toMatch(/^✖ \d+ findings? \(.*\) in 1 reply$/);
  });

  it('shows a fill-in template as advice with its [slots], in its sentence, and applies nothing', () => {
    const reply = 'Hi Sam, we cannot refund this order. Please allow 20 working days. Thanks, Jo';
    const { io, out } = fakeIO({ 'reply.txt': reply });
    runCli(['check', 'reply.txt'], io);
    const text = out.join('\n');
    expect(text).toMatch(/^ {4}✎ fill in: What I can do instead is \[what you can offer\]\.$/m);
    expect(text).toMatch(/^ {4}✎ fill in: Please allow 20 working days, and I'll check on it by \[the date\]\.$/m);
    const json = fakeIO({}, reply);
    runCli(['check', '--format', 'json', '-'], json.io);
    const finding = JSON.parse(json.out.join('\n')).findings.find((f: { ruleId: string }) => f.ruleId === 'we-are-unable-to');
    expect(finding).toMatchObject({ suggestions: [], templates: [{ source: 'What I can do instead is {what you can offer}.', parts: [{ literal: ' What I can do instead is ' }, { slot: 'what you can offer', value: '' }, { literal: '.' }] }] });
    expect(finding.templates[0].start).toBe(reply.indexOf(' Please'));
  });

  it('names the principle once per finding', () => {
    const { io, out } = fakeIO({ 'reply.txt': cold });
    runCli(['check', 'reply.txt'], io);
    const line = out.join('\n').split('\n').find((l) => l.endsWith('you-need-to'))!;
    expect(line.match(/respect/gi)).toHaveLength(1);
  });

  it('totals the findings across files', () => {
    const { io, out } = fakeIO({ 'a.txt': cold, 'b.txt': cold, 'c.txt': warm });
    runCli(['check', 'a.txt', 'b.txt', 'c.txt'], io);
    const perFile = out.filter((l) => / warmth \d+/.test(l)).map((l) => Number(/, (\d+) finding/.exec(l)?.[1] ?? 0));
    const total = Number(/^✖ (\d+) finding/.exec(out.at(-1)!)![1]);
    expect(perFile).toHaveLength(3);
    expect(total).toBe(perFile.reduce((a, b) => a + b, 0));
    expect(out.at(-1)).toContain('in 3 replies');
  });

  it('says a reply in another language is not checked, and why', () => {
    const { io, out } = fakeIO({ 'de.txt': german });
    expect(runCli(['check', 'de.txt'], io)).toBe(0);
    expect(out[0]).toBe('de.txt: not checked (not English: Rapport coaches English replies only)');
    expect(out.at(-1)).toBe('✔ no findings in 1 reply; 1 not checked');
  });

  it('says a reply holding only a signature and a quote has nothing written yet, not that it is empty', () => {
    const { io, out } = fakeIO({ 'new.txt': 'Kind regards,\nSam Lee\nCustomer Care | Acme\n\nOn Mon, 3 Mar 2025, Jo <jo@example.com> wrote:\n> my order is late\n' });
    expect(runCli(['check', 'new.txt'], io)).toBe(0);
    expect(out[0]).toBe('new.txt: not checked (nothing written yet: only your signature and the quoted email so far, which Rapport skips)');
  });
});

describe('rapport check: JSON and JSONL', () => {
  it('prints one JSON object for one input, with findings whose text matches the offsets', () => {
    const { io, out } = fakeIO({}, cold);
    expect(runCli(['check', '--format', 'json', '-'], io)).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(Object.keys(result.scores)).toContain('respect');
    expect(result).toMatchObject({ language: { checked: true }, complete: true });
    for (const f of result.findings) expect(cold.slice(f.start, f.end)).toBe(f.text);
  });

  it('gives each JSONL line everything the JSON format gives, with its id', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'You need to restart the router.' }),
      JSON.stringify({ id: 'b', text: german }),
    ].join('\n');
    const json = fakeIO({}, 'You need to restart the router.');
    runCli(['check', '--format', 'json'], json.io);
    const { io, out } = fakeIO({}, input);
    expect(runCli(['check', '--format', 'jsonl'], io)).toBe(0);
    const [a, b] = out.map((l) => JSON.parse(l));
    expect(Object.keys(a)).toEqual(['id', ...Object.keys(JSON.parse(json.out.join('\n')))]);
    expect(a).toMatchObject({ id: 'a', language: { checked: true }, complete: true, mood: null });
    expect(a.findings.some((f: { ruleId: string }) => f.ruleId === 'you-need-to')).toBe(true);
    // A reply that is not checked is not mistaken for a clean English one.
    expect(b).toMatchObject({ id: 'b', language: { checked: false, reason: 'not-english' }, notChecked: expect.stringContaining('not English'), findings: [] });
  });

  it('carries the mood read from the customer message', () => {
    const line = JSON.stringify({ id: 'm', text: 'Your replacement ships on Friday.', customerMessage: 'This is the third time it arrived broken!! I am so fed up.' });
    const { io, out } = fakeIO({}, line);
    runCli(['check', '--format', 'jsonl'], io);
    expect(JSON.parse(out[0]!).mood.moods.length).toBeGreaterThan(0);
  });

  it('writes {"id", "error"} for a line that fails, goes on, and exits 1', () => {
    const input = ['not json', JSON.stringify({ id: 'no-text', body: 'x' }), JSON.stringify({ id: 'ok', text: 'Thanks!' }), '[1]'].join('\n');
    const { io, out, err } = fakeIO({}, input);
    expect(runCli(['check', '--format', 'jsonl'], io)).toBe(1);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ id: null, error: expect.stringMatching(/^<stdin>:1: not valid JSON/) });
    expect(lines[1]).toEqual({ id: 'no-text', error: '<stdin>:2: needs a "text" string' });
    expect(lines[2]).toMatchObject({ id: 'ok', language: { checked: true } });
    expect(lines[3]).toEqual({ id: null, error: '<stdin>:4: needs a "text" string' });
    expect(err).toEqual(['rapport: 3 lines could not be checked (their output line has "error")']);
  });

  it('writes {"id", "error"} when the analysis of a line throws', () => {
    const { io, out } = fakeIO({}, JSON.stringify({ id: 'boom', text: 'You need to restart the router.', customerMessage: 'x' }));
    const analyze = String.prototype.toLowerCase;
    // The engine lower-cases every sentence; make that throw for this one reply only.
    String.prototype.toLowerCase = function (this: string) {
      if (this.includes('restart the router')) throw new Error('engine broke');
      return analyze.call(this);
    };
    try {
      expect(runCli(['check', '--format', 'jsonl'], io)).toBe(1);
    } finally {
      String.prototype.toLowerCase = analyze;
    }
    expect(JSON.parse(out[0]!)).toEqual({ id: 'boom', error: '<stdin>:1: the analysis failed: engine broke' });
  });
});

describe('rapport check: rule packs', () => {
  it('adds a --rules pack to the default rules; a rule with a default id replaces it', () => {
    const text = 'You need to restart the router, I will fix it asap.';
    const plain = fakeIO({}, text);
    runCli(['check', '--format', 'json'], plain.io);
    const withPack = fakeIO({ 'team.json': JSON.stringify(teamPack()) }, text);
    runCli(['check', '--format', 'json', '--rules', 'team.json'], withPack.io);
    const before = jsonFindings(plain.out);
    const after = jsonFindings(withPack.out);
    expect(after.find((f) => f.ruleId === 'no-asap')).toBeDefined();
    expect(after.filter((f) => f.ruleId === 'you-need-to').map((f) => f.severity)).toEqual(['hint']);
    // Every other default finding is still there.
    // Overlapping findings merge into one card, so a default rule may now sit in the pack rule's `alsoRuleIds`.
    const others = (list: typeof before) =>
      list
        .flatMap((f) => [f.ruleId, ...(((f as { alsoRuleIds?: string[] }).alsoRuleIds) ?? [])])
        .filter((id) => !['no-asap', 'you-need-to'].includes(id))
        .sort();
    expect(others(after)).toEqual(others(before));
    expect(before.length).toBeGreaterThan(1);
  });

  it('uses only the given packs with --no-default-rules', () => {
    const { io, out } = fakeIO({ 'team.json': JSON.stringify(teamPack()) }, cold);
    runCli(['check', '--format', 'json', '--no-default-rules', '--rules', 'team.json'], io);
    expect(new Set(jsonFindings(out).map((f) => f.ruleId))).toEqual(new Set(['you-need-to']));
    const none = fakeIO({}, cold);
    expect(runCli(['check', '--no-default-rules'], none.io)).toBe(2);
    expect(none.err[0]).toBe('rapport: --no-default-rules needs at least one --rules PACK.json');
  });

  it('rejects a malformed pack whole, naming the rule and the field', () => {
    const pack = structuredClone(defaultPackInput) as { rules: Record<string, unknown>[] };
    pack.rules[1] = { ...pack.rules[1], severity: 'critical' };
    const { io, err } = fakeIO({ 'pack.json': JSON.stringify(pack) }, cold);
    expect(runCli(['check', '--rules', 'pack.json', '-'], io)).toBe(2);
    expect(err.join('\n')).toMatch(new RegExp(`rules\\[1\\] "${String(pack.rules[1]!.id)}" › severity`));
    expect(err.at(-1)).toBe("Try 'rapport check --help'.");
  });
});

describe('rapport rules export', () => {
  it('writes the default pack as JSON that validates and feeds --rules and compare', () => {
    const { io, out, written } = fakeIO({ '/home/lead/team/replies.txt': `${cold}\n\nThanks for waiting!` }, '', { cwd: '/home/lead/team' });
    expect(runCli(['rules', 'export', '--out', 'pack.json'], io)).toBe(0);
    const exported = written.get('/home/lead/team/pack.json')!;
    const checked = validatePack(JSON.parse(exported));
    expect(checked.ok && checked.pack.rules.map((r) => r.id)).toEqual(defaultPack.rules.map((r) => r.id));
    expect(runCli(['compare', '--rules', 'pack.json', '--rules', 'pack.json', 'replies.txt'], io)).toBe(0);
    expect(out.at(-1)).toBe('2 replies; 0 rules changed or with a different count');
    expect(runCli(['check', '--no-default-rules', '--rules', 'pack.json', '--fail-on', 'warning', 'replies.txt'], io)).toBe(1);
  });

  it('prints to standard output and includes added packs', () => {
    const { io, out } = fakeIO({ 'team.json': JSON.stringify(teamPack()) });
    expect(runCli(['rules', 'export', '--rules', 'team.json'], io)).toBe(0);
    const pack = JSON.parse(out.join('\n'));
    expect(pack).toMatchObject({ format: 'rapport-rule-pack', id: 'acme-support' });
    expect(pack.rules).toHaveLength(defaultPack.rules.length + 1);
    expect(pack.rules.find((r: { id: string }) => r.id === 'you-need-to').severity).toBe('hint');
  });
});

describe('rapport compare', () => {
  it('shows how many findings a changed rule adds or removes', () => {
    const oldPack = structuredClone(defaultPackInput) as { rules: { id: string; enabled?: boolean }[] };
    const newPack = structuredClone(defaultPackInput) as { rules: { id: string; enabled?: boolean }[] };
    newPack.rules.find((r) => r.id === 'you-need-to')!.enabled = false;
    const replies = 'You need to restart the router.\n\nYou have to sign in again.\n\nThanks for waiting!';
    const { io, out } = fakeIO({ 'old.json': JSON.stringify(oldPack), 'new.json': JSON.stringify(newPack), 'replies.txt': replies });
    expect(runCli(['compare', '--rules', 'old.json', '--rules', 'new.json', 'replies.txt'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('3 replies');
    expect(text).toMatch(/you-need-to +changed +2 → 0 +\(-2\)/);
    expect(text).toContain('- [1] You need to restart the router.');
  });
});

describe('rapport: paths, help, version and mistakes', () => {
  it("resolves relative paths from the caller's directory", () => {
    const { io, out } = fakeIO({ '/repo/docs/reply.txt': cold, '/repo/reply.txt': warm }, '', { cwd: '/repo/docs' });
    expect(runCli(['check', 'reply.txt'], io)).toBe(0);
    expect(out.join('\n')).toContain('reply.txt:1:53  warning');
    const absolute = fakeIO({ '/repo/reply.txt': warm }, '', { cwd: '/repo/docs' });
    expect(runCli(['check', '/repo/reply.txt'], absolute.io)).toBe(0);
  });

  it.each([[['--help']], [['check', '--help']], [['check', '-h']], [['compare', '--help']], [['rules', 'export', '--help']]])('%j prints help and exits 0', (argv) => {
    const { io, out, err } = fakeIO();
    expect(runCli(argv, io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage:\s+rapport/);
    expect(err).toEqual([]);
  });

  it('lists every option of check in its help', () => {
    const { io, out } = fakeIO();
    runCli(['check', '--help'], io);
    for (const flag of ['--format', '--rules', '--no-default-rules', '--customer', '--fail-on', '--help', '--version']) expect(out.join('\n')).toContain(flag);
  });

  it.each([[['--version']], [['check', '--version']], [['compare', '--version']], [['rules', 'export', '--version']]])('%j prints the version and exits 0', (argv) => {
    const { io, out } = fakeIO();
    expect(runCli(argv, io)).toBe(0);
    expect(out).toEqual(['rapport 9.9.9']);
  });

  it.each([
    [['check', 'nope.txt'], 'rapport: cannot read nope.txt: no such file (ENOENT)', 'check'],
    [['check', '--format', 'xml'], 'rapport: --format must be text, json or jsonl, not "xml"', 'check'],
    [['check', '--fail-on', 'loud', '-'], 'rapport: --fail-on must be hint, suggestion or warning, not "loud"', 'check'],
    [['check', '--colour'], "rapport: unknown option '--colour'", 'check'],
    [['check', '--format'], "rapport: option '--format <value>' argument missing", 'check'],
    [['check', '--customer', 'gone.txt', '-'], 'rapport: cannot read gone.txt: no such file (ENOENT)', 'check'],
    [['compare', 'replies.txt'], 'rapport: compare needs two packs: --rules OLD.json --rules NEW.json', 'compare'],
    [['rules', 'export', 'extra'], 'rapport: unexpected argument "extra"', 'rules export'],
    [['rules'], 'rapport: rules needs a command: rules export', undefined],
    [['frobnicate'], 'rapport: unknown command "frobnicate" (there are: check, compare, rules export)', undefined],
    [[], 'rapport: no command given (there are: check, compare, rules export)', undefined],
  ])('%j prints one line and a hint, exit 2', (argv, message, command) => {
    const { io, out, err } = fakeIO();
    expect(runCli(argv as string[], io)).toBe(2);
    expect(err).toEqual([message, `Try 'rapport${command ? ` ${command}` : ''} --help'.`]);
    expect(out).toEqual([]);
  });

  it('says it is waiting when standard input is a terminal', () => {
    const { io, err, out } = fakeIO({}, cold, { stdinIsTTY: true });
    expect(runCli(['check'], io)).toBe(0);
    expect(err[0]).toMatch(/^rapport: reading a reply from the terminal; paste it, then press Ctrl\+D \(or give a FILE\)\.$/);
    expect(out.at(-1)).toMatch(/^✖ /);
    const piped = fakeIO({}, cold, { stdinIsTTY: false });
    runCli(['check'], piped.io);
    expect(piped.err).toEqual([]);
  });

  it('exits 1 when a finding reaches --fail-on, and 0 when none does', () => {
    expect(runCli(['check', '--fail-on', 'warning', '-'], fakeIO({}, cold).io)).toBe(1);
    expect(runCli(['check', '--fail-on', 'warning', '-'], fakeIO({}, warm).io)).toBe(0);
  });

  it('uses a customer message to ask for an acknowledgement', () => {
    const reply = 'Your replacement has been sent and will arrive on Friday with the usual courier service.';
    const withContext = fakeIO({ 'customer.txt': 'This is the third time it arrived broken!! I am so fed up.' }, reply);
    runCli(['check', '--format', 'json', '--customer', 'customer.txt', '-'], withContext.io);
    const findings = JSON.parse(withContext.out.join('')).findings as { principle: string }[];
    expect(findings.some((f) => f.principle === 'empathy')).toBe(true);
  });
});
