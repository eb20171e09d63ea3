// First: marks when the worker's bundle began to run (test builds), before the engine's modules evaluate.
import '@/lib/engine-host/worker-first';
import { startEngineWorker } from '@/lib/engine-host/engine-worker';

startEngineWorker(self);
