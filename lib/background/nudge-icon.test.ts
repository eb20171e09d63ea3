// The end-of-day notification shows the real Rapport icon, at a size Chrome does not blur up.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../storage/testing/fake-browser-global'));

import { showNudge } from './history-handler';
import { createHistoryWriter } from './history-writer';
import { NUDGE_ICON_SIZE, NUDGE_ICON_URL } from './nudge-icon';
import { record } from '../stats/testing/records';

const PUBLIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public');
/** Chrome draws a basic notification's icon in an 80×80 dp square. */
const CHROME_NOTIFICATION_ICON_DP = 80;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the end-of-day notification icon', () => {
  it('is a file the extension ships (drawn by npm run icons), not an inline placeholder', async () => {
    expect(NUDGE_ICON_URL).not.toMatch(/^data:/);
    expect(NUDGE_ICON_URL).toBe('icons/rapport-128.png');
    const bytes = await readFile(path.join(PUBLIC_DIR, NUDGE_ICON_URL));
    expect(pngSize(bytes)).toEqual({ width: NUDGE_ICON_SIZE, height: NUDGE_ICON_SIZE });
  });

  it('is at least as large as Chrome draws it, so it is never blurred up on a standard screen', () => {
    expect(NUDGE_ICON_SIZE).toBeGreaterThanOrEqual(CHROME_NOTIFICATION_ICON_DP);
  });

  it('is the icon the nudge notification is created with', async () => {
    const now = Date.parse('2026-05-04T14:00:00Z');
    const timeZone = 'Europe/Berlin';
    const writer = createHistoryWriter({ now: () => now, timeZone: () => timeZone });
    await writer.record([record({ id: crypto.randomUUID(), at: now - 60_000, warmth: 70 })]);
    await writer.updateSettings({ retentionDays: 90, nudge: { enabled: true, time: '18:00' } });
    expect(await showNudge(now, timeZone)).toBe(true);
    const created = (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, { iconUrl?: string }> }).getAllCreateOptions();
    expect(created['rapport:history-nudge']!.iconUrl).toBe(NUDGE_ICON_URL);
  });
});
