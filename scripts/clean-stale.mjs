// Removes compiled files under out/ whose TypeScript source is gone (tsc -b never deletes them), so a
// deleted test does not keep running and a deleted module (services.js) cannot shadow a folder of the
// same name (services/index.js). A fresh clone has no out/ and nothing to do.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else {
      const m = /^(.*)\.(js|js\.map|d\.ts|d\.ts\.map)$/.exec(p);
      if (!m) continue;
      const source = m[1].replace(/^out[/\\]/, '') + '.ts';
      if (!existsSync(source)) rmSync(p);
    }
  }
}
if (existsSync('out')) {
  walk("out");
}
