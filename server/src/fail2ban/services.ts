import type { LanguageServices } from '../engine/services';
import type { Fail2banModel } from './model';

export const fail2banServices: LanguageServices<Fail2banModel> = {};
