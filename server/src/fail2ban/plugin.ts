import type { LanguagePlugin } from '../engine/rule';
import { parseFail2ban, type Fail2banModel } from './model';
import { FAIL2BAN_RULES } from './rules';
import { fail2banServices } from './services';

/** The fail2ban room's entry point for the engine: jail, filter, action and fail2ban.conf files. */
export const fail2banPlugin: LanguagePlugin<Fail2banModel> = {
  name: 'fail2ban',
  commentPrefixes: ['#', ';'],
  handles: (doc) => doc.language === 'fail2ban-conf',
  parse: parseFail2ban,
  rules: FAIL2BAN_RULES,
  // `disable-file=` counts only before the first section header.
  fileSuppressionLimit: (model) => model.ini.firstHeaderLine,
  services: fail2banServices,
};
