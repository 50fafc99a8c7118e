/**
 * AST201's fix: rename an account to a generated name and update every reference, as one fix with
 * edits in several files. Extension numbers stay: only the account name changes (the guide maps
 * extension 100 to account aB7ytWxEd).
 */
import type { RuleContext } from '../../engine/rule';
import type { FileEdit } from '../../engine/types';
import { rangeInValue, visibleSections } from '../config/query';
import type { AsteriskConfig, ConfigVariable } from '../config/types';
import { rangeAt } from '../dialplan/model';
import type { Dialplan } from '../dialplan/types';
import type { AccountName } from './accounts';
import { deviceRegex } from './workspace';

/** pjsip keys whose comma-separated values name endpoints, auths or aors. */
const PJSIP_REF_KEYS = new Set(['auth', 'outbound_auth', 'aors', 'endpoint', 'username', 'mailboxes']);

function listItemEdits(v: ConfigVariable, oldKey: string, newName: string): FileEdit[] {
  const out: FileEdit[] = [];
  let i = 0;
  for (const item of v.value.split(',')) {
    const lead = item.length - item.trimStart().length;
    const t = item.trim();
    if (t.toLowerCase() === oldKey) {
      const r = rangeInValue(v, i + lead, i + lead + t.length);
      out.push({ file: r.file, range: r.range, newText: newName });
    }
    i += item.length + 1;
  }
  return out;
}

export function renameEdits(acct: AccountName, newName: string, config: AsteriskConfig, dialplans: Dialplan[], ctx: RuleContext): FileEdit[] {
  const edits: FileEdit[] = [];
  const oldKey = acct.name.toLowerCase();
  const seen = new Set<string>();
  const add = (e: FileEdit): void => {
    const k = `${e.file}:${e.range.start.line}:${e.range.start.character}`;
    if (!seen.has(k)) { seen.add(k); edits.push(e); }
  };
  const isHeaderName = acct.range === acct.section.header.nameRange;
  if (!isHeaderName) {
    add({ file: acct.file, range: acct.range, newText: newName });
  } else if (acct.tech === 'PJSIP') {
    // Endpoint, auth and aor often share the name: rename every section of it and every reference.
    for (const s of visibleSections(config)) {
      if (s.key === oldKey && !s.template) add({ file: s.file, range: s.header.nameRange, newText: newName });
      for (const v of s.variables) {
        if (!PJSIP_REF_KEYS.has(v.key) || v.inheritedFrom) continue;
        for (const e of listItemEdits(v, oldKey, newName)) add(e);
      }
    }
  } else {
    add({ file: acct.file, range: acct.range, newText: newName });
    for (const v of acct.section.variables) {
      if ((v.key === 'defaultuser' || v.key === 'username') && !v.inheritedFrom && v.value.trim().toLowerCase() === oldKey) {
        for (const e of listItemEdits(v, oldKey, newName)) add(e);
      }
    }
  }
  // Dialplan references: Dial(SIP/old…), PJSIP/old, IAX2/old, hints.
  const re = deviceRegex(acct.tech, acct.name);
  for (const dp of dialplans) {
    for (const c of dp.contexts) {
      for (const ext of c.extensions) {
        if (!ext.app) continue;
        re.lastIndex = 0;
        for (let m = re.exec(ext.value); m; m = re.exec(ext.value)) {
          const start = m.index + acct.tech.length + 1;
          add({ file: ext.loc.file, range: rangeAt(ext.loc, start, start + m[1].length), newText: newName });
        }
      }
    }
  }
  void ctx;
  return edits;
}
