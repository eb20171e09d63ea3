/**
 * What the `rapport` command line needs from the outside world, injected so every command runs in
 * tests without a process: files, standard input, output lines, the caller's directory.
 */
import { isAbsolute, resolve } from 'node:path';

export interface CliIO {
  readFile(path: string): string;
  readStdin(): string;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Writes a file (rules export --out). */
  writeFile?(path: string, content: string): void;
  /** The caller's directory: relative paths resolve from here (INIT_CWD under npm, else the cwd). */
  cwd?: string;
  /** True when standard input is a terminal (nobody is piping a reply in). */
  stdinIsTTY?: boolean;
  /** Printed by --version. */
  version?: string;
}

/** A mistake in how the command was called: one line, a hint, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose --help explains the fix ("check", "compare", "rules export"), or none. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Where a path the user typed points, seen from the caller's directory. */
export function resolvePath(path: string, io: CliIO): string {
  return io.cwd && !isAbsolute(path) ? resolve(io.cwd, path) : path;
}

/** A file's text (or standard input for "-"), or a one-line UsageError naming the file and why. */
export function readInput(path: string, io: CliIO, command?: string): string {
  try {
    return path === '-' ? io.readStdin() : io.readFile(resolvePath(path, io));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? (error as Error).message);
    throw new UsageError(`cannot read ${path}: ${why}${code && code !== why ? ` (${code})` : ''}`, command);
  }
}
