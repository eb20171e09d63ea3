/** "Pause for an hour" from the popup: a local timestamp until which the coach stays quiet on every site. */
import { storage } from 'wxt/utils/storage';

const pausedUntil = storage.defineItem<number | null>('local:pausedUntil', { fallback: null, version: 1 });

const PAUSE_MS = 60 * 60 * 1000;

export async function getPausedUntil(): Promise<number | null> {
  const value = await pausedUntil.getValue();
  return typeof value === 'number' && value > Date.now() ? value : null;
}

export async function pauseForAnHour(now = Date.now()): Promise<number> {
  await pausedUntil.setValue(now + PAUSE_MS);
  return now + PAUSE_MS;
}

export async function resume(): Promise<void> {
  await pausedUntil.setValue(null);
}

export function watchPause(callback: (until: number | null) => void): () => void {
  return pausedUntil.watch((value) => callback(typeof value === 'number' && value > Date.now() ? value : null));
}
