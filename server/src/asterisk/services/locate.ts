/** What sits under the cursor in the root document: the statement, the section, the token. */
import type { Position, Range } from '../../engine/types';
import { rangeContainsPosition } from './ranges';
import type { AsteriskConfig, ConfigSection, HeaderStmt, Statement } from '../config/types';

export interface Located {
  stmt?: Statement;
  /** The section whose block the position is in (the `(+)` target for additions). */
  section?: ConfigSection;
  /** Which part of the statement: header name, a base name, variable name or value, directive argument. */
  part?: 'header-name' | 'base' | 'name' | 'value' | 'argument' | 'op';
  /** For `base`: the base's index in the header. */
  baseIndex?: number;
}

export function statementAtLine(config: AsteriskConfig, line: number): Statement | undefined {
  return config.syntax.statements.find((s) => s.line === line);
}

/** The section that owns `line` of the root document. */
export function sectionAtLine(config: AsteriskConfig, line: number): ConfigSection | undefined {
  let header: HeaderStmt | undefined;
  for (const s of config.syntax.statements) {
    if (s.line > line) break;
    if (s.kind === 'header') header = s;
  }
  if (!header) return undefined;
  const h = header;
  return config.sections.find((s) => s.header === h || s.additions.some((a) => a.header === h));
}

export function locate(config: AsteriskConfig, pos: Position): Located {
  const stmt = statementAtLine(config, pos.line);
  const section = sectionAtLine(config, pos.line);
  const out: Located = { stmt, section };
  if (!stmt) return out;
  const inR = (r: Range | undefined) => !!r && rangeContainsPosition(r, pos);
  if (stmt.kind === 'header') {
    if (inR(stmt.nameRange)) out.part = 'header-name';
    stmt.bases.forEach((b, i) => {
      if (inR(b.range)) {
        out.part = 'base';
        out.baseIndex = i;
      }
    });
  } else if (stmt.kind === 'variable') {
    if (inR(stmt.nameRange)) out.part = 'name';
    else if (inR(stmt.valueRange) || pos.character >= stmt.opRange.end.character) out.part = 'value';
    else if (inR(stmt.opRange)) out.part = 'op';
  } else if (inR(stmt.argumentRange)) out.part = 'argument';
  return out;
}
