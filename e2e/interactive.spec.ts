import { expect, test, type Page } from '@playwright/test';
import { focusTerminal, openGorae, runCommand, terminalText } from './support/gorae';

/** Waits until the terminal's text, from `from` on, matches (the text has each line's trailing spaces trimmed). */
async function waitForText(page: Page, pattern: RegExp, from = 0, timeout = 30_000): Promise<void> {
  await expect.poll(async () => (await terminalText(page)).slice(from), { timeout, message: `waiting for ${pattern}` }).toMatch(pattern);
}

/** Types a line at the focused terminal and presses Enter (no prompt of ours to wait for). */
async function typeLine(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test.describe('containers you can step into', () => {
  test('docker run -it alpine sh: ls, arithmetic, ps, hostname, exit 3', async ({ page }) => {
    test.setTimeout(90_000);
    await openGorae(page, '/?seed=1');
    await focusTerminal(page);
    await typeLine(page, 'docker run -it alpine sh');
    await waitForText(page, /\/ #$/m);
    const start = (await terminalText(page)).length;
    await typeLine(page, 'ls /');
    await waitForText(page, /bin\s+etc\s+lib[\s\S]*\/ #$/, start);
    await typeLine(page, 'echo $((6*7))');
    await waitForText(page, /^42$/m, start);
    await typeLine(page, 'ps');
    await waitForText(page, /PID\s+USER\s+TIME\s+COMMAND\n\s+1 root\s+0:00 sh\n\s+\d+ root\s+0:00 ps/, start);
    await typeLine(page, 'hostname');
    await waitForText(page, /# hostname\n[0-9a-f]{12}$/m, start);
    await runCommand(page, 'exit 3');
    await runCommand(page, 'echo $?');
    expect((await terminalText(page)).trimEnd()).toMatch(/echo \$\?\n3\nstudent@gorae:~\$$/);
  });

  test('Ctrl+C interrupts the foreground program, not the shell; Ctrl+P Ctrl+Q detaches', async ({ page }) => {
    test.setTimeout(90_000);
    await openGorae(page, '/?seed=1');
    await focusTerminal(page);
    await typeLine(page, 'docker run -it --name box alpine sh');
    await waitForText(page, /\/ #$/m);
    let from = (await terminalText(page)).length;
    await typeLine(page, 'sleep 100');
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+C');
    await waitForText(page, /\^C\n\/ #$/, from);
    from = (await terminalText(page)).length;
    await page.keyboard.press('Control+P');
    await page.keyboard.press('Control+Q');
    await waitForText(page, /read escape sequence\nstudent@gorae:~\$$/, from);
    await runCommand(page, 'docker ps --format "{{.Names}} {{.Status}}"');
    expect(await terminalText(page)).toMatch(/^box Up /m);
    await runCommand(page, 'docker exec box ps');
    expect(await terminalText(page)).toMatch(/\s+1 root\s+0:00 sh\n\s+\d+ root\s+0:00 ps/);
    await runCommand(page, 'docker rm -f box');
  });
});
