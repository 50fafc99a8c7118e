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
  /**
   * Commands that fail against the table's state (restore files only, where every table starts
   * empty): creating a chain twice, deleting a built-in or referenced chain, a rule number past the
   * end, deleting a rule that is not there.
   */
  stateErrors: { cmd?: IptCommand; tok: Tok; message: string }[];
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
      t = { family, name, chains: new Map(), undefinedUses: [], stateErrors: [] };
      for (const c of TABLE_CHAINS[name] ?? []) t.chains.set(c, { name: c, builtin: true, rules: [], refs: [] });
      tables.set(key, t);
    }
    return t;
  };
  // Restore files: `:CHAIN` lines create chains for the whole table block, wherever they stand.
  for (const d of model.chainDecls) {
    const t = tableOf(model.family, d.table);
    let c = t.chains.get(d.name.text);
    if (c && !c.builtin) t.stateErrors.push({ tok: d.name, message: `Chain "${d.name.text}" is declared twice: iptables-restore (legacy) fails ("File exists"). Keep one line.` });
    if (!c) {
      c = { name: d.name.text, builtin: false, created: d.name, createdAt: -1, decl: d, rules: [], refs: [] };
      t.chains.set(c.name, c);
    }
    c.decl = d;
    if (d.policy.text && d.policy.text !== '-') c.policy = { value: d.policy.text, tok: d.policy, decl: d };
  }
  // A script runs against whatever the kernel holds; a restore file starts each table empty.
  const exact = model.form === 'restore';
  for (const cmd of model.commands) {
    if (!cmd.command || cmd.dynamic && !cmd.chain) continue;
    const t = tableOf(cmd.family, cmd.table);
    const letter = cmd.command.letter;
    const chainName = cmd.chain?.text;
    const chain = chainName !== undefined ? t.chains.get(chainName) : undefined;
    const fail = (tok: Tok, message: string) => exact && t.stateErrors.push({ cmd, tok, message });
    if (cmd.chain?.dynamic) continue;
    if (letter === 'N' && cmd.chain) {
      if (!chain) t.chains.set(cmd.chain.text, { name: cmd.chain.text, builtin: false, created: cmd.chain, createdAt: cmd.start, rules: [], refs: [] });
      else fail(cmd.chain, `Chain "${cmd.chain.text}" already exists: iptables-restore fails on this line ("Chain already exists"). Remove the -N.`);
      continue;
    }
    if (letter === 'X') {
      if (!cmd.chain) {
        for (const [k, c] of t.chains) if (!c.builtin) t.chains.delete(k);
      } else if (!chain) t.undefinedUses.push({ cmd, tok: cmd.chain, kind: 'chain' });
      else if (chain.builtin) fail(cmd.chain, `${chain.name} is a built-in chain: it cannot be deleted, and iptables-restore fails on this line.`);
      else if (referenced(t, chain.name)) fail(cmd.chain, `Chain "${chain.name}" is still the target of a rule: it cannot be deleted ("Too many links"), and iptables-restore fails. Remove the jumps first.`);
      else t.chains.delete(chain.name);
      continue;
    }
    if (letter === 'E' && cmd.newName) {
      if (!chain) t.undefinedUses.push({ cmd, tok: cmd.chain!, kind: 'chain' });
      else if (chain.builtin) fail(cmd.chain!, `${chain.name} is a built-in chain: it cannot be renamed.`);
      else if (t.chains.has(cmd.newName.text)) fail(cmd.newName, `Chain "${cmd.newName.text}" already exists.`);
      else {
        t.chains.delete(chain.name);
        chain.name = cmd.newName.text;
        t.chains.set(chain.name, chain);
      }
      continue;
    }
    if (cmd.chain && !chain && 'AIDRFZC'.includes(letter)) t.undefinedUses.push({ cmd, tok: cmd.chain, kind: 'chain' });
    if (chain && cmd.ruleNum && 'IDR'.includes(letter)) {
      const n = Number(cmd.ruleNum.text);
      const max = chain.rules.length + (letter === 'I' ? 1 : 0);
      if (n < 1 || n > max) fail(cmd.ruleNum, `${chain.name} has ${chain.rules.length} rule(s) at this point, so there is no position ${n}: iptables-restore fails on this line${letter === 'I' ? ' ("Index of insertion too big")' : ''}.`);
    }
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
    if (letter === 'D' && chain) {
      const k = cmd.ruleNum ? Number(cmd.ruleNum.text) - 1 : chain.rules.findIndex((r) => ruleKey(r.cmd) === ruleKey(cmd));
      if (k >= 0 && k < chain.rules.length) chain.rules.splice(k, 1);
      else if (!cmd.ruleNum) fail(cmd.command.tok, `No rule in ${chain.name} matches this -D exactly (same protocol, addresses, matches with their options, and target): iptables-restore fails ("Bad rule").`);
    }
    if (letter === 'R' && chain && cmd.ruleNum) {
      const k = Number(cmd.ruleNum.text) - 1;
      if (k >= 0 && k < chain.rules.length) chain.rules[k] = { cmd, ps: packetSet(cmd) };
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

/**
 * What the kernel compares when deleting by specification: the core fields, each match with its
 * options (an implicit `-p tcp --dport` match equals an explicit `-m tcp --dport`), and the target.
 */
function ruleKey(cmd: IptCommand): string {
  const core = [cmd.protocol, cmd.src, cmd.dst, cmd.inIface, cmd.outIface].map((x) => (x ? `${x.neg ? '!' : ''}${normAddr(x.value.text)}` : '')).join('|');
  const matches = cmd.matches.map((m) => `${m.spec?.name ?? m.name.text}(${m.options.map((o) => `${o.neg ? '!' : ''}${o.spec?.name ?? o.name.text}=${o.args.map((a) => a.text).join(' ')}`).sort().join(',')})`).join(';');
  const target = cmd.target ? `${cmd.target.kind}:${cmd.target.name.text}(${cmd.target.options.map((o) => `${o.spec?.name ?? o.name.text}=${o.args.map((a) => a.text).join(' ')}`).sort().join(',')})` : '';
  return `${core}#${cmd.fragment ? 'f' : ''}#${matches}#${target}`;
}

function normAddr(v: string): string {
  return v.replace(/\/32$|\/128$/, '').toLowerCase();
}

function referenced(t: TableInfo, name: string): boolean {
  for (const c of t.chains.values()) if (c.rules.some((r) => r.cmd.target?.name.text === name)) return true;
  return false;
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
