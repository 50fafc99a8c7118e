import type { CrossFileRule } from '../../engine/rule';
import type { Fix, RawFinding, RelatedLocation } from '../../engine/types';
import type { ResolvedJail } from '../../fail2ban/config/jail';
import { enabledJails, headerRange, jailChains, optionAt, type JailChain } from '../facts/fail2ban';
import { jumps, tokRange, type FirewallFile } from '../facts/firewall';
import { serverView } from '../view';
import { deleteLines } from './edits';

/** Where a jail's chain name comes from: its action line (name=…) or its header (the jail name). */
function chainOrigin(c: JailChain): RelatedLocation | undefined {
  const action = optionAt(c.jail.get('action')?.setBy);
  const msg = c.explicitName
    ? `fail2ban creates ${c.chain} for jail [${c.jail.name}] (action ${c.action.name}, name=${c.action.options.name})`
    : `fail2ban creates ${c.chain} for jail [${c.jail.name}] (action ${c.action.name}, named after the jail)`;
  if (action) return { ...action, message: msg };
  const d = c.jail.declarations[c.jail.declarations.length - 1];
  return d ? { file: d.file, range: headerRange(c.jail, d.line), message: msg } : undefined;
}

function jailAt(j: ResolvedJail, message: string): RelatedLocation[] {
  const d = j.declarations[j.declarations.length - 1];
  return d ? [{ file: d.file, range: headerRange(j, d.line), message }] : [];
}

/** Lines the command spans (a shell command may continue over several lines). */
function commandLines(fw: FirewallFile, start: number, end: number): [number, number] {
  return [fw.lines.positionAt(start).line, fw.lines.positionAt(end).line];
}

export const XF003: CrossFileRule = {
  meta: {
    id: 'XF003',
    slug: 'fail2ban-chain-mismatch',
    severity: 'error',
    title: 'Firewall jump to a chain named after a fail2ban jail that fail2ban does not create (it makes f2b-<name>)',
    p1: true,
    fix: 'review',
  },
  languages: ['shellscript', 'iptables'],
  check(file, ctx) {
    const view = serverView(file, ctx);
    const fw = view.firewall().find((f) => f.file === file.doc.file);
    const jails = view.jails();
    if (!fw || !jails) return [];
    const chains = jailChains(jails);
    const byChain = new Map(chains.map((c) => [c.chain, c]));
    const enabled = enabledJails(jails);
    const out: RawFinding[] = [];
    for (const { cmd, target } of jumps(fw)) {
      const t = target.text;
      if (byChain.has(t)) continue;
      const jail = enabled.find((j) => j.name === t);
      const prefixed = /^(f2b|fail2ban)-(.+)$/.exec(t);
      let message: string;
      let suggestion: JailChain | undefined;
      let related: RelatedLocation[] = [];
      if (jail) {
        const own = chains.filter((c) => c.jail === jail);
        suggestion = own[0];
        related = own.length ? own.map(chainOrigin).filter((r): r is RelatedLocation => !!r) : jailAt(jail, `jail [${jail.name}]: its actions create no iptables chain`);
        message = own.length
          ? `This jumps to \`${t}\`, the name of the jail [${jail.name}], but fail2ban creates no such chain: its bans go to \`${own.map((c) => c.chain).join('`, `')}\`, and fail2ban inserts its own jump to it at the top of INPUT. As written the command fails (no chain \`${t}\`), or jumps to an empty hand-made chain. Delete this line, or jump to \`${own[0].chain}\`.`
          : `This jumps to \`${t}\`, the name of the jail [${jail.name}], but that jail's actions create no iptables chain at all (an nftables or ipset action bans elsewhere). As written the command fails. Delete this line.`;
      } else if (prefixed) {
        const name = prefixed[2];
        const modern = byChain.get(`f2b-${name}`);
        if (prefixed[1] === 'fail2ban' && modern) {
          suggestion = modern;
          message = `This jumps to \`${t}\`, the chain name fail2ban used before 0.9; fail2ban ${ctx.settings.fail2ban.version} creates \`${modern.chain}\` for jail [${modern.jail.name}]. Rename the target to \`${modern.chain}\`, or delete the line (fail2ban inserts its own jump at the top of INPUT).`;
        } else {
          const list = chains.map((c) => `\`${c.chain}\``).join(', ');
          suggestion = chains.length === 1 ? chains[0] : undefined;
          message = `This jumps to \`${t}\`, a fail2ban-style chain that no enabled jail creates (${list ? `fail2ban creates ${list}` : 'no enabled jail has an iptables action'}): the command fails, or the chain never receives a ban. Use the chain of the jail you mean, or delete the line.`;
        }
        related = chains.map(chainOrigin).filter((r): r is RelatedLocation => !!r);
      } else continue;
      const [l0, l1] = commandLines(fw, cmd.start, cmd.end);
      const fixes: Fix[] = [];
      if (suggestion) fixes.push({ title: `Jump to ${suggestion.chain} instead of ${t}`, kind: 'review', edits: [{ file: fw.file, range: tokRange(fw, target), newText: suggestion.chain }] });
      fixes.push({ title: `Delete this jump (fail2ban inserts its own jump at the top of INPUT)`, kind: 'review', edits: [deleteLines(fw.file, fw.lines, l0, l1)] });
      out.push({ message, range: tokRange(fw, target), related, fixes });
    }
    return out;
  },
};
