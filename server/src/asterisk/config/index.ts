/** The Asterisk configuration parser and effective model. See README.md for the interface. */
export * from './types';
export { buildConfig, MAX_INCLUDE_LEVEL, type BuildInput } from './effective';
export { parseConfigSyntax } from './fileSyntax';
export { configKind, configBaseName } from './kind';
export { resolveInclude } from './includes';
export * from './query';
