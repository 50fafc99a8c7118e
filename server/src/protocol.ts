/**
 * Custom requests between the VS Code client and the language server (plain types, no LSP import,
 * shared by both sides). Any LSP client may use them too.
 */

/** `asteriskHarden/testFilter`: run a fail2ban filter over a log in the server's worker. */
export const TEST_FILTER_REQUEST = 'asteriskHarden/testFilter';

export interface TestFilterParams {
  /** The filter: a filter file's URI, a filter name resolved in the fail2ban config dir, or a literal regex. */
  filter: { uri?: string; name?: string; regex?: string };
  /** fail2ban-regex style options, e.g. `[logtype=file, mode=aggressive]` (optional). */
  filterOptions?: string;
  /** The log: a file URI (read from disk or the open buffer) or literal text (one line or more). */
  log: { uri?: string; text?: string };
  /** A work-done progress token the client created (optional). */
  workDoneToken?: string | number;
  /** Time budget in milliseconds (default 60000). */
  timeBudgetMs?: number;
}

export interface TestFilterMatch {
  /** 1-based, as in the CLI's JSON. */
  lineNumber: number;
  /** Index of the failregex that matched. */
  regex: number;
  host?: string;
  /** UTC epoch seconds of the parsed date, when one was found. */
  time?: number;
  groups: Record<string, string>;
  /** 0-based column range of the host in the line (for underlining), when known. */
  hostRange?: { start: number; end: number };
}

export interface TestFilterResult {
  version: 1;
  lines: number;
  matched: number;
  ignored: number;
  missed: number;
  regexes: { index: number; pattern: string; hits: number; /** where the regex is defined, for CodeLens */ source?: { uri: string; line: number } }[];
  matches: TestFilterMatch[];
  /** The fail2ban-regex-style text report. */
  report?: string;
  /** Set when the run stopped early (time budget or cancellation). */
  incomplete?: 'time-budget' | 'cancelled';
  error?: string;
}

/** `asteriskHarden/generateCredentials`: a fresh account from the shared generator. */
export const GENERATE_CREDENTIALS_REQUEST = 'asteriskHarden/generateCredentials';

export type { CredentialFormat } from './credentials/blocks';
import type { CredentialFormat } from './credentials/blocks';

export interface GenerateCredentialsParams {
  format: CredentialFormat;
  extension?: string;
  usernameLength?: number;
  secretLength?: number;
}

export interface GenerateCredentialsResult {
  format: CredentialFormat;
  /** The file the block belongs in (`sip.conf`, `pjsip.conf`, ...). */
  file: string;
  username: string;
  secret: string;
  /** Entropy of the secret in bits. */
  bits: number;
  /** A ready configuration block for the format, ending with a newline. */
  block: string;
  /** The extensions.conf line mapping the extension to the account, when an extension was given. */
  dialplan?: string;
}
