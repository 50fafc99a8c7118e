/** Helpers for the dialplan rule tests (not used by the product). */

/** `ID@line:col` (1-based) of the first occurrence of `needle` in `text` at or after `from` (1-based line). */
export function at(id: string, text: string, needle: string, from = 1): string {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) {
    const c = lines[i].indexOf(needle);
    if (c >= 0) return `${id}@${i + 1}:${c + 1}`;
  }
  throw new Error(`"${needle}" not in text`);
}
