import { startEngineWorker } from '@/lib/engine-host/engine-worker';

startEngineWorker(self);
