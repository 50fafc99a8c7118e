import type { CrossFileRule, RuleContext } from '../../engine/rule';
import type { Fix, RawFinding, Range } from '../../engine/types';
import type { ResolvedJail } from '../../fail2ban/config/jail';
import { astLogDir, logFiles, type LogChannel } from '../facts/asterisk';
import { enabledJails, headerRange, isAsteriskJail, jailHeaderIn, optionAt } from '../facts/fail2ban';
import { serverView, type ServerView } from '../view';
import { at } from './edits';

/** Levels the asterisk filter needs: chan_sip/pjsip failures are NOTICE, res_security_log events SECURITY. */
const NEEDED = ['notice', 'security'];

/** fail2ban's logpath: one path per line, an optional trailing `head`/`tail` word (jailreader.py). */
export function logpaths(value: string): string[] {
  return value.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const m = /^(.*\S)\s+(head|tail)$/.exec(l);
    return m ? m[1] : l;
  });
}

/** Python glob semantics for one path: `*` and `?` never cross `/`, `[...]` classes. */
function globRe(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The channel a logpath reads: exact, by glob, or the `<name>.<hostname>` file of appendhostname. */
function channelFor(lp: string, files: LogChannel[], appendHostname: boolean): LogChannel | undefined {
  const re = globRe(lp);
  return files.find((f) => f.path === lp || re.test(f.path) || (appendHostname && (lp.startsWith(f.path + '.') || re.test(f.path + '.host'))));
}

function missingLevels(ch: LogChannel): string[] {
  if (ch.levels.includes('*')) return [];
  return NEEDED.filter((l) => !ch.levels.includes(l));
}

interface Facts {
  files: LogChannel[];
  syslog: boolean;
  appendHostname: boolean;
  logDir: string;
}

function facts(view: ServerView): Facts | undefined {
  const logger = view.asterisk('logger.conf');
  if (!logger) return undefined;
  const logDir = astLogDir(view.asterisk('asterisk.conf'));
  const lf = logFiles(logger, logDir);
  return { files: lf.files, syslog: lf.syslog.length > 0, appendHostname: !!lf.appendHostname, logDir };
}

function asteriskJails(view: ServerView): ResolvedJail[] {
  return enabledJails(view.jails()).filter((j) => isAsteriskJail(j) && !/^systemd/.test(j.get('backend')?.value.trim() ?? ''));
}

function jailSide(view: ServerView, f: Facts, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const doc = ctx.doc.file;
  for (const jail of asteriskJails(view)) {
    const opt = jail.get('logpath');
    const setHere = opt?.setBy?.file === doc;
    const header = jailHeaderIn(jail, doc);
    if (!setHere && !header) continue;
    const range: Range = setHere ? optionAt(opt!.setBy)!.range : headerRange(jail, header!.line);
    const good = f.files.filter((c) => !missingLevels(c).length);
    for (const lp of logpaths(opt?.value ?? '')) {
      if (channelFor(lp, f.files, f.appendHostname)) continue;
      // A path outside Asterisk's log dir may be fed by syslog: rsyslog's routing is not visible here.
      if (f.syslog && !lp.startsWith(f.logDir + '/')) continue;
      const fixes: Fix[] = [];
      const single = opt?.setBy && setHere && opt.setBy.lines.length === 1 ? opt.setBy.lines[0] : undefined;
      if (single && good.length === 1 && single.text === lp) {
        fixes.push({ title: `Read ${good[0].path} (written by logger.conf with ${good[0].levels.join(',')})`, kind: 'review', edits: [{ file: doc, range: { start: { line: single.line, character: single.start }, end: { line: single.line, character: single.end } }, newText: good[0].path }] });
      }
      const written = f.files.map((c) => `${c.path} (${c.levels.join(',')})`).join(', ') || 'no file at all';
      out.push({
        message: `Jail [${jail.name}] reads ${lp}, but Asterisk's logger.conf does not write that file (it writes ${written}${f.appendHostname ? ', each with the host name appended' : ''}): fail2ban sees no attack and never bans. Point logpath at the file logger.conf writes with notice and security, or add \`${lp.split('/').pop()} => notice,security\` to logger.conf [logfiles].`,
        range,
        related: f.files.map((c) => ({ file: c.variable.file, range: c.variable.stmt.range, message: `logger.conf writes ${c.path} here` })),
        fixes,
      });
    }
  }
  return out;
}

function loggerSide(view: ServerView, f: Facts, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const jail of asteriskJails(view)) {
    const opt = jail.get('logpath');
    for (const lp of logpaths(opt?.value ?? '')) {
      const ch = channelFor(lp, f.files, f.appendHostname);
      if (!ch || ch.variable.file !== ctx.doc.file) continue;
      const missing = missingLevels(ch);
      const json = ch.formatter === 'json';
      if (!missing.length && !json) continue;
      const where = optionAt(opt?.setBy);
      const related = where ? [{ ...where, message: `jail [${jail.name}] reads ${lp}` }] : [];
      const fixes: Fix[] = [];
      const end = ch.variable.stmt.valueRange.end;
      if (missing.length && !json) fixes.push({ title: `Log ${missing.join(' and ')} to ${ch.name}`, kind: 'review', edits: [{ file: ctx.doc.file, range: { start: end, end }, newText: (ch.levels.length ? ',' : '') + missing.join(',') }] });
      const why = json
        ? 'it uses the json formatter, whose lines the asterisk filter cannot match'
        : `it lacks ${missing.join(' and ')} (${missing.includes('notice') ? 'chan_sip and res_pjsip log failed registrations and calls as NOTICE' : ''}${missing.length === 2 ? '; ' : ''}${missing.includes('security') ? 'res_security_log writes failed authentications as SECURITY' : ''})`;
      out.push({
        message: `Jail [${jail.name}] (${at(where?.file ?? ctx.doc.file, where?.range.start.line ?? 0)}) reads ${ch.path}, but ${why}: fail2ban misses those attacks. ${json ? 'Use the default formatter for this file.' : `Add ${missing.join(',')} to this channel.`}`,
        range: ch.variable.stmt.range,
        related,
        fixes,
      });
    }
  }
  return out;
}

export const XF004: CrossFileRule = {
  meta: {
    id: 'XF004',
    slug: 'logpath-not-logged',
    severity: 'warning',
    title: "An Asterisk jail's logpath is not a file logger.conf writes, or that file lacks notice/security",
    p1: true,
    fix: 'review',
  },
  languages: ['fail2ban-conf', 'asterisk-conf'],
  check(file, ctx) {
    const view = serverView(file, ctx);
    if (file.doc.language === 'asterisk-conf' && !/(^|[\\/])logger\.conf$/i.test(file.doc.file)) return [];
    const f = facts(view);
    if (!f) return [];
    return file.doc.language === 'fail2ban-conf' ? jailSide(view, f, ctx) : loggerSide(view, f, ctx);
  },
};
