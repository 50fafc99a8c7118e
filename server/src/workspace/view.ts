/**
 * One server seen from one analysed document: its parts located (server.ts) and parsed once, shared
 * by every XF rule of that analysis. Keyed on the rule context object, which the engine creates per
 * analysis, so nothing outlives an edit.
 */
import type { ParsedFile, RuleContext } from '../engine/rule';
import type { Settings } from '../engine/settings';
import type { AsteriskConfig } from '../asterisk/config/types';
import type { ResolvedJails } from '../fail2ban/config/jail';
import { asteriskConfig, moduleLoaded } from './facts/asterisk';
import { serverJails } from './facts/fail2ban';
import { firewallFiles, type FirewallFile } from './facts/firewall';
import { serverFiles, type ServerFiles } from './server';

export interface ServerView {
  current: ParsedFile;
  files: ServerFiles;
  settings: Settings;
  /** The effective config of an Asterisk file of the server (`sip.conf`…), parsed once. */
  asterisk(name: string): AsteriskConfig | undefined;
  jails(): ResolvedJails | undefined;
  /** chan_sip is in use: Asterisk before 21, and modules.conf does not exclude it. */
  chanSip(): boolean;
  /** res_pjsip is loaded (modules.conf does not exclude it). */
  pjsip(): boolean;
  firewall(): FirewallFile[];
}

const views = new WeakMap<RuleContext, ServerView>();

export function serverView(current: ParsedFile, ctx: RuleContext): ServerView {
  const hit = views.get(ctx);
  if (hit && hit.current === current) return hit;
  const files = serverFiles(current.doc.file, ctx);
  const ast = new Map<string, AsteriskConfig | undefined>();
  let jails: { v: ResolvedJails | undefined } | undefined;
  let fw: FirewallFile[] | undefined;
  const view: ServerView = {
    current,
    files,
    settings: ctx.settings,
    asterisk(name) {
      if (!ast.has(name)) ast.set(name, asteriskConfig(files.asteriskDir, name, ctx, current));
      return ast.get(name);
    },
    chanSip() {
      return ctx.settings.asterisk.targetVersion < 21 && moduleLoaded(view.asterisk('modules.conf'), 'chan_sip.so');
    },
    pjsip() {
      return moduleLoaded(view.asterisk('modules.conf'), 'res_pjsip.so');
    },
    jails() {
      if (!jails) jails = { v: serverJails(files.fail2banDir, ctx, current) };
      return jails.v;
    },
    firewall() {
      if (!fw) fw = firewallFiles(files.firewall, ctx, current);
      return fw;
    },
  };
  views.set(ctx, view);
  return view;
}
