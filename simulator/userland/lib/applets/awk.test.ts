import { describe, expect, it } from 'vitest';
import { runProgram } from '../../testing/run-program.node';

const awk = (program: string[], stdin?: string, files?: Record<string, string>) => runProgram('busybox', ['awk', ...program], { stdin, files });

describe('awk', () => {
  const data = 'b 2\na 10\nc 1\n';

  it('prints fields, sums and counts', async () => {
    expect((await awk(['{print $2, $1}'], data)).stdout).toBe('2 b\n10 a\n1 c\n');
    expect((await awk(['{s += $2} END {print s, NR}'], data)).stdout).toBe('13 3\n');
    expect((await awk(['-F:', '{print $1}'], 'x:y\n')).stdout).toBe('x\n');
    expect((await awk(['$2 > 1 {print $1}'], data)).stdout).toBe('b\na\n');
    expect((await awk(['NR == 2'], data)).stdout).toBe('a 10\n');
  });

  it('has the string functions, printf and arrays', async () => {
    const r = await awk(['BEGIN {x = "hello"; printf "%-6s|%3d|%s\\n", toupper(substr(x, 1, 2)), length(x), index(x, "l"); n = split("a:b", p, ":"); print n, p[2]}']);
    expect(r.stdout).toBe('HE    |  5|3\n2 b\n');
    expect((await awk(['{gsub(/a/, "X"); print}'], 'banana\n')).stdout).toBe('bXnXnX\n');
    expect((await awk(['{c[$1]++} END {print c["x"], c["y"]}'], 'x\ny\nx\n')).stdout).toBe('2 1\n');
    expect((await awk(['function twice(v) {return v * 2} BEGIN {print twice(21)}'])).stdout).toBe('42\n');
  });

  it('pipes to and from commands', async () => {
    expect((await awk(['{print | "sort"}'], 'b\na\n')).stdout).toBe('a\nb\n');
    expect((await awk(['BEGIN {"echo hi" | getline x; print "got", x}'])).stdout).toBe('got hi\n');
  });

  it('reports a syntax error', async () => {
    const r = await awk(['{print $1']);
    expect(r.stderr).toBe('awk: cmd. line:1: Unexpected token\n');
    expect(r.status).toBe(1);
  });
});
