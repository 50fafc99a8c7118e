/** Shell-form iptables commands to a restore file, for feeding fixed script lines to iptables-restore. */
import { parseShell } from '../../../server/src/iptables/parse';

function quote(w: string): string {
  return /[\s"#']/.test(w) || w === '' ? `"${w.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : w;
}

/** Restore text for the commands of `script` whose first line (0-based) is in `lines`, grouped by table. */
export function toRestore(script: string, lines: Set<number> | undefined, family: 4 | 6): string {
  const model = parseShell(script);
  const byTable = new Map<string, string[]>();
  for (const cmd of model.commands) {
    const line = script.slice(0, cmd.start).split('\n').length - 1;
    if (cmd.family !== family || (lines && !lines.has(line))) continue;
    const words = cmd.words.filter((w, i) => !(w.text === '-t' || cmd.words[i - 1]?.text === '-t'));
    const list = byTable.get(cmd.table) ?? [];
    list.push(words.map((w) => quote(w.text)).join(' '));
    byTable.set(cmd.table, list);
  }
  let out = '';
  for (const [t, rules] of byTable) out += `*${t}\n${rules.join('\n')}\nCOMMIT\n`;
  return out;
}
