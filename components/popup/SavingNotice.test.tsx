// @vitest-environment happy-dom
// The popup says when sent replies could not be saved yet, and "Try again now" asks the background.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupClient } from '../../lib/popup/client';
import { PopupContainer } from './PopupContainer';

afterEach(cleanup);

function client(overrides: Partial<PopupClient>): PopupClient {
  return {
    site: async () => null,
    pausedUntil: async () => null,
    today: async () => null,
    draft: async () => ({ kind: 'unreachable' }),
    apply: async () => null,
    reveal: async () => undefined,
    setSite: async () => ({ granted: true }),
    setChannel: async () => undefined,
    pause: async () => 0,
    resume: async () => undefined,
    openOptions: () => undefined,
    openSummary: () => undefined,
    onPageChange: () => () => undefined,
    ...overrides,
  };
}

describe('the popup’s notice about unsaved replies', () => {
  it('shows the notice and clears it once a retry saved everything', async () => {
    let waiting = 2;
    const retrySaving = vi.fn(async () => {
      waiting = 0;
      return { ok: true as const, pending: 0 };
    });
    render(<PopupContainer client={client({ savingProblem: async () => (waiting ? `${waiting} sent replies haven’t been saved yet.` : null), retrySaving })} />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('2 sent replies haven’t been saved yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(await screen.findByText('Every sent reply is saved now.')).toBeTruthy();
    expect(retrySaving).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows no notice when every reply is saved', async () => {
    render(<PopupContainer client={client({ savingProblem: async () => null })} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
