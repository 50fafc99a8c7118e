/**
 * The asterisk plugin's editor services. Dialplan files get contexts/extensions symbols,
 * context definitions and application/function hover; the config layer can add its own
 * (options, templates) beside these.
 */
import type { LanguageServices } from '../engine/services';
import { dialplanOf } from './dialplan/host';
import { dialplanDefinition, dialplanHover, dialplanSymbols } from './dialplan/services';
import type { AsteriskModel } from './model';

export const asteriskServices: LanguageServices<AsteriskModel> = {
  symbols(file) {
    const dp = dialplanOf(file.model);
    return dp ? dialplanSymbols(dp, file.doc.file) : [];
  },
  definition(file, pos, ctx) {
    const dp = dialplanOf(file.model);
    return dp ? dialplanDefinition(dp, file.doc.file, pos, ctx) : [];
  },
  hover(file, pos) {
    const dp = dialplanOf(file.model);
    return dp ? dialplanHover(dp, file.doc.file, pos) : undefined;
  },
};
