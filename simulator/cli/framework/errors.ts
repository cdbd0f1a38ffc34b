/** The texts docker prints for client-side command-line errors (each ends in "\n"). */
import type { ArgsRule } from '../spec/types';
import { goQuote } from '../format/go-quote';
import { commandPath, isRoot, useLine, type CommandNode } from './tree';

/** cli.FlagErrorFunc: pflag's error, the usage line, and where to get help (status 125). */
export function flagErrorText(node: CommandNode, err: string): string {
  return `${err}\n\nUsage:  ${useLine(node)}\n\nRun '${commandPath(node)} --help' for more information\n`;
}

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** The error of docker's positional-argument validators (cli/required.go), or undefined. */
export function argsErrorText(node: CommandNode, rule: ArgsRule | undefined, args: readonly string[]): string | undefined {
  const path = commandPath(node);
  const usage = useLine(node);
  const n = args.length;
  if (isRoot(node)) return n > 0 ? `docker: unknown command: docker ${args[0]}\n\nRun 'docker --help' for more information\n` : undefined;
  if (node.chain[1]?.name === 'completion' && node.chain.length > 2) {
    return n > 0 ? `unknown command ${goQuote(args[0] ?? '')} for ${goQuote(path)}\n` : undefined;
  }
  if (node.spec.subcommands && node.spec.subcommands.length > 0) {
    return n > 0 ? `docker: unknown command: ${path} ${args[0]}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information\n` : undefined;
  }
  const tail = (more: string) => `\n\nUsage:  ${usage}\n\n${more}'${path} --help' for more information\n`;
  switch (rule?.kind ?? 'any') {
    case 'none':
      return n > 0 ? `docker: '${path}' accepts no arguments${tail('Run ')}` : undefined;
    case 'exact': {
      const k = (rule as { n: number }).n;
      return n !== k ? `docker: '${path}' requires ${k} ${plural(k)}${tail('Run ')}` : undefined;
    }
    case 'min': {
      const k = (rule as { n: number }).n;
      return n < k ? `docker: '${path}' requires at least ${k} ${plural(k)}${tail('See ')}` : undefined;
    }
    case 'max': {
      const k = (rule as { n: number }).n;
      return n > k ? `docker: '${path}' requires at most ${k} ${plural(k)}${tail('SRun ')}` : undefined;
    }
    case 'range': {
      const { min, max } = rule as { min: number; max: number };
      return n < min || n > max ? `docker: '${path}' requires at least ${min} and at most ${max} ${plural(max)}${tail('Run ')}` : undefined;
    }
    default:
      return undefined;
  }
}

export function unknownHelpTopicText(rest: readonly string[]): string {
  return `unknown help topic: ${rest.join(' ')}\n`;
}
