import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from '../engine/analyze';
import { ModelCache } from '../engine/analyze';
import { DiskFileSystem } from '../engine/fs';
import { matchesGlob } from '../engine/glob';
import type { Finding, LanguageId } from '../engine/types';
import { createEngine } from '../plugins';
import { ProjectConfig } from './projectConfig';
import { collectFiles } from './walk';

/** What `check` and `fix` share: the files to look at, analysed with their own settings. */
export class CheckSession {
  readonly engine: Engine = createEngine();
  readonly fs = new DiskFileSystem();
  private readonly cache = new ModelCache(this.engine);
  readonly config: ProjectConfig;
  readonly errors: string[] = [];
  get warnings(): string[] {
    return this.config.problems;
  }

  constructor(readonly cwd: string, configFile?: string) {
    this.config = new ProjectConfig(configFile ? path.resolve(cwd, configFile) : undefined);
  }

  files(paths: string[]) {
    return collectFiles(paths, (f) => this.config.forFile(f).settings.iptables.shellScriptGlob, this.errors, this.cwd);
  }

  /** Analyses one file from disk; `text` overrides the disk content (fix passes). */
  analyze(file: string, language: LanguageId, text?: string): Finding[] {
    let settings = this.config.forFile(file).settings;
    // A script named on the command line is checked even when the glob would not pick it.
    if (language === 'shellscript' && !matchesGlob(file, settings.iptables.shellScriptGlob)) {
      settings = { ...settings, iptables: { ...settings.iptables, shellScriptGlob: '**/*' } };
    }
    const content = text ?? this.fs.readFile(file);
    if (content === undefined) {
      this.errors.push(`${this.display(file)}: cannot read`);
      return [];
    }
    const ctx = this.engine.createContext(settings, this.fs, this.cache);
    return this.engine.analyze({ file, language, text: content }, ctx).findings;
  }

  /** Paths as the user will recognise them: relative to the working directory when inside it. */
  display = (file: string): string => {
    if (!path.isAbsolute(file)) return file;
    const rel = path.relative(this.cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  };

  srcRoot(): string {
    const u = pathToFileURL(this.cwd).toString();
    return u.endsWith('/') ? u : `${u}/`;
  }
}
