import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The engine identifies files by absolute path when they live on disk and by URI otherwise
 * (untitled buffers, virtual workspaces). Open documents keep the URI the client sent, so a
 * diagnostic goes back under exactly that URI.
 */
export class UriMap {
  private readonly byFile = new Map<string, string>();

  fileOf(uri: string): string {
    if (uri.startsWith('file:')) {
      try {
        const file = path.resolve(fileURLToPath(uri));
        this.byFile.set(file, uri);
        return file;
      } catch {
        return uri;
      }
    }
    return uri;
  }

  uriOf(file: string): string {
    const known = this.byFile.get(file);
    if (known) return known;
    if (path.isAbsolute(file)) return pathToFileURL(file).toString();
    return file;
  }
}
