// The engine's public surface: pure functions from text to analysis, no editor imports.
export { analyze, createAnalyzer, DEFAULT_MAX_LENGTH } from './analyze';
export type { Analyzer } from './analyze';
export { LineIndex } from './text/line-index';
export { compareRanges, engineOffsets, plainRange } from './text/offset-range';
export { RULES } from './rules';
export { parseDirectives } from './directives';
