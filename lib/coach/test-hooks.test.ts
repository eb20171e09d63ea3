// The test-only signals are compiled in only with WXT_RAPPORT_TEST_HOOKS=1: a release build puts
// no timings or draft sizes on the page and cannot be made to fail on purpose.
// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const timing = { inputToPaintMs: 160, analyseMs: 4, paintMs: 1, slices: 1, longestSliceMs: 4, chars: 80, findings: 3, complete: true, resumes: 0 };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('test hooks', () => {
  it('are off in a normal build: no attribute, no injected failure', async () => {
    const hooks = await import('./test-hooks');
    expect(hooks.TEST_HOOKS).toBe(false);
    const host = document.createElement('rapport-coach');
    hooks.publishTiming(host, timing);
    expect(host.getAttributeNames()).toEqual([]);
    expect(() => hooks.injectAnalysisFailure(`Hi ${hooks.FAIL_ANALYSIS_MARKER}`)).not.toThrow();
    expect(hooks.injectIncompleteCheck(`Hi ${hooks.INCOMPLETE_CHECK_MARKER}`, { complete: true }).complete).toBe(true);
  });

  it('are on in the browser tests’ build', async () => {
    vi.stubEnv('WXT_RAPPORT_TEST_HOOKS', '1');
    const hooks = await import('./test-hooks');
    expect(hooks.TEST_HOOKS).toBe(true);
    const host = document.createElement('rapport-coach');
    hooks.publishTiming(host, timing);
    expect(JSON.parse(host.getAttribute('data-rapport-timing')!)).toEqual(timing);
    expect(() => hooks.injectAnalysisFailure(`Hi ${hooks.FAIL_ANALYSIS_MARKER}`)).toThrow(/injected/);
    expect(() => hooks.injectAnalysisFailure('Hi there')).not.toThrow();
    expect(hooks.injectIncompleteCheck(`Hi ${hooks.INCOMPLETE_CHECK_MARKER}`, { complete: true, findings: [] })).toEqual({ complete: false, findings: [] });
    expect(hooks.injectIncompleteCheck('Hi there', { complete: true }).complete).toBe(true);
  });
});
