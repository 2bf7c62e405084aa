// The engine's public surface: pure functions from text to analysis, no editor imports.
export { analyze, DEFAULT_MAX_LENGTH } from './analyze';
export { LineIndex } from './text/line-index';
export { RULES } from './rules';
export { parseDirectives } from './directives';
