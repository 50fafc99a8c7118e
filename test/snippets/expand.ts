/**
 * Expands a VS Code snippet body the way the editor does when the user accepts every default:
 * `${1:default}` -> default (mirrors `$1` take the same text), `${1|a,b|}` -> a, `$0` -> nothing,
 * `$UUID`/`$RANDOM_HEX`/`$RANDOM` -> fresh random values, `\$ \} \\` -> the character.
 * `overrides` types text into chosen tab stops, as a user would.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'tab'; index: number; children?: Node[]; choices?: string[] }
  | { kind: 'var'; name: string; children?: Node[] };

function parse(src: string, start: number, nested: boolean): [Node[], number] {
  const out: Node[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && '$}\\'.includes(src[i + 1]!)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (nested && c === '}') break;
    if (c === '$') {
      let m = /^\$(\d+)/.exec(src.slice(i)) ?? /^\$\{(\d+)\}/.exec(src.slice(i));
      if (m) {
        flush();
        out.push({ kind: 'tab', index: Number(m[1]) });
        i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+)\|([^|]*)\|\}/.exec(src.slice(i));
      if (m) {
        flush();
        out.push({ kind: 'tab', index: Number(m[1]), choices: m[2]!.split(',') });
        i += m[0].length;
        continue;
      }
      m = /^\$\{(\d+):/.exec(src.slice(i));
      if (m) {
        flush();
        const [children, end] = parse(src, i + m[0].length, true);
        out.push({ kind: 'tab', index: Number(m[1]), children });
        i = end + 1;
        continue;
      }
      m = /^\$([A-Z_]+)/.exec(src.slice(i)) ?? /^\$\{([A-Z_]+)\}/.exec(src.slice(i));
      if (m) {
        flush();
        out.push({ kind: 'var', name: m[1]! });
        i += m[0].length;
        continue;
      }
      m = /^\$\{([A-Z_]+):/.exec(src.slice(i));
      if (m) {
        flush();
        const [children, end] = parse(src, i + m[0].length, true);
        out.push({ kind: 'var', name: m[1]!, children });
        i = end + 1;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return [out, i];
}

function variable(name: string): string | undefined {
  switch (name) {
    case 'UUID':
      return randomUUID();
    case 'RANDOM_HEX':
      return randomBytes(3).toString('hex');
    case 'RANDOM':
      return String(randomInt(0, 1_000_000)).padStart(6, '0');
    default:
      return undefined;
  }
}

export function expandSnippet(body: string | string[], overrides: Record<number, string> = {}): string {
  const src = Array.isArray(body) ? body.join('\n') : body;
  const [nodes] = parse(src, 0, false);
  const values = new Map<number, string>(Object.entries(overrides).map(([k, v]) => [Number(k), v]));
  // The first placeholder that carries a default or choices defines the text of every mirror.
  const define = (ns: Node[]): void => {
    for (const n of ns) {
      if (n.kind === 'tab' && !values.has(n.index) && (n.children || n.choices)) values.set(n.index, n.choices ? n.choices[0]! : render(n.children!));
      if (n.kind !== 'text' && n.children) define(n.children);
    }
  };
  const render = (ns: Node[]): string =>
    ns.map((n) => (n.kind === 'text' ? n.text : n.kind === 'var' ? (variable(n.name) ?? (n.children ? render(n.children) : '')) : (values.get(n.index) ?? ''))).join('');
  define(nodes);
  return render(nodes);
}

/** Tab stops and variables of a body, to check that snippets only use what the expander knows. */
export function snippetVariables(body: string | string[]): string[] {
  const src = Array.isArray(body) ? body.join('\n') : body;
  return [...src.matchAll(/(?<!\\)\$\{?([A-Z_]+)/g)].map((m) => m[1]!);
}
