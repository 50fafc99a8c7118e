/** Completion: option names valid in this section, enumerated values, referenced section names, templates. */
import * as path from 'node:path';
import type { AnalysisContext, ParsedFile } from '../../engine/rule';
import type { CompletionEntry } from '../../engine/services';
import type { Position } from '../../engine/types';
import { buildConfig } from '../config/effective';
import { isPathLike } from '../config/includes';
import { lastVar, visibleSections } from '../config/query';
import type { AsteriskConfig } from '../config/types';
import type { AsteriskModel } from '../model';
import { optionFor, tableFor } from '../options';
import { sectionAtLine } from './locate';
import { optionsForClass, sectionClass } from '../options';

/** pjsip keys whose values name other sections, by the type those sections have. */
const REFERENCES: Record<string, string> = { auth: 'auth', outbound_auth: 'auth', aors: 'aor', transport: 'transport', endpoint: 'endpoint' };

function otherConfig(file: ParsedFile<AsteriskModel>, ctx: AnalysisContext, name: string): AsteriskConfig | undefined {
  const dir = ctx.settings.asterisk.etcDir || (isPathLike(file.doc.file) ? path.dirname(file.doc.file) : '');
  if (!dir) return undefined;
  const p = path.join(dir, name);
  const text = ctx.fs.readFile(p);
  return text === undefined ? undefined : buildConfig({ file: p, text });
}

function valueEntries(file: ParsedFile<AsteriskModel>, ctx: AnalysisContext, key: string, pos: Position): CompletionEntry[] {
  const config = file.model.config;
  const spec = optionFor(config, sectionAtLine(config, pos.line), key);
  const k = key.toLowerCase();
  if (config.kind === 'pjsip' && REFERENCES[k]) {
    const type = REFERENCES[k];
    return visibleSections(config)
      .filter((s) => (lastVar(s, 'type')?.value ?? '').trim().toLowerCase() === type)
      .map((s) => ({ label: s.name, kind: 'section' as const, detail: `type=${type}` }));
  }
  if (spec?.type === 'context' || k === 'context' || k === 'subscribecontext' || k === 'subscribe_context' || k === 'message_context') {
    const ext = otherConfig(file, ctx, 'extensions.conf');
    return ext ? visibleSections(ext).filter((s) => !/^(general|globals)$/i.test(s.name)).map((s) => ({ label: s.name, kind: 'context' as const, detail: 'extensions.conf' })) : [];
  }
  if (k === 'acl' || k === 'contact_acl' || k === 'contactacl') {
    const acl = otherConfig(file, ctx, 'acl.conf');
    return acl ? visibleSections(acl).map((s) => ({ label: s.name, kind: 'section' as const, detail: 'acl.conf' })) : [];
  }
  const values = spec?.values ?? (spec?.type === 'bool' ? ['yes', 'no'] : []);
  return values.map((v) => ({
    label: v, kind: 'value' as const,
    ...(v === spec?.default ? { detail: 'default' } : {}),
    ...(v === spec?.secure ? { documentation: 'Recommended value.' } : {}),
  }));
}

export function completion(file: ParsedFile<AsteriskModel>, pos: Position, ctx: AnalysisContext): CompletionEntry[] {
  const config = file.model.config;
  const before = file.lines.lineText(pos.line).slice(0, pos.character);
  if (before.includes(';')) return [];
  const header = /^\s*\[[^\]]*\]\(([^)]*)$/.exec(before);
  if (header) {
    const seen = new Set<string>();
    const out: CompletionEntry[] = [{ label: '!', kind: 'keyword', detail: 'make this section a template' }, { label: '+', kind: 'keyword', detail: 'add to an existing section' }];
    for (const s of config.sections) {
      if (s.header.line >= pos.line && s.file === file.doc.file) continue;
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      out.push({ label: s.name, kind: 'section', detail: s.template ? 'template' : 'section' });
    }
    return out;
  }
  if (/^\s*\[/.test(before)) return [];
  if (/^\s*#\w*$/.test(before)) {
    return ['include', 'tryinclude', 'exec'].map((d) => ({ label: d, kind: 'keyword' as const, detail: d === 'exec' ? 'runs a program (needs execincludes=yes)' : 'read another file here' }));
  }
  const assign = /^\s*\\?([^=\s][^=]*?)\s*(=>?|\+=)\s*[^;]*$/.exec(before);
  if (assign) return valueEntries(file, ctx, assign[1], pos);
  if (!/^\s*[\w/.\-()]*$/.test(before)) return [];
  const table = tableFor(config.kind);
  if (!table) return [];
  const section = sectionAtLine(config, pos.line);
  if (!section) return [];
  if (config.kind === 'extensions' && section.key !== 'general') {
    return ['exten', 'same', 'include', 'switch', 'ignorepat'].map((k) => ({ label: k, kind: 'keyword' as const, insertText: `${k} => ` }));
  }
  const cls = sectionClass(config, section);
  const out: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const o of optionsForClass(config, cls)) {
    seen.add(o.name);
    out.push({
      label: o.name, kind: 'option', detail: `${o.type}${o.default !== undefined ? `, default ${o.default || '(empty)'}` : ''}`,
      ...(o.doc ? { documentation: o.doc + (o.secure !== undefined ? ` Recommended: ${o.secure || '(empty)'}.` : '') } : {}),
      insertText: `${o.name}=`,
      snippet: o.values?.length ? `${o.name}=\${1|${o.values.join(',')}|}` : `${o.name}=\${1${o.default ? `:${o.default}` : ''}}`,
    });
  }
  for (const n of table.names) {
    if (seen.has(n)) continue;
    out.push({ label: n, kind: 'option', insertText: `${n}=` });
  }
  return out;
}
