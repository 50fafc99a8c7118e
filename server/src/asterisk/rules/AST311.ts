import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';
import { general } from './sections';

/** http.conf status page or static files on: configuration disclosure, extra attack surface. */
export const AST311: Rule<AsteriskModel> = {
  meta: { id: 'AST311', slug: 'http-status-static', severity: 'info', title: 'HTTP status page or static file serving enabled', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'http') return [];
    const g = general(config);
    if (!g) return [];
    const out: RawFinding[] = [];
    for (const key of ['enable_status', 'enable_static', 'enablestatic']) {
      const v = lastVar(g, key);
      if (!v || !isTrue(v.value)) continue;
      const what = key === 'enable_status' ? 'a status page that shows the running configuration' : 'static files from the Asterisk data directory';
      out.push(optionFinding(g, v, ctx, `${v.name}=${v.value} serves ${what} to anyone who reaches the HTTP server. Turn it off unless you need it.`, 'no', 'safe'));
    }
    return out;
  },
};
