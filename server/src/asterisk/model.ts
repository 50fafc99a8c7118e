import type { AsteriskConfig } from './config/types';

/**
 * What the asterisk plugin's `parse` returns and every AST rule receives. `config` is the
 * effective configuration of the document (see config/README.md). Layers built on it (the
 * dialplan) add their own fields here.
 */
export interface AsteriskModel {
  config: AsteriskConfig;
}
