import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanNodes, splitArgs, walkNodes } from './expr';
import { parseExtenValue, parseExtenValueLean, parsePattern, parsePriority, quickPriority } from './exten';
import { findTaint } from './taint';
import type { DpVarRef } from './types';

const slice = (s: string, o: { start: number; end: number }): string => s.slice(o.start, o.end);

test('${…}: variables, substrings, functions, nesting, with exact offsets', () => {
  const s = 'Dial(PJSIP/${EXTEN:1}@${GLOBAL(TRUNK)},${FILTER(0-9,${CALLERID(num):-4:4})})';
  const nodes = scanNodes(s);
  assert.equal(nodes.length, 3);
  const [a, b, c] = nodes as DpVarRef[];
  assert.equal(slice(s, a), '${EXTEN:1}');
  assert.equal(a.name, 'EXTEN');
  assert.equal(a.substring?.text, '1');
  assert.equal(b.isFunction, true);
  assert.equal(b.name, 'GLOBAL');
  assert.deepEqual(b.args.map((x) => x.text), ['TRUNK']);
  assert.equal(c.name, 'FILTER');
  assert.deepEqual(c.args.map((x) => slice(s, x)), ['0-9', '${CALLERID(num):-4:4}']);
  const inner = c.children[0] as DpVarRef;
  assert.equal(inner.name, 'CALLERID');
  assert.equal(inner.substring?.text, '-4:4');
  assert.equal(slice(s, inner), '${CALLERID(num):-4:4}');
});

test('$[…] expressions nest and hold variables', () => {
  const s = 'GotoIf($[${LEN(${EXTEN})} > 4 & $[1+1] = 2]?long:short)';
  const [e] = scanNodes(s);
  assert.equal(e.kind, 'expr');
  assert.equal(slice(s, e), '$[${LEN(${EXTEN})} > 4 & $[1+1] = 2]');
  const all = [...walkNodes([e])];
  assert.ok(all.some((n) => n.kind === 'var' && n.name === 'EXTEN'));
  assert.equal(all.filter((n) => n.kind === 'expr').length, 2);
});

test('unterminated ${ takes the rest and is flagged', () => {
  const s = 'Set(X=${EXTEN';
  const [n] = scanNodes(s);
  assert.equal(n.unterminated, true);
  assert.equal(n.end, s.length);
});

test('argument splitting honours parentheses, brackets, quotes and backslash', () => {
  const s = 'a,"b,c",f(x,y),[1,2],d\\,e,';
  assert.deepEqual(splitArgs(s, 0, s.length).map((a) => a.text), ['a', '"b,c"', 'f(x,y)', '[1,2]', 'd\\,e', '']);
});

test('exten value: pattern, caller id, priority with label, app and data to the last paren', () => {
  const v = '_[2-9]XX./5551234,n(retry),Dial(SIP/${EXTEN}@trunk,30,tT) ';
  const p = parseExtenValue(v, true);
  assert.equal(p.pattern?.text, '_[2-9]XX.');
  assert.equal(p.pattern?.open, true);
  assert.equal(p.pattern?.nonDigitClass, false);
  assert.equal(p.callerId?.text, '5551234');
  assert.equal(p.priority?.kind, 'next');
  assert.equal(p.priority?.label?.name, 'retry');
  assert.equal(slice(v, p.priority!.label!), 'retry');
  assert.equal(p.app?.name, 'Dial');
  assert.equal(p.app?.data, 'SIP/${EXTEN}@trunk,30,tT');
  assert.deepEqual(p.app?.args.map((a) => a.text), ['SIP/${EXTEN}@trunk', '30', 'tT']);
  assert.equal(p.problem, undefined);
});

test('commas inside a pattern class do not split the extension', () => {
  const p = parseExtenValue('_[1,2]XX,1,NoOp()', true);
  assert.equal(p.pattern?.text, '_[1,2]XX');
  assert.equal(p.pattern?.nonDigitClass, true);
  assert.equal(p.priority?.value, 1);
});

test('patterns: catch-all, classes with letters, bad class, literals', () => {
  assert.equal(parsePattern('_.', 0, 2).catchAll, true);
  assert.equal(parsePattern('_!', 0, 2).catchAll, true);
  assert.equal(parsePattern('_X.', 0, 3).catchAll, false);
  assert.equal(parsePattern('_[a-z]XX', 0, 8).nonDigitClass, true);
  assert.equal(parsePattern('_[*#]1', 0, 6).nonDigitClass, true);
  assert.equal(parsePattern('_[1', 0, 3).badClass, true);
  const lit = parsePattern('100', 0, 3);
  assert.equal(lit.isPattern, false);
  assert.equal(lit.open, false);
});

test('priorities: numbers, n+1, s, hint, labels, unclosed label', () => {
  const k = (t: string) => parsePriority(t, 0, t.length);
  assert.equal(k('1').value, 1);
  assert.equal(k('n+1').offset, 1);
  assert.equal(k('same').kind, 'same');
  assert.equal(k('hint').kind, 'hint');
  assert.equal(k('retry').kind, 'label');
  assert.equal(k('n(retry').kind, 'invalid');
  assert.equal(k('0').kind, 'invalid');
});

test('hint lines with ${ in the app part keep the whole string as the app', () => {
  const p = parseExtenValue('100,hint,${DEV}(x)', true);
  assert.equal(p.app?.name, '${DEV}(x)');
  assert.equal(p.priority?.kind, 'hint');
});

test('taint: EXTEN family, CALLERID, Read() vars; FILTER cleans', () => {
  const s = 'System(/bin/x ${CALLERID(num)} ${FILTER(0-9,${EXTEN})} ${DNID} ${PIN} ${CHANNEL(pjsip,remote_addr)} ${CHANNEL(name)})';
  const hits = findTaint(scanNodes(s), new Set(['PIN']));
  assert.deepEqual(hits.map((h) => h.source), ['CALLERID(num)', 'DNID', 'variable PIN (assigned from caller input)', 'CHANNEL(pjsip)']);
  assert.deepEqual(hits.map((h) => h.extenOnly), [false, true, false, false]);
});

test('property: the value parsers never throw and every offset lies inside the value', () => {
  const alphabet = fc.constantFrom(...'${}[]()$,|\\"_X.!N/:n+()-1 aZ'.split(''));
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), fc.boolean(), (v, withExt) => {
      const p = parseExtenValue(v, withExt);
      const spans: { start: number; end: number }[] = [];
      if (p.pattern) spans.push(p.pattern);
      if (p.callerId) spans.push(p.callerId);
      if (p.priority) spans.push(p.priority);
      if (p.app) {
        spans.push({ start: p.app.nameStart, end: p.app.nameEnd }, { start: p.app.dataStart, end: p.app.dataEnd }, ...p.app.args);
        for (const n of walkNodes(p.app.nodes)) {
          spans.push(n);
          if (n.kind === 'var') spans.push({ start: n.nameStart, end: n.nameEnd }, ...n.args, ...(n.substring ? [n.substring] : []));
        }
      }
      for (const sp of spans) assert.ok(sp.start >= 0 && sp.start <= sp.end && sp.end <= v.length, `${JSON.stringify(sp)} in ${JSON.stringify(v)}`);
    }),
    { numRuns: 2000 },
  );
});

test('property: the builder\'s lean split (shared patterns, quick priorities) reads values exactly as parseExtenValue', () => {
  const alphabet = fc.constantFrom(...'0123456789nN _X.!/,()+[]-a'.split(''), '1,n,', '100,1,', 'n(l),');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')), fc.boolean(), (v, withExt) => {
      const full = parseExtenValue(v, withExt);
      const lean = parseExtenValueLean(v, withExt);
      assert.deepEqual(lean.pattern, full.pattern, v);
      assert.deepEqual(lean.callerId, full.callerId, v);
      assert.equal(lean.problem, full.problem, v);
      assert.equal(lean.priorityStart, full.priorityStart, v);
      assert.equal(lean.priorityEnd, full.priorityEnd, v);
      assert.equal(lean.priorityClass?.kind, full.priority?.kind, v);
      assert.equal(lean.priorityClass?.value, full.priority?.value, v);
      if (lean.priority) assert.deepEqual(lean.priority, full.priority, v);
      assert.deepEqual(JSON.parse(JSON.stringify(lean.app ?? null)), JSON.parse(JSON.stringify(full.app ?? null)), v);
    }),
    { numRuns: 3000 },
  );
  assert.equal(quickPriority(' 7 ', 0, 3)?.value, 7);
  assert.equal(quickPriority('0', 0, 1), undefined);
  assert.equal(quickPriority('next', 0, 4), undefined);
  assert.equal(quickPriority('n(retry)', 0, 8)?.kind, 'next');
  assert.equal(quickPriority('n(retry', 0, 7), undefined);
});
