/** An in-memory CliIO for the command line's tests (and the README's doc test). */
import { normalize } from 'node:path';
import type { CliIO } from './io';

export function fakeIO(files: Record<string, string> = {}, stdin = '', extra: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const store = new Map(Object.entries(files).map(([path, text]) => [normalize(path), text]));
  const io: CliIO = {
    readFile: (path) => {
      const text = store.get(normalize(path)) ?? written.get(normalize(path));
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    readStdin: () => stdin,
    writeFile: (path, content) => {
      written.set(normalize(path), content);
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    version: '9.9.9',
    ...extra,
  };
  return { io, out, err, written };
}
