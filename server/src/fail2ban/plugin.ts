import type { LanguagePlugin } from '../engine/rule';


/** The fail2ban room's entry point for the engine. Parser and rules are filled in by the fail2ban issue. */
export const fail2banPlugin: LanguagePlugin<null> = {
  name: 'fail2ban',
  commentPrefixes: ['#', ';'],
  handles: (doc) => doc.language === 'fail2ban-conf',
  parse: () => null,
  rules: [],
};
