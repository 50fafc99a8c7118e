/** The option catalogues (data, one table per file): they drive AST009/AST011, hover and completion. */
export type { OptionSpec, OptionTable, OptionType } from './types';
export * from './catalogue';
export { optionFor, optionsForClass, sectionClass } from './sectionClass';
