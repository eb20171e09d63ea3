// axe-core over a page of the extension or over Rapport's in-page UI, in the colour scheme asked for: the serious and
// critical violations, each as "rule (impact): first targets", so a failure names what to fix. One copy for every
// surface (card and list, popup, options, summary).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeScope {
  /** Only these elements and what is inside them (an open shadow root's host: Rapport's UI, not the page around it). */
  include?: string[];
  /** How many axe rules must have passed, so that an empty page is not mistaken for an accessible one. */
  minPasses?: number;
}

export async function seriousAxeProblems(page: Page, scheme: 'light' | 'dark', scope: AxeScope = {}): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  // Evaluated over the DevTools protocol: an extension page's CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const outcome = await page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    // Violations only: axe still runs every rule and counts the rules that passed, but builds no selector or HTML for each
    // passing element, about a fifth of its time on the options page (~2,700 elements).
    const options = { resultTypes: ['violations'] };
    const result = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, options);
    return {
      passes: result.passes.length,
      serious: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`),
    };
  }, scope.include ?? null);
  expect(outcome.passes, `axe-core checked the page (${scheme})`).toBeGreaterThan(scope.minPasses ?? 10);
  return outcome.serious;
}

/** No serious or critical violation in light and in dark (the page is left in dark). */
export async function expectNoSeriousAxeProblems(page: Page, scope: AxeScope = {}): Promise<void> {
  expect(await seriousAxeProblems(page, 'light', scope), 'light').toEqual([]);
  expect(await seriousAxeProblems(page, 'dark', scope), 'dark').toEqual([]);
}
