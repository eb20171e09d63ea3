import { startOffscreenEngine } from '@/lib/engine-host/offscreen-page';
import { markStart } from '@/lib/engine-wire/start-marks';

markStart('doc-start');

// The engine runs in a worker: the offscreen document only relays (WORKERS is its declared reason).
startOffscreenEngine(new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }));
