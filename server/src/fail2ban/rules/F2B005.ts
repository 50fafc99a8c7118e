import * as path from 'node:path';
import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { readIni } from '../config/files';
import type { InterpolationError } from '../config/merge';
import type { Fail2banModel } from '../model';

/** Lone `%` and malformed `%(` in raw value lines: what BasicInterpolation rejects whenever the value is read. */
function syntaxErrors(model: Fail2banModel): RawFinding[] {
  const out: RawFinding[] = [];
  for (const sec of model.ini.sections) {
    for (const opt of sec.options) {
      for (const l of opt.lines) {
        const t = l.text;
        for (let i = 0; i < t.length; i++) {
          if (t[i] !== '%') continue;
          if (t[i + 1] === '%') {
            i++;
            continue;
          }
          const at = { line: l.line, character: l.start + i };
          if (t[i + 1] === '(') {
            const m = /^%\(([^)]+)\)s/.exec(t.slice(i));
            if (m) {
              i += m[0].length - 1;
              continue;
            }
            out.push({ message: `Malformed reference '${t.slice(i, i + 20)}' in '${opt.key}': fail2ban stops with InterpolationSyntaxError. Write %(name)s, or %% for a literal %.`, range: { start: at, end: { line: l.line, character: l.start + i + 2 } } });
            continue;
          }
          out.push({
            message: `A lone '%' in '${opt.key}': fail2ban reads % as the start of %(name)s and stops with InterpolationSyntaxError (fail2ban-regex dies with a traceback). Write %% for a literal % (e.g. datepattern = %%Y-%%m-%%d).`,
            range: { start: at, end: { line: l.line, character: at.character + 1 } },
            fixes: [{ title: "Escape '%' as '%%'", kind: 'safe', edits: [{ file: model.file, range: { start: at, end: at }, newText: '%' }] }],
          });
        }
      }
    }
  }
  return out;
}

function missing(model: Fail2banModel, errors: InterpolationError[], seen: Set<string>): RawFinding[] {
  const out: RawFinding[] = [];
  for (const e of errors) {
    if (e.kind === 'syntax' || !e.at || e.at.file !== model.file) continue;
    const key = `${e.at.line}:${e.at.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const len = e.name ? e.name.length + 4 : 1;
    out.push({ message: e.message + (e.kind === 'missing' ? ' Define it in the section or [DEFAULT], or fix the name.' : ''), range: { start: { line: e.at.line, character: e.at.character }, end: { line: e.at.line, character: e.at.character + len } } });
  }
  return out;
}

function includedByAnother(model: Fail2banModel): boolean {
  const dir = path.dirname(model.file);
  const me = path.basename(model.file);
  const fs = model.env.dirs.fs;
  for (const name of fs.readDir(dir) ?? []) {
    const file = path.join(dir, name);
    if (file === model.file || !/\.(conf|local)$/.test(name)) continue;
    const ini = readIni(fs, file);
    const inc = ini?.sections.filter((s) => s.name === 'INCLUDES').flatMap((s) => s.options) ?? [];
    if (inc.some((o) => o.lines.some((l) => l.text === me))) return true;
  }
  return false;
}

export const F2B005: Rule<Fail2banModel> = {
  meta: { id: 'F2B005', slug: 'bad-interpolation', severity: 'error', title: '`%(name)s` naming nothing reachable, or a lone `%`', fix: 'safe' },
  check(model) {
    const out = syntaxErrors(model);
    const seen = new Set<string>();
    if (model.kind === 'jail') {
      const { config, jails } = model.jails();
      const defaultsHere = [...config.defaults].filter(([, e]) => e.opt?.file === model.file).map(([k]) => k);
      for (const jail of jails) {
        const declaredHere = jail.declarations.some((d) => d.file === model.file);
        // Options this jail sets here, and (for enabled jails) the [DEFAULT] options set here that it reads.
        const keys = declaredHere ? jail.ownKeys().filter((k) => config.sections.get(jail.name)?.get(k)?.opt?.file === model.file) : [];
        if (jail.enabled) keys.push(...defaultsHere.filter((k) => !config.sections.get(jail.name)?.has(k)));
        for (const k of keys) out.push(...missing(model, jail.errorsOf(k), seen));
      }
    } else if (model.kind === 'filter') {
      const f = model.filter();
      // A file other filters include (selinux-common.conf) gets its names from them: not resolvable alone.
      if (f && !includedByAnother(model)) out.push(...missing(model, f.interpolationErrors, seen));
    }
    return out;
  },
};
