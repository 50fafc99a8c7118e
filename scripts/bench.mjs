// `npm run bench`: every benchmark script (scripts/bench-*.mjs), one after the other so they do not
// compete for the two cores. Each prints its figures as ratios against a baseline measured in the
// same run (a plain Node read-and-split of the same input, and the real peer tool where there is one).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const scripts = readdirSync('scripts').filter((f) => /^bench-.+\.mjs$/.test(f) && (!only.length || only.some((o) => f.includes(o)))).sort();
if (!scripts.length) {
  console.error('no benchmark scripts found');
  process.exit(1);
}
let failed = 0;
for (const s of scripts) {
  console.log(`\n=== ${s} ===`);
  const r = spawnSync(process.execPath, [`scripts/${s}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
