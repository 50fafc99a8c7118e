import type { IptCommand } from '../model';
import { packetSet } from './packets';

/** Ports whose exposure matters most: SSH, HTTPS, Asterisk AMI and ARI/HTTP. */
export const ADMIN_PORTS: Record<number, string> = { 22: 'SSH', 443: 'HTTPS', 5038: 'Asterisk AMI', 8088: 'Asterisk ARI/HTTP' };

/** Admin ports a rule's destination-port condition includes (none when it has no port condition). */
export function adminPortsOf(cmd: IptCommand): number[] {
  const ps = packetSet(cmd);
  if (!ps.dport) return [];
  return Object.keys(ADMIN_PORTS).map(Number).filter((p) => ps.dport!.some(([a, b]) => a <= p && p <= b));
}
