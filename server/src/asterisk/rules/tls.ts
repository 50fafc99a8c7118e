/** TLS facts shared by AST116 and AST135. */

/** OpenSSL cipher-list tokens naming anonymous, NULL, export or broken suites (not when negated with `!`). */
export function weakCipherTokens(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(/[:,\s]+/)) {
    const t = raw.trim();
    if (!t || t.startsWith('!') || t.startsWith('-')) continue;
    const name = t.replace(/^\+/, '');
    if (/(^|-)(ADH|AECDH|aNULL|eNULL|NULL|EXPORT|EXP|RC4|DES|3DES|MD5|PSK)(-|$)/i.test(name) || /^(ADH|AECDH|aNULL|eNULL|NULL|EXPORT|EXP|RC4|DES|3DES|MD5|PSK)$/i.test(name)) out.push(name);
  }
  return out;
}

/** TLS methods older than TLS 1.2 (and `default`, which the pjsip docs say means TLSv1). */
export const OLD_TLS_METHODS = new Set(['tlsv1', 'tlsv1_1', 'sslv2', 'sslv3', 'sslv23', 'default', 'unspecified']);
