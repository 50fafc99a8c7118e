import * as path from 'node:path';
import type { Rule } from '../../engine/rule';
import type { FileEdit, RawFinding } from '../../engine/types';
import { expandIncludes, mainFiles, readIni } from '../config/files';
import type { IniFile } from '../config/ini';
import { MergedConfig } from '../config/merge';
import { str2seconds } from '../config/time';
import type { Fail2banModel } from '../model';
import { ownedJails, pointAt, whereSet } from './shared';

/** fail2ban.conf + fail2ban.d + fail2ban.local: the daemon's `dbpurgeage` (default 1d). */
function dbpurgeage(model: Fail2banModel): { seconds: number; text: string; local?: IniFile } {
  const dirs = model.env.dirs;
  const files = expandIncludes(dirs, mainFiles(dirs, 'fail2ban'));
  const inis = files.map((f) => readIni(dirs.fs, f)).filter((x): x is IniFile => !!x);
  const cfg = new MergedConfig(files, inis);
  const v = cfg.get('Definition', 'dbpurgeage')?.text ?? '1d';
  const local = inis.find((i) => path.basename(i.file) === 'fail2ban.local');
  return { seconds: str2seconds(v) ?? 86400, text: v, ...(local ? { local } : {}) };
}

function purgeFix(local: IniFile | undefined, days: number, eol: string): FileEdit[] | undefined {
  if (!local) return undefined;
  const def = [...local.sections].reverse().find((s) => s.name === 'Definition');
  if (!def) return undefined;
  const opt = def.options.find((o) => o.key === 'dbpurgeage');
  if (opt && opt.lines.length === 1) {
    const l = opt.lines[0];
    return [{ file: local.file, range: { start: { line: l.line, character: l.start }, end: { line: l.line, character: l.end } }, newText: `${days}d` }];
  }
  const last = def.options[def.options.length - 1];
  const line = last ? last.endLine : def.headerSpan.line;
  const col = last ? Math.max(...last.lines.filter((x) => x.line === line).map((x) => x.end), last.keySpan.end) : def.headerSpan.end;
  return [{ file: local.file, range: { start: { line, character: col }, end: { line, character: col } }, newText: `${eol}dbpurgeage = ${days}d` }];
}

export const F2B102: Rule<Fail2banModel> = {
  meta: { id: 'F2B102', slug: 'bantime-over-dbpurgeage', severity: 'warning', title: 'Effective bantime longer than fail2ban.conf dbpurgeage', p1: true, fix: 'review' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    const owned = ownedJails(model).filter((o) => o.jail.enabled);
    if (!owned.length) return out;
    const purge = dbpurgeage(model);
    for (const o of owned) {
      const bt = o.jail.get('bantime');
      const secs = bt ? str2seconds(bt.value) : undefined;
      if (secs === undefined || secs <= purge.seconds) continue;
      const days = Math.ceil(secs / 86400) + 1;
      const edits = purgeFix(purge.local, days, ctx.lines.eol);
      out.push({
        message: `Jail [${o.jail.name}] bans for ${bt!.value} (${whereSet(model, bt)}) but fail2ban.conf dbpurgeage is ${purge.text}: the ban history is purged before the ban ends, so a restart forgets it and repeat offenders look new. Raise dbpurgeage in fail2ban.local (e.g. ${days}d) or shorten bantime.`,
        range: pointAt(model, o, bt),
        ...(edits ? { fixes: [{ title: `Set dbpurgeage = ${days}d in fail2ban.local`, kind: 'review' as const, edits }] } : {}),
      });
    }
    return out;
  },
};
