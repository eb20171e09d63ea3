import { describe, expect, it, vi } from 'vitest';
import type { DraftChecker } from '../coach/checker';
import type { Analysis } from '../engine/types';
import { defaultPack } from '../rules/default';
import { DELTA_MIN_CHARS } from '../engine-wire/delta';
import type { CheckRequest } from '../engine-wire/protocol';
import { createRemoteChecker, IN_PAGE_ENGINE_NOTE, type RemoteCheckerOptions } from './remote-checker';
import { engineLine, type EnginePort } from './engine-port';

const analysis = (label: string) => ({ findings: [], scores: { warmth: 50 }, label }) as unknown as Analysis;

function checker(send: RemoteCheckerOptions['send'], fallbackResult = analysis('page')) {
  const fallback: DraftChecker = { check: vi.fn(async () => fallbackResult), rules: () => defaultPack.rules, onRulesChanged: () => () => undefined };
  const sites: string[] = [];
  const changed = new Set<() => void>();
  const remote = createRemoteChecker({
    send,
    fallback: () => fallback,
    onRulesChanged: (listener) => {
      changed.add(listener);
      return () => changed.delete(listener);
    },
    onRanIn: (site) => sites.push(site),
  });
  return { remote, fallback, sites, rulesChanged: () => changed.forEach((listener) => listener()) };
}

const live = () => new AbortController().signal;

describe('remote checker', () => {
  it('returns the engine’s analysis and where it ran', async () => {
    const { remote, sites } = checker(async () => ({ ok: true, analysis: analysis('engine'), ranIn: 'background' }));
    expect(await remote.check('Hello there.', {}, live())).toMatchObject({ label: 'engine' });
    expect(sites).toEqual(['background']);
  });

  it('gives up a check the engine answered a newer draft for when the coach dropped it, and sends it again whole when not', async () => {
    const sent: CheckRequest[] = [];
    const { remote, fallback } = checker(async (request) => {
      sent.push(request);
      return sent.length % 2 === 0 ? { ok: true, analysis: analysis('engine'), ranIn: 'offscreen' } : { ok: false, reason: 'superseded', message: 'newer' };
    });
    const dropped = new AbortController();
    dropped.abort();
    expect(await remote.check('You need to', {}, dropped.signal)).toBeNull();
    expect(sent).toHaveLength(1);
    expect(await remote.check('You need to restart.', {}, live())).toMatchObject({ label: 'engine' });
    expect(sent).toHaveLength(2);
    expect(await remote.check('You need to restart it.', {}, live())).toMatchObject({ label: 'engine' });
    expect(sent[3]?.payload).toEqual({ kind: 'full', text: 'You need to restart it.' });
    expect(fallback.check).not.toHaveBeenCalled();
  });

  it('sends a keystroke in a long draft as a delta, and the whole draft again when the engine asks', async () => {
    const sent: CheckRequest[] = [];
    let answers = 0;
    const { remote } = checker(async (request) => {
      sent.push(request);
      answers += 1;
      return answers === 2 ? { ok: false, reason: 'resend', message: 'restarted' } : { ok: true, analysis: analysis('engine'), ranIn: 'background' };
    });
    const long = 'Thanks for waiting. '.repeat(Math.ceil(DELTA_MIN_CHARS / 20) + 1);
    await remote.check(long, {}, live());
    await remote.check(`${long}!`, {}, live());
    expect(sent.map((r) => r.payload.kind)).toEqual(['full', 'delta', 'full']);
    expect(sent[1]!.payload).toMatchObject({ kind: 'delta', base: sent[0]!.seq, insert: '!' });
  });

  it('checks in the page when the engine cannot be reached, and never goes blank', async () => {
    const { remote, fallback, sites } = checker(async () => Promise.reject(new Error('Could not establish connection')));
    expect(await remote.check('Hello there.', {}, live())).toMatchObject({ label: 'page' });
    expect(fallback.check).toHaveBeenCalledOnce();
    expect(sites).toEqual(['page']);
  });

  it('treats no answer at all as unreachable', async () => {
    const { remote } = checker(async () => undefined);
    expect(await remote.check('Hello there.', {}, live())).toMatchObject({ label: 'page' });
  });

  it('rejects when the engine could not check the draft (the coach says so for this draft)', async () => {
    const { remote, fallback } = checker(async () => ({ ok: false, reason: 'failed', message: 'bad pack' }));
    await expect(remote.check('Hello there.', {}, live())).rejects.toThrow('bad pack');
    expect(fallback.check).not.toHaveBeenCalled();
  });

  it('resolves to null when a newer keystroke aborted the check', async () => {
    const controller = new AbortController();
    const { remote } = checker(async () => {
      controller.abort();
      return { ok: true, analysis: analysis('engine'), ranIn: 'background' };
    });
    expect(await remote.check('Hello there.', {}, controller.signal)).toBeNull();
  });

  it('rejects the draft (shown, contained) when neither the engine nor the in-page engine can be reached', async () => {
    const remote = createRemoteChecker({
      send: async () => Promise.reject(new Error('Receiving end does not exist')),
      fallback: async () => Promise.reject(new Error('the in-page engine could not be loaded: no frame')),
      onRulesChanged: () => () => undefined,
    });
    await expect(remote.check('Hello there.', {}, live())).rejects.toThrow(/in-page engine could not be loaded/);
  });

  it('passes the coach’s warm-up on to the engine', () => {
    const warm = vi.fn();
    const remote = createRemoteChecker({ send: async () => null, fallback: () => Promise.reject(new Error('unused')), onRulesChanged: () => () => undefined, warm });
    remote.warmUp?.();
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('keeps the whole-reply rules the engine sends, tells it which it holds, and asks for a re-read after a change in storage', async () => {
    const sent: CheckRequest[] = [];
    const structure = defaultPack.rules.filter((r) => r.kind === 'structure');
    const { remote, rulesChanged } = checker(async (request) => {
      sent.push(request);
      return { ok: true, analysis: analysis('engine'), ranIn: 'background', ...(request.rules === 'v1' ? {} : { rules: { fingerprint: 'v1', rules: structure } }) };
    });
    expect(remote.rules()).toEqual([]);
    await remote.check('Hello there.', {}, live());
    expect(remote.rules()).toEqual(structure);
    await remote.check('Hello there!', {}, live());
    rulesChanged();
    await remote.check('Hello there?', {}, live());
    await remote.check('Hello there…', {}, live());
    expect(sent.map((r) => [r.rules, r.reloadRules ?? false])).toEqual([
      ['', false],
      ['v1', false],
      ['v1', true],
      ['v1', false],
    ]);
  });

  it('uses the in-page engine’s rules while the engine cannot be reached', async () => {
    const { remote } = checker(async () => Promise.reject(new Error('Could not establish connection')));
    await remote.check('Hello there.', {}, live());
    expect(remote.rules()).toBe(defaultPack.rules);
  });

  it('says in words that the drafts are checked in the page while the engine is unreachable, and stops saying it once it answers', async () => {
    let reachable = false;
    const { remote } = checker(async () => (reachable ? { ok: true, analysis: analysis('engine'), ranIn: 'offscreen' } : Promise.reject(new Error('Could not establish connection'))));
    expect(remote.engineNote?.()).toBeNull();
    await remote.check('Hello there.', {}, live());
    expect(remote.engineNote?.()).toBe(IN_PAGE_ENGINE_NOTE);
    reachable = true;
    await remote.check('Hello there!', {}, live());
    expect(remote.engineNote?.()).toBeNull();
  });

  it('gives up on an engine silent past its timeout: the port forgets the request and the draft is checked in the page', async () => {
    // A port whose other end takes every request and never answers (a stuck engine).
    const silent: EnginePort = {
      postMessage: () => undefined,
      disconnect: () => undefined,
      onMessage: { addListener: () => undefined },
      onDisconnect: { addListener: () => undefined },
    };
    const line = engineLine(() => silent, async () => Promise.reject(new Error('unused')));
    const timers: (() => void)[] = [];
    const fallback: DraftChecker = { check: vi.fn(async () => analysis('page')), rules: () => defaultPack.rules, onRulesChanged: () => () => undefined };
    const remote = createRemoteChecker({
      send: (request, abandon) => line.send(request, abandon),
      fallback: () => fallback,
      onRulesChanged: () => () => undefined,
      setTimeout: (callback) => timers.push(callback),
      clearTimeout: () => undefined,
    });
    const checking = remote.check('Hello there.', {}, live());
    await vi.waitFor(() => expect(line.waiting).toBe(1));
    timers.forEach((fire) => fire()); // The 30 s safety net runs out.
    expect(await checking).toMatchObject({ label: 'page' });
    expect(line.waiting).toBe(0);
  });
});
