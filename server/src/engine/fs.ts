import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';

/**
 * Read-only view of files for cross-file analysis (includes, filters, other configs). The server
 * layers open editor buffers over the disk; tests can pass an in-memory view.
 */
export interface FileSystemView {
  readFile(path: string): string | undefined;
  isFile(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Entry names (not paths) of a directory, sorted; undefined when it is not a directory. */
  readDir(path: string): string[] | undefined;
}

/** Decodes a config file the way Asterisk and fail2ban read bytes: UTF-8, else Latin-1 (minivm.conf is ISO-8859-1). */
export function decodeText(buf: Buffer): string {
  const utf8 = buf.toString('utf8');
  if (!utf8.includes('\uFFFD')) return utf8;
  return buf.toString('latin1');
}

export class DiskFileSystem implements FileSystemView {
  readFile(path: string): string | undefined {
    try {
      return decodeText(nodeFs.readFileSync(path));
    } catch {
      return undefined;
    }
  }
  isFile(path: string): boolean {
    try {
      return nodeFs.statSync(path).isFile();
    } catch {
      return false;
    }
  }
  isDirectory(path: string): boolean {
    try {
      return nodeFs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  }
  readDir(path: string): string[] | undefined {
    try {
      return nodeFs.readdirSync(path).sort();
    } catch {
      return undefined;
    }
  }
}

/** Open documents first, then the layer below (the disk). Keys are absolute paths. */
export class OverlayFileSystem implements FileSystemView {
  private readonly overlay = new Map<string, string>();
  constructor(private readonly base: FileSystemView) {}
  set(path: string, text: string): void {
    this.overlay.set(nodePath.resolve(path), text);
  }
  delete(path: string): void {
    this.overlay.delete(nodePath.resolve(path));
  }
  readFile(path: string): string | undefined {
    return this.overlay.get(nodePath.resolve(path)) ?? this.base.readFile(path);
  }
  isFile(path: string): boolean {
    return this.overlay.has(nodePath.resolve(path)) || this.base.isFile(path);
  }
  isDirectory(path: string): boolean {
    return this.base.isDirectory(path);
  }
  readDir(path: string): string[] | undefined {
    const dir = nodePath.resolve(path);
    const names = new Set(this.base.readDir(dir) ?? []);
    let any = names.size > 0 || this.base.isDirectory(dir);
    for (const p of this.overlay.keys()) {
      if (nodePath.dirname(p) === dir) {
        names.add(nodePath.basename(p));
        any = true;
      }
    }
    return any ? [...names].sort() : undefined;
  }
}

/** An in-memory tree for tests and virtual workspaces: keys are absolute '/'-paths. */
export class MemoryFileSystem implements FileSystemView {
  constructor(private readonly files: Record<string, string>) {}
  readFile(path: string): string | undefined {
    return this.files[path];
  }
  isFile(path: string): boolean {
    return path in this.files;
  }
  isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : path + '/';
    return Object.keys(this.files).some((f) => f.startsWith(prefix));
  }
  readDir(path: string): string[] | undefined {
    const prefix = path.endsWith('/') ? path : path + '/';
    const names = new Set<string>();
    for (const f of Object.keys(this.files)) {
      if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0]);
    }
    return names.size ? [...names].sort() : undefined;
  }
}
