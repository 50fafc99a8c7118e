/**
 * Accounts and their credentials in one Asterisk file (reference §6.10): which key holds the
 * secret, which names identify the account, and where each sits. Values are read, never printed.
 */
import type { Range } from '../../engine/types';
import { allVars, lastVar, rangeInValue, value, visibleSections } from '../config/query';
import type { AsteriskConfig, ConfigSection, ConfigVariable } from '../config/types';
import type { Identity } from '../../credentials';

export type AccountKind = 'sip' | 'pjsip-auth' | 'iax' | 'manager' | 'ari' | 'sip-register';

/** One credential: a plaintext secret or a hash, with the names that identify its account. */
export interface Credential {
  kind: AccountKind;
  section: ConfigSection;
  /** Human label: `sip.conf peer [100]`, `pjsip.conf auth [100]`. */
  label: string;
  /** The secret as Asterisk reads it; never put it in a message. */
  secret?: string;
  secretKey?: string;
  /** Where the secret is (file + range) for findings and fixes. */
  secretAt?: { file: string; range: Range };
  secretVar?: ConfigVariable;
  /** `md5secret`, `md5_cred`, `password_digest` values. */
  hash?: { key: string; value: string; file: string; range: Range; user: string; realms: string[] };
  identities: Identity[];
  /** The user name that authenticates (for md5 hashes). */
  user: string;
}

const SIP_SKIP = new Set(['general', 'authentication']);

function sectionType(s: ConfigSection): string {
  return (value(s, 'type') ?? '').trim().toLowerCase();
}

function at(v: ConfigVariable): { file: string; range: Range } {
  return { file: v.file, range: v.stmt.valueRange };
}

function plain(kind: AccountKind, s: ConfigSection, label: string, v: ConfigVariable | undefined, identities: Identity[], user: string): Credential {
  const c: Credential = { kind, section: s, label, identities, user };
  if (v && v.value !== '') Object.assign(c, { secret: v.value, secretKey: v.name, secretAt: at(v), secretVar: v });
  return c;
}

export function credentialsOf(config: AsteriskConfig): Credential[] {
  const out: Credential[] = [];
  const base = config.kind;
  const sections = visibleSections(config);
  if (base === 'sip') {
    const general = sections.find((s) => s.key === 'general');
    const realm = (general && value(general, 'realm')) || 'asterisk';
    for (const s of sections) {
      if (SIP_SKIP.has(s.key)) continue;
      const user = value(s, 'defaultuser') || value(s, 'username') || s.name;
      const ids: Identity[] = [{ kind: 'the peer name', value: s.name }];
      if (user !== s.name) ids.push({ kind: 'the user name', value: user });
      const c = plain('sip', s, `sip.conf peer [${s.name}]`, lastVar(s, 'secret') ?? lastVar(s, 'remotesecret'), ids, user);
      const md5 = lastVar(s, 'md5secret');
      if (md5) c.hash = { key: 'md5secret', value: md5.value.trim().toLowerCase(), ...at(md5), user, realms: [realm, 'asterisk'] };
      if (c.secret !== undefined || c.hash) out.push(c);
    }
    if (general) for (const v of allVars(general, 'register')) { const r = registerCredential(general, v); if (r) out.push(r); }
  } else if (base === 'pjsip') {
    const global = sections.find((s) => sectionType(s) === 'global');
    const defaultRealm = (global && value(global, 'default_realm')) || 'asterisk';
    for (const s of sections) {
      if (sectionType(s) !== 'auth') continue;
      const user = value(s, 'username') ?? s.name;
      const ids: Identity[] = [{ kind: 'the auth section name', value: s.name }, { kind: 'the username', value: user }];
      for (const e of sections) {
        if (sectionType(e) !== 'endpoint') continue;
        const refs = [value(e, 'auth'), value(e, 'outbound_auth')].join(',').split(',').map((x) => x.trim().toLowerCase());
        if (refs.includes(s.key)) {
          ids.push({ kind: `the endpoint name [${e.name}]`, value: e.name });
          for (const a of (value(e, 'aors') ?? '').split(',')) if (a.trim()) ids.push({ kind: 'the aor name', value: a.trim() });
        }
      }
      const c = plain('pjsip-auth', s, `pjsip.conf auth [${s.name}]`, lastVar(s, 'password'), ids, user);
      const realms = [(value(s, 'realm') || defaultRealm), 'asterisk'];
      const md5 = lastVar(s, 'md5_cred');
      const digest = lastVar(s, 'password_digest');
      if (digest && /^md5:/i.test(digest.value.trim())) c.hash = { key: 'password_digest', value: digest.value.trim().slice(4).toLowerCase(), ...at(digest), user, realms };
      else if (md5) c.hash = { key: 'md5_cred', value: md5.value.trim().toLowerCase(), ...at(md5), user, realms };
      if (c.secret !== undefined || c.hash) out.push(c);
    }
  } else if (base === 'iax') {
    for (const s of sections) {
      if (s.key === 'general' || s.key === 'callnumberlimits') continue;
      const v = lastVar(s, 'secret');
      if (v && v.value !== '') out.push(plain('iax', s, `iax.conf [${s.name}]`, v, [{ kind: 'the account name', value: s.name }, ...(value(s, 'username') ? [{ kind: 'the user name', value: value(s, 'username')! }] : [])], s.name));
    }
  } else if (base === 'manager') {
    for (const s of sections) {
      if (s.key === 'general') continue;
      const v = lastVar(s, 'secret');
      if (v && v.value !== '') out.push(plain('manager', s, `manager.conf user [${s.name}]`, v, [{ kind: 'the AMI user name', value: s.name }], s.name));
    }
  } else if (base === 'ari') {
    for (const s of sections) {
      if (sectionType(s) !== 'user') continue;
      const fmt = (value(s, 'password_format') ?? 'plain').trim().toLowerCase();
      const v = lastVar(s, 'password');
      if (fmt === 'plain' && v && v.value !== '') out.push(plain('ari', s, `ari.conf user [${s.name}]`, v, [{ kind: 'the ARI user name', value: s.name }], s.name));
    }
  }
  return out;
}

/** `register => user[:secret[:authuser]]@host[:port][/contact]`: the secret part, if any. */
function registerCredential(general: ConfigSection, v: ConfigVariable): Credential | undefined {
  const val = v.value;
  let start = 0;
  const arrow = val.indexOf('?');
  // Optional `transport://` prefix.
  const scheme = val.indexOf('://');
  if (scheme >= 0 && (arrow < 0 || scheme < arrow)) start = scheme + 3;
  const atSign = val.lastIndexOf('@');
  if (atSign < start) return undefined;
  const userPart = val.slice(start, atSign);
  const c1 = userPart.indexOf(':');
  if (c1 < 0) return undefined;
  const user = userPart.slice(0, c1);
  const c2 = userPart.indexOf(':', c1 + 1);
  const sStart = start + c1 + 1;
  const sEnd = c2 < 0 ? atSign : start + c2;
  const secret = val.slice(sStart, sEnd);
  if (!secret) return undefined;
  return {
    kind: 'sip-register', section: general, label: `the sip.conf register => line of ${user}`, secret, secretKey: 'password', secretAt: rangeInValue(v, sStart, sEnd),
    identities: [{ kind: 'the registration user name', value: user }], user,
  };
}

/** Account names subject to AST201: sip peer names, `defaultuser`, pjsip endpoint names and auth usernames, iax names. */
export interface AccountName {
  name: string;
  /** What it is, for messages: `sip.conf peer`, `pjsip endpoint`. */
  what: string;
  file: string;
  range: Range;
  section: ConfigSection;
  tech: 'SIP' | 'PJSIP' | 'IAX2';
}

/**
 * Names a client authenticates with. Trunks are left out: a sip.conf peer with a fixed `host`, and
 * a pjsip endpoint matched by IP (`identify`) without inbound `auth=`, are recognised by address,
 * and outbound credentials (`outbound_auth`) are names the provider chose.
 */
export function accountNames(config: AsteriskConfig): AccountName[] {
  const out: AccountName[] = [];
  const sections = visibleSections(config);
  const header = (s: ConfigSection) => ({ file: s.file, range: s.header.nameRange });
  const list = (s: ConfigSection, key: string) => (value(s, key) ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  if (config.kind === 'sip') {
    for (const s of sections) {
      if (SIP_SKIP.has(s.key)) continue;
      const type = sectionType(s);
      if (!['peer', 'user', 'friend'].includes(type)) continue;
      const host = (value(s, 'host') ?? '').trim().toLowerCase();
      if (type === 'peer' && host && host !== 'dynamic') continue;
      out.push({ name: s.name, what: `sip.conf ${type}`, ...header(s), section: s, tech: 'SIP' });
      const du = lastVar(s, 'defaultuser');
      if (du && du.value.trim() && du.value.trim() !== s.name) out.push({ name: du.value.trim(), what: 'sip.conf defaultuser', file: du.file, range: du.stmt.valueRange, section: s, tech: 'SIP' });
    }
  } else if (config.kind === 'pjsip') {
    const identified = new Set<string>();
    const inboundAuth = new Set<string>();
    const outboundAuth = new Set<string>();
    for (const s of sections) {
      const type = sectionType(s);
      if (type === 'identify') for (const e of list(s, 'endpoint')) identified.add(e);
      if (type === 'endpoint') for (const a of list(s, 'auth')) inboundAuth.add(a);
      if (type === 'endpoint' || type === 'registration') for (const a of list(s, 'outbound_auth')) outboundAuth.add(a);
    }
    for (const s of sections) {
      const type = sectionType(s);
      if (type === 'endpoint' && s.key !== 'anonymous') {
        const trunk = identified.has(s.key) && !list(s, 'auth').length;
        if (!trunk) out.push({ name: s.name, what: 'pjsip endpoint', ...header(s), section: s, tech: 'PJSIP' });
      }
      if (type === 'auth' && (inboundAuth.has(s.key) || !outboundAuth.has(s.key))) {
        const u = lastVar(s, 'username');
        if (u && u.value.trim() && u.value.trim().toLowerCase() !== s.key) out.push({ name: u.value.trim(), what: 'pjsip auth username', file: u.file, range: u.stmt.valueRange, section: s, tech: 'PJSIP' });
      }
    }
  } else if (config.kind === 'iax') {
    for (const s of sections) {
      const type = sectionType(s);
      if (['user', 'friend'].includes(type)) out.push({ name: s.name, what: `iax.conf ${type}`, ...header(s), section: s, tech: 'IAX2' });
    }
  }
  return out;
}
