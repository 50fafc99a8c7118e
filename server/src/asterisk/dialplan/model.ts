/**
 * Builds the dialplan from config sections. Each context is parsed on its own and cached by its
 * text and position, so re-analysing a document after a one-line edit re-parses one context only
 * (rules memoise their per-context results on the same objects).
 */
import type { Range } from '../../engine/types';
import { scanNodes } from './expr';
import { nameKey, parseExtenValueLean } from './exten';
import type { Dialplan, DpContext, DpExtension, DpInclude, DpPattern, DpSourceSection, Loc } from './types';
import { findTaint } from './taint';
import { ExtensionLine, locOf } from './lines';

/** Sections that are not contexts (pbx_config reads them separately). */
const NOT_CONTEXTS = new Set(['general', 'globals']);

export { locOf };

/** Source range of offsets [start, end) of a value. */
export function rangeAt(loc: Loc, start: number, end: number): Range {
  const cols = loc.cols;
  // Without a column map the value is contiguous in the source (no `\;`): column = start + offset.
  const n = cols ? cols.length : loc.endCol - loc.startCol;
  const at = (i: number): number => (cols ? cols[i] : loc.startCol + i);
  const col = (i: number): number => (i < n ? at(i) : i > 0 && n ? at(n - 1) + 1 : loc.endCol);
  const s = col(start);
  const e = end > start ? (end - 1 < n ? at(end - 1) + 1 : loc.endCol) : s;
  return { start: { line: loc.line, character: s }, end: { line: loc.line, character: e } };
}

const caches = new Map<string, Map<string, Cached>>();

/** A section to build a context from: its cache key and a way to get its lines on a miss. */
export interface KeyedSection {
  name: string;
  file: string;
  template: boolean;
  /** Equal keys mean equal contexts (same text at the same place). */
  key: string;
  /**
   * The section's text when `key` only names its place: the cache then compares bodies (two
   * slices of documents compare in place, where a key holding the text would be copied and hashed).
   */
  body?: string;
  source(): DpSourceSection;
}

interface Cached {
  body: string | undefined;
  ctx: DpContext;
}

/** Cache key of a section from its lines, for sections whose text is not one slice of the document. */
export function contextKey(sec: DpSourceSection): string {
  let k = `${sec.name}\u0001${sec.nameRange.start.line}\u0001${sec.endLine}\u0001${sec.template}`;
  for (const l of sec.lines) k += `\u0002${l.file ?? ''}\u0001${l.line}\u0001${l.nameRange.start.character}\u0001${l.name}\u0001${l.valueCols?.[0] ?? l.valueRange.start.character}\u0001${l.value}`;
  return k;
}

export function buildDialplan(sections: DpSourceSection[]): Dialplan {
  return buildDialplanKeyed(sections.map((s) => ({ name: s.name, file: s.file, template: s.template, key: contextKey(s), source: () => s })));
}

export function buildDialplanKeyed(sections: Iterable<KeyedSection>): Dialplan {
  const dp: Dialplan = { contexts: [], byName: new Map(), globals: [] };
  const used = new Map<string, Map<string, Cached>>();
  for (const sec of sections) {
    const lower = sec.name.toLowerCase();
    if (NOT_CONTEXTS.has(lower)) { dp.globals.push(sec.source()); continue; }
    if (sec.template) continue;
    let fileCache = used.get(sec.file);
    if (!fileCache) used.set(sec.file, (fileCache = new Map()));
    const hit = (m: Map<string, Cached> | undefined): DpContext | undefined => {
      const c = m?.get(sec.key);
      return c && c.body === sec.body ? c.ctx : undefined;
    };
    const ctx = hit(caches.get(sec.file)) ?? hit(fileCache) ?? parseContext(sec.source());
    fileCache.set(sec.key, { body: sec.body, ctx });
    dp.contexts.push(ctx);
    const list = dp.byName.get(ctx.key);
    if (list) list.push(ctx);
    else dp.byName.set(ctx.key, [ctx]);
  }
  // Keep only what this build used: memory stays proportional to the open documents.
  for (const [file, m] of used) caches.set(file, m);
  return dp;
}

export function parseContext(sec: DpSourceSection): DpContext {
  const ctx: DpContext = {
    name: sec.name, key: sec.name.toLowerCase(), file: sec.file, nameRange: sec.nameRange, headerRange: sec.headerRange,
    endLine: sec.endLine, template: sec.template, extensions: [], includes: [], taintedVars: new Set(),
  };
  let lastPattern: DpPattern | undefined;
  let lastPriority = 0;
  for (const l of sec.lines) {
    const key = l.name.toLowerCase();
    if (key === 'exten' || key.startsWith('same')) {
      const isSame = key !== 'exten';
      const parts = parseExtenValueLean(l.value, !isSame);
      let pattern: DpPattern | undefined;
      let dropped: string | undefined;
      if (isSame) {
        if (lastPattern) pattern = lastPattern;
        else dropped = 'same => with no earlier exten => in this context';
      } else if (parts.pattern) {
        pattern = parts.pattern;
        lastPattern = parts.pattern;
      }
      if (!dropped && parts.problem) dropped = parts.problem;
      const prio = parts.priorityClass;
      if (!dropped && prio) {
        if (prio.kind === 'next' && lastPriority < 1) dropped = 'priority `n` on the first line of a context';
        else if (prio.kind === 'next') lastPriority++;
        else if (prio.kind === 'number') lastPriority = prio.value ?? lastPriority;
      }
      const ext = new ExtensionLine(
        isSame ? 'same' : 'exten', ctx.extensions.length, l, sec.file, pattern, parts.callerId, parts.app, dropped,
        prio ? parts.priorityStart! : -1, prio ? parts.priorityEnd! : -1,
      );
      ctx.extensions.push(ext);
      trackTaint(ctx, ext);
      continue;
    }
    const kind: DpInclude['kind'] = key === 'include' ? 'include' : key === 'switch' || key === 'lswitch' || key === 'eswitch' ? 'switch' : key === 'ignorepat' ? 'ignorepat' : 'other';
    // include => ctx[,time,dow,dom,month[,tz]]: the context is the first field.
    let end = l.value.length;
    if (kind === 'include') { const c = l.value.indexOf(','); if (c >= 0) end = c; }
    let start = 0;
    while (start < end && (l.value[start] === ' ' || l.value[start] === '\t')) start++;
    while (end > start && (l.value[end - 1] === ' ' || l.value[end - 1] === '\t')) end--;
    ctx.includes.push({ kind, key: l.name, value: l.value, loc: locOf(l, sec.file), keyRange: l.nameRange, target: l.value.slice(start, end), targetStart: start, targetEnd: end, nodes: scanNodes(l.value) });
  }
  return ctx;
}

/** `Read(VAR,…)` and `Set(VAR=<tainted>)` make VAR caller-controlled for the rest of the context. */
function trackTaint(ctx: DpContext, ext: DpExtension): void {
  const app = ext.app;
  if (!app || ext.dropped) return;
  const name = nameKey(app.name);
  if (name === 'read' && app.args[0]) {
    const v = app.args[0].text.trim();
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) ctx.taintedVars.add(v.toUpperCase());
  } else if (name === 'set') {
    const data = app.data;
    if (data === undefined) return;
    const eq = data.indexOf('=');
    if (eq <= 0) return;
    // No `$` after the `=`: no `${…}` in the value, nothing tainted (and the nodes are never scanned).
    if (data.indexOf('$', eq) < 0) return;
    const v = data.slice(0, eq).trim().replace(/^_+/, '');
    const valueNodes = app.nodes.filter((n) => n.start >= app.dataStart + eq);
    const hits = findTaint(valueNodes, ctx.taintedVars);
    const exposed = hits.some((h) => !h.extenOnly || (ext.pattern?.open ?? false) || (ext.pattern?.nonDigitClass ?? false));
    if (exposed && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) ctx.taintedVars.add(v.toUpperCase());
  }
}

/** Source text for value offsets [start, end): `\;` goes back to its escaped form. */
export function sourceText(value: string, start: number, end: number): string {
  return value.slice(start, end).replace(/;/g, '\\;');
}

/** Every context reachable from `start` through `include =>` (start included), with the path to each. */
export function includeClosure(dp: Dialplan, start: string): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  const queue: string[][] = [[start.toLowerCase()]];
  while (queue.length) {
    const path = queue.shift()!;
    const key = path[path.length - 1];
    if (paths.has(key)) continue;
    const ctxs = dp.byName.get(key);
    if (!ctxs) continue;
    paths.set(key, path.map((k) => dp.byName.get(k)?.[0]?.name ?? k));
    for (const c of ctxs) for (const inc of c.includes) if (inc.kind === 'include' && inc.target) queue.push([...path, inc.target.toLowerCase()]);
  }
  return paths;
}
