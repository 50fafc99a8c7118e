import type { LanguagePlugin } from '../engine/rule';
import { matchesGlob } from '../engine/glob';
import type { IptModel } from './model';
import { parseDocument } from './parse';
import { IPT_RULES } from './rules';
import { iptablesServices } from './services';

/**
 * The iptables room's entry point: restore files (language `iptables`) and firewall shell scripts
 * (`shellscript` documents matching `iptables.shellScriptGlob`, of which only the iptables/ip6tables
 * command lines are analysed).
 */
export const iptablesPlugin: LanguagePlugin<IptModel> = {
  name: 'iptables',
  commentPrefixes: ['#'],
  handles: (doc, settings) => doc.language === 'iptables' || (doc.language === 'shellscript' && matchesGlob(doc.file, settings.iptables.shellScriptGlob)),
  parse: (doc) => parseDocument(doc.file, doc.text, doc.language === 'iptables' ? 'restore' : 'shell'),
  rules: IPT_RULES,
  // `disable-file=` must come before the first table of a restore file; anywhere in a script.
  fileSuppressionLimit: (model) => (model.form === 'restore' && model.tables[0] ? lineOfOffset(model.text, model.tables[0].start) : undefined),
  services: iptablesServices,
};

function lineOfOffset(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) n++;
  return n;
}
