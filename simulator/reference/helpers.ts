/** Familiar (user-facing) forms of references and pattern matching on them. */
import { pathMatch } from './path-match';
import { Reference, type AnyReference } from './reference';

/** The repository name as Docker shows it: ubuntu, me/app, ghcr.io/o/img. */
export function familiarName(ref: Reference): string {
  return ref.familiarName();
}

/** The whole reference as Docker shows it: ubuntu:latest, me/app@sha256:…; digests unchanged. */
export function familiarString(ref: AnyReference): string {
  return ref instanceof Reference ? ref.familiarString() : ref.toString();
}

/**
 * Whether the pattern matches the familiar string of the reference, or else its familiar name
 * (so "ubuntu" matches ubuntu:latest). Throws BadPatternError for a malformed pattern.
 */
export function familiarMatch(pattern: string, ref: AnyReference): boolean {
  let matched = false;
  let error: unknown;
  try {
    matched = pathMatch(pattern, familiarString(ref));
  } catch (e) {
    error = e;
  }
  if (!matched && ref instanceof Reference) {
    try {
      matched = pathMatch(pattern, familiarName(ref));
    } catch {
      matched = false;
    }
  }
  if (error !== undefined) throw error;
  return matched;
}
