/** The fail2ban configuration reader's public interface (see README.md in this directory). */
export { parseIni, type IniFile, type IniOption, type IniSection, type IniProblem, type Span, type ValueLine } from './ini';
export { MappedText, type SourceLoc } from './mapped';
export { MergedConfig, type Entry, type InterpolationError } from './merge';
export { substituteTags } from './tags';
export { extractOptions, splitWithOptions } from './options';
export { readIni, mainFiles, expandIncludes, resolveRel, resolveBeside, type ConfigDirs, type IncludeRef } from './files';
export { resolveFilter, filterFiles, FILTER_CONFIG_OPTS, type FilterEnv, type ResolvedFilter, type ResolvedLine, type ConfigProblem } from './filter';
export { resolveJails, parseBool, type ResolvedJail, type ResolvedJails, type JailOption, type JailAction } from './jail';
export { configDirsFor, filterEnvFor, fileKind, workspaceBase, systemConfigDir, type Fail2banFileKind } from './env';
export { builtinJailDefaults, SERVER_DEFAULTS } from './defaults';
export { str2seconds } from './time';
