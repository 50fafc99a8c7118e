/** pjsip.conf lookups shared by the AST13x rules. */
import { lastVar } from '../config/query';
import type { AsteriskConfig, ConfigSection } from '../config/types';
import { sectionsOfType } from './sections';

/** Names in a comma list option (`auth=a,b`), lower-cased. */
export function listNames(v: string | undefined): string[] {
  return (v ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
}

/** identify sections pointing at an endpoint. */
export function identifiesFor(config: AsteriskConfig, endpoint: string): ConfigSection[] {
  const key = endpoint.toLowerCase();
  return sectionsOfType(config, 'identify').filter((s) => (lastVar(s, 'endpoint')?.value ?? '').trim().toLowerCase() === key);
}

/** The effective `[global] endpoint_identifier_order` (default ip,username,anonymous). */
export function identifierOrder(config: AsteriskConfig): string[] {
  const g = sectionsOfType(config, 'global')[0];
  return listNames((g && lastVar(g, 'endpoint_identifier_order')?.value) ?? 'ip,username,anonymous');
}
