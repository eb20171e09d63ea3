import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from './check';
import { defaultPackInput } from '../rules/default';

function fakeIO(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path]!;
    },
    readStdin: () => stdin,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, out, err };
}

const cold = 'Per our records, there are no outages in your area. You need to restart your router.';

describe('rapport check', () => {
  it('prints linter-style lines with position, principle, message and suggestion, then the warmth', () => {
    const { io, out } = fakeIO({ 'reply.txt': `Hi Ben,\n\n${cold}` });
    expect(runCli(['check', 'reply.txt'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^reply\.txt:3:53 +warning +respect +Respect: .*→ Could you restart your router\?$/m);
    expect(text).toMatch(/reply\.txt: warmth \d+\/100 \((cold|neutral|warm)\)/);
  });

  it('prints one JSON object for one input, with findings whose text matches the offsets', () => {
    const { io, out } = fakeIO({}, cold);
    expect(runCli(['check', '--format', 'json', '-'], io)).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.warmth).toBeGreaterThanOrEqual(0);
    expect(Object.keys(result.scores)).toContain('respect');
    for (const f of result.findings) expect(cold.slice(f.start, f.end)).toBe(f.text);
  });

  it('answers each JSONL line with one line carrying its id', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'You need to restart the router.' }),
      JSON.stringify({ id: 'b', text: 'Hi Sam, thanks for writing in! I have refunded the order today.', customerMessage: 'Thanks!' }),
    ].join('\n');
    const { io, out } = fakeIO({}, input);
    expect(runCli(['check', '--format', 'jsonl'], io)).toBe(0);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(Object.keys(lines[0])).toEqual(['id', 'warmth', 'scores', 'findings']);
    expect(lines[0].findings.some((f: { ruleId: string }) => f.ruleId === 'you-need-to')).toBe(true);
  });

  it('exits 1 when a finding reaches --fail-on, and 0 when none does', () => {
    expect(runCli(['check', '--fail-on', 'warning', '-'], fakeIO({}, cold).io)).toBe(1);
    expect(runCli(['check', '--fail-on', 'warning', '-'], fakeIO({}, 'Hi Sam, I have refunded your order today. Let me know if anything else comes up!').io)).toBe(0);
  });

  it('exits 2 with a clear message for bad arguments and unreadable files', () => {
    const bad = fakeIO();
    expect(runCli(['check', '--format', 'xml'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('--format must be text, json or jsonl');
    const missing = fakeIO();
    expect(runCli(['check', 'nope.txt'], missing.io)).toBe(2);
    expect(missing.err[0]).toContain('cannot read nope.txt: ENOENT');
    expect(runCli(['frobnicate'], fakeIO().io)).toBe(2);
  });

  it('rejects a malformed pack whole, naming the rule and the field', () => {
    const pack = structuredClone(defaultPackInput) as { rules: Record<string, unknown>[] };
    pack.rules[1] = { ...pack.rules[1], severity: 'critical' };
    const { io, err } = fakeIO({ 'pack.json': JSON.stringify(pack) }, cold);
    expect(runCli(['check', '--rules', 'pack.json', '-'], io)).toBe(2);
    expect(err.join('\n')).toMatch(new RegExp(`rules\\[1\\] "${String(pack.rules[1]!.id)}" › severity`));
  });

  it('reports a bad JSONL line and keeps going', () => {
    const { io, out, err } = fakeIO({}, `not json\n${JSON.stringify({ id: 'ok', text: 'Thanks!' })}`);
    expect(runCli(['check', '--format', 'jsonl'], io)).toBe(2);
    expect(err[0]).toContain('-:1: not valid JSON');
    expect(JSON.parse(out[0]!).id).toBe('ok');
  });

  it('uses a customer message to ask for an acknowledgement', () => {
    const reply = 'Your replacement has been sent and will arrive on Friday with the usual courier service.';
    const withContext = fakeIO({ 'customer.txt': 'This is the third time it arrived broken!! I am so fed up.' }, reply);
    runCli(['check', '--format', 'json', '--customer', 'customer.txt', '-'], withContext.io);
    const findings = JSON.parse(withContext.out.join('')).findings as { principle: string }[];
    expect(findings.some((f) => f.principle === 'empathy')).toBe(true);
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
