// `npm run icons`: draws the toolbar and store icons from their SVG sources (assets/icons/) into
// public/icons/ as PNGs at 16, 32, 48 and 128 px, with Debian's Chromium through playwright-core
// (no downloaded browser). Run it after editing an SVG; the PNGs are committed so a build needs no browser.
//   rapport.svg      -> public/icons/rapport-<size>.png       (light toolbars, store, extension pages)
//   rapport-dark.svg -> public/icons/rapport-dark-<size>.png  (dark toolbars: Firefox's theme_icons)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;
const VARIANTS = [
  { source: 'rapport.svg', prefix: 'rapport' },
  { source: 'rapport-dark.svg', prefix: 'rapport-dark' },
] as const;

async function main(): Promise<void> {
  const outDir = path.join(ROOT, 'public', 'icons');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const variant of VARIANTS) {
      const svg = await readFile(path.join(ROOT, 'assets', 'icons', variant.source), 'utf8');
      for (const size of ICON_SIZES) {
        const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
        await page.setContent(
          `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
        );
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        const file = path.join(outDir, `${variant.prefix}-${size}.png`);
        await writeFile(file, png);
        console.log(`${path.relative(ROOT, file)}  ${png.length} bytes`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
