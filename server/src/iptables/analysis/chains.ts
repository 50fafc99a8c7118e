/**
 * Chains per (family, table): which exist (built-in, `-N`, `:CHAIN`), their policies, their rules in
 * evaluation order (`-I` honoured, `-F` clears), the jumps between them, and the commands that use a
 * chain before it exists. Computed once per model.
 */
import type { ChainDecl, Family, IptCommand, IptModel, Tok } from '../model';
import { isKnownTarget, TABLE_CHAINS } from '../schema/targets';
import { isUnconditional, packetSet, type PacketSet } from './packets';

export interface RuleEntry {
  cmd: IptCommand;
  ps: PacketSet;
}

export interface ChainInfo {
  name: string;
  builtin: boolean;
  /** Where the chain is created (`-N` name or `:CHAIN` name), for user chains. */
  created?: Tok;
  createdAt?: number;
  decl?: ChainDecl;
  policy?: { value: string; tok: Tok; cmd?: IptCommand; decl?: ChainDecl };
  rules: RuleEntry[];
  /** Jumps and gotos to this chain. */
  refs: IptCommand[];
}

export interface TableInfo {
  family: Family;
  name: string;
  chains: Map<string, ChainInfo>;
  /** Commands on a chain that did not exist yet (IPT102) and jumps to one (IPT101). */
  undefinedUses: { cmd: IptCommand; tok: Tok; kind: 'jump' | 'chain' }[];
}

export interface Analysis {
  tables: TableInfo[];
  get(family: Family, table: string): TableInfo | undefined;
}

const cache = new WeakMap<IptModel, Analysis>();

export function analyze(model: IptModel): Analysis {
  const hit = cache.get(model);
  if (hit) return hit;
  const tables = new Map<string, TableInfo>();
  const tableOf = (family: Family, name: string): TableInfo => {
    const key = `${family}:${name}`;
    let t = tables.get(key);
    if (!t) {
      t = { family, name, chains: new Map(), undefinedUses: [] };
      for (const c of TABLE_CHAINS[name] ?? []) t.chains.set(c, { name: c, builtin: true, rules: [], refs: [] });
      tables.set(key, t);
    }
    return t;
  };
  // Restore files: `:CHAIN` lines create chains for the whole table block, wherever they stand.
  for (const d of model.chainDecls) {
    const t = tableOf(model.family, d.table);
    let c = t.chains.get(d.name.text);
    if (!c) {
      c = { name: d.name.text, builtin: false, created: d.name, createdAt: -1, decl: d, rules: [], refs: [] };
      t.chains.set(c.name, c);
    }
    c.decl = d;
    if (d.policy.text && d.policy.text !== '-') c.policy = { value: d.policy.text, tok: d.policy, decl: d };
  }
  for (const cmd of model.commands) {
    if (!cmd.command || cmd.dynamic && !cmd.chain) continue;
    const t = tableOf(cmd.family, cmd.table);
    const letter = cmd.command.letter;
    const chainName = cmd.chain?.text;
    const chain = chainName !== undefined ? t.chains.get(chainName) : undefined;
    if (letter === 'N' && cmd.chain && !cmd.chain.dynamic) {
      if (!chain) t.chains.set(cmd.chain.text, { name: cmd.chain.text, builtin: false, created: cmd.chain, createdAt: cmd.start, rules: [], refs: [] });
      continue;
    }
    if (letter === 'X') {
      if (!cmd.chain) for (const [k, c] of t.chains) if (!c.builtin) t.chains.delete(k);
      if (chain && !chain.builtin) t.chains.delete(chain.name);
      continue;
    }
    if (cmd.chain && !cmd.chain.dynamic && !chain && 'AIDRFZC'.includes(letter)) t.undefinedUses.push({ cmd, tok: cmd.chain, kind: 'chain' });
    if (letter === 'F') {
      if (!cmd.chain) for (const c of t.chains.values()) c.rules = [];
      else if (chain) chain.rules = [];
      continue;
    }
    if (letter === 'P' && chain && cmd.policy) {
      chain.policy = { value: cmd.policy.text, tok: cmd.policy, cmd };
      continue;
    }
    if ((letter === 'A' || letter === 'I') && chain) {
      const entry = { cmd, ps: packetSet(cmd) };
      if (letter === 'A') chain.rules.push(entry);
      else chain.rules.splice(Math.max(0, Number(cmd.ruleNum?.text ?? '1') - 1), 0, entry);
    }
    if (letter === 'D' && chain && !cmd.ruleNum) {
      const key = ruleKey(cmd);
      const k = chain.rules.findIndex((r) => ruleKey(r.cmd) === key);
      if (k >= 0) chain.rules.splice(k, 1);
    }
    const tgt = cmd.target;
    if (tgt && (letter === 'A' || letter === 'I' || letter === 'R') && !tgt.name.dynamic) {
      const target = t.chains.get(tgt.name.text);
      if (target && !target.builtin) target.refs.push(cmd);
      else if (!target && (tgt.kind === 'goto' || !isKnownTarget(tgt.name.text))) t.undefinedUses.push({ cmd, tok: tgt.name, kind: 'jump' });
    }
  }
  const result: Analysis = { tables: [...tables.values()], get: (f, n) => tables.get(`${f}:${n}`) };
  cache.set(model, result);
  return result;
}

function ruleKey(cmd: IptCommand): string {
  const i = cmd.words.indexOf(cmd.command!.tok);
  return cmd.words.slice(i + 2).map((w) => w.text).join(' ');
}

export function isTerminal(cmd: IptCommand): boolean {
  return !!cmd.target && (cmd.target.spec?.terminal ?? false);
}

/** The verdict a built-in chain reaches when nothing else decides: DROP/REJECT policy or final rule. */
export function endsInDrop(chain: ChainInfo): { how: 'policy' | 'rule'; entry?: RuleEntry } | undefined {
  const last = chain.rules[chain.rules.length - 1];
  if (last && isUnconditional(last.ps) && ['DROP', 'REJECT'].includes(last.cmd.target?.name.text ?? '')) return { how: 'rule', entry: last };
  if (chain.policy && chain.policy.value === 'DROP') return { how: 'policy' };
  return undefined;
}

export function hasEstablishedAccept(chain: ChainInfo): RuleEntry | undefined {
  return chain.rules.find((r) => r.cmd.target?.name.text === 'ACCEPT' && r.ps.states?.has('ESTABLISHED') && !r.ps.proto && !r.ps.dport && !r.ps.src && !r.ps.dst);
}

export function isFail2banChain(name: string): boolean {
  return /^(f2b|fail2ban)-/.test(name);
}
