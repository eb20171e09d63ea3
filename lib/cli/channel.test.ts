import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from './check';

function fakeIO(stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: () => {
      throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    },
    readStdin: () => stdin,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, out, err };
}

// Mid-conversation and without a greeting: an e-mail needs one, a chat or social reply does not.
const reply = 'The parcel left the warehouse with the courier and is on its way to the depot near you.';
const ruleIds = (line: string) => (JSON.parse(line) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);

describe('rapport check --channel', () => {
  it('applies the channel\'s expectations', () => {
    const email = fakeIO(reply);
    expect(runCli(['check', '--format', 'json', '-'], email.io)).toBe(0);
    expect(ruleIds(email.out.join('\n'))).toContain('greeting-missing');
    const social = fakeIO(reply);
    expect(runCli(['check', '--format', 'json', '--channel', 'social', '-'], social.io)).toBe(0);
    expect(ruleIds(social.out.join('\n'))).not.toContain('greeting-missing');
  });

  it('takes a channel per JSONL line, the flag as the default', () => {
    const lines = [{ id: 'a', text: reply }, { id: 'b', text: reply, channel: 'email' }, { id: 'c', text: reply, channel: 'chat', firstMessage: true }];
    const { io, out } = fakeIO(lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(runCli(['check', '--format', 'jsonl', '--channel', 'chat', '-'], io)).toBe(0);
    expect(out.map(ruleIds).map((ids) => ids.includes('greeting-missing'))).toEqual([false, true, true]);
  });

  it('refuses an unknown channel with a clear message', () => {
    const flag = fakeIO(reply);
    expect(runCli(['check', '--channel', 'fax', '-'], flag.io)).toBe(2);
    expect(flag.err[0]).toBe('rapport: --channel must be email, chat, social, not "fax"');
    const line = fakeIO(`${JSON.stringify({ id: 'x', text: reply, channel: 'sms' })}\n${JSON.stringify({ id: 'y', text: reply })}`);
    expect(runCli(['check', '--format', 'jsonl', '-'], line.io)).toBe(2);
    expect(line.err[0]).toBe('rapport: -:1: "channel" must be email, chat, social; line skipped');
    expect(line.out).toHaveLength(1);
  });
});
