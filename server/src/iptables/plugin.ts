import type { LanguagePlugin } from '../engine/rule';
import { matchesGlob } from '../engine/glob';

/** The iptables room's entry point for the engine. Parser and rules are filled in by the iptables issue. */
export const iptablesPlugin: LanguagePlugin<null> = {
  name: 'iptables',
  commentPrefixes: ['#'],
  handles: (doc, settings) => doc.language === 'iptables' || (doc.language === 'shellscript' && matchesGlob(doc.file, settings.iptables.shellScriptGlob)),
  parse: () => null,
  rules: [],
};
