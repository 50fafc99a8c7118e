import type { RawFinding } from '../../engine/types';
import { exposedContexts, tollAction } from '../dialplan/exposure';
import { includeClosure, rangeAt } from '../dialplan/model';
import { dialplanRule, fileFinding } from '../dialplan/ruleKit';

/**
 * A context callers reach without authenticating leads, through `include =>`, to a trunk, DISA or
 * VoiceMailMain: toll fraud from anyone on the Internet (Dialplan-Security.md).
 */
export const AST404 = dialplanRule(
  { id: 'AST404', slug: 'unauthenticated-toll-route', severity: 'error', title: 'A context reachable without authentication reaches a trunk Dial, DISA or VoiceMailMain' },
  (dp, ctx) => {
    const out: RawFinding[] = [];
    const reported = new Set<object>();
    for (const seed of exposedContexts(ctx.doc.file, ctx)) {
      for (const [key, route] of includeClosure(dp, seed.context)) {
        for (const c of dp.byName.get(key) ?? []) {
          for (const ext of c.extensions) {
            if (reported.has(ext)) continue;
            const action = tollAction(ext);
            if (!action || !ext.app) continue;
            reported.add(ext);
            const pathText = route.map((n) => `[${n}]`).join(' → include → ');
            out.push(fileFinding(ext.loc.file, ctx, {
              message: `${action.length > 60 ? ext.app.name.trim() + '()' : action} is reachable without authentication: ${pathText}, entered by ${seed.why}. Anyone can place calls here at your cost. Remove the include from that path or require authentication for its callers.`,
              range: rangeAt(ext.loc, ext.app.nameStart, ext.app.dataEnd + (ext.app.data !== undefined && !ext.app.unclosed ? 1 : 0)),
            }));
          }
        }
      }
    }
    return out;
  },
);
