import type { ConfigKind } from './types';

const KINDS: Record<string, ConfigKind> = {
  'sip.conf': 'sip', 'pjsip.conf': 'pjsip', 'pjsip_wizard.conf': 'pjsip_wizard', 'iax.conf': 'iax',
  'manager.conf': 'manager', 'http.conf': 'http', 'ari.conf': 'ari', 'logger.conf': 'logger',
  'rtp.conf': 'rtp', 'acl.conf': 'acl', 'asterisk.conf': 'asterisk', 'modules.conf': 'modules',
  'extensions.conf': 'extensions',
};

/** The base name Asterisk knows a file by: `sip.conf.sample` counts as `sip.conf`. */
export function configBaseName(file: string): string {
  const base = file.replace(/\\/g, '/').split('/').pop() ?? file;
  return base.toLowerCase().replace(/\.sample$/, '');
}

/** Which module reads a file, by its base name. Included fragments take their includer's kind. */
export function configKind(file: string): ConfigKind {
  return KINDS[configBaseName(file)] ?? 'other';
}
