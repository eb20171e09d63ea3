// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../lib/engine/types';
import type { BenchCheck } from './bench-engine';
import { localBenchEngine } from './bench-engine';
import { testPack } from './test-helpers';
import { TestBench } from './TestBench';

afterEach(cleanup);

describe('test bench engine', () => {
  it('sends the reply with the unsaved rules to the engine it is given, and shows its answer', async () => {
    const local = localBenchEngine();
    const seen: BenchCheck[] = [];
    const engine = vi.fn(async (check: BenchCheck): Promise<Analysis> => {
      seen.push(check);
      return local(check);
    });
    render(<TestBench rules={testPack.rules} entries={[]} engine={engine} initialText="You need to restart the router." />);
    await waitFor(() => expect(screen.getByTestId('bench-preview').querySelector('mark[data-rule-ids~="you-need-to"]')).toBeTruthy());
    expect(seen.at(-1)).toMatchObject({ text: 'You need to restart the router.', rules: testPack.rules });
  });

  it('says so when the engine could not check the reply', async () => {
    const engine = async (): Promise<Analysis> => Promise.reject(new Error('bad request: the rules are longer than allowed'));
    render(<TestBench rules={testPack.rules} entries={[]} engine={engine} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be checked: bad request/);
  });
});
