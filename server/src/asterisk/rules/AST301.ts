import type { Rule } from '../../engine/rule';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { missingOptionFinding, optionFinding } from './helpers';
import { general, isWildcard } from './sections';

/** AMI enabled on every interface (bindaddr absent = [::], 0.0.0.0 or ::). */
export const AST301: Rule<AsteriskModel> = {
  meta: { id: 'AST301', slug: 'ami-exposed', severity: 'warning', title: 'AMI listens on every interface', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'manager') return [];
    const g = general(config);
    if (!g || !isTrue(lastVar(g, 'enabled')?.value)) return [];
    const b = lastVar(g, 'bindaddr');
    const why = 'the Manager Interface can run commands and read every secret, and it should never be reachable from the Internet; reach it through a VPN or SSH tunnel instead';
    if (!b) return [missingOptionFinding(g, 'bindaddr', ctx, `AMI is enabled without bindaddr, so it listens on every IPv4 and IPv6 interface: ${why}. Set bindaddr=127.0.0.1.`, '127.0.0.1', 'review')];
    if (!isWildcard(b.value)) return [];
    return [optionFinding(g, b, ctx, `bindaddr=${b.value} exposes AMI on every interface: ${why}. Set bindaddr=127.0.0.1.`, '127.0.0.1', 'review')];
  },
};
