/**
 * One iptables command (its words, without the program name) into the rule model, the way
 * iptables' own option parser reads it: commands, core options, `-m` matches whose options follow,
 * the implicit protocol match, then the target and its options. Problems become diagnostics tagged
 * with the rule that reports them; nothing throws.
 */
import type { Addr, Diagnostic, Family, Form, IptCommand, MatchUse, Opt, Tok } from './model';
import { commandFor, coreOptionFor } from './schema/core';
import { findMatch, implicitMatchFor, PORT_PROTOCOLS } from './schema/matches';
import { findTarget, OTHER_TARGETS } from './schema/targets';
import type { OptionSpec } from './schema/types';
import { checkAddress, checkValue } from './schema/values';

export interface CommandBase {
  form: Form;
  family: Family;
  table: string;
  tableTok?: Tok;
  start: number;
  end: number;
  program?: Tok;
}

const NEGATABLE_CORE = new Set(['-p', '-s', '-d', '-i', '-o', '-f']);
const PROTOCOLS = new Set(['tcp', 'udp', 'udplite', 'icmp', 'icmpv6', 'ipv6-icmp', 'icmp6', 'esp', 'ah', 'sctp', 'mh', 'dccp', 'all', 'gre', 'igmp', 'ipip', 'ipv6', 'ipencap', 'ospf', 'vrrp', 'pim', 'l2tp']);

const isOptionWord = (t: Tok) => t.text.length > 1 && t.text.startsWith('-') && !/^-\d/.test(t.text);

function optionMatches(spec: OptionSpec, word: string): boolean {
  return spec.name === word || (spec.aliases?.includes(word) ?? false);
}

export function parseCommand(words: Tok[], base: CommandBase): IptCommand {
  const cmd: IptCommand = { ...base, words, matches: [], diagnostics: [], dynamic: words.some((w) => w.dynamic) };
  const diag = (ruleId: string, t: { start: number; end: number }, message: string, severity?: Diagnostic['severity']) =>
    cmd.diagnostics.push({ ruleId, start: t.start, end: t.end, message, ...(severity ? { severity } : {}) });
  const seen = new Map<string, Tok>();
  /** multiport checks -p when its port option is read, so a later -p does not help: judged there. */
  const protoJudged = new Set<MatchUse>();
  let neg: Tok | undefined;
  let i = 0;
  const arg = (flag: Tok): Tok | undefined => {
    const a = words[i + 1];
    if (!a || (isOptionWord(a) && !a.dynamic)) {
      diag('IPT006', flag, `${flag.text} needs a value: iptables rejects the command.`);
      return undefined;
    }
    return a;
  };
  const once = (key: string, flag: Tok, label = key) => {
    if (seen.has(key)) diag('IPT006', flag, `multiple ${label} flags: iptables rejects the command. Keep one.`);
    seen.set(key, flag);
  };

  while (i < words.length) {
    const w = words[i];
    if (w.dynamic && !w.text.startsWith('-')) {
      i++;
      continue;
    }
    if (w.text === '!') {
      if (neg) diag('IPT006', w, 'Double negation: iptables rejects "! !".');
      neg = w;
      i++;
      continue;
    }
    const cspec = commandFor(w.text);
    if (cspec) {
      if (cmd.command) diag('IPT006', w, `A second command (${w.text}) in one iptables call: iptables rejects it. Split the line.`);
      else cmd.command = { letter: cspec.letter, tok: w };
      i++;
      const next = words[i];
      if (next && !isOptionWord(next)) {
        cmd.chain = next;
        i++;
      } else if (cspec.chain === 'required') diag('IPT006', w, `${w.text} needs a chain name.`);
      if (cspec.ruleNum && words[i] && /^\d+$/.test(words[i].text)) cmd.ruleNum = words[i++];
      else if (cspec.ruleNum === 'required') diag('IPT006', w, `${w.text} needs a rule number.`);
      if (cspec.letter === 'P') {
        if (words[i] && !isOptionWord(words[i])) cmd.policy = words[i++];
        else diag('IPT006', w, '-P needs a policy (ACCEPT or DROP).');
      }
      if (cspec.letter === 'E') {
        if (words[i] && !isOptionWord(words[i])) cmd.newName = words[i++];
        else diag('IPT006', w, '-E needs the new chain name.');
      }
      continue;
    }
    const core = coreOptionFor(w.text);
    if (core) {
      if (neg && !NEGATABLE_CORE.has(core)) diag('IPT006', neg, `${w.text} cannot be negated.`);
      const n = neg;
      neg = undefined;
      i = parseCore(core, w, n, i);
      continue;
    }
    if (isOptionWord(w)) {
      const n = neg;
      neg = undefined;
      i = parseExtensionOption(w, n, i);
      continue;
    }
    diag('IPT006', w, `Bad argument "${w.text}": iptables expects an option here and rejects the command.`);
    i++;
  }
  if (neg) diag('IPT006', neg, '"!" must precede an option.');
  finish();
  return cmd;

  function parseCore(core: string, w: Tok, n: Tok | undefined, at: number): number {
    i = at;
    switch (core) {
      case '-t': {
        const a = arg(w);
        if (base.form === 'restore') diag('IPT007', w, '-t cannot be used in a restore file: the table comes from the `*table` line above.');
        if (a) {
          cmd.table = a.text;
          cmd.tableTok = a;
        }
        return i + (a ? 2 : 1);
      }
      case '-p': {
        once('-p', w);
        const a = arg(w);
        if (a) cmd.protocol = { opt: w, value: a, ...(n ? { neg: n } : {}) };
        return i + (a ? 2 : 1);
      }
      case '-s': case '-d': case '-i': case '-o': {
        once(core, w);
        const a = arg(w);
        if (a) {
          const addr: Addr = { opt: w, value: a, ...(n ? { neg: n } : {}) };
          if (core === '-s') cmd.src = addr;
          else if (core === '-d') cmd.dst = addr;
          else if (core === '-i') cmd.inIface = addr;
          else cmd.outIface = addr;
        }
        return i + (a ? 2 : 1);
      }
      case '-f':
        once('-f', w);
        if (base.family === 6) diag('IPT006', w, '-f is IPv4 only: ip6tables rejects it ("use -m frag instead").');
        cmd.fragment = w;
        return i + 1;
      case '-m': {
        const a = arg(w);
        if (!a) return i + 1;
        const spec = findMatch(a.text);
        if (!spec && !a.dynamic) diag('IPT006', a, `Unknown match "${a.text}": iptables cannot load it ("Couldn't load match"). Check the spelling.`);
        else if (spec?.family && spec.family !== base.family) diag('IPT006', a, `Match "${a.text}" is IPv${spec.family} only: ${base.family === 6 ? 'ip6tables' : 'iptables'} cannot load it.`);
        cmd.matches.push({ flag: w, name: a, ...(spec ? { spec } : {}), options: [] });
        return i + 2;
      }
      case '-j': case '-g': {
        once('-j', w, '-j/-g');
        const a = arg(w);
        if (!a) return i + 1;
        const spec = core === '-j' ? findTarget(a.text) : undefined;
        if (spec?.family && spec.family !== base.family) diag('IPT006', a, `Target ${a.text} is IPv${spec.family} only.`);
        cmd.target = { flag: w, kind: core === '-j' ? 'jump' : 'goto', name: a, ...(spec ? { spec } : {}), options: [] };
        return i + 2;
      }
      case '-w':
        return i + (words[i + 1] && /^\d+(\.\d+)?$/.test(words[i + 1].text) ? 2 : 1);
      case '-W': case '--modprobe':
        return i + 2;
      case '-c':
        return i + 3;
      default:
        return i + 1;
    }
  }

  function parseExtensionOption(w: Tok, n: Tok | undefined, at: number): number {
    i = at;
    let owner: { options: Opt[] } | undefined;
    let spec: OptionSpec | undefined;
    const t = cmd.target;
    if (t?.spec) {
      spec = t.spec.options.find((o) => optionMatches(o, w.text));
      if (spec) owner = t;
    }
    for (let k = cmd.matches.length - 1; !owner && k >= 0; k--) {
      const m = cmd.matches[k];
      spec = m.spec?.options.find((o) => optionMatches(o, w.text));
      if (spec) owner = m;
    }
    if (!owner) {
      const imp = implicitMatchFor(cmd.protocol && !cmd.protocol.neg ? cmd.protocol.value.text : undefined);
      spec = imp && (!imp.family || imp.family === base.family) ? imp.options.find((o) => optionMatches(o, w.text)) : undefined;
      if (imp && spec) {
        let m = cmd.matches.find((x) => x.implicit);
        if (!m) {
          m = { name: cmd.protocol!.value, spec: imp, options: [], implicit: true };
          cmd.matches.push(m);
        }
        owner = m;
      }
    }
    if (!owner || !spec) {
      // Targets known by name only, and dynamic ones, take options we do not check.
      if (t && !t.spec && (t.name.dynamic || OTHER_TARGETS.includes(t.name.text))) return skipArgs(i + 1);
      const ctMatch = cmd.matches.find((m) => m.spec?.name === 'conntrack' || m.spec?.name === 'state');
      if (ctMatch && (w.text === '--state' || w.text === '--ctstate')) {
        diag('IPT009', w, `${w.text} belongs to -m ${w.text === '--state' ? 'state' : 'conntrack'}, not -m ${ctMatch.spec!.name}: iptables rejects it ("unknown option"). Write ${ctMatch.spec!.name === 'conntrack' ? '--ctstate' : '--state'}.`);
        return skipArgs(i + 1);
      }
      if (cmd.dynamic && cmd.matches.some((m) => m.name.dynamic)) return skipArgs(i + 1);
      const portish = ['--dport', '--sport', '--destination-port', '--source-port', '--syn', '--tcp-flags', '--dports', '--sports'].includes(w.text);
      if (portish) diag('IPT002', w, `${w.text} needs -p tcp or -p udp (${cmd.protocol ? `not -p ${cmd.protocol.neg ? '! ' : ''}${cmd.protocol.value.text}` : 'no -p given'}): iptables rejects it ("unknown option"). Add the protocol.`);
      else if (t && !t.spec && !t.name.dynamic && w.text.startsWith('--')) diag('IPT006', w, `Unknown option ${w.text}: the target ${t.name.text} takes no options.`);
      else diag('IPT006', w, `Unknown option ${w.text} for the loaded matches${t?.spec ? ` and target ${t.spec.name}` : ''}: iptables rejects it. Check the spelling or load its match with -m.`);
      return skipArgs(i + 1);
    }
    if (n && !spec.negatable) diag('IPT006', n, `${w.text} cannot be negated.`);
    const args: Tok[] = [];
    for (let k = 1; k <= spec.args; k++) {
      const a = words[i + k];
      if (!a || (isOptionWord(a) && !a.dynamic && !(spec.kind === 'port' || spec.kind === 'portlist'))) {
        diag('IPT006', w, `${w.text} needs ${spec.args === 1 ? 'a value' : `${spec.args} values`}: iptables rejects the command.`);
        break;
      }
      args.push(a);
    }
    if (owner !== t && (owner as MatchUse).spec?.name === 'multiport' && !protoJudged.has(owner as MatchUse)) {
      protoJudged.add(owner as MatchUse);
      const p = cmd.protocol && !cmd.protocol.neg ? cmd.protocol.value.text.toLowerCase() : undefined;
      if (!cmd.protocol?.value.dynamic && (!p || !PORT_PROTOCOLS.includes(p))) {
        const later = !cmd.protocol && words.slice(i).some((x) => x.text === '-p' || x.text === '--protocol');
        diag('IPT002', (owner as MatchUse).name, `-m multiport requires -p tcp, udp, udplite, sctp or dccp before its ports, but ${cmd.protocol ? `the rule has -p ${cmd.protocol.neg ? '! ' : ''}${cmd.protocol.value.text}` : later ? 'the -p comes after them' : 'the rule has no -p'}: iptables rejects it.`);
      }
    }
    const dup = owner.options.find((o) => o.spec === spec);
    if (dup && !spec.repeatable) diag('IPT006', w, `${w.text} given twice: iptables allows it only once ("Only one … allowed"). Keep one.`);
    owner.options.push({ name: w, args, spec, ...(n ? { neg: n } : {}) });
    return i + 1 + args.length;
  }

  function skipArgs(k: number): number {
    while (k < words.length && !isOptionWord(words[k]) && words[k].text !== '!') k++;
    return k;
  }

  /** Value checks and cross-option constraints, once every option is known. */
  function finish(): void {
    const proto = cmd.protocol && !cmd.protocol.neg ? cmd.protocol.value.text.toLowerCase() : undefined;
    if (cmd.protocol && !cmd.protocol.value.dynamic) {
      const p = cmd.protocol.value.text.toLowerCase();
      if (/^\d+$/.test(p) ? Number(p) > 255 : !PROTOCOLS.has(p)) {
        diag('IPT006', cmd.protocol.value, `Unknown protocol "${cmd.protocol.value.text}"${/^\d+$/.test(p) ? '' : ' (not a common /etc/protocols name)'}.`, /^\d+$/.test(p) ? undefined : 'warning');
      }
    }
    for (const a of [cmd.src, cmd.dst]) {
      if (!a || a.value.dynamic) continue;
      const pr = checkAddress(a.value.text, base.family);
      if (pr) report(pr, a.value);
    }
    const vctx = { family: base.family, ...(proto ? { protocol: proto } : {}) };
    const all: { m?: MatchUse; opts: Opt[] }[] = [...cmd.matches.map((m) => ({ m, opts: m.options })), { opts: cmd.target?.options ?? [] }];
    for (const { m, opts } of all) {
      for (const o of opts) {
        if (!o.spec?.kind) continue;
        for (const a of o.args) {
          if (a.dynamic) continue;
          const pr = checkValue(o.spec.kind, a.text, { ...vctx, ...(m?.spec ? { match: m.spec.name } : {}) });
          if (pr && pr.ruleId !== 'IPT001') report(pr, a);
        }
      }
      if (m && m.spec && !m.implicit && m.spec.protocols && !m.name.dynamic && !(cmd.protocol?.value.dynamic) && !protoJudged.has(m)) {
        if (!proto || !m.spec.protocols.includes(proto)) {
          const need = m.spec.protocols === PORT_PROTOCOLS ? '-p tcp, udp, udplite, sctp or dccp' : `-p ${m.spec.protocols[0]}`;
          diag('IPT002', m.name, `-m ${m.name.text} requires ${need}, but the rule has ${cmd.protocol ? `-p ${cmd.protocol.neg ? '! ' : ''}${cmd.protocol.value.text}` : 'no -p'}: iptables rejects it${m.name.text === 'tcp' || m.name.text === 'udp' ? ' (nft at parse time, legacy in the kernel)' : ''}.`);
        }
      }
      if (m?.spec?.required) {
        for (const r of m.spec.required) if (!m.options.some((o) => o.spec?.name === r)) diag('IPT006', m.name, `-m ${m.spec.name} needs ${r}: iptables rejects the rule without it.`);
      }
    }
    const t = cmd.target;
    if (t?.spec?.required && !t.name.dynamic) {
      for (const r of t.spec.required) if (!t.options.some((o) => o.spec?.name === r)) diag('IPT006', t.name, `${t.spec.name} needs ${r}.`);
    }
  }

  function report(pr: { ruleId: string; message: string; severity?: Diagnostic['severity']; at?: [number, number] }, tok: Tok): void {
    // Map a sub-range of the unquoted value back to the source when the token is unquoted.
    const exact = tok.end - tok.start === tok.text.length && pr.at;
    const start = exact ? tok.start + pr.at![0] : tok.start;
    const end = exact ? tok.start + Math.max(pr.at![1], pr.at![0]) : tok.end;
    diag(pr.ruleId, { start, end: end === start ? tok.end : end }, pr.message, pr.severity);
  }
}
