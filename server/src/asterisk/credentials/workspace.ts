/**
 * The other Asterisk files an account rule needs: dialplan files (extension numbers, references to
 * rename) and the credential files of the same etc dir (reused secrets).
 */
import * as path from 'node:path';
import type { AnalysisContext } from '../../engine/rule';
import type { AsteriskConfig } from '../config/types';
import { dialplanOf } from '../dialplan/host';
import type { Dialplan } from '../dialplan/types';
import { etcDirsOf, otherDialplanFiles } from '../dialplan/workspace';
import type { AsteriskModel } from '../model';

export const CREDENTIAL_FILES = ['sip.conf', 'pjsip.conf', 'iax.conf', 'manager.conf', 'ari.conf'];

export function modelAt(file: string, ctx: AnalysisContext): AsteriskConfig | undefined {
  if (!ctx.fs.isFile(file)) return undefined;
  const m = ctx.models.get(file, 'asterisk-conf')?.model as AsteriskModel | undefined;
  return m?.config;
}

/** Dialplans of every extensions*.conf in the etc dir(s) of `docFile` (this document excluded). */
export function workspaceDialplans(docFile: string, ctx: AnalysisContext): Dialplan[] {
  const out: Dialplan[] = [];
  for (const f of otherDialplanFiles(docFile, ctx)) {
    const m = ctx.models.get(f, 'asterisk-conf')?.model as AsteriskModel | undefined;
    const dp = m?.config ? dialplanOf(m) : undefined;
    if (dp) out.push(dp);
  }
  return out;
}

/** Effective configs of the credential files beside `docFile` (this document excluded). */
export function credentialConfigs(docFile: string, ctx: AnalysisContext): AsteriskConfig[] {
  const out: AsteriskConfig[] = [];
  for (const dir of etcDirsOf(docFile, ctx)) {
    for (const name of CREDENTIAL_FILES) {
      const p = path.join(dir, name);
      if (p === docFile) continue;
      const c = modelAt(p, ctx);
      if (c) out.push(c);
    }
  }
  return out;
}

/** `TECH/name` as a device in dialplan data: followed by the end, `/`, `&`, `,`, `@`, `)` or a blank. */
export function deviceRegex(tech: string, name: string): RegExp {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_])${tech}/(${esc})(?=[/&,@)\\s]|$)`, 'gi');
}

/** Literal extension numbers that dial `TECH/name` (the guide: extension 100 → account aB7ytWxEd). */
export function extensionNumbersOf(tech: string, name: string, dialplans: Dialplan[]): string[] {
  const out = new Set<string>();
  const re = deviceRegex(tech, name);
  for (const dp of dialplans) {
    for (const c of dp.contexts) {
      for (const ext of c.extensions) {
        if (!ext.app || !ext.pattern || ext.pattern.isPattern) continue;
        re.lastIndex = 0;
        if (re.test(ext.value)) out.add(ext.pattern.text);
      }
    }
  }
  return [...out];
}
