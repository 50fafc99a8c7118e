/**
 * Contexts that callers reach without authenticating (reference §2.9 item 3), read from the other
 * Asterisk files of the same etc dir: sip.conf guests, the pjsip `anonymous` endpoint and endpoints
 * without `auth=`, iax users without a secret, and `default`.
 */
import * as path from 'node:path';
import type { AnalysisContext } from '../../engine/rule';
import { isFalse, lastVar, value, visibleSections } from '../config/query';
import type { AsteriskConfig } from '../config/types';
import type { AsteriskModel } from '../model';
import { appIs } from './ruleKit';
import type { DpExtension } from './types';
import { etcDirsOf } from './workspace';

export interface ExposedContext {
  context: string;
  /** Why it is reachable without authentication, for the message. */
  why: string;
}

function configOf(file: string, dir: string, ctx: AnalysisContext): AsteriskConfig | undefined {
  const p = path.join(dir, file);
  if (!ctx.fs.isFile(p)) return undefined;
  const m = ctx.models.get(p, 'asterisk-conf')?.model as AsteriskModel | undefined;
  return m?.config;
}

export function exposedContexts(docFile: string, ctx: AnalysisContext): ExposedContext[] {
  const out: ExposedContext[] = [{ context: 'default', why: 'the default context (used by every peer, user or endpoint without `context=`)' }];
  for (const dir of etcDirsOf(docFile, ctx)) {
    const sip = configOf('sip.conf', dir, ctx);
    if (sip) {
      const general = visibleSections(sip).find((s) => s.key === 'general');
      if (!general || !isFalse(value(general, 'allowguest'))) {
        out.push({ context: (general && value(general, 'context')) || 'default', why: 'sip.conf guest calls (allowguest is not "no")' });
      }
    }
    const pjsip = configOf('pjsip.conf', dir, ctx);
    if (pjsip) {
      const sections = visibleSections(pjsip);
      const identified = new Set<string>();
      for (const s of sections) {
        if (value(s, 'type')?.trim().toLowerCase() !== 'identify') continue;
        for (const e of (value(s, 'endpoint') ?? '').split(',')) identified.add(e.trim().toLowerCase());
      }
      for (const s of sections) {
        if (value(s, 'type')?.trim().toLowerCase() !== 'endpoint') continue;
        const context = value(s, 'context')?.trim() || 'default';
        if (s.key === 'anonymous') out.push({ context, why: 'the pjsip anonymous endpoint' });
        else if (!(lastVar(s, 'auth')?.value.trim()) && !identified.has(s.key)) out.push({ context, why: `pjsip endpoint [${s.name}] (no auth= and no identify)` });
      }
    }
    const iax = configOf('iax.conf', dir, ctx);
    if (iax) {
      for (const s of visibleSections(iax)) {
        const type = value(s, 'type')?.trim().toLowerCase();
        if (type !== 'user' && type !== 'friend') continue;
        if (value(s, 'secret') || value(s, 'dbsecret') || value(s, 'inkeys')) continue;
        out.push({ context: value(s, 'context')?.trim() || 'default', why: `iax.conf user [${s.name}] without a secret` });
      }
    }
  }
  return out;
}

/** A toll destination: Dial to a trunk, DISA or VoiceMailMain. Returns a short description or undefined. */
export function tollAction(ext: DpExtension): string | undefined {
  if (!ext.app || ext.dropped) return undefined;
  if (appIs(ext, 'disa')) return 'DISA()';
  if (appIs(ext, 'voicemailmain')) return 'VoiceMailMain()';
  if (!appIs(ext, 'dial')) return undefined;
  const dev = ext.app.args[0]?.text ?? '';
  for (const d of dev.split('&')) {
    const t = d.trim();
    if (/^local\//i.test(t)) continue;
    // A device held in a variable is a trunk only when its name says so (${GLOBAL(TRUNK)}, ${OUTTRUNK});
    // `${dev}`-style subroutine arguments are local phones.
    if (/^\$\{[^}]*TRUNK/i.test(t)) return `Dial(${t})`;
    if (t.includes('@')) return `Dial(${t})`;
    if (/^(sip|iax2)\/[^/]+\/./i.test(t)) return `Dial(${t})`;
    if (/^(dahdi|zap)\/[gr]/i.test(t)) return `Dial(${t})`;
    if (/\$\{(EXTEN|FILTER)\b/i.test(t)) return `Dial(${t})`;
  }
  return undefined;
}
