/**
 * A small subset of Go's text/template, enough for `docker inspect --format`: field chains
 * (.Config.Cmd), `$`, string and number literals, pipelines, the functions docker/cli adds
 * (json, join, split, upper, lower, title, len, index, print, println, printf with %s/%v/%d),
 * and if/else, range (with `$k, $v :=`) and with blocks. Values print as fmt's %v does.
 */

export class TemplateError extends Error {}

/** Go's fmt %v for a value decoded from JSON (or built like it). */
export type Value = unknown;

/** Marks an object as a Go map (printed map[k:v], missing keys give "<no value>"). */
export const GO_MAP = Symbol('go-map');
/** Marks a Go time.Time, kept as its RFC 3339 text. */
export class GoTime {
  constructor(readonly rfc3339: string) {}
  toJSON(): string {
    return this.rfc3339;
  }
  /** time.Time.String(): "2006-01-02 15:04:05.999999999 -0700 MST", here always UTC. */
  toString(): string {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?Z$/.exec(this.rfc3339);
    return m ? `${m[1]} ${m[2]}${m[3] ?? ''} +0000 UTC` : this.rfc3339;
  }
}

const NO_VALUE = Symbol('no-value');

export function isGoMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[GO_MAP] === true;
}

/** Go's fmt %v. */
export function printValue(v: Value): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof GoTime) return v.toString();
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(printValue).join(' ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    if (isGoMap(v)) {
      return `map[${entries
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => `${k}:${printValue(x)}`)
        .join(' ')}]`;
    }
    return `{${entries.map(([, x]) => printValue(x)).join(' ')}}`;
  }
  return String(v);
}

/** The `json` template function: encoding/json without HTML escaping. */
function toJson(v: Value): string {
  return JSON.stringify(v === NO_VALUE || v === undefined ? null : v) ?? 'null';
}

function truthy(v: Value): boolean {
  if (v === NO_VALUE || v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && !(v instanceof GoTime) && isGoMap(v)) return Object.keys(v).length > 0;
  return true;
}

// ---- parsing -------------------------------------------------------------------------------

type Operand =
  | { kind: 'field'; base: 'dot' | string; path: string[] }
  | { kind: 'literal'; value: Value }
  | { kind: 'call'; name: string; args: Operand[] }
  | { kind: 'pipe'; pipe: Pipeline };
type Command = Operand[];
interface Pipeline {
  decl: string[];
  commands: Command[];
}
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipeline }
  | { kind: 'if' | 'with' | 'range'; pipe: Pipeline; body: Node[]; otherwise: Node[] };

const FUNCTIONS = new Set(['json', 'join', 'split', 'upper', 'lower', 'title', 'len', 'index', 'print', 'println', 'printf', 'pad', 'truncate', 'not', 'eq', 'ne', 'and', 'or']);

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\(|\)|\||:=|,|[$.A-Za-z0-9_\-+][^\s|(),]*)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new TemplateError(`unexpected "${src.slice(pos).trim()[0]}" in command`);
    }
    tokens.push(m[1]!);
    pos = re.lastIndex;
  }
  return tokens;
}

function parsePipeline(src: string): Pipeline {
  const tokens = tokenize(src);
  let i = 0;
  const decl: string[] = [];
  // `$a, $b :=` or `$a :=`
  const assign = tokens.indexOf(':=');
  if (assign > 0) {
    for (const t of tokens.slice(0, assign)) if (t !== ',') decl.push(t);
    i = assign + 1;
  }
  const parseOperand = (): Operand => {
    const t = tokens[i++]!;
    if (t === '(') {
      const start = i;
      let depth = 1;
      while (i < tokens.length && depth > 0) {
        if (tokens[i] === '(') depth++;
        if (tokens[i] === ')') depth--;
        i++;
      }
      return { kind: 'pipe', pipe: parsePipeline(tokens.slice(start, i - 1).join(' ')) };
    }
    if (t.startsWith('"')) return { kind: 'literal', value: JSON.parse(t) as string };
    if (t.startsWith('`')) return { kind: 'literal', value: t.slice(1, -1) };
    if (/^[-+]?\d+(\.\d+)?$/.test(t)) return { kind: 'literal', value: Number(t) };
    if (t === 'true' || t === 'false') return { kind: 'literal', value: t === 'true' };
    if (t === 'nil') return { kind: 'literal', value: null };
    if (t === '.') return { kind: 'field', base: 'dot', path: [] };
    if (t.startsWith('.')) return { kind: 'field', base: 'dot', path: t.slice(1).split('.') };
    if (t.startsWith('$')) {
      const [name, ...path] = t.split('.');
      return { kind: 'field', base: name!, path };
    }
    if (FUNCTIONS.has(t)) return { kind: 'call', name: t, args: [] };
    throw new TemplateError(`function "${t}" not defined`);
  };
  const commands: Command[] = [];
  let current: Command = [];
  while (i < tokens.length) {
    if (tokens[i] === '|') {
      i++;
      commands.push(current);
      current = [];
      continue;
    }
    current.push(parseOperand());
  }
  commands.push(current);
  if (commands.some((c) => c.length === 0)) throw new TemplateError('missing value for command');
  return { decl, commands };
}

export function parseTemplate(src: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ node: Extract<Node, { body: Node[] }>; inElse: boolean }> = [];
  const target = (): Node[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.node.otherwise : top.node.body) : root;
  };
  let pos = 0;
  let trimNext = false;
  while (pos < src.length) {
    const open = src.indexOf('{{', pos);
    let text = open < 0 ? src.slice(pos) : src.slice(pos, open);
    if (trimNext) text = text.replace(/^\s+/, '');
    trimNext = false;
    if (open < 0) {
      if (text) target().push({ kind: 'text', text });
      break;
    }
    const close = src.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError('unclosed action');
    let inner = src.slice(open + 2, close);
    if (inner.startsWith('- ')) {
      text = text.replace(/\s+$/, '');
      inner = inner.slice(2);
    }
    if (inner.endsWith(' -')) {
      trimNext = true;
      inner = inner.slice(0, -2);
    }
    if (text) target().push({ kind: 'text', text });
    pos = close + 2;
    inner = inner.trim();
    if (inner.startsWith('/*')) continue;
    const word = /^(\w+)\b\s*/.exec(inner)?.[1];
    if (word === 'if' || word === 'with' || word === 'range') {
      const node = { kind: word, pipe: parsePipeline(inner.slice(word.length)), body: [], otherwise: [] } as Extract<Node, { body: Node[] }>;
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (word === 'else') {
      const top = stack[stack.length - 1];
      if (!top) throw new TemplateError('unexpected {{else}}');
      top.inElse = true;
    } else if (word === 'end') {
      if (!stack.pop()) throw new TemplateError('unexpected {{end}}');
    } else {
      target().push({ kind: 'action', pipe: parsePipeline(inner) });
    }
  }
  if (stack.length > 0) throw new TemplateError(`unexpected EOF`);
  return root;
}

// ---- execution -----------------------------------------------------------------------------

interface Scope {
  dot: Value;
  vars: Map<string, Value>;
}

function field(value: Value, name: string): Value {
  if (value === NO_VALUE || value === null || value === undefined) {
    throw new TemplateError(`nil pointer evaluating interface {}.${name}`);
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    if (name in obj) return obj[name];
    if (isGoMap(obj)) return NO_VALUE;
    throw new TemplateError(`can't evaluate field ${name}`);
  }
  throw new TemplateError(`can't evaluate field ${name} in type ${typeof value}`);
}

function evalOperand(op: Operand, scope: Scope, piped: Value[]): Value {
  switch (op.kind) {
    case 'literal':
      return op.value;
    case 'pipe':
      return evalPipeline(op.pipe, scope);
    case 'field': {
      let v: Value;
      if (op.base === 'dot') v = scope.dot;
      else if (scope.vars.has(op.base)) v = scope.vars.get(op.base);
      else throw new TemplateError(`undefined variable "${op.base}"`);
      for (const name of op.path) v = field(v, name);
      return v;
    }
    case 'call':
      throw new TemplateError(`unexpected call ${op.name}${piped.length}`);
  }
}

function callFunction(name: string, args: Value[]): Value {
  const str = (v: Value): string => (typeof v === 'string' ? v : printValue(v));
  switch (name) {
    case 'json':
      return toJson(args[0]);
    case 'join':
      return (Array.isArray(args[0]) ? args[0] : []).map(str).join(str(args[1]));
    case 'split':
      return str(args[0]).split(str(args[1]));
    case 'upper':
      return str(args[0]).toUpperCase();
    case 'lower':
      return str(args[0]).toLowerCase();
    case 'title':
      return str(args[0]).replace(/\b\w/g, (c) => c.toUpperCase());
    case 'len': {
      const v = args[0];
      if (typeof v === 'string' || Array.isArray(v)) return v.length;
      if (typeof v === 'object' && v !== null) return Object.keys(v).length;
      throw new TemplateError(`error calling len: len of type ${typeof v}`);
    }
    case 'index': {
      let v = args[0];
      for (const key of args.slice(1)) {
        if (Array.isArray(v)) v = v[Number(key)];
        else if (typeof v === 'object' && v !== null) v = key !== undefined && String(key) in v ? (v as Record<string, unknown>)[String(key)] : NO_VALUE;
        else throw new TemplateError(`error calling index: can't index item of type ${typeof v}`);
      }
      return v;
    }
    case 'print':
      return args.map(printValue).join('');
    case 'println':
      return `${args.map(printValue).join(' ')}\n`;
    case 'printf': {
      const rest = args.slice(1);
      return str(args[0]).replace(/%[svdq%]/g, (spec) => {
        if (spec === '%%') return '%';
        const v = rest.shift();
        return spec === '%q' ? JSON.stringify(str(v)) : printValue(v);
      });
    }
    case 'pad':
      return `${' '.repeat(Number(args[1]))}${str(args[0])}${' '.repeat(Number(args[2]))}`;
    case 'truncate': {
      const s = str(args[0]);
      const n = Number(args[1]);
      return [...s].length > n ? [...s].slice(0, n).join('') : s;
    }
    case 'not':
      return !truthy(args[0]);
    case 'eq':
      return args.slice(1).some((a) => a === args[0]);
    case 'ne':
      return args[0] !== args[1];
    case 'and':
      return args.find((a) => !truthy(a)) ?? args[args.length - 1];
    case 'or':
      return args.find((a) => truthy(a)) ?? args[args.length - 1];
  }
  throw new TemplateError(`function "${name}" not defined`);
}

function evalPipeline(pipe: Pipeline, scope: Scope): Value {
  let result: Value = undefined;
  let first = true;
  for (const command of pipe.commands) {
    const [head, ...rest] = command;
    const piped = first ? [] : [result];
    if (head!.kind === 'call') {
      result = callFunction(head!.name, [...rest.map((op) => evalOperand(op, scope, [])), ...piped]);
    } else {
      if (rest.length > 0) throw new TemplateError(`can't give argument to non-function ${printOperand(head!)}`);
      if (!first) throw new TemplateError(`can't give argument to non-function ${printOperand(head!)}`);
      result = evalOperand(head!, scope, piped);
    }
    first = false;
  }
  if (pipe.decl.length === 1) scope.vars.set(pipe.decl[0]!, result);
  return result;
}

function printOperand(op: Operand): string {
  return op.kind === 'field' ? `${op.base === 'dot' ? '' : op.base}.${op.path.join('.')}` : op.kind;
}

function execute(nodes: Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.text;
        break;
      case 'action': {
        const v = evalPipeline(node.pipe, scope);
        if (node.pipe.decl.length === 0) out += printValue(v);
        break;
      }
      case 'if': {
        const v = evalPipeline({ decl: [], commands: node.pipe.commands }, scope);
        out += execute(truthy(v) ? node.body : node.otherwise, scope);
        break;
      }
      case 'with': {
        const v = evalPipeline({ decl: [], commands: node.pipe.commands }, scope);
        out += truthy(v) ? execute(node.body, { dot: v, vars: scope.vars }) : execute(node.otherwise, scope);
        break;
      }
      case 'range': {
        const v = evalPipeline({ decl: [], commands: node.pipe.commands }, scope);
        const items: Array<[Value, Value]> = Array.isArray(v)
          ? v.map((x, i) => [i, x])
          : v !== NO_VALUE && typeof v === 'object' && v !== null
            ? Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            : [];
        if (items.length === 0) {
          out += execute(node.otherwise, scope);
          break;
        }
        for (const [k, x] of items) {
          const vars = new Map(scope.vars);
          if (node.pipe.decl.length === 1) vars.set(node.pipe.decl[0]!, x);
          if (node.pipe.decl.length === 2) {
            vars.set(node.pipe.decl[0]!, k);
            vars.set(node.pipe.decl[1]!, x);
          }
          out += execute(node.body, { dot: x, vars });
        }
        break;
      }
    }
  }
  return out;
}

/** Runs a parsed template with `data` as dot (and `$`). */
export function executeTemplate(nodes: Node[], data: Value): string {
  return execute(nodes, { dot: data, vars: new Map([['$', data]]) });
}

/** Marks the given objects (and nested ones at the named keys) as Go maps. */
export function markMap<T extends object>(obj: T): T {
  Object.defineProperty(obj, GO_MAP, { value: true, enumerable: false });
  return obj;
}

/** Decodes JSON as Go's map[string]any would hold it: every object a map. */
export function asRawMaps(v: Value): Value {
  if (Array.isArray(v)) return v.map(asRawMaps);
  if (typeof v === 'object' && v !== null) {
    return markMap(Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, asRawMaps(x)])));
  }
  return v;
}
