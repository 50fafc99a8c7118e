/**
 * fail2ban time values (`MyTime.str2seconds`, mytime.py): `10m`, `1d12h`, `1h-10m`, `3600`, `1 week`.
 * fail2ban rewrites units into arithmetic and `eval`s it; here the same grammar is parsed (numbers with
 * units, `+`/`-`/`*`/`/` and spaces) without evaluating arbitrary text. Returns undefined when fail2ban
 * would fail.
 */
const UNITS: [RegExp, number][] = [
  [/^(?:days?|da|dd?)$/i, 86400],
  [/^(?:weeks?|wee?|ww?)$/i, 7 * 86400],
  [/^(?:months?|mon?)$/i, 30.4375 * 86400],
  [/^(?:years?|yea?|yy?)$/i, 365.25 * 86400],
  [/^(?:seconds?|sec?|ss?)$/i, 1],
  [/^(?:minutes?|min?|mm?)$/i, 60],
  [/^(?:hours?|hou?|hh?)$/i, 3600],
];

function unit(u: string): number | undefined {
  for (const [re, v] of UNITS) if (re.test(u)) return v;
  return undefined;
}

export function str2seconds(text: string): number | undefined {
  const s = text.trim();
  if (!s) return undefined;
  // Tokens: number+unit terms and operators; adjacent terms add up (`1d12h`, `1 week 2 days`).
  const re = /\s*(?:(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)|([-+*/]))/y;
  let total = 0;
  let sign = 1;
  let pendingOp: string | undefined;
  let lastTerm: number | undefined;
  let pos = 0;
  let sawTerm = false;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return undefined;
    pos = re.lastIndex;
    if (m[3]) {
      if (pendingOp) return undefined;
      pendingOp = m[3];
      continue;
    }
    let v = parseFloat(m[1]);
    if (m[2]) {
      const u = unit(m[2]);
      if (u === undefined) return undefined;
      v *= u;
    }
    if (pendingOp === '*' || pendingOp === '/') {
      if (lastTerm === undefined) return undefined;
      total -= sign * lastTerm;
      lastTerm = pendingOp === '*' ? lastTerm * v : v === 0 ? NaN : lastTerm / v;
      total += sign * lastTerm;
    } else {
      sign = pendingOp === '-' ? -1 : 1;
      lastTerm = v;
      total += sign * v;
    }
    pendingOp = undefined;
    sawTerm = true;
  }
  if (pendingOp || !sawTerm || !Number.isFinite(total)) return undefined;
  return total;
}
