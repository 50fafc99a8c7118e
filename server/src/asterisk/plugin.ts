import type { LanguagePlugin } from '../engine/rule';


/** The asterisk room's entry point for the engine. Parser and rules are filled in by the asterisk issue. */
export const asteriskPlugin: LanguagePlugin<null> = {
  name: 'asterisk',
  commentPrefixes: [';'],
  handles: (doc) => doc.language === 'asterisk-conf',
  parse: () => null,
  rules: [],
};
