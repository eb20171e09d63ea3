import { describe, expect, it } from 'vitest';
import { runCli } from './main';
import { fakeIO as memoryIO } from './test-io';

const fakeIO = (stdin: string) => memoryIO({}, stdin);

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
    expect(flag.err[0]).toBe('rapport: --channel must be email, chat or social, not "fax"');
    // A JSONL line with an unknown channel gets an error line; the others are checked; exit 1 at the end.
    const line = fakeIO(`${JSON.stringify({ id: 'x', text: reply, channel: 'sms' })}\n${JSON.stringify({ id: 'y', text: reply })}`);
    expect(runCli(['check', '--format', 'jsonl', '-'], line.io)).toBe(1);
    expect(JSON.parse(line.out[0]!)).toEqual({ id: 'x', error: '<stdin>:1: "channel" must be email, chat, social' });
    expect(JSON.parse(line.out[1]!)).toMatchObject({ id: 'y' });
  });
});
