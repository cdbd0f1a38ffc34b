/**
 * The shell language in dash and bash (and BusyBox's sh once busybox links the shell):
 * quoting, parameters, expansions, control flow, functions and the builtins. Expected
 * outputs are what Debian's dash 0.5.12 and bash 5.2 print.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram, type RunProgramOptions } from '../../testing/run-program.node';

const bin = fileURLToPath(new URL('../../bin/', import.meta.url));
const busyboxHasShell = (() => {
  try {
    return readFileSync(`${bin}busybox.wasm`).includes("can't cd to");
  } catch {
    return false;
  }
})();

type Flavour = 'dash' | 'bash' | 'ash';
/** Runs `script` with `sh -c` in a flavour: dash as Debian's sh, bash, BusyBox's sh. */
function run(flavour: Flavour, script: string, options: RunProgramOptions = {}) {
  if (flavour === 'bash') return runProgram('bash', ['bash', '-c', script], options);
  if (flavour === 'dash') return runProgram('dash', ['sh', '-c', script], options);
  return runProgram('busybox', ['sh', '-c', script], options);
}

const all: Flavour[] = busyboxHasShell ? ['dash', 'bash', 'ash'] : ['dash', 'bash'];

describe.each(all)('%s', (flavour) => {
  const out = async (script: string, options?: RunProgramOptions) => {
    const r = await run(flavour, script, options);
    return r.stdout;
  };

  it('quotes with single and double quotes and backslashes', async () => {
    expect(await out(`x=v; echo 'single $x' "double $x" \\$x a\\ b 'it''s' "q\\"uote"`)).toBe(
      'single $x double v $x a b its q"uote\n',
    );
  });

  it('expands ${VAR}, defaults, lengths and pattern removal', async () => {
    expect(await out('x=hello; echo ${x} ${x:-def} ${y:-def} ${#x} ${x#he} ${x%lo} ${x##*l} ${x%%l*} ${x:+set} "${y-unset}"')).toBe(
      'hello hello def 5 llo hel o he set unset\n',
    );
  });

  it('assigns with ${VAR:=word}', async () => {
    expect(await out('echo ${x:=assigned} $x')).toBe('assigned assigned\n');
  });

  it('has $?, $#, $@, $*, $0 and positional parameters', async () => {
    expect(await out('false; echo $?; set -- a "b c" d; echo $# $1 $2 $3; for i in "$@"; do echo "[$i]"; done; for i in $*; do echo "<$i>"; done; echo $0')).toBe(
      '1\n3 a b c d\n[a]\n[b c]\n[d]\n<a>\n<b>\n<c>\n<d>\nsh\n'.replace('\nsh\n', flavour === 'bash' ? '\nbash\n' : '\nsh\n'),
    );
  });

  it('shifts positional parameters', async () => {
    expect(await out('set -- 1 2 3; shift; echo $# $*; shift 2; echo $#')).toBe('2 2 3\n0\n');
  });

  it('joins "$*" with the first character of IFS', async () => {
    expect(await out('set -- 1 2 3; echo "$*"; IFS=,; echo "$*"')).toBe('1 2 3\n1,2,3\n');
  });

  it('has $$ as a number', async () => {
    expect(await out('echo $$ | grep -c "^[0-9][0-9]*$"')).toBe('1\n');
  });

  it('evaluates $(( )) arithmetic', async () => {
    expect(await out('i=5; echo $((1+2*3)) $((10/3)) $((-7%3)) $((1<2)) $((1&&0)) $((1||0)) $((5>3?7:9)) $((0x1f)) $((010)) $((1<<4)); i=$((i+1)); echo $i')).toBe(
      '7 3 -1 1 0 1 7 31 8 16\n6\n',
    );
  });

  it('substitutes commands with $( ) and backquotes', async () => {
    expect(await out('echo "$(echo sub)" `echo back` "$(echo "nested $(echo deep)")"; v=$(printf "a\\n\\n"); echo "[$v]"')).toBe(
      'sub back nested deep\n[a]\n',
    );
  });

  it('keeps the status of a command substitution', async () => {
    expect(await out('x=$(exit 3); echo $?')).toBe('3\n');
  });

  it('splits fields on IFS', async () => {
    expect(await out('a="1 2   3"; echo $a; echo "$a"; IFS=:; b="p:q::r"; for p in $b; do echo "<$p>"; done')).toBe(
      '1 2 3\n1 2   3\n<p>\n<q>\n<>\n<r>\n',
    );
  });

  it('runs ; && || ! and { } groups', async () => {
    expect(await out('echo a && echo b || echo c; false && echo x || echo y; ! false; echo $?; { echo g1; echo g2; }')).toBe(
      'a\nb\ny\n0\ng1\ng2\n',
    );
  });

  it('runs ( ) subshells without changing the shell', async () => {
    expect(await out('x=1; (x=2; cd /tmp; echo "in $x $PWD"); echo "out $x $PWD"')).toBe('in 2 /tmp\nout 1 /\n');
  });

  it('runs if, elif and else', async () => {
    expect(await out('for v in 1 2 3; do if [ $v = 1 ]; then echo one; elif [ $v = 2 ]; then echo two; else echo other; fi; done')).toBe(
      'one\ntwo\nother\n',
    );
  });

  it('loops with while, until, for, break and continue', async () => {
    expect(
      await out('i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i; until [ $i = 0 ]; do i=$((i-1)); done; echo $i; for w in 1 2 3 4 5; do [ $w = 2 ] && continue; [ $w = 4 ] && break; echo w$w; done'),
    ).toBe('3\n0\nw1\nw3\n');
  });

  it('breaks and continues outer loops', async () => {
    expect(await out('n=0; for i in 1 2 3; do for j in a b; do n=$((n+1)); [ $j = b ] && continue 2; done; done; echo $n; for i in 1 2; do for j in 1 2; do break 2; done; echo no; done; echo end')).toBe(
      '6\nend\n',
    );
  });

  it('matches case patterns with | and globs', async () => {
    expect(await out('for x in abc x zz; do case $x in a*) echo star;; w|x) echo alt;; *) echo other;; esac; done')).toBe(
      'star\nalt\nother\n',
    );
  });

  it('defines and calls functions with return', async () => {
    expect(await out('f() { echo "in f: $1 $#"; return 3; }; f x y; echo "ret=$?"; echo $1')).toBe('in f: x 2\nret=3\n\n');
  });

  it('has local variables', async () => {
    expect(await out('f() { local l=inner; echo $l; g=global; }; l=outer; f; echo "$l $g"')).toBe('inner\nouter global\n');
  });

  it('reads here-documents, quoted and not', async () => {
    expect(await out('x=1\ncat <<EOF\nval $x\n  kept\nEOF\ncat <<\'EOF\'\nno $x\nEOF\ncat <<-EOF\n\ttabs\n\tEOF\n')).toBe('val 1\n  kept\nno $x\ntabs\n');
  });

  it('expands globs sorted, and leaves no match alone', async () => {
    const files = { '/w/b.txt': '', '/w/a.txt': '', '/w/c.log': '', '/w/.hidden': '' };
    expect(await out('cd /w; echo *; echo *.txt; echo ?.log; echo [ab]*; echo *.none; echo /w/*.log', { files })).toBe(
      'a.txt b.txt c.log\na.txt b.txt\nc.log\na.txt b.txt\n*.none\n/w/c.log\n',
    );
  });

  it('expands ~ to HOME', async () => {
    expect(await out('echo ~ ~/x "~"')).toBe('/root /root/x ~\n');
  });

  it('exits on errors with set -e', async () => {
    const r = await run(flavour, 'set -e; false || true; if false; then :; fi; echo ok; false; echo never');
    expect(r.stdout).toBe('ok\n');
    expect(r.status).toBe(1);
  });

  it('keeps going after ! and conditions with set -e', async () => {
    const r = await run(flavour, 'set -e; ! true; false && true; false | true; f() { return 1; }; f || echo handled; if false; then :; fi; echo ok; x=$(false); echo never');
    expect(r.stdout).toBe('handled\nok\n');
    expect(r.status).toBe(1);
  });

  it('parses case and parentheses inside $( )', async () => {
    expect(await out('x=$(case a in a) echo ca;; esac); y=$(echo "a)b"); z=$(echo $(echo "n ( p")); echo "$x $y $z"')).toBe('ca a)b n ( p\n');
  });

  it('continues lines and skips comments', async () => {
    expect(await out('echo one \\\n  two # comment\necho hash#kept')).toBe('one two\nhash#kept\n');
  });

  it('runs functions and groups in the background with their definitions', async () => {
    expect(await out('x=local; f() { echo "f $x $1"; }; f bg & wait; { echo "grp $x"; } & wait; echo done')).toBe('f local bg\ngrp local\ndone\n');
  });

  it('traces with set -x', async () => {
    const r = await run(flavour, 'set -x; echo "a b"; set +x');
    expect(r.stdout).toBe('a b\n');
    expect(r.stderr).toBe(flavour === 'dash' ? '+ echo a b\n+ set +x\n' : "+ echo 'a b'\n+ set +x\n");
  });

  it('stops on unset variables with set -u', async () => {
    const r = await run(flavour, 'set -u; echo $nope; echo after');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      { dash: 'sh: 1: nope: parameter not set\n', bash: 'bash: line 1: nope: unbound variable\n', ash: 'sh: nope: parameter not set\n' }[flavour],
    );
    expect(r.status).toBe(flavour === 'bash' ? 127 : 2);
  });

  it('exports, unsets and keeps read-only variables', async () => {
    const r = await run(flavour, 'export EX=1; env | grep ^EX=; unset EX; env | grep -c ^EX=; readonly ro=1; ro=2; echo after');
    expect(r.stdout).toBe('EX=1\n0\n');
    expect(r.stderr).toBe({ dash: 'sh: 1: ro: is read only\n', bash: 'bash: line 1: ro: readonly variable\n', ash: 'sh: ro: is read only\n' }[flavour]);
  });

  it('expands aliases', async () => {
    const script = flavour === 'bash' ? 'shopt -s expand_aliases\nalias hi="echo hello"\nhi there\nunalias hi' : 'alias hi="echo hello"\nhi there\nunalias hi';
    expect(await out(script)).toBe('hello there\n');
  });

  it('runs eval', async () => {
    expect(await out('eval "a=1; b=2"; eval echo \\$a\\$b')).toBe('12\n');
  });

  it('reads lines with read -r', async () => {
    expect(await out('read -r a b; echo "a=$a b=$b"; read -r line; echo "$line"', { stdin: 'first second third\nback\\slash\n' })).toBe(
      'a=first b=second third\nback\\slash\n',
    );
  });

  it('tells what commands are with type and command -v', async () => {
    const r = await run(flavour, 'type cd; command -v cat; command -v cd; f() { :; }; command -v f');
    expect(r.stdout).toBe('cd is a shell builtin\n/bin/cat\ncd\nf\n');
  });

  it('splits what read reads on IFS', async () => {
    expect(
      await out('printf "a b  c\\n" | { read x y; echo "[$x][$y]"; }; printf "  l  t  \\n" | { IFS= read -r x; echo "[$x]"; }; printf "a,b,,c\\n" | { IFS=, read a b c d; echo "[$a][$b][$c][$d]"; }; printf "noeol" | { read x; echo "$? [$x]"; }'),
    ).toBe('[a][b  c]\n[  l  t  ]\n[a][b][][c]\n1 [noeol]\n');
  });

  it('keeps a command substitution in a subshell', async () => {
    expect(await out('i=0; z=$(echo $((i+=1))); v=$(echo ${w:=5}); echo "$i $z $v [$w]"')).toBe('0 1 5 []\n');
  });

  it('matches dot files only with a leading dot', async () => {
    const files = { '/w/.a': '', '/w/b': '' };
    expect(await out('cd /w; echo .* *', { files })).toBe(flavour === 'bash' ? '.a b\n' : '. .. .a b\n');
  });

  it('tests with test and [', async () => {
    expect(await out('test 1 -eq 1 && echo t1; [ a = b ] || echo t2; [ -d / ] && echo t3; [ ! -f /nope ] && echo t4; [ 1 -lt 2 -a 3 -gt 2 ] && echo t5; [ -z "" ] && echo t6; [ ]; echo $?')).toBe(
      't1\nt2\nt3\nt4\nt5\nt6\n1\n',
    );
  });

  it('formats with printf', async () => {
    expect(await out("printf '%5s|%-5s|%05d|%x|%o|%c|%%\\n' ab cd 42 255 8 xyz; printf '%s\\n' a b")).toBe('   ab|cd   |00042|ff|10|x|%\na\nb\n');
  });

  it('sets the umask', async () => {
    expect(await out('umask; umask 077; umask')).toBe('0022\n0077\n');
  });

  it('parses options with getopts', async () => {
    expect(await out('while getopts "ab:c" o -a -b val -c; do echo "$o ${OPTARG-}"; done; echo $OPTIND')).toBe('a \nb val\nc \n5\n');
  });

  it('runs the EXIT trap', async () => {
    expect(await out("trap 'echo bye' EXIT; echo body")).toBe('body\nbye\n');
  });

  it('exits with a status', async () => {
    const r = await run(flavour, 'echo a; exit 3; echo b');
    expect(r.stdout).toBe('a\n');
    expect(r.status).toBe(3);
  });

  it('sources files with .', async () => {
    expect(await out('. /lib.sh; echo $v; f', { files: { '/lib.sh': 'v=set\nf() { echo func; }\n' } })).toBe('set\nfunc\n');
  });
});

describe.each(['dash', 'bash'] as const)('%s limits', (flavour) => {
  it('recurses deeply in functions', async () => {
    const r = await run(flavour, 'f() { if [ $1 -lt $2 ]; then f $(($1+1)) $2; else echo depth $1; fi; }; f 0 1000');
    expect(r.stdout).toBe('depth 1000\n');
  });

});

describe('echo per flavour', () => {
  it('bash takes -n -e -E and reads no escapes by default', async () => {
    const r = await run('bash', "echo -n n1; echo -e 'a\\tb'; echo -E 'c\\td'; echo 'e\\tf'; echo -x");
    expect(r.stdout).toBe('n1a\tb\nc\\td\ne\\tf\n-x\n');
  });

  it('dash takes only -n and always reads escapes', async () => {
    const r = await run('dash', "echo -n n1; echo -e 'a\\tb'; echo 'c\\td\\c'; echo after");
    expect(r.stdout).toBe('n1-e a\tb\nc\tdafter\n');
  });
});

describe('bash extensions', () => {
  const bash = async (script: string, options?: RunProgramOptions) => (await run('bash', script, options)).stdout;

  it('tests with [[ ]]', async () => {
    expect(await bash('x=abc; [[ $x == a* ]] && echo glob; [[ $x != "a*" ]] && echo literal; [[ -n $x && $x < b ]] && echo and; [[ $x =~ ^a.c$ ]] && echo regex')).toBe(
      'glob\nliteral\nand\nregex\n',
    );
  });

  it('reads here-strings', async () => {
    expect(await bash('cat <<< "here $HOME"; read a b <<< "1 2"; echo $b')).toBe('here /root\n2\n');
  });

  it('redirects both outputs with &>', async () => {
    expect(await bash('{ echo out; echo err >&2; } &> /tmp/both; cat /tmp/both')).toBe('out\nerr\n');
  });

  it('expands braces', async () => {
    expect(await bash('echo a{b,c}d {1..3} {a..c} x{1,2}{3,4} "{q,r}" {single}')).toBe('abd acd 1 2 3 a b c x13 x14 x23 x24 {q,r} {single}\n');
  });

  it('has substrings, replacement and case changes', async () => {
    expect(await bash('x=hello; echo ${x^^} ${x:1:3} ${x: -2} ${x/l/L} ${x//l/L}')).toBe('HELLO ell lo heLlo heLLo\n');
  });

  it('defines functions with the function keyword', async () => {
    expect(await bash('function f { echo "f $1 $FUNCNAME"; }; f x')).toBe('f x f\n');
  });

  it('runs (( )) and C-style for loops', async () => {
    expect(await bash('((x=4*2)); echo $x; (( x > 5 )) && echo big; for ((i=0;i<3;i++)); do echo $i; done; let y=2**3; echo $y')).toBe(
      '8\nbig\n0\n1\n2\n8\n',
    );
  });

  it('appends with +=', async () => {
    expect(await bash('x=1; x+=2; echo $x')).toBe('12\n');
  });

  it('times a pipeline', async () => {
    const r = await run('bash', 'time true');
    expect(r.stderr).toMatch(/^\nreal\t0m0\.\d{3}s\nuser\t0m0\.000s\nsys\t0m0\.000s\n$/);
  });

  it('has indexed arrays', async () => {
    expect(
      await bash('arr=(a "b c" d); echo ${arr[1]} ${#arr[@]} $arr; for x in "${arr[@]}"; do echo "[$x]"; done; arr+=(e); arr[1]=B; echo "${arr[*]}" ${!arr[@]} ${arr[-1]}'),
    ).toBe('b c 3 a\n[a]\n[b c]\n[d]\na B d e 0 1 2 3 e\n');
  });

  it("reads $'…' strings", async () => {
    expect(await bash("echo $'a\\tb\\x41\\101' $'it\\'s'")).toBe("a\tbAA it's\n");
  });

  it('traces command substitutions one level deeper', async () => {
    const r = await run('bash', 'set -x; y=$(echo $(echo deep))');
    expect(r.stderr).toBe('+++ echo deep\n++ echo deep\n+ y=deep\n');
  });

  it('sets $_ to the last argument', async () => {
    expect(await bash('mkdir -p /tmp/made && cd $_ && pwd')).toBe('/tmp/made\n');
  });

  it('divides the smallest number by -1 as bash does', async () => {
    expect(await bash('echo $(( (-9223372036854775807-1) / -1 )) $(( (-9223372036854775807-1) % -1 ))')).toBe('-9223372036854775808 0\n');
  });

  it('prints into a variable with printf -v', async () => {
    expect(await bash('printf -v x "%05d|%s" 42 ab; echo "[$x]"')).toBe('[00042|ab]\n');
  });

  it('keeps the statuses of a pipeline in PIPESTATUS', async () => {
    expect(await bash('true | false | (exit 3); echo ${PIPESTATUS[@]}')).toBe('0 1 3\n');
  });

  it('globs to nothing with nullglob', async () => {
    expect(await bash('echo /nomatch*; shopt -s nullglob; echo /nomatch* end')).toBe('/nomatch*\nend\n');
  });

  it('sets pipefail', async () => {
    expect(await bash('false | true; echo $?; set -o pipefail; false | true; echo $?')).toBe('0\n1\n');
  });
});
