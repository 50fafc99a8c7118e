import type { RuleContext } from '../../engine/rule';
import type { FileEdit } from '../../engine/types';
import type { ChainInfo } from '../analysis/chains';
import { isFail2banChain } from '../analysis/chains';
import { sampleCommand } from '../analysis/filter';
import type { Family, IptModel } from '../model';
import { commandText, insertLineBefore } from './util';

/**
 * Inserts `-A CHAIN body` near the top of a built-in filter chain: after the loopback accepts and
 * fail2ban jumps (which must stay first), before everything else. Empty chain: before COMMIT, or at
 * the end of the script.
 */
export function insertIntoChain(model: IptModel, ctx: RuleContext, chain: ChainInfo, family: Family, body: string, afterLoopbackOnly = false): FileEdit {
  const first = chain.rules.find((r) => {
    const t = r.cmd.target?.name.text ?? '';
    const lo = r.cmd.inIface?.value.text === 'lo' || r.cmd.outIface?.value.text === 'lo';
    return !(lo || (!afterLoopbackOnly && isFail2banChain(t)));
  });
  const like = first?.cmd ?? chain.rules[0]?.cmd ?? sampleCommand(model, family);
  const line = commandText(model, like, `-A ${chain.name} ${body}`, 'filter', family);
  if (first) return insertLineBefore(ctx, model, first.cmd.start, line);
  if (model.form === 'restore') {
    const block = model.tables.find((t) => t.name.text === 'filter');
    if (block?.commit) return insertLineBefore(ctx, model, block.commit.start, line);
  }
  const end = model.text.length;
  const needsEol = end > 0 && !/[\r\n]$/.test(model.text);
  return { file: ctx.doc.file, range: { start: ctx.lines.positionAt(end), end: ctx.lines.positionAt(end) }, newText: `${needsEol ? ctx.lines.eol : ''}${line}${ctx.lines.eol}` };
}
