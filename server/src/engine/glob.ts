/**
 * Glob patterns as VS Code settings use them (`**`, `*`, `?`, `{a,b}`, `[abc]`), matched against
 * '/'-separated paths. Small and dependency-free because the engine only needs it for file
 * associations and the shell-script glob setting.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more directories; a trailing `**` matches anything.
        if (glob[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const cache = new Map<string, RegExp>();

/**
 * True when `path` matches `glob`. A glob without a '/' matches the base name, and a glob starting
 * with `**` matches anywhere, as in VS Code's file associations.
 */
export function matchesGlob(path: string, glob: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  let re = cache.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    cache.set(glob, re);
  }
  if (!glob.includes('/')) {
    const base = normalized.slice(normalized.lastIndexOf('/') + 1);
    return re.test(base);
  }
  return re.test(normalized) || re.test(normalized.replace(/^\/+/, ''));
}
