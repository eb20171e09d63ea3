// @vitest-environment happy-dom
/**
 * A part of the options page that throws (the test bench, the impact preview) shows an error in
 * its own section; the rest of the page, the unsaved edits and Save keep working.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ bench: false, impact: false }));

// The real components, but each throws while its switch is on (as the bench did on "constructor").
vi.mock('./TestBench', async (importOriginal) => {
  const real = await importOriginal<typeof import('./TestBench')>();
  return {
    ...real,
    TestBench: (props: Parameters<typeof real.TestBench>[0]) => {
      if (failing.bench) throw new Error('Cannot convert object to primitive value');
      return real.TestBench(props);
    },
  };
});
vi.mock('./ImpactPreview', async (importOriginal) => {
  const real = await importOriginal<typeof import('./ImpactPreview')>();
  return {
    ...real,
    ImpactPreview: (props: Parameters<typeof real.ImpactPreview>[0]) => {
      if (failing.impact) throw new Error('impact exploded');
      return real.ImpactPreview(props);
    },
  };
});

const { ErrorBoundary } = await import('./ErrorBoundary');
const { button, field, renderOptions, section } = await import('./test-helpers');

beforeEach(() => {
  failing.bench = false;
  failing.impact = false;
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React and the boundary log the failure
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Thrower({ when }: { when: boolean }) {
  if (when) throw new Error('boom');
  return <p>working part</p>;
}

describe('ErrorBoundary', () => {
  it('shows the failure in place of the part, keeps its siblings, and tries again on request or when its key changes', () => {
    let fail = true;
    function Page() {
      const [key, setKey] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setKey((k) => k + 1)}>
            change rules
          </button>
          <ErrorBoundary label="The test bench" resetKey={key}>
            <Thrower when={fail} />
          </ErrorBoundary>
          <p>sibling part</p>
        </>
      );
    }
    render(<Page />);
    expect(screen.getByRole('alert').textContent).toContain('The test bench could not run (boom)');
    expect(screen.getByText('sibling part')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeTruthy(); // still failing: still contained

    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'change rules' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('working part')).toBeTruthy();
  });
});

describe('the options page', { timeout: 60_000 }, () => {
  it('keeps working when the test bench throws: the rules list, unsaved edits and Save', async () => {
    failing.bench = true;
    const { store } = await renderOptions();
    expect(within(section('bench')).getByRole('alert').textContent).toContain('The test bench could not run (Cannot convert object to primitive value)');
    // The impact preview, in its own boundary, is unaffected.
    expect(within(section('impact')).queryByRole('alert')).toBeNull();

    fireEvent.click(field('you-need-to'));
    fireEvent.click(button('Save', screen.getByRole('region', { name: 'Save changes' })));
    await waitFor(async () => expect((await store.load()).edits.overrides).toEqual({ 'you-need-to': { enabled: false } }));

    failing.bench = false;
    fireEvent.click(within(section('bench')).getByRole('button', { name: 'Try again' }));
    expect(within(section('bench')).queryByRole('alert')).toBeNull();
    expect(await within(section('bench')).findByText(/Warmth/)).toBeTruthy(); // the bench answers asynchronously (the shared engine)
  });

  it('keeps working when the impact preview throws', async () => {
    failing.impact = true;
    await renderOptions();
    expect(within(section('impact')).getByRole('alert').textContent).toContain('The impact preview could not run (impact exploded)');
    expect(within(section('bench')).queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Rules', level: 2 })).toBeTruthy();
  });
});
