/**
 * Where "Generate Strong SIP Credentials" puts what the server generated: which file kind the
 * editor holds, which account section the cursor is in, and the minimal edit (replace one value,
 * or insert a block after the section). Pure: no `vscode` import, so it is tested in plain node.
 */
import type { CredentialFormat } from '../../../server/src/protocol';

export interface PlainEdit {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  newText: string;
}

/** The file kind from the file name (as Asterisk names them), undefined when it says nothing. */
export function formatFromFileName(fileName: string): CredentialFormat | undefined {
  const base = fileName.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  if (/^pjsip.*\.conf$/.test(base)) return 'pjsip';
  if (/^sip(_.*)?\.conf$/.test(base)) return 'sip';
  if (/^iax(_.*)?\.conf$/.test(base)) return 'iax';
  if (/^manager(_.*)?\.conf$/.test(base)) return 'manager';
  return undefined;
}

export interface KeyLine {
  key: string;
  line: number;
  /** Columns of the value (after "=" or "=>", before an unescaped ";" comment, trimmed). */
  valueStart: number;
  valueEnd: number;
  value: string;
}

export interface Section {
  name: string;
  headerLine: number;
  /** Last line that belongs to the section (the line before the next header, or the last line). */
  endLine: number;
  /** Last non-blank, non-comment line of the section. */
  lastContentLine: number;
  keys: KeyLine[];
}

/** Index of the first unescaped ";" (Asterisk's comment start), or the line length. */
function commentStart(line: string): number {
  for (let i = 0; i < line.length; i++) if (line[i] === ';' && line[i - 1] !== '\\') return i;
  return line.length;
}

/** A light scan of an Asterisk .conf: headers and key=value lines with value columns. */
export function scanSections(text: string): Section[] {
  const lines = text.split(/\r?\n/);
  const sections: Section[] = [];
  let cur: Section | undefined;
  lines.forEach((raw, n) => {
    const code = raw.slice(0, commentStart(raw));
    const header = /^\s*\[([^\]]*)\]/.exec(code);
    if (header) {
      if (cur) cur.endLine = n - 1;
      cur = { name: header[1]!, headerLine: n, endLine: lines.length - 1, lastContentLine: n, keys: [] };
      sections.push(cur);
      return;
    }
    if (!cur || !code.trim()) return;
    cur.lastContentLine = n;
    const kv = /^(\s*)([^=\s][^=]*?)\s*=>?\s*/.exec(code);
    if (!kv) return;
    const valueStart = kv[0].length;
    const valueEnd = code.replace(/\s+$/, '').length;
    cur.keys.push({ key: kv[2]!.toLowerCase(), line: n, valueStart, valueEnd: Math.max(valueStart, valueEnd), value: code.slice(valueStart, Math.max(valueStart, valueEnd)) });
  });
  return sections;
}

const SECRET_KEYS: Record<CredentialFormat, string[]> = { sip: ['secret'], pjsip: ['password'], iax: ['secret'], manager: ['secret'] };
const USERNAME_KEYS: Record<CredentialFormat, string[]> = { sip: ['defaultuser', 'username'], pjsip: ['username'], iax: ['username'], manager: [] };
const NOT_ACCOUNTS = new Set(['general', 'globals', 'global', 'authentication', 'directmedia']);

/** Is this section an account whose credentials the command may replace? */
export function isAccountSection(format: CredentialFormat, s: Section): boolean {
  if (NOT_ACCOUNTS.has(s.name.toLowerCase())) return false;
  const type = s.keys.find((k) => k.key === 'type')?.value.toLowerCase();
  if (format === 'pjsip') return type === 'auth';
  if (format === 'sip' || format === 'iax') return type === undefined || ['friend', 'peer', 'user'].includes(type);
  return true; // manager.conf: every section but [general] is a user
}

export interface CredentialPlan {
  kind: 'replace-secret' | 'replace-username' | 'insert';
  /** For the confirmation: "the secret of [100]". Never the secret itself. */
  description: string;
  edits: PlainEdit[];
}

export interface Generated {
  username: string;
  secret: string;
  block: string;
}

/**
 * What to do at the cursor: on a secret (or username) line, replace that value; elsewhere inside an
 * account section, replace its secret; otherwise insert the block after the section the cursor is
 * in (or at the cursor line before any section), separated by one blank line.
 */
export function planCredentialEdit(format: CredentialFormat, text: string, cursorLine: number, gen: Generated): CredentialPlan {
  const sections = scanSections(text);
  const section = sections.find((s) => cursorLine >= s.headerLine && cursorLine <= s.endLine);
  if (section && isAccountSection(format, section)) {
    const onLine = section.keys.find((k) => k.line === cursorLine);
    if (onLine && USERNAME_KEYS[format].includes(onLine.key)) {
      return { kind: 'replace-username', description: `the ${onLine.key} of [${section.name}]`, edits: [valueEdit(onLine, gen.username)] };
    }
    const secretLine = onLine && SECRET_KEYS[format].includes(onLine.key) ? onLine : section.keys.filter((k) => SECRET_KEYS[format].includes(k.key)).pop();
    if (secretLine) return { kind: 'replace-secret', description: `the ${secretLine.key} of [${section.name}]`, edits: [valueEdit(secretLine, gen.secret)] };
  }
  const lines = text.split(/\r?\n/);
  const block = gen.block.replace(/\n+$/, '');
  if (!section) {
    const at = Math.min(cursorLine, lines.length - 1);
    const before = at > 0 && lines[at - 1]!.trim() !== '' ? '\n' : '';
    return { kind: 'insert', description: `a new account block at line ${at + 1}`, edits: [{ line: at, character: 0, endLine: at, endCharacter: 0, newText: `${before}${block}\n\n` }] };
  }
  const after = section.lastContentLine;
  const end = lines[after]!.length;
  return { kind: 'insert', description: `a new account block after [${section.name}]`, edits: [{ line: after, character: end, endLine: after, endCharacter: end, newText: `\n\n${block}` }] };
}

function valueEdit(k: KeyLine, value: string): PlainEdit {
  return { line: k.line, character: k.valueStart, endLine: k.line, endCharacter: k.valueEnd, newText: value };
}

/** The extension number a user typed: digits and the dialplan's literal characters only. */
export function validateExtension(value: string): string | undefined {
  if (value === '') return undefined;
  return /^[0-9*#+]{1,20}$/.test(value) ? undefined : 'Digits, *, # and + only (the number users dial, not the account name).';
}
