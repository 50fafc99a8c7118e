/**
 * What the cross-file rules need from Asterisk's configuration: the SIP ports it binds, the RTP
 * range, the files its logger writes, guest calls, and the accounts a dialplan may dial. Each fact
 * keeps the variable (file and range) that produced it, so findings can point there.
 */
import * as path from 'node:path';
import type { AnalysisContext, ParsedFile } from '../../engine/rule';
import type { Range } from '../../engine/types';
import { firstSection, isFalse, isTrue, lastVar, visibleSections } from '../../asterisk/config/query';
import type { AsteriskConfig, ConfigSection, ConfigVariable } from '../../asterisk/config/types';
import type { AsteriskModel } from '../../asterisk/model';

/** The effective config of `dir/name` (the open document's own parse when it is that file). */
export function asteriskConfig(dir: string | undefined, name: string, ctx: AnalysisContext, current?: ParsedFile): AsteriskConfig | undefined {
  if (!dir) return undefined;
  const p = path.join(dir, name);
  if (current && current.doc.file === p && current.doc.language === 'asterisk-conf') return (current.model as AsteriskModel).config;
  if (!ctx.fs.isFile(p)) return undefined;
  return (ctx.models.get(p, 'asterisk-conf')?.model as AsteriskModel | undefined)?.config;
}

/** A fact's source: the variable that set it, or the section header when it is a default. */
export interface Where {
  file: string;
  range: Range;
}

export function whereVar(v: ConfigVariable): Where {
  return { file: v.file, range: v.stmt.range };
}

export function whereSection(s: ConfigSection): Where {
  return { file: s.file, range: s.header.range };
}

export interface SipPort {
  port: number;
  transport: 'udp' | 'tcp' | 'tls';
  /** `sip.conf bindport`, `pjsip.conf transport [t] bind`… for messages. */
  what: string;
  at: Where;
  /** The variable to edit when the port should change (absent when it is a default). */
  variable?: ConfigVariable;
}

/** `host:port`, `[v6]:port`, or a bare host: the port, when one is written. */
export function portOf(addr: string): number | undefined {
  const a = addr.trim();
  const m = /^\[[^\]]*\]:(\d+)$/.exec(a) ?? (/^[^:]*:(\d+)$/.exec(a));
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 && n < 65536 ? n : undefined;
}

function intOf(v: ConfigVariable | undefined): number | undefined {
  if (!v || !/^\s*\d+\s*$/.test(v.value)) return undefined;
  const n = Number(v.value);
  return n > 0 && n < 65536 ? n : undefined;
}

/**
 * SIP ports chan_sip binds (sip.conf [general]): UDP `bindport` unless `udpbindaddr`/`bindaddr`
 * carries a port (default 5060); TCP on `tcpbindaddr` when `tcpenable` (default port 5060);
 * TLS on `tlsbindaddr` when `tlsenable` (default port 5061).
 */
export function sipConfPorts(sip: AsteriskConfig): SipPort[] {
  const g = firstSection(sip, 'general');
  if (!g) return [{ port: 5060, transport: 'udp', what: 'sip.conf default port', at: { file: sip.file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }];
  const out: SipPort[] = [];
  const addr = lastVar(g, 'udpbindaddr') ?? lastVar(g, 'bindaddr');
  const bp = lastVar(g, 'bindport');
  const addrPort = addr ? portOf(addr.value) : undefined;
  if (addr && addrPort) out.push({ port: addrPort, transport: 'udp', what: `sip.conf ${addr.key}`, at: whereVar(addr), variable: addr });
  else if (bp && intOf(bp)) out.push({ port: intOf(bp)!, transport: 'udp', what: 'sip.conf bindport', at: whereVar(bp), variable: bp });
  else out.push({ port: 5060, transport: 'udp', what: 'sip.conf default bindport', at: whereSection(g) });
  for (const [t, dflt] of [['tcp', 5060], ['tls', 5061]] as const) {
    if (!isTrue(lastVar(g, `${t}enable`)?.value)) continue;
    const a = lastVar(g, `${t}bindaddr`);
    const p = a ? portOf(a.value) : undefined;
    out.push({ port: p ?? dflt, transport: t, what: `sip.conf ${t}bindaddr`, at: a ? whereVar(a) : whereVar(lastVar(g, `${t}enable`)!), ...(a && p ? { variable: a } : {}) });
  }
  return out;
}

function sectionType(s: ConfigSection): string {
  return (lastVar(s, 'type')?.value ?? '').trim().toLowerCase();
}

/** Ports of pjsip.conf `type=transport` sections: `bind` (default port 5060, 5061 for TLS). */
export function pjsipPorts(pjsip: AsteriskConfig): SipPort[] {
  const out: SipPort[] = [];
  for (const s of visibleSections(pjsip)) {
    if (sectionType(s) !== 'transport') continue;
    const proto = (lastVar(s, 'protocol')?.value ?? 'udp').trim().toLowerCase();
    if (!['udp', 'tcp', 'tls'].includes(proto)) continue;
    const bind = lastVar(s, 'bind');
    if (!bind) continue;
    const p = portOf(bind.value);
    out.push({ port: p ?? (proto === 'tls' ? 5061 : 5060), transport: proto as SipPort['transport'], what: `pjsip.conf transport [${s.name}] bind`, at: whereVar(bind), ...(p ? { variable: bind } : {}) });
  }
  return out;
}

export interface RtpRange {
  start: number;
  end: number;
  at: Where;
}

/** rtp.conf [general] `rtpstart`-`rtpend` (res_rtp_asterisk defaults 5000-31000 when unset). */
export function rtpRange(rtp: AsteriskConfig): RtpRange {
  const g = firstSection(rtp, 'general');
  const s = g ? lastVar(g, 'rtpstart') : undefined;
  const e = g ? lastVar(g, 'rtpend') : undefined;
  const at = s ? whereVar(s) : e ? whereVar(e) : g ? whereSection(g) : { file: rtp.file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  return { start: intOf(s) ?? 5000, end: intOf(e) ?? 31000, at };
}

export interface LogChannel {
  /** Absolute path of the file written. */
  path: string;
  name: string;
  levels: string[];
  formatter?: string;
  variable: ConfigVariable;
}

/** asterisk.conf `[directories] astlogdir` (default /var/log/asterisk). */
export function astLogDir(asteriskConf: AsteriskConfig | undefined): string {
  const d = asteriskConf ? firstSection(asteriskConf, 'directories') : undefined;
  const v = d ? lastVar(d, 'astlogdir')?.value.trim() : undefined;
  return v || '/var/log/asterisk';
}

/**
 * File channels of logger.conf `[logfiles]`: `name => [formatter]levels`. `console` and
 * `syslog.*` are not files; names are relative to astlogdir unless absolute.
 */
export function logFiles(logger: AsteriskConfig, logDir: string): { files: LogChannel[]; syslog: ConfigVariable[]; appendHostname?: ConfigVariable } {
  const files: LogChannel[] = [];
  const syslog: ConfigVariable[] = [];
  const lf = firstSection(logger, 'logfiles');
  for (const v of lf?.variables ?? []) {
    const name = v.name.trim();
    if (name.toLowerCase() === 'console') continue;
    if (/^syslog(\.|$)/i.test(name)) {
      syslog.push(v);
      continue;
    }
    const m = /^\s*(?:\[([^\]]*)\])?(.*)$/.exec(v.value)!;
    const levels = m[2].split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
    files.push({ path: path.isAbsolute(name) ? name : path.posix.join(logDir, name), name, levels, ...(m[1] ? { formatter: m[1].trim().toLowerCase() } : {}), variable: v });
  }
  const g = firstSection(logger, 'general');
  const ah = g ? lastVar(g, 'appendhostname') : undefined;
  return { files, syslog, ...(ah && isTrue(ah.value) ? { appendHostname: ah } : {}) };
}

/** sip.conf `[general] allowguest` when it is explicitly false (the default is yes). */
export function guestsRefused(sip: AsteriskConfig): ConfigVariable | undefined {
  const g = firstSection(sip, 'general');
  const v = g ? lastVar(g, 'allowguest') : undefined;
  return v && isFalse(v.value) ? v : undefined;
}

/** Names a dialplan may dial: sip.conf peers/friends, pjsip endpoints, pjsip_wizard sections. */
export function dialableNames(cfg: AsteriskConfig): Set<string> {
  const out = new Set<string>();
  for (const s of visibleSections(cfg)) {
    const t = sectionType(s);
    if (cfg.kind === 'sip' && s.key !== 'general' && ['peer', 'friend', 'user'].includes(t)) out.add(s.name);
    if (cfg.kind === 'pjsip' && t === 'endpoint') out.add(s.name);
    if (cfg.kind === 'pjsip_wizard' && t === 'wizard') out.add(s.name);
  }
  return out;
}

/**
 * Whether modules.conf loads a module: `noload => x.so` excludes it; with `autoload=no` only
 * `load`/`require`/`preload` lines load. Without modules.conf (not in the workspace) we assume it loads.
 */
export function moduleLoaded(modules: AsteriskConfig | undefined, module: string): boolean {
  const s = modules ? firstSection(modules, 'modules') : undefined;
  if (!s) return true;
  const name = module.toLowerCase();
  const named = (keys: string[]) => s.variables.some((v) => keys.includes(v.key) && v.value.trim().toLowerCase() === name);
  if (named(['noload'])) return false;
  const autoload = lastVar(s, 'autoload');
  if (autoload && isFalse(autoload.value)) return named(['load', 'require', 'preload', 'preload-require']);
  return true;
}
