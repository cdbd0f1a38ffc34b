import { InvalidArgumentError } from '../errors';
import type { Daemon } from './daemon';

/** GET /images/search item, with the Engine API's field names. */
export interface SearchResult {
  name: string;
  description: string;
  star_count: number;
  is_official: boolean;
  is_automated: boolean;
}

const ACCEPTED_FILTERS = new Set(['is-automated', 'is-official', 'stars']);
const DEFAULT_LIMIT = 25;

function invalidFilter(key: string, values?: string[]): InvalidArgumentError {
  return new InvalidArgumentError(`invalid filter '${key}${values ? `=${values.join(',')}` : ''}'`);
}

/** filters.Args.GetBoolOrDefault */
function boolFilter(filters: Map<string, string[]>, key: string): boolean | undefined {
  const values = filters.get(key);
  if (!values) return undefined;
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (isFalse === isTrue) throw invalidFilter(key, values);
  return isTrue;
}

/**
 * GET /images/search against the built-in Docker Hub: repositories whose name or description
 * contains the term, most starred first, then the filters (is-official, stars=N) and the limit.
 */
export function registrySearch(daemon: Daemon, term: string, options: { filters?: Map<string, string[]>; limit?: number } = {}): SearchResult[] {
  const filters = options.filters ?? new Map<string, string[]>();
  for (const key of filters.keys()) if (!ACCEPTED_FILTERS.has(key)) throw invalidFilter(key);
  const automated = boolFilter(filters, 'is-automated');
  const official = boolFilter(filters, 'is-official');
  let minStars = 0;
  for (const value of filters.get('stars') ?? []) {
    if (!/^[+-]?\d+$/.test(value)) throw new InvalidArgumentError(`invalid filter 'stars=${value}': strconv.Atoi: parsing "${value}": invalid syntax`);
    minStars = Math.max(minStars, Number(value));
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(term)) {
    throw new InvalidArgumentError(`invalid repository name: repository name (${term}) should not have a scheme`);
  }
  const limit = options.limit !== undefined && options.limit > 0 ? options.limit : DEFAULT_LIMIT;
  if (limit < 1 || limit > 100) throw new InvalidArgumentError(`limit ${limit} is outside the range of [1, 100]`);
  const needle = term.replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '').toLowerCase();
  const registry = daemon.deps.registry;
  const results: SearchResult[] = [];
  for (const repository of registry.repositories()) {
    const def = registry.definitionsOf(repository)[0];
    if (!def) continue;
    const name = repository.startsWith('library/') ? repository.slice('library/'.length) : repository;
    if (!name.includes(needle) && !def.description.toLowerCase().includes(needle)) continue;
    results.push({ name, description: def.description, star_count: def.stars, is_official: def.official, is_automated: false });
  }
  results.sort((a, b) => b.star_count - a.star_count || (a.name < b.name ? -1 : 1));
  return results
    .slice(0, limit)
    .filter((r) => (automated === undefined || r.is_automated === automated) && (official === undefined || r.is_official === official) && r.star_count >= minStars);
}
