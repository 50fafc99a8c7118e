import type { LanguageServices } from '../../engine/services';
import { dialplanOf } from '../dialplan/host';
import { dialplanDefinition, dialplanHover, dialplanSymbols } from '../dialplan/services';
import type { AsteriskModel } from '../model';
import { completion } from './completion';
import { hover } from './hover';
import { definition, folding, symbols } from './symbols';

/**
 * Editor services of the asterisk room. In dialplan files the dialplan layer answers first:
 * contexts carry their extensions as children, context names in `include =>`/`Goto`/`Gosub` lead
 * to their definitions, applications and functions explain themselves; everything else (options,
 * templates, includes, completion, folding) comes from the config layer.
 */
export const asteriskServices: LanguageServices<AsteriskModel> = {
  hover(file, pos, ctx) {
    const dp = dialplanOf(file.model);
    return (dp && dialplanHover(dp, file.doc.file, pos)) || hover(file, pos, ctx);
  },
  completion,
  symbols(file) {
    const base = symbols(file);
    const dp = dialplanOf(file.model);
    if (!dp) return base;
    const contexts = new Map(dialplanSymbols(dp, file.doc.file).map((s) => [s.selectionRange.start.line, s]));
    return base.map((s) => contexts.get(s.selectionRange.start.line) ?? s);
  },
  folding: (file) => folding(file),
  definition(file, pos, ctx) {
    const dp = dialplanOf(file.model);
    const mine = dp ? dialplanDefinition(dp, file.doc.file, pos, ctx) : [];
    return mine.length ? mine : definition(file, pos, ctx);
  },
};
