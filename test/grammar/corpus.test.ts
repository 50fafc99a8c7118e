/**
 * The grammars on real configuration text we must not commit (the Asterisk sample corpus in
 * ../shared, the fail2ban configuration installed on the machine, the verified rulesets of the
 * iptables reference). Compared structurally, against an independent reading of each line that
 * follows the real parsers (main/config.c's comment scanner, configparser's line rules).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, loadGrammar, scopesAt, tokenize, type LineTokens } from './textmate';

const SHARED = process.env.ASTERISK_HARDEN_SHARED ?? path.resolve(REPO_ROOT, '..', 'shared');
const has = (scopes: string[], prefix: string) => scopes.some((s) => s.startsWith(prefix));

interface AsteriskLineFacts {
  /** Columns where a `;` line comment starts (outside block comments). */
  lineComments: number[];
  /** Columns covered by a block comment. */
  inBlock: (col: number) => boolean;
  /** First column of real content (not comment, not blank), or -1. */
  contentStart: number;
}

/** main/config.c's comment scanner (§1.2 of the reference), run independently of the grammar. */
function asteriskFacts(lines: string[]): AsteriskLineFacts[] {
  let depth = 0;
  return lines.map((line) => {
    const block: [number, number][] = [];
    const lineComments: number[] = [];
    let blockStart = depth > 0 ? 0 : -1;
    let contentStart = -1;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === ';' && line[i - 1] === '\\') continue;
      if (c === ';' && line.startsWith(';--', i) && line[i + 3] !== '-') {
        if (depth === 0) blockStart = i;
        depth++;
        i += 2;
        continue;
      }
      if (depth > 0 && line.startsWith('--;', i)) {
        depth--;
        i += 2;
        if (depth === 0) block.push([blockStart, i + 1]);
        continue;
      }
      if (depth > 0) continue;
      if (c === ';') {
        lineComments.push(i);
        break;
      }
      if (contentStart < 0 && !/\s/.test(c!)) contentStart = i;
    }
    if (depth > 0) block.push([blockStart, line.length]);
    return { lineComments, inBlock: (col) => block.some(([a, b]) => col >= a && col < b), contentStart };
  });
}

const ASTERISK_SLICE = ['sip.conf.sample', 'pjsip.conf.sample', 'pjsip_wizard.conf.sample', 'iax.conf.sample', 'manager.conf.sample', 'logger.conf.sample', 'extensions.conf.sample', 'acl.conf.sample', 'rtp.conf.sample'];

test('asterisk grammar on a slice of the Asterisk sample corpus', async (t) => {
  const dir = path.join(SHARED, 'corpus', 'asterisk', 'samples-20');
  if (!fs.existsSync(dir)) return t.skip(`${dir} absent`);
  const grammar = await loadGrammar('source.asterisk-conf');
  let checked = 0;
  let comments = 0;
  for (const name of ASTERISK_SLICE) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const toks = tokenize(grammar, text);
    const facts = asteriskFacts(toks.map((l) => l.line));
    toks.forEach((lt: LineTokens, n) => {
      const where = `${name}:${n + 1}`;
      const f = facts[n]!;
      for (const col of f.lineComments) assert.ok(has(scopesAt(lt, col), 'comment.line.semicolon'), `${where}: ";" at ${col} should start a line comment`);
      if (f.lineComments.length) comments++;
      for (let col = 0; col < lt.line.length; col++) {
        if (f.inBlock(col)) assert.ok(has(scopesAt(lt, col), 'comment.block'), `${where}:${col} should be inside a block comment`);
      }
      if (f.contentStart < 0) return;
      const rest = lt.line.slice(f.contentStart);
      const at = scopesAt(lt, f.contentStart);
      if (rest.startsWith('[') && rest.includes(']') && rest[1] !== ']') {
        assert.ok(has(scopesAt(lt, f.contentStart + 1), 'entity.name.section'), `${where}: section name`);
      } else if (/^#(include|tryinclude)\b/i.test(rest)) {
        assert.ok(has(at, 'keyword.control.directive.include'), `${where}: #include`);
      } else if (/^exten\s*=>?/i.test(rest)) {
        assert.ok(has(at, 'keyword.other.dialplan.exten'), `${where}: exten`);
      } else if (/^same\s*=>?/i.test(rest)) {
        assert.ok(has(at, 'keyword.other.dialplan.same'), `${where}: same`);
      } else if (/^[A-Za-z_][\w.()-]*\s*(=>|\+=|=)/.test(rest) && !/^(include|switch|lswitch|eswitch|ignorepat)\b/i.test(rest)) {
        assert.ok(has(at, 'variable.other.key'), `${where}: key at ${f.contentStart} got ${at.join(' ')}`);
      }
      for (const tk of lt.tokens) assert.ok(!has(tk.scopes, 'invalid.'), `${where}: unexpected invalid token "${lt.line.slice(tk.start, tk.end)}"`);
      checked++;
    });
  }
  assert.ok(checked > 200 && comments > 2000, `checked ${checked} content lines and ${comments} comments`);
});

test('fail2ban grammar on the installed fail2ban configuration', async (t) => {
  const dir = '/etc/fail2ban';
  if (!fs.existsSync(path.join(dir, 'filter.d'))) return t.skip(`${dir} absent`);
  const grammar = await loadGrammar('source.fail2ban-conf');
  const files = ['jail.conf', 'fail2ban.conf', ...fs.readdirSync(path.join(dir, 'filter.d')).filter((f) => f.endsWith('.conf')).map((f) => `filter.d/${f}`)];
  let regexLines = 0;
  for (const rel of files) {
    const toks = tokenize(grammar, fs.readFileSync(path.join(dir, rel), 'utf8'));
    let inRegex = false;
    toks.forEach((lt, n) => {
      const where = `${rel}:${n + 1}`;
      const line = lt.line;
      const trimmed = line.trim();
      if (/^\S/.test(line) && !/^[#;]/.test(line)) inRegex = /^(failregex|ignoreregex|prefregex)\s*[=:]/i.test(line);
      if (!trimmed) return;
      const first = line.search(/\S/);
      const at = scopesAt(lt, first);
      if (/^[#;]/.test(trimmed)) assert.ok(has(at, 'comment.line'), `${where}: full-line comment`);
      else if (/^\[[^\]]+\]/.test(line)) assert.ok(has(scopesAt(lt, 1), 'entity.name.section'), `${where}: section`);
      else if (inRegex) {
        const col = /^\s/.test(line) ? first : line.search(/[=:]\s*\S/) + 1 + (line.slice(line.search(/[=:]/) + 1).search(/\S/));
        if (col > 0 && col < line.length) {
          assert.ok(has(scopesAt(lt, col), 'string.regexp'), `${where}: regex value at ${col}`);
          regexLines++;
        }
      } else if (/^\S/.test(line)) assert.ok(has(at, 'variable.other.key') || has(at, 'keyword.other.include'), `${where}: key, got ${at.join(' ')}`);
      for (const tk of lt.tokens) assert.ok(!has(tk.scopes, 'invalid.'), `${where}: unexpected invalid token "${line.slice(tk.start, tk.end)}"`);
    });
  }
  assert.ok(regexLines > 100, `checked ${regexLines} regex lines`);
});

test('iptables grammar on the verified rulesets of the iptables reference', async (t) => {
  const doc = path.join(SHARED, 'docs', 'reference', 'iptables.md');
  if (!fs.existsSync(doc)) return t.skip(`${doc} absent`);
  const blocks = [...fs.readFileSync(doc, 'utf8').matchAll(/```\n(\*filter\n[\s\S]*?COMMIT)\n```/g)].map((m) => m[1]!);
  assert.ok(blocks.length >= 2, 'the reference holds restore-format rulesets');
  const grammar = await loadGrammar('source.iptables');
  let rules = 0;
  for (const block of blocks) {
    for (const lt of tokenize(grammar, block)) {
      const line = lt.line;
      for (const tk of lt.tokens) assert.ok(!has(tk.scopes, 'invalid.'), `unexpected invalid token in: ${line}`);
      if (line.startsWith('#')) assert.ok(has(scopesAt(lt, 0), 'comment.line'), line);
      if (line.startsWith(':')) assert.ok(has(scopesAt(lt, 1), 'entity.name.function.chain'), line);
      if (!line.startsWith('-A ')) continue;
      rules++;
      assert.ok(has(scopesAt(lt, 0), 'keyword.control.command'), line);
      const j = line.indexOf(' -j ');
      assert.ok(j > 0 && has(scopesAt(lt, j + 4), 'support.constant.target'), `target of: ${line}`);
      for (const m of line.matchAll(/ -[sd] (\S+)/g)) assert.ok(has(scopesAt(lt, m.index! + 4), 'constant.numeric.ip-address'), `address in: ${line}`);
      for (const m of line.matchAll(/ --[ds]ports? (\S+)/g)) assert.ok(has(scopesAt(lt, line.indexOf(m[1]!, m.index!)), 'constant.numeric.port'), `port in: ${line}`);
      const c = line.indexOf('"');
      if (c > 0) assert.ok(has(scopesAt(lt, c), 'string.quoted.double'), `comment in: ${line}`);
    }
  }
  assert.ok(rules > 20, `checked ${rules} rules`);
});
