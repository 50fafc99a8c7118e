import type { Rule } from '../../engine/rule';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { general, isLoopback } from './sections';

/** AMI reachable beyond loopback without TLS: logins and events cross the network in clear. */
export const AST304: Rule<AsteriskModel> = {
  meta: { id: 'AST304', slug: 'ami-no-tls-remote', severity: 'info', title: 'AMI reachable beyond loopback without TLS' },
  check: ({ config }) => {
    if (config.kind !== 'manager') return [];
    const g = general(config);
    if (!g || !isTrue(lastVar(g, 'enabled')?.value) || isLoopback(lastVar(g, 'bindaddr')?.value) || isTrue(lastVar(g, 'tlsenable')?.value)) return [];
    return [{
      message: 'AMI is reachable beyond this host and TLS is off: the login secret and every event (caller numbers, channel variables) cross the network in clear. Bind AMI to 127.0.0.1 and tunnel, or set tlsenable=yes with a certificate.',
      range: g.header.nameRange,
    }];
  },
};
