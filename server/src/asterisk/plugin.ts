import type { LanguagePlugin, Rule } from '../engine/rule';
import type { AsteriskModel } from './model';
import { attachSource } from './dialplan/host';
import { buildConfigReusing } from './incrementalBuild';
import { ASTERISK_RULES } from './rules';
import { includersOf } from './config/includers';
import { asteriskServices } from './services';

/** The asterisk room's entry point for the engine. */
export const asteriskPlugin: LanguagePlugin<AsteriskModel> = {
  name: 'asterisk',
  commentPrefixes: [';'],
  handles: (doc) => doc.language === 'asterisk-conf',
  parse: (doc, ctx) => {
    const model: AsteriskModel = { config: buildConfigReusing({ file: doc.file, text: doc.text, fs: ctx.fs, etcDir: ctx.settings.asterisk.etcDir }) };
    attachSource(model, doc.text);
    return model;
  },
  rules: ASTERISK_RULES as Rule<AsteriskModel>[],
  // `disable-file=` must stand before the first section header.
  fileSuppressionLimit: (model) => model.config.syntax.firstHeaderLine,
  includers: (file, ctx) => includersOf(ctx.fs, file, ctx.settings.asterisk.etcDir),
  services: asteriskServices,
};
