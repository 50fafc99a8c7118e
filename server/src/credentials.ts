/** Credentials: the one generator and the strength assessment shared by rules, fixes, CLI and editor. */
export * from './credentials/generate';
export * from './credentials/assess';
export { isCommonName, inBuiltinDictionary } from './credentials/dictionary';
