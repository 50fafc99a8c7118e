import type { RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { IptCommand, IptModel } from '../model';
import { commandText, edit, insertLineBefore } from './util';

/**
 * "Create the chain": `iptables -N NAME` before the first use in a script, or a `:NAME - [0:0]`
 * line after the table's chain lines in a restore file. Review: a new empty chain changes nothing
 * by itself, but the author must decide what goes in it.
 */
export function createChainFix(model: IptModel, ctx: RuleContext, cmd: IptCommand, name: string, table: string): Fix {
  if (model.form === 'restore') {
    const block = model.tables.find((t) => t.name.text === table && t.start <= cmd.start && (!t.commit || t.commit.start >= cmd.start));
    const at = block ? block.declEnd : cmd.start;
    const e = block ? edit(ctx, at, at, `${ctx.lines.eol}:${name} - [0:0]`) : insertLineBefore(ctx, model, cmd.start, `:${name} - [0:0]`);
    return { title: `Create chain ${name} (:${name} - [0:0])`, kind: 'review', edits: [e] };
  }
  return { title: `Create chain ${name} (-N ${name}) before its first use`, kind: 'review', edits: [insertLineBefore(ctx, model, cmd.start, commandText(model, cmd, `-N ${name}`, table, cmd.family))] };
}
