import type { RawFinding } from '../../engine/types';
import { rangeAt } from '../dialplan/model';
import { dialplanRule, fileFinding } from '../dialplan/ruleKit';
import { contextRefs } from '../dialplan/targets';
import { workspaceContexts } from '../dialplan/workspace';

/** A jump or include to a context that no dialplan file defines (typo, removed context). */
export const AST408 = dialplanRule(
  { id: 'AST408', slug: 'goto-unknown-context', severity: 'warning', title: '`Goto`/`Gosub`/`include =>` names a context that does not exist in the workspace' },
  (dp, ctx) => {
    const refs = dp.contexts.flatMap((c) => contextRefs(c));
    if (!refs.length) return [];
    const known = workspaceContexts(ctx.doc.file, dp, ctx);
    if (!known.complete) return [];
    const out: RawFinding[] = [];
    for (const r of refs) {
      if (known.names.has(r.name.toLowerCase())) continue;
      out.push(fileFinding(r.loc.file, ctx, {
        message: r.via === 'include'
          ? `include => ${r.name}: no context [${r.name}] exists in this dialplan or the other extensions*.conf files beside it. Asterisk only warns at load time, and calls meant for those extensions fall through. Fix the name or define the context.`
          : `${r.via}() jumps to context [${r.name}], which no dialplan file here defines: the call fails at that step (hung up or sent to "i"). Fix the name or define the context.`,
        range: rangeAt(r.loc, r.start, r.end),
      }));
    }
    return out;
  },
);
