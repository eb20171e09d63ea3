// Prints one plain closing line for CI, "N passed, N failed": every test in the Vitest JSON reports
// of `npm test`, plus the type check and lint as one check each. A stage that failed without a
// report (e.g. the browser build broke) counts as one failure, so a red run never reads as green.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const stages = read('reports/stages.json') ?? [];
const reports = { 'test:unit': 'reports/unit.json', 'test:browser': 'reports/browser.json' };

let passed = 0;
let failed = 0;
for (const stage of stages) {
  const report = reports[stage.stage] ? read(reports[stage.stage]) : null;
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that failed to load has no failed test, but the stage failed.
    if (!stage.ok && report.numFailedTests === 0) failed += 1;
  } else if (stage.ok) passed += 1;
  else failed += 1;
}
if (stages.length === 0) failed += 1; // npm test never got as far as running a stage
console.log(`${passed} passed, ${failed} failed`);
