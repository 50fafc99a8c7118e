import { rangeAt, sourceText } from '../dialplan/model';
import { describeTaintSource } from '../dialplan/taint';
import { contextRule, fileFinding, makeFix, appIs } from '../dialplan/ruleKit';
import { findTaint } from '../dialplan/taint';
import type { RawFinding } from '../../engine/types';

const APPS = ['dial', 'queue', 'page', 'originate', 'goto', 'gosub', 'chanisavail'];
/** Characters a dialled number needs; `&`, `/`, `@`, `,` and `(` (which chain or redirect calls) are dropped. */
export const NUMBER_FILTER = '0-9*#+';

/**
 * `Dial(PJSIP/${EXTEN})` under an open pattern: the caller's dialled string becomes part of the
 * dial string, so `100&PJSIP/itsp/0041…` dials a second, paid destination (README-SERIOUSLY §Filtering).
 */
export const AST401 = contextRule(
  { id: 'AST401', slug: 'dialplan-injection', severity: 'error', title: 'Caller-controlled value (e.g. ${EXTEN}) unfiltered in Dial/Queue/Page/Originate/Goto/Gosub under an open pattern', fix: 'safe' },
  (c, ctx) => {
    const out: RawFinding[] = [];
    for (const ext of c.extensions) {
      // The pattern test first: it is a field read, and most extensions are plain numbers.
      if (ext.dropped || !ext.app || !ext.pattern || (!ext.pattern.open && !ext.pattern.nonDigitClass)) continue;
      if (!appIs(ext, ...APPS)) continue;
      for (const hit of findTaint(ext.app.nodes, c.taintedVars)) {
        const value = ext.loc;
        const r = rangeAt(value, hit.node.start, hit.node.end);
        const original = sourceText(ext.value, hit.node.start, hit.node.end);
        out.push(fileFinding(value.file, ctx, {
          message: `${ext.app.name.trim()}() uses ${describeTaintSource(hit.source)} unfiltered in extension ${ext.pattern.text}, whose pattern lets the caller send any characters: a dialled "&", "/" or "@" can add or redirect a call (toll fraud). Wrap it in \${FILTER(${NUMBER_FILTER},…)} or use a fixed-length digit pattern.`,
          range: r,
          fixes: [makeFix(`Wrap in \${FILTER(${NUMBER_FILTER},…)}`, 'safe', [{ file: value.file, range: r, newText: `\${FILTER(${NUMBER_FILTER},${original})}` }])],
        }));
      }
    }
    return out;
  },
);
