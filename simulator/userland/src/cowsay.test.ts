import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/run-program.node';

const cow = '$the_cow = <<EOC;\n   $thoughts  ($eyes)\n    $thoughts $tongue\\\\_\nEOC\n';
const files = { '/usr/share/cowsay/cows/default.cow': cow, '/usr/share/cowsay/cows/other.cow': cow };

describe('cowsay', () => {
  it('draws a one-line bubble over the cow, with its variables filled in', async () => {
    const r = await runProgram('cowsay', ['cowsay', 'boo'], { files });
    expect(r.stdout).toBe(' _____\n< boo >\n -----\n   \\  (oo)\n    \\   \\_\n');
    expect(r.status).toBe(0);
  });

  it('wraps long messages at 40 columns into a multi-line bubble', async () => {
    const r = await runProgram('cowsay', ['cowsay', 'hello there this is a longer message that wraps around'], { files });
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      ' ______________________________________',
      '/ hello there this is a longer message \\',
      '\\ that wraps around                    /',
      ' --------------------------------------',
    ]);
  });

  it('thinks with cowthink, reads stdin, and takes -e, -T and -f', async () => {
    const r = await runProgram('cowsay', ['cowthink', '-e', '^^', '-T', 'U '], { files, stdin: 'hmm\n' });
    expect(r.stdout).toBe(' _____\n( hmm )\n -----\n   o  (^^)\n    o U \\_\n');
    const missing = await runProgram('cowsay', ['cowsay', '-f', 'nosuch', 'x'], { files });
    expect(missing.stderr).toBe('cowsay: Could not find nosuch cowfile!\n');
    expect(missing.status).toBe(1);
    const list = await runProgram('cowsay', ['cowsay', '-l'], { files });
    expect(list.stdout).toBe('Cow files in /usr/share/cowsay/cows:\ndefault other\n');
  });
});
