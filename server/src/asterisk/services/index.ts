import type { LanguageServices } from '../../engine/services';
import type { AsteriskModel } from '../model';
import { completion } from './completion';
import { hover } from './hover';
import { definition, folding, symbols } from './symbols';

/** Editor services of the asterisk room (the dialplan layer adds contexts and extensions). */
export const asteriskServices: LanguageServices<AsteriskModel> = {
  hover,
  completion,
  symbols: (file) => symbols(file),
  folding: (file) => folding(file),
  definition,
};
