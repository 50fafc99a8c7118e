import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';

export const F2B004: Rule<Fail2banModel> = {
  meta: { id: 'F2B004', slug: 'inline-hash-comment', severity: 'warning', title: '` # …` after a value: `#` is never an inline comment', fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const sec of model.ini.sections) {
      for (const opt of sec.options) {
        for (const h of opt.hashComments) {
          const text = ctx.lines.lineText(h.line);
          const comment = text.slice(h.start, h.end);
          // `#` glued to text (`#\d+` in a regex) is more likely meant; a comment reads `# words` or `#` alone.
          if (!/^#(\s|#|$)/.test(comment)) continue;
          let cut = h.start;
          while (cut > 0 && /\s/.test(text[cut - 1])) cut--;
          const indent = text.slice(0, text.length - text.trimStart().length);
          const eol = ctx.lines.eol;
          out.push({
            message: `'${comment.slice(0, 30)}' is part of the value of '${opt.key}', not a comment: fail2ban treats # as a comment only at the start of a line (inline comments need ' ;'). In a failregex it changes the regex. Move the comment to its own line.`,
            range: { start: { line: h.line, character: h.start }, end: { line: h.line, character: h.end } },
            fixes: [{
              title: 'Move the comment to its own line',
              kind: 'safe',
              edits: [
                { file: ctx.doc.file, range: { start: { line: h.line, character: 0 }, end: { line: h.line, character: 0 } }, newText: `${indent}${comment}${eol}` },
                { file: ctx.doc.file, range: { start: { line: h.line, character: cut }, end: { line: h.line, character: h.end } }, newText: '' },
              ],
            }],
          });
        }
      }
    }
    return out;
  },
};
