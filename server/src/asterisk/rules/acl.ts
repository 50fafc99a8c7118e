/**
 * ACL facts shared by the AST1xx/AST3xx ACL rules (`main/acl.c` `ast_apply_ha()`): evaluation
 * starts at ALLOW, the last matching rule wins, IPv4 rules never match IPv6 sources and back.
 */
import type { ConfigSection, ConfigVariable } from '../config/types';

export type Family = 'ipv4' | 'ipv6';

/** The permit/deny key pairs Asterisk modules read. */
export const ACL_PAIRS: { permit: string; deny: string }[] = [
  { permit: 'permit', deny: 'deny' },
  { permit: 'contactpermit', deny: 'contactdeny' },
  { permit: 'contact_permit', deny: 'contact_deny' },
];

/** Families an ACL value (`a/m`, `a/m,!b/m`) covers. */
export function families(value: string): Family[] {
  const out = new Set<Family>();
  for (const item of value.split(',')) {
    const t = item.trim().replace(/^!/, '');
    if (!t) continue;
    out.add(t.includes(':') ? 'ipv6' : 'ipv4');
  }
  return [...out];
}

/** `0.0.0.0/0.0.0.0`, `0.0.0.0/0`, `::/0`, `[::]/0`: matches every address of its family. */
export function isMatchAll(value: string): boolean {
  return /^\s*(0\.0\.0\.0\/(0\.0\.0\.0|0)|\[?::\]?\/0)\s*$/.test(value);
}

export const DENY_ALL: Record<Family, string> = { ipv4: '0.0.0.0/0.0.0.0', ipv6: '::/0' };

/** The ACL lines of a section (all pairs), in effective order. */
export function aclVars(s: ConfigSection): ConfigVariable[] {
  return s.variables.filter((v) => v.key === 'permit' || v.key === 'deny' || v.key === 'acl' || v.key.startsWith('contact') && /(permit|deny|acl)$/.test(v.key));
}

/** True when the section restricts sources at all (a deny, or a named acl). */
export function hasRestrictiveAcl(s: ConfigSection): boolean {
  return s.variables.some((v) => v.key === 'deny' || v.key === 'acl');
}
