import { asteriskPlugin } from './asterisk/plugin';
import { Engine } from './engine/analyze';
import type { CrossFileRule, LanguagePlugin } from './engine/rule';
import { fail2banPlugin } from './fail2ban/plugin';
import { iptablesPlugin } from './iptables/plugin';
import { crossFileRules } from './workspace/rules';

/** The composition root: the one place that knows every language room. */
export const PLUGINS: LanguagePlugin<any>[] = [asteriskPlugin, fail2banPlugin, iptablesPlugin];
export const CROSS_FILE_RULES: CrossFileRule[] = crossFileRules;

export function createEngine(): Engine {
  return new Engine(PLUGINS, CROSS_FILE_RULES);
}
