/**
 * Build checks: a port of the rules in BuildKit's frontend/dockerfile/linter (ruleset.go)
 * that need only the Dockerfile itself, with BuildKit's names, wording and links. Findings
 * are data; the editor turns them into warnings under the lines they are about.
 */
import type { SourceRange } from '../errors/index';
import { parseInstruction, type Instruction } from './instructions';
import { parse, type Node, type ParseResult } from './parser';

export interface LintRule {
  name: string;
  description: string;
  url: string;
}

export interface LintFinding {
  rule: LintRule;
  /** BuildKit's message for this finding, e.g. "Stage name 'Build' should be lowercase". */
  message: string;
  /** 1-based line where BuildKit reports it ("(line N)"). */
  line: number;
  range: SourceRange;
}

const DOCS = 'https://docs.docker.com/go/dockerfile/rule/';

function rule(name: string, slug: string, description: string): LintRule {
  return { name, description, url: `${DOCS}${slug}/` };
}

export const RULES = {
  StageNameCasing: rule('StageNameCasing', 'stage-name-casing', 'Stage names should be lowercase'),
  FromAsCasing: rule('FromAsCasing', 'from-as-casing', "The 'as' keyword should match the case of the 'from' keyword"),
  NoEmptyContinuation: rule(
    'NoEmptyContinuation',
    'no-empty-continuation',
    'Empty continuation lines will become errors in a future release',
  ),
  ConsistentInstructionCasing: rule(
    'ConsistentInstructionCasing',
    'consistent-instruction-casing',
    'All commands within the Dockerfile should use the same casing (either upper or lower)',
  ),
  DuplicateStageName: rule('DuplicateStageName', 'duplicate-stage-name', 'Stage names should be unique'),
  ReservedStageName: rule('ReservedStageName', 'reserved-stage-name', 'Reserved words should not be used as stage names'),
  JSONArgsRecommended: rule(
    'JSONArgsRecommended',
    'json-args-recommended',
    'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
  ),
  MaintainerDeprecated: rule(
    'MaintainerDeprecated',
    'maintainer-deprecated',
    'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  ),
  WorkdirRelativePath: rule(
    'WorkdirRelativePath',
    'workdir-relative-path',
    'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
  ),
  MultipleInstructionsDisallowed: rule(
    'MultipleInstructionsDisallowed',
    'multiple-instructions-disallowed',
    'Multiple instructions of the same type should not be used in the same stage',
  ),
  LegacyKeyValueFormat: rule(
    'LegacyKeyValueFormat',
    'legacy-key-value-format',
    'Legacy key/value format with whitespace separator should not be used',
  ),
} as const satisfies Record<string, LintRule>;

/** Stage names BuildKit keeps for itself. */
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);

/** The words after the keyword, as written (FROM alpine AS Build → ["alpine", "AS", "Build"]). */
function words(node: Node): string[] {
  const out: string[] = [];
  for (let n = node.next; n; n = n.next) out.push(n.value);
  return out;
}

const isLower = (s: string): boolean => s.toLowerCase() === s;
const isUpper = (s: string): boolean => s.toUpperCase() === s;

/** Checks a parsed Dockerfile; instructions that do not parse are left to the parser's errors. */
export function lintParsed(result: ParseResult): LintFinding[] {
  const findings: LintFinding[] = [];
  const report = (r: LintRule, message: string, node: Pick<Node, 'startLine' | 'range'>): void => {
    findings.push({ rule: r, message, line: node.startLine, range: node.range });
  };

  for (const w of result.warnings) {
    if (w.short.startsWith('Empty continuation line')) {
      findings.push({ rule: RULES.NoEmptyContinuation, message: 'Empty continuation line', line: w.location.start.line, range: w.location });
    }
  }

  const nodes = result.ast.children;

  // ConsistentInstructionCasing: the majority casing wins; mixed-case keywords never count.
  let lower = 0;
  let upper = 0;
  for (const n of nodes) {
    if (isLower(n.value)) lower++;
    else if (isUpper(n.value)) upper++;
  }
  const majorityLower = lower > upper;
  for (const n of nodes) {
    const casing = majorityLower && !isLower(n.value) ? 'lowercase' : !majorityLower && !isUpper(n.value) ? 'uppercase' : '';
    if (casing) {
      report(RULES.ConsistentInstructionCasing, `Command '${n.value}' should match the case of the command majority (${casing})`, n);
    }
  }

  const stageNames = new Set<string>();
  let stage: { shell: boolean; absoluteWorkdir: boolean; once: Map<string, Node> } | undefined;
  for (const node of nodes) {
    let ins: Instruction;
    try {
      ins = parseInstruction(node);
    } catch {
      continue;
    }
    const keyword = node.value.toUpperCase();
    switch (ins.kind) {
      case 'from': {
        stage = { shell: false, absoluteWorkdir: false, once: new Map() };
        const args = words(node);
        const as = args[1];
        const name = args[2];
        if (as !== undefined && name !== undefined) {
          const from = node.value;
          const consistentFrom = isLower(from) || isUpper(from);
          if (consistentFrom && (isLower(from) ? !isLower(as) : !isUpper(as))) {
            report(RULES.FromAsCasing, `'${as}' and '${from}' keywords' casing do not match`, node);
          }
          if (!isLower(name)) report(RULES.StageNameCasing, `Stage name '${name}' should be lowercase`, node);
          const lowered = name.toLowerCase();
          if (RESERVED_STAGE_NAMES.has(lowered)) {
            report(RULES.ReservedStageName, `Stage name should not use the same name as reserved stage "${lowered}"`, node);
          }
          if (stageNames.has(lowered)) {
            report(RULES.DuplicateStageName, `Duplicate stage name "${lowered}", stage names should be unique`, node);
          }
          stageNames.add(lowered);
        }
        break;
      }
      case 'maintainer':
        report(RULES.MaintainerDeprecated, 'Maintainer instruction is deprecated in favor of using label', node);
        break;
      case 'shell':
        if (stage) stage.shell = true;
        break;
      case 'env':
      case 'label': {
        const pairs = ins.kind === 'env' ? ins.env : ins.labels;
        if (pairs.some((p) => p.noDelim)) {
          report(RULES.LegacyKeyValueFormat, `"${keyword} key=value" should be used instead of legacy "${keyword} key value" format`, node);
        }
        break;
      }
      case 'workdir': {
        if (!stage) break;
        const absolute = ins.path.startsWith('/') || ins.path.startsWith('$');
        if (absolute) stage.absoluteWorkdir = true;
        else if (!stage.absoluteWorkdir) {
          report(RULES.WorkdirRelativePath, `Relative workdir ${JSON.stringify(ins.path)} can have unexpected results if the base image changes`, node);
        }
        break;
      }
      case 'cmd':
      case 'entrypoint':
      case 'healthcheck': {
        if (!stage) break;
        // Only the last one counts; BuildKit points at the earlier one.
        const earlier = stage.once.get(ins.kind);
        if (earlier) {
          report(
            RULES.MultipleInstructionsDisallowed,
            `Multiple ${keyword} instructions should not be used in the same stage because only the last one will be used`,
            earlier,
          );
        }
        stage.once.set(ins.kind, node);
        if (ins.kind !== 'healthcheck' && ins.prependShell && !stage.shell) {
          report(RULES.JSONArgsRecommended, `JSON arguments recommended for ${keyword} to prevent unintended behavior related to OS signals`, node);
        }
        break;
      }
      default:
        break;
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** Parses and checks a Dockerfile; a Dockerfile that does not parse has no findings. */
export function lintDockerfile(text: string): LintFinding[] {
  let result: ParseResult;
  try {
    result = parse(text);
  } catch {
    return [];
  }
  return lintParsed(result);
}

/** A finding as BuildKit lists it under a build: "- Rule: message (line N)". */
export function formatFinding(finding: LintFinding): string {
  return `${finding.rule.name}: ${finding.message} (line ${finding.line})`;
}
