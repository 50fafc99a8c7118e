import type { Rule } from '../../engine/rule';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { missingOptionFinding, optionFinding } from './helpers';
import { general, isLoopback } from './sections';

/** The built-in HTTP server (ARI, AMI over HTTP) reachable beyond loopback over plain HTTP. */
export const AST310: Rule<AsteriskModel> = {
  meta: { id: 'AST310', slug: 'http-exposed-plain', severity: 'warning', title: 'HTTP server reachable beyond loopback without TLS', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'http') return [];
    const g = general(config);
    if (!g || !isTrue(lastVar(g, 'enabled')?.value) || isTrue(lastVar(g, 'tlsenable')?.value)) return [];
    const b = lastVar(g, 'bindaddr');
    if (b && isLoopback(b.value)) return [];
    const why = 'ARI sends its password with HTTP Basic authentication and AMI over HTTP sends its secret, so on plain HTTP anyone on the path reads them';
    if (!b) return [missingOptionFinding(g, 'bindaddr', ctx, `The HTTP server is enabled without a bindaddr: ${why}. Bind it to 127.0.0.1 (or enable TLS).`, '127.0.0.1', 'review')];
    return [optionFinding(g, b, ctx, `The HTTP server listens on ${b.value} without TLS: ${why}. Bind it to 127.0.0.1, or set tlsenable=yes.`, '127.0.0.1', 'review')];
  },
};
