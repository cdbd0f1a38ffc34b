/** bash's `printf` builtin: %s %b %c %d %i %u %o %x %X %f %e %g %q %% with flags, width and precision. */
import type { Builtin } from '../builtins';

/** Backslash escapes of a printf format (and of %b arguments). */
function unescape(text: string, forB: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const d = text[++i]!;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', E: '\x1b', '\\': '\\', '"': '"', "'": "'" };
    if (d in simple) out += simple[d];
    else if (d === 'c' && forB) return { text: out, stop: true };
    else if (/[0-7]/.test(d)) {
      const max = forB && d === '0' ? 4 : 3;
      const m = /^[0-7]+/.exec(text.slice(i, i + max))![0];
      out += String.fromCharCode(parseInt(m, 8) & 0xff);
      i += m.length - 1;
    } else if (d === 'x' && /[0-9A-Fa-f]/.test(text[i + 1] ?? '')) {
      const m = /^[0-9A-Fa-f]{1,2}/.exec(text.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 16));
      i += m.length;
    } else out += `\\${d}`;
  }
  return { text: out, stop: false };
}

function toNumber(arg: string | undefined, errors: string[]): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]./.test(arg)) return arg.codePointAt(1)!;
  const n = Number(arg.trim());
  if (!Number.isFinite(n) || !/^\s*[-+]?(0[xX][0-9a-fA-F]+|[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?)\s*$/.test(arg)) {
    errors.push(`bash: printf: ${arg}: invalid number`);
    return Number.isFinite(parseFloat(arg)) ? parseFloat(arg) : 0;
  }
  return n;
}

function pad(text: string, flags: string, width: number | undefined, numeric: boolean): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(text) ? text[0]! : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

export const printf: Builtin = (args, io) => {
  const rest = args[0] === '--' ? args.slice(1) : args;
  if (rest.length === 0) {
    io.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const [format, ...values] = rest as [string, ...string[]];
  const errors: string[] = [];
  let out = '';
  let index = 0;
  const spec = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([sbcdiuoxXfFeEgGq%])/g;
  do {
    let last = 0;
    let stop = false;
    const consumedBefore = index;
    for (const m of format.matchAll(spec)) {
      out += unescape(format.slice(last, m.index), false).text;
      last = m.index + m[0].length;
      const [, flags = '', w, p, conv] = m;
      if (conv === '%') {
        out += '%';
        continue;
      }
      const width = w === '*' ? toNumber(values[index++], errors) : w !== undefined ? Number(w) : undefined;
      const precision = p === '*' ? toNumber(values[index++], errors) : p !== undefined ? Number(p || '0') : undefined;
      const arg = values[index++];
      let text: string;
      switch (conv) {
        case 's':
          text = arg ?? '';
          if (precision !== undefined) text = text.slice(0, precision);
          break;
        case 'q':
          text = arg === undefined || arg === '' ? "''" : /^[A-Za-z0-9_./=:,+@%-]+$/.test(arg) ? arg : arg.replace(/([^A-Za-z0-9_./=:,+@%-])/g, '\\$1');
          break;
        case 'b': {
          const r = unescape(arg ?? '', true);
          text = r.text;
          stop = r.stop;
          break;
        }
        case 'c':
          text = (arg ?? '').slice(0, 1);
          break;
        case 'd':
        case 'i':
        case 'u': {
          const n = Math.trunc(toNumber(arg, errors));
          text = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + String(Math.abs(n)).padStart(precision ?? 0, '0');
          break;
        }
        case 'o':
        case 'x':
        case 'X': {
          const n = Math.trunc(toNumber(arg, errors));
          text = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') text = text.toUpperCase();
          text = text.padStart(precision ?? 0, '0');
          if (flags.includes('#') && n !== 0) text = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + text;
          break;
        }
        default: {
          const n = toNumber(arg, errors);
          const lower = conv!.toLowerCase();
          const prec = precision ?? 6;
          if (lower === 'f') text = n.toFixed(prec);
          else if (lower === 'e') text = n.toExponential(prec).replace(/e([-+])(\d)$/, 'e$10$2');
          else {
            const g = Number(n.toPrecision(prec || 1));
            const exp = g === 0 ? 0 : Math.floor(Math.log10(Math.abs(g)));
            text = exp < -4 || exp >= (prec || 1) ? g.toExponential(Math.max(0, (prec || 1) - 1)).replace(/\.?0+e/, 'e').replace(/e([-+])(\d)$/, 'e$10$2') : String(g);
          }
          if (conv === conv!.toUpperCase()) text = text.toUpperCase();
          if (n >= 0 && flags.includes('+')) text = `+${text}`;
          else if (n >= 0 && flags.includes(' ')) text = ` ${text}`;
        }
      }
      out += pad(text, flags, width, !'sbcq'.includes(conv!));
      if (stop) break;
    }
    if (stop) break;
    out += unescape(format.slice(last), false).text;
    if (index === consumedBefore) break;
  } while (index < values.length);
  io.stdout.write(out);
  for (const e of errors) io.stderr.write(`${e}\n`);
  return errors.length > 0 ? 1 : 0;
};
