import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { Rule } from '../rules/schema';
import { payloadFor, rulesFingerprint } from '../engine-wire/delta';
import { createEngineHost, DRAFT_TTL_MS, MAX_DRAFTS } from './host';
import { ENGINE_CHECK, ENGINE_TRY, MAX_TRY_CHARS, type CheckRequest } from '../engine-wire/protocol';
import { WARM_UP_STEPS, type WarmUpStep } from './warm-up-sample';

const rules = defaultPack.rules;
const structureRules = rules.filter((r) => r.kind === 'structure');
const fingerprint = rulesFingerprint(structureRules);
const longDraft = `Hi Sam,\n\n${'Per our policy, you need to restart the router before we can look at it. '.repeat(40)}\n\nBest,\nAna`;

function request(text: string, previous: { seq: number; text: string } | null = null, seq = 1, client = 'client-0001'): CheckRequest {
  return { type: ENGINE_CHECK, client, seq, payload: payloadFor(previous, text), options: {}, rules: fingerprint };
}

function host(loadRules: () => Promise<readonly Rule[]> = async () => rules, now = () => 0) {
  return createEngineHost({ loadRules, ranIn: 'background', now });
}

/** A host whose first read of the rules finishes only when `release` is called. */
function hostReadingRulesLater() {
  let release!: () => void;
  const rulesRead = new Promise<void>((resolve) => (release = resolve));
  const engine = host(async () => {
    await rulesRead;
    return rules;
  });
  return { engine, release };
}

describe('engine host', () => {
  it('analyses a whole draft and says where it ran', async () => {
    const answer = await host().handle(request('You need to restart the router.'), '1:0');
    expect(answer.ok).toBe(true);
    if (answer.ok) {
      expect(answer.ranIn).toBe('background');
      expect(answer.analysis.findings.some((f) => f.text.toLowerCase().includes('you need to'))).toBe(true);
    }
  });

  it('rebuilds a delta against the draft it holds and finds the same as for the whole text', async () => {
    const engine = host();
    await engine.handle(request(longDraft), '1:0');
    const edited = longDraft.replace('Best,', 'Kind regards,');
    const viaDelta = await engine.handle(request(edited, { seq: 1, text: longDraft }, 2), '1:0');
    const whole = await host().handle(request(edited), '1:0');
    expect(viaDelta.ok && whole.ok).toBe(true);
    if (viaDelta.ok && whole.ok) expect(viaDelta.analysis.findings).toEqual(whole.analysis.findings);
  });

  it('asks for the whole draft when it does not hold the delta’s base (another frame, or forgotten)', async () => {
    const engine = host();
    await engine.handle(request(longDraft), '1:0');
    const edited = `${longDraft}!`;
    expect(await engine.handle(request(edited, { seq: 1, text: longDraft }, 2), '1:7')).toMatchObject({ ok: false, reason: 'resend' });
    expect(await engine.handle(request(edited, { seq: 9, text: longDraft }, 10), '1:0')).toMatchObject({ ok: false, reason: 'resend' });
  });

  it('analyses only the newest draft of a composer that came while the engine started, and every composer\'s newest', async () => {
    const { engine, release } = hostReadingRulesLater();
    const older = engine.handle(request('You need to restart'), '1:0');
    const newer = engine.handle(request('You need to restart the router.', null, 2), '1:0');
    const otherComposer = engine.handle(request('Per our policy, no refunds.', null, 1, 'client-0002'), '1:0');
    release();
    expect(await older).toMatchObject({ ok: false, reason: 'superseded' });
    const [latest, other, alone] = await Promise.all([newer, otherComposer, host().handle(request('You need to restart the router.'), '1:0')]);
    expect(latest.ok && other.ok && alone.ok).toBe(true);
    if (latest.ok && alone.ok) expect(latest.analysis).toEqual(alone.analysis);
    // Once started, each check is analysed as it comes.
    expect((await engine.handle(request('You need to restart it.', null, 3), '1:0')).ok).toBe(true);
  });

  it('forgets drafts after their time, beyond its bound and when their tab closes', async () => {
    let clock = 0;
    const engine = host(undefined, () => clock);
    for (let i = 0; i < MAX_DRAFTS + 5; i++) await engine.handle(request('Thanks!', null, 1, `client-${String(i).padStart(4, '0')}`), `${i}:0`);
    expect(engine.draftsHeld).toBe(MAX_DRAFTS);
    engine.forgetTab(MAX_DRAFTS + 4);
    expect(engine.draftsHeld).toBe(MAX_DRAFTS - 1);
    clock = DRAFT_TTL_MS + 1;
    await engine.handle(request('Thanks!', null, 1, 'client-last'), '99:0');
    expect(engine.draftsHeld).toBe(1);
  });

  it('refuses a malformed request with a clear message, without analysing', async () => {
    const answer = await host().handle({ type: ENGINE_CHECK, client: 'x', seq: -1, payload: { kind: 'full', text: 1 }, options: {}, rules: '' }, '1:0');
    expect(answer).toMatchObject({ ok: false, reason: 'failed' });
    if (!answer.ok) expect(answer.message).toMatch(/bad request/);
    const extra = await host().handle({ ...request('Hi'), options: { __proto__: { x: 1 }, evil: true } }, '1:0');
    expect(extra.ok).toBe(false);
  });

  it('takes a first look only within bounds a page cannot stretch', async () => {
    const long = await host().handle({ ...request('Hi'), options: { firstLook: { at: 0, budgetMs: 60_000 } } }, '1:0');
    expect(long).toMatchObject({ ok: false, reason: 'failed', message: expect.stringMatching(/^bad request: /) });
    const extra = await host().handle({ ...request('Hi'), options: { firstLook: { at: 0, budgetMs: 20, evil: 1 } } }, '1:0');
    expect(extra.ok).toBe(false);
    const fine = await host().handle({ ...request('You need to restart the router.'), options: { firstLook: { at: 3, budgetMs: 20 } } }, '1:0');
    expect(fine.ok).toBe(true);
  });

  it('reads its rules again when the page saw them change in storage', async () => {
    let current: readonly Rule[] = rules;
    const engine = host(async () => current);
    await engine.handle(request('You need to restart the router.'), '1:0');
    current = rules.filter((r) => r.id !== 'you-need-to');
    const stale = await engine.handle(request('You need to restart the router.'), '1:0');
    expect(stale.ok && stale.analysis.findings.some((f) => f.ruleId === 'you-need-to')).toBe(true);
    const answer = await engine.handle({ ...request('You need to restart the router.'), reloadRules: true }, '1:0');
    expect(answer.ok && answer.analysis.findings.some((f) => f.ruleId === 'you-need-to')).toBe(false);
  });

  it('sends the page the whole-reply rules only when the page’s copy is out of date', async () => {
    const engine = host();
    const first = await engine.handle({ ...request('Hello'), rules: '' }, '1:0');
    expect(first.ok && first.rules).toEqual({ fingerprint, rules: structureRules });
    const next = await engine.handle(request('Hello'), '1:0');
    expect(next.ok && next.rules).toBeUndefined();
    engine.replaceRules(rules.filter((r) => r.id !== 'greeting-missing'));
    const changed = await engine.handle(request('Hello'), '1:0');
    expect(changed.ok && changed.rules && changed.rules.rules.map((r) => r.id)).not.toContain('greeting-missing');
  });

  it('says the draft could not be checked when the rules cannot be read', async () => {
    const answer = await host(async () => Promise.reject(new Error('storage gone'))).handle(request('Hello'), '1:0');
    expect(answer).toMatchObject({ ok: false, reason: 'failed', message: 'storage gone' });
  });

  it('checks the bench’s reply with the unsaved rules sent with it, not the active ones', () => {
    const engine = host();
    const reply = 'You need to restart the router.';
    const withRule = engine.tryRules({ type: ENGINE_TRY, text: reply, rules });
    const withoutRule = engine.tryRules({ type: ENGINE_TRY, text: reply, rules: rules.filter((r) => r.id !== 'you-need-to') });
    expect(withRule.ok && withRule.analysis.findings.some((f) => f.ruleId === 'you-need-to')).toBe(true);
    expect(withoutRule.ok && withoutRule.analysis.findings.some((f) => f.ruleId === 'you-need-to')).toBe(false);
  });

  it('checks the bench’s reply for the channel it names, and refuses an unknown one', () => {
    const engine = host();
    const text = 'You need to restart the router.';
    const ids = (answer: ReturnType<typeof engine.tryRules>) => (answer.ok ? answer.analysis.findings.map((f) => f.ruleId) : ['refused']);
    expect(ids(engine.tryRules({ type: ENGINE_TRY, text, rules }))).toContain('greeting-missing');
    expect(ids(engine.tryRules({ type: ENGINE_TRY, text, channel: 'social', rules }))).not.toContain('greeting-missing');
    expect(engine.tryRules({ type: ENGINE_TRY, text, channel: 'fax', rules })).toMatchObject({ ok: false, message: expect.stringMatching(/^bad request: /) });
  });

  it('refuses bench requests with invalid rules, unknown fields or an oversized reply, with a clear message', () => {
    const engine = host();
    const badRule = engine.tryRules({ type: ENGINE_TRY, text: 'Hi.', rules: [{ ...rules[0], id: '' }] });
    expect(badRule).toMatchObject({ ok: false, message: expect.stringMatching(/^bad request: /) });
    expect(engine.tryRules({ type: ENGINE_TRY, text: 'Hi.', rules, extra: 1 })).toMatchObject({ ok: false });
    expect(engine.tryRules({ type: ENGINE_TRY, text: 'a'.repeat(MAX_TRY_CHARS + 1), rules })).toMatchObject({ ok: false });
  });

  it('answers a check that arrives while the engine starts before it finishes warming up', async () => {
    const { engine, release } = hostReadingRulesLater();
    const order: string[] = [];
    const warming = engine.warmUp().then(() => order.push('warm-up done'));
    const checked = engine.handle(request('You need to restart the router.'), '1:0').then((answer) => {
      order.push('check answered');
      return answer;
    });
    release();
    const [answer] = await Promise.all([checked, warming]);
    expect(answer.ok && answer.analysis.findings.some((f) => f.ruleId === 'you-need-to')).toBe(true);
    expect(order).toEqual(['check answered', 'warm-up done']);
    // With no check waiting, a warm-up runs to its end.
    await expect(host().warmUp()).resolves.toBeUndefined();
  });

  it('warms up once per analyzer: a second call analyses nothing, new rules warm up again', async () => {
    const analysed: string[] = [];
    const step = (text: string): WarmUpStep => ({
      get text() {
        analysed.push(text);
        return text;
      },
    });
    const engine = createEngineHost({ loadRules: async () => rules, ranIn: 'background' }, [step('You need to restart it.'), step('Per our policy, no.')]);
    await Promise.all([engine.warmUp(), engine.warmUp()]);
    expect(analysed).toEqual(['You need to restart it.', 'Per our policy, no.']);
    await engine.warmUp();
    expect(analysed).toHaveLength(2);
    engine.replaceRules(rules.filter((r) => r.id !== 'you-need-to'));
    await engine.warmUp();
    expect(analysed).toHaveLength(4);
  });

  it('stops warming up when a check comes, and goes on from that step on the next call', async () => {
    const analysed: string[] = [];
    const step = (text: string): WarmUpStep => ({
      get text() {
        analysed.push(text);
        return text;
      },
    });
    const engine = createEngineHost({ loadRules: async () => rules, ranIn: 'background' }, ['One.', 'Two.', 'Three.'].map(step));
    const warming = engine.warmUp();
    await engine.handle(request('You need to restart the router.'), '1:0');
    await warming;
    expect(analysed.length).toBeLessThan(3);
    await engine.warmUp();
    expect(analysed).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('warms up on replies both as typed on a keyboard and with typographic apostrophes (V8 compiles a regex per string width)', () => {
    const twoByte = (text: string) => [...text].some((c) => c.codePointAt(0)! > 0xff);
    expect(WARM_UP_STEPS.filter((s) => twoByte(s.text)).length).toBe(WARM_UP_STEPS.length / 2);
    expect(WARM_UP_STEPS.some((s) => s.options?.customerMessage)).toBe(true);
    expect(WARM_UP_STEPS.some((s) => s.options?.channel === 'chat')).toBe(true);
  });

  it('keeps rules pushed while its first read of the rules was under way (the read may hold older ones)', async () => {
    const { engine, release } = hostReadingRulesLater();
    const checked = engine.handle(request('You need to restart the router.'), '1:0');
    engine.replaceRules(rules.filter((r) => r.id !== 'you-need-to'));
    release();
    const answer = await checked;
    expect(answer.ok && answer.analysis.findings.some((f) => f.ruleId === 'you-need-to')).toBe(false);
  });
});
