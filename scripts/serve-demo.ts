// Static server for the demo helpdesk (demo/dist), for manual testing and for
// browser tests. Node's http module only: no dependencies, no external requests,
// bound to 127.0.0.1.
//
//   npm run demo:serve            -> http://127.0.0.1:5178/
//   npm run demo:serve -- 8080    -> port from the argument
//   PORT=0 npm run demo:serve     -> any free port
//
// Optionally the extension build is served under /extension/ (for inspecting
// built files; browsers load the extension itself from disk).
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DEMO_DIR = path.join(REPO_ROOT, 'demo', 'dist');
export const DEFAULT_DEMO_PORT = 5178;
const HOST = '127.0.0.1';
const EXTENSION_PREFIX = '/extension/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DemoServerOptions {
  /** Port to listen on; 0 picks a free port. Default 5178. */
  port?: number;
  /** Directory served at `/`. Default demo/dist. */
  rootDir?: string;
  /** Optional extension build directory, served at `/extension/`. */
  extensionDir?: string;
}

export interface DemoServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:5178/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Map a URL path onto a file under `baseDir`, refusing anything that escapes it. */
function resolveInside(baseDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(baseDir, '.' + path.posix.normalize('/' + decoded));
  const base = path.resolve(baseDir);
  return resolved === base || resolved.startsWith(base + path.sep) ? resolved : null;
}

async function serveFile(req: IncomingMessage, res: ServerResponse, filePath: string): Promise<boolean> {
  let target = filePath;
  let info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    target = path.join(target, 'index.html');
    info = await stat(target).catch(() => null);
  }
  if (!info?.isFile()) return false;

  res.writeHead(200, {
    'Content-Type': contentTypeFor(target),
    'Content-Length': info.size,
    // Tests rebuild and reload; never serve a stale bundle.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(target);
    stream.on('error', reject);
    stream.on('end', resolve);
    stream.pipe(res);
  });
  return true;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const rootDir = path.resolve(options.rootDir ?? DEFAULT_DEMO_DIR);
  const extensionDir = options.extensionDir ? path.resolve(options.extensionDir) : undefined;
  const port = options.port ?? DEFAULT_DEMO_PORT;

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'Method not allowed');
        return;
      }
      const urlPath = new URL(req.url ?? '/', `http://${HOST}`).pathname;
      let filePath: string | null;
      if (urlPath.startsWith(EXTENSION_PREFIX)) {
        filePath = extensionDir ? resolveInside(extensionDir, urlPath.slice(EXTENSION_PREFIX.length)) : null;
      } else {
        filePath = resolveInside(rootDir, urlPath);
      }
      if (!filePath || !(await serveFile(req, res, filePath))) {
        sendText(res, 404, `Not found: ${urlPath}`);
      }
    })().catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
      console.error('[serve-demo]', error);
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      const actualPort = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${HOST}:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise<void>((done, fail) => {
            // Drop keep-alive connections so close() resolves promptly.
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}

/** One line for a server that could not listen: a port in use gets the fix, not a stack. */
export function listenErrorMessage(error: unknown, port: number, command = 'npm run demo'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    const next = port === 0 ? 0 : Math.min(port + 1, 65535);
    return `Port ${port} on ${HOST} is already in use (is the demo already running?). Use another one: PORT=${next} ${command}`;
  }
  if (code === 'EACCES') return `Not allowed to listen on port ${port} on ${HOST}. Use a port above 1023: PORT=${DEFAULT_DEMO_PORT} ${command}`;
  return `The demo server could not start on ${HOST}:${port}: ${error instanceof Error ? error.message : String(error)}`;
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535 (0 picks a free port), not "${value}"`);
  return port;
}

async function runCli(): Promise<void> {
  const port = parsePort(process.argv[2]) ?? parsePort(process.env.PORT) ?? DEFAULT_DEMO_PORT;
  const extensionDir = process.env.EXTENSION_DIR;
  if (!existsSync(path.join(DEFAULT_DEMO_DIR, 'index.html'))) {
    console.warn('demo/dist/index.html is missing: run `npm run demo:build` first.');
  }
  let server: DemoServer;
  try {
    server = await startDemoServer({ port, extensionDir });
  } catch (error) {
    console.error(listenErrorMessage(error, port, 'npm run demo:serve'));
    process.exit(1);
  }
  console.log(`Demo helpdesk: ${server.url}  (serving ${path.relative(process.cwd(), DEFAULT_DEMO_DIR) || '.'})`);
  if (extensionDir) console.log(`Extension build: ${server.url}extension/  (${extensionDir})`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run as a CLI only when executed directly (tsx scripts/serve-demo.ts), not when imported by tests.
const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) {
  runCli().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
