import * as path from 'node:path';
import type { CrossFileRule, RuleContext } from '../../engine/rule';
import type { FileEdit, Fix, Range, RawFinding } from '../../engine/types';
import { workspaceBase } from '../../fail2ban/config/env';
import type { ResolvedFilter, ResolvedLine } from '../../fail2ban/config/filter';
import type { SourceLoc } from '../../fail2ban/config/mapped';
import type { ResolvedJail } from '../../fail2ban/config/jail';
import { guestsRefused } from '../facts/asterisk';
import { enabledJails, headerRange, isAsteriskJail, jailHeaderIn, optionAt } from '../facts/fail2ban';
import { serverView } from '../view';

/** The asterisk filter's failregex for INVITEs to an unknown extension (chan_sip and res_pjsip `new_invite`). */
const EXTENSION_NOT_FOUND = /extension not found in context/;

const HEADER = [
  '# asterisk-harden XF005: sip.conf sets allowguest=no, so a call to an unknown extension comes from an',
  '# authenticated user who misdialled, not from a scanner: do not ban for it (the guide, section 3.3).',
];

/**
 * The `.local` override that comments the line out: fail2ban reads `filter.d/<name>.local` after the
 * `.conf`, and a `failregex` set there replaces the whole list, so the other lines are copied as
 * written (their `%()s` references still resolve) and the offending one becomes a comment line,
 * which configparser drops from the value.
 */
function overrideFix(filter: ResolvedFilter, bad: ResolvedLine & { origin: SourceLoc }, base: string, ctx: RuleContext): Fix | undefined {
  const def = filter.config.sections.get('Definition')?.get('failregex');
  const opt = def?.opt;
  if (!opt) return undefined;
  const local = path.join(base, 'filter.d', `${path.basename(filter.file ?? filter.name).replace(/\.(conf|local)$/, '')}.local`);
  const badLine = bad.origin.line;
  if (opt.file === local) {
    // The override exists and sets failregex: comment the line out where it is (a continuation line).
    if (badLine === opt.keySpan.line || bad.origin.file !== local) return undefined;
    return { title: `Comment out the "extension not found" failregex in ${path.basename(local)}`, kind: 'safe', edits: [{ file: local, range: { start: { line: badLine, character: 0 }, end: { line: badLine, character: 0 } }, newText: '# ' }] };
  }
  const lines = opt.lines.filter((l) => l.text);
  const body = lines.map((l, i) => {
    const text = i === 0 ? `failregex = ${l.text}` : `            ${l.text}`;
    return l.line === badLine && opt.file === bad.origin.file ? `#${text.slice(1)}` : text;
  });
  // The first line cannot be a comment (it carries the key): start the value with an empty line instead.
  if (lines[0] && lines[0].line === badLine && opt.file === bad.origin.file) body[0] = 'failregex =\n#           ' + lines[0].text;
  const text = readLocal(ctx, local);
  const eol = '\n';
  const block = [...HEADER, '[Definition]', ...body].join(eol) + eol;
  if (text === undefined) {
    return { title: `Create ${path.basename(local)} that comments out the "extension not found" failregex`, kind: 'safe', edits: [{ file: local, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: block, createFile: true }] };
  }
  // The override exists without failregex: append the section at its end.
  const ls = text.split(/\r\n|\r|\n/);
  const last = ls.length - 1;
  const edit: FileEdit = { file: local, range: { start: { line: last, character: ls[last].length }, end: { line: last, character: ls[last].length } }, newText: (ls[last].length ? eol : '') + eol + block };
  return { title: `Comment out the "extension not found" failregex in ${path.basename(local)}`, kind: 'safe', edits: [edit] };
}

function readLocal(ctx: RuleContext, file: string): string | undefined {
  return ctx.fs.isFile(file) ? ctx.fs.readFile(file) : undefined;
}

export const XF005: CrossFileRule = {
  meta: {
    id: 'XF005',
    slug: 'guest-regex-false-positive',
    severity: 'info',
    title: 'The asterisk filter bans for "extension not found" while sip.conf has allowguest=no (misdialling users get banned)',
    p1: true,
    fix: 'safe',
  },
  languages: ['fail2ban-conf'],
  check(file, ctx) {
    const view = serverView(file, ctx);
    if (!view.chanSip()) return [];
    const sip = view.asterisk('sip.conf');
    const refused = sip ? guestsRefused(sip) : undefined;
    if (!refused) return [];
    const out: RawFinding[] = [];
    for (const jail of enabledJails(view.jails()).filter(isAsteriskJail)) {
      const header = jailHeaderIn(jail, file.doc.file);
      if (!header) continue;
      const filter = jail.filter();
      const bad = filter?.failregex.find((l): l is ResolvedLine & { origin: SourceLoc } => !!l.origin && EXTENSION_NOT_FOUND.test(l.text));
      if (!filter || !bad) continue;
      const fix = overrideFix(filter, bad, workspaceBase(file.doc.file), ctx);
      out.push({
        message: `Jail [${jail.name}] bans on the asterisk filter's "rejected because extension not found in context" line, but sip.conf sets allowguest=no: only authenticated users reach the dialplan, so this line bans your own users after ${jail.get('maxretry')?.value.trim() ?? 'a few'} misdialled numbers. Comment it out in a filter.d .local override.`,
        range: filterRange(jail, file.doc.file, header.line),
        related: [
          { file: bad.origin.file, range: lineSpan(bad), message: 'the failregex for calls to unknown extensions' },
          { file: refused.file, range: refused.stmt.range, message: 'sip.conf refuses unauthenticated calls here' },
        ],
        fixes: fix ? [fix] : [],
      });
    }
    return out;
  },
};

/** The failregex's span on its source line (up to its last character that comes from that line). */
function lineSpan(bad: ResolvedLine & { origin: SourceLoc }): Range {
  const o = bad.origin;
  let end = o.character;
  for (let i = bad.text.length - 1; i >= 0; i--) {
    const loc = bad.map.locAt(i);
    if (loc && loc.file === o.file && loc.line === o.line) {
      end = loc.character + 1;
      break;
    }
  }
  return { start: { line: o.line, character: o.character }, end: { line: o.line, character: end } };
}

function filterRange(jail: ResolvedJail, doc: string, headerLine: number) {
  const f = jail.get('filter');
  const at = f?.setBy?.file === doc ? optionAt(f.setBy) : undefined;
  return at ? at.range : headerRange(jail, headerLine);
}

