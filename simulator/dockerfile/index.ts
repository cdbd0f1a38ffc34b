/** Dockerfile front end: parser (AST + dump), typed instructions, shell-word expansion, .dockerignore. */
export { parse, dump, dumpNode, parseHeredoc, heredocsFromLine, chompHeredocContent, parseWords } from './parser';
export type { Node, Heredoc, ParseResult, ParseWarning } from './parser';
export { parseInstruction, parseInstructions } from './instructions';
export type {
  Instruction,
  InstructionKind,
  InstructionOf,
  InstructionsResult,
  Stage,
  KeyValuePair,
  CmdLine,
  HealthConfig,
  SourcesAndDest,
  SourceContent,
  ShellInlineFile,
} from './instructions';
export { ShellLex, ShellLexError } from './shell-lexer';
export type { Env, LexOptions, ProcessWordResult } from './shell-lexer';
export { PatternMatcher, readDockerignore, compilePattern, BadPatternError } from './dockerignore';
export { BFlags } from './bflags';
export { parseMount } from './run-mount';
export type { Mount, MountType, ShareMode } from './run-mount';
