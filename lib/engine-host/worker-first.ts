/** Imported first by the engine worker: marks when its bundle began to run (test builds; the bench's phases). */
import { markStart } from '../engine-wire/start-marks';

markStart('worker-start');
