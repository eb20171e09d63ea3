/** The in-page engine chunk's one job: leave its checker factory where the coach (same frame, same world) finds it. */
import { PAGE_ENGINE } from '../engine-wire/chunks';
import { createPageChecker } from './page-checker';

export function registerPageEngine(): void {
  if (Object.hasOwn(globalThis, PAGE_ENGINE)) return;
  // Configurable only so unit tests can remove it between tests; nothing else in this world redefines it.
  Object.defineProperty(globalThis, PAGE_ENGINE, { value: createPageChecker, configurable: true });
}
