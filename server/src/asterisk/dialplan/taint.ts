/**
 * Caller-controlled values in dialplan data (reference §2.9, §6.9). A `${…}` is tainted when it
 * reads a source below, or a variable the context assigned from one, and no `FILTER()` encloses it.
 */
import type { DpNode, DpVarRef } from './types';

/** Sources that are fixed by a literal extension and only dangerous under an open pattern. */
export const EXTEN_SOURCES = new Set(['EXTEN', 'DNID', 'RDNIS']);
/** Plain variables that always carry caller input. */
const VAR_SOURCES = new Set(['SIPURI', 'CALLERIDNUM', 'CALLERIDNAME', 'SIPCALLID']);
/** Functions whose result the caller controls (first argument checked where it matters). */
const FUNC_SOURCES = new Set(['CALLERID', 'CONNECTEDLINE', 'REDIRECTING', 'SIP_HEADER', 'PJSIP_HEADER', 'MESSAGE', 'URIDECODE', 'SIPPEER_HEADER']);

export interface TaintHit {
  node: DpVarRef;
  /** What the value reads, for messages: `EXTEN`, `CALLERID(num)`, `variable NUM set by Read()`. */
  source: string;
  /** The value is fixed unless the pattern is open (EXTEN, DNID, RDNIS). */
  extenOnly: boolean;
}

function sourceOf(ref: DpVarRef, tainted: ReadonlySet<string>): TaintHit | undefined {
  const name = ref.name.trim().toUpperCase();
  if (!ref.isFunction) {
    if (EXTEN_SOURCES.has(name)) return { node: ref, source: name, extenOnly: true };
    if (VAR_SOURCES.has(name)) return { node: ref, source: name, extenOnly: false };
    if (tainted.has(name)) return { node: ref, source: `variable ${ref.name.trim()} (assigned from caller input)`, extenOnly: false };
    return undefined;
  }
  const first = (ref.args[0]?.text ?? '').trim().toLowerCase();
  if (name === 'CHANNEL') return first.startsWith('pjsip') || first === 'uri' ? { node: ref, source: `CHANNEL(${first})`, extenOnly: false } : undefined;
  if (name === 'PJSIP_HEADER' && first !== 'read') return undefined;
  if (FUNC_SOURCES.has(name)) return { node: ref, source: `${name}(${first})`, extenOnly: false };
  return undefined;
}

/** Tainted references in `nodes`, outermost first; nothing below a `FILTER()` counts. */
export function findTaint(nodes: DpNode[], tainted: ReadonlySet<string>): TaintHit[] {
  const out: TaintHit[] = [];
  const visit = (list: DpNode[]): void => {
    for (const n of list) {
      if (n.kind === 'var') {
        if (n.isFunction && n.name.trim().toUpperCase() === 'FILTER') continue;
        const hit = sourceOf(n, tainted);
        if (hit) { out.push(hit); continue; }
      }
      visit(n.children);
    }
  };
  visit(nodes);
  return out;
}

/** For messages: `${EXTEN}` for a channel value; a tainted variable as "variable PIN (assigned from caller input)". */
export function describeTaintSource(source: string): string {
  return source.startsWith('variable ') ? source : `\${${source}}`;
}
