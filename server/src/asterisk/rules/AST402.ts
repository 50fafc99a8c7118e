import { describeTaintSource } from '../dialplan/taint';
import type { RawFinding } from '../../engine/types';
import { walkNodes } from '../dialplan/expr';
import { rangeAt, sourceText } from '../dialplan/model';
import { contextRule, fileFinding, makeFix } from '../dialplan/ruleKit';
import { findTaint, type TaintHit } from '../dialplan/taint';
import { nameKey } from '../dialplan/exten';
import type { DpExtension, DpNode } from '../dialplan/types';

/** Apps whose whole data reaches a shell or a program. */
const COMMAND_APPS = new Set(['system', 'trysystem', 'agi', 'eagi', 'deadagi', 'exec', 'execif']);
/** Keeps names and numbers; drops spaces, quotes, `;`, `|`, `&`, `$`, backticks, `/` and every other shell metacharacter. */
export const COMMAND_FILTER = '0-9A-Za-z+_.';

const SHELL_OR_EVAL = /(SHELL|EVAL)\s*\(/i;

function commandNodes(ext: DpExtension): DpNode[] {
  const app = ext.app!;
  const name = nameKey(app.name);
  const out: DpNode[] = [];
  if (COMMAND_APPS.has(name)) out.push(...app.nodes);
  else if (name === 'mixmonitor' && app.args[2]) {
    const a = app.args[2];
    out.push(...app.nodes.filter((n) => n.start >= a.start && n.end <= a.end));
  }
  // ${SHELL(…)} and ${EVAL(…)} anywhere: their argument is run or re-evaluated.
  // Without a `$` there is no `${SHELL(…)}` node to find (and no regular expression to run).
  if (!ext.value.includes('$') || !SHELL_OR_EVAL.test(ext.value)) return out;
  for (const n of walkNodes(app.nodes)) {
    if (n.kind === 'var' && n.isFunction && /^(SHELL|EVAL)$/i.test(n.name.trim()) && !out.some((o) => o.start <= n.start && n.end <= o.end)) out.push(...n.children);
  }
  return out;
}

/** Caller input (caller ID, SIP headers, dialled digits under an open pattern) reaching a shell command. */
export const AST402 = contextRule(
  { id: 'AST402', slug: 'command-injection', severity: 'error', title: 'Caller-controlled value unfiltered in System/TrySystem/SHELL/EVAL/AGI/MixMonitor command/Exec', fix: 'safe' },
  (c, ctx) => {
    const out: RawFinding[] = [];
    for (const ext of c.extensions) {
      // Every `${…}` starts with `$`: a value without one has no node to look at.
      if (ext.dropped || !ext.app || !ext.value.includes('$')) continue;
      const nodes = commandNodes(ext);
      if (!nodes.length) continue;
      const open = !!ext.pattern && (ext.pattern.open || ext.pattern.nonDigitClass);
      const seen = new Set<number>();
      for (const hit of findTaint(nodes, c.taintedVars) as TaintHit[]) {
        if (hit.extenOnly && !open) continue;
        if (seen.has(hit.node.start)) continue;
        seen.add(hit.node.start);
        const r = rangeAt(ext.loc, hit.node.start, hit.node.end);
        out.push(fileFinding(ext.loc.file, ctx, {
          message: `${ext.app.name.trim()}(): ${describeTaintSource(hit.source)} reaches a command unfiltered. The caller controls it (caller ID and SIP headers are spoofable), so characters such as ";", "|" or "$(" run commands as the Asterisk user. Wrap it in \${FILTER(${COMMAND_FILTER},…)}.`,
          range: r,
          fixes: [makeFix(`Wrap in \${FILTER(${COMMAND_FILTER},…)}`, 'safe', [{ file: ext.loc.file, range: r, newText: `\${FILTER(${COMMAND_FILTER},${sourceText(ext.value, hit.node.start, hit.node.end)})}` }])],
        }));
      }
    }
    return out;
  },
);
