// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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

  it('checks the reply for the channel chosen: no greeting is asked of a social reply', async () => {
    const local = localBenchEngine();
    const seen: BenchCheck[] = [];
    const engine = async (check: BenchCheck): Promise<Analysis> => (seen.push(check), local(check));
    render(<TestBench rules={testPack.rules} entries={[]} engine={engine} initialText="You need to restart the router." />);
    const findingIds = () => [...document.querySelectorAll('.findings strong')].map((el) => el.textContent);
    await waitFor(() => expect(findingIds()).toContain('greeting-missing'));
    expect(seen.at(-1)?.channel).toBe('email');
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'social' } });
    await waitFor(() => expect(seen.at(-1)?.channel).toBe('social'));
    await waitFor(() => expect(findingIds()).not.toContain('greeting-missing'));
    expect(findingIds()).toContain('you-need-to');
  });

  it('says nothing is flagged only once the reply is checked: before, it says the findings are to come', async () => {
    const local = localBenchEngine();
    let answer!: () => void;
    const engine = (check: BenchCheck) => new Promise<Analysis>((resolve) => (answer = () => resolve(local(check))));
    render(<TestBench rules={testPack.rules} entries={[]} engine={engine} initialText="Thanks for your patience, Maria. I've sent the refund today." />);
    await waitFor(() => expect(answer).toBeTypeOf('function'));
    expect(screen.getByText('The findings show here once the reply is checked.')).toBeTruthy();
    expect(screen.queryByText('Nothing to flag.')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Findings' })).toBeTruthy();
    answer();
    await waitFor(() => expect(screen.queryByText('The findings show here once the reply is checked.')).toBeNull());
    expect(screen.getByRole('heading', { name: /^Findings \(\d+\)$/ })).toBeTruthy();
  });

  it('says so when the engine could not check the reply', async () => {
    const engine = async (): Promise<Analysis> => Promise.reject(new Error('bad request: the rules are longer than allowed'));
    render(<TestBench rules={testPack.rules} entries={[]} engine={engine} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be checked: bad request/);
    expect(screen.getByText('No findings: the reply was not checked.')).toBeTruthy();
    expect(screen.queryByText('Checking…')).toBeNull();
  });
});
