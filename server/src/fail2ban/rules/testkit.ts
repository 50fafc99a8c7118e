/** Test helpers for the fail2ban rules: run one rule's findings on an in-memory fail2ban tree. */
import { applyEdits, check, type CheckOptions } from '../../engine/testing';
import type { Finding } from '../../engine/types';
import { fail2banPlugin } from '../plugin';

export const BASE = '/ws/fail2ban';

/** Findings of `ruleId` for `file` (absolute) with `text`, other files of the tree in `files`. */
export function run(ruleId: string, file: string, text: string, files: Record<string, string> = {}, opts: CheckOptions = {}): Finding[] {
  return check([fail2banPlugin], file, text, { language: 'fail2ban-conf', ...opts, files: { ...files, ...(opts.files ?? {}) } }).filter((f) => f.ruleId === ruleId);
}

/** Applies the first fix of `finding` (or the one titled `title`) to `text`. */
export function fixed(file: string, text: string, finding: Finding, index = 0): string {
  return applyEdits(file, text, finding.fixes[index].edits);
}


/** A minimal stock-like filter.d so filters resolve. */
export const STOCK: Record<string, string> = {
  [`${BASE}/filter.d/asterisk.conf`]: '[Definition]\nfailregex = ^Registration from .* failed for \'<HOST>:\\d+\'\n',
  [`${BASE}/filter.d/sshd.conf`]: '[Definition]\nfailregex = ^Failed password for .* from <HOST>\n',
  [`${BASE}/action.d/iptables-multiport.conf`]: '[Definition]\nactionban = iptables -I f2b-<name> 1 -s <ip> -j REJECT\n',
  [`${BASE}/action.d/iptables-allports.conf`]: '[Definition]\nactionban = iptables -I f2b-<name> 1 -s <ip> -j REJECT\n',
};

export { keepsComments } from '../../engine/testing';
