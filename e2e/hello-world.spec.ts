import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { focusTerminal, openGorae, outputOf, PROMPT, runCommand, terminalText, waitForIdle } from './support/gorae';

const here = path.dirname(fileURLToPath(import.meta.url));
const greetingFile = path.resolve(here, '../../shared/conformance/hello-world/output_amd64.txt');

/** Docker's hello-world greeting as the terminal shows it: lines right-trimmed, no final newline. */
function expectedGreeting(): string | undefined {
  if (!existsSync(greetingFile)) return undefined;
  return readFileSync(greetingFile, 'utf8')
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

test.describe('docker run hello-world', () => {
  test('pulls the image on the first run and only greets on the second', async ({ page }) => {
    const greeting = expectedGreeting();
    if (greeting === undefined) {
      console.warn(`\n!!! SKIPPED: ${greetingFile} is missing (shared/conformance is expected beside the checkout) !!!\n`);
    }
    test.skip(greeting === undefined, `conformance file missing: ${greetingFile}`);

    await openGorae(page, '/?seed=1');
    await runCommand(page, 'docker run hello-world');

    const first = outputOf(await terminalText(page), 'docker run hello-world');
    expect(first).toContain("Unable to find image 'hello-world:latest' locally");
    expect(first).toContain('latest: Pulling from library/hello-world');
    expect(first).toMatch(/^[0-9a-f]{12}: Pull complete$/m);
    expect(first).toMatch(/^Digest: sha256:[0-9a-f]{64}$/m);
    expect(first).toContain('Status: Downloaded newer image for hello-world:latest');
    expect(first).toContain(greeting!);
    // The pull messages come before the greeting, and the prompt returns after it.
    expect(first.indexOf('Status: Downloaded newer image')).toBeLessThan(first.indexOf('Hello from Docker!'));
    expect(first.trimEnd().endsWith(PROMPT.trimEnd())).toBe(true);

    await runCommand(page, 'docker run hello-world');
    const second = outputOf(await terminalText(page), 'docker run hello-world');
    expect(second).not.toContain('Unable to find');
    expect(second).not.toContain('Pulling from');
    expect(`${second}\n`.startsWith(`${greeting}\n`)).toBe(true);
    expect(second.slice(greeting!.length).trim()).toBe(PROMPT.trimEnd());
  });
});

test.describe('the page', () => {
  test('is cross-origin isolated', async ({ page }) => {
    await openGorae(page);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  });

  test('speaks Korean by default', async ({ page }) => {
    await openGorae(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('고래');
    await expect(page.getByTestId('tagline')).toHaveText('브라우저에서 바로 실습하는 도커 교실');
    const text = await terminalText(page);
    expect(text).toContain('고래 터미널에 오신 걸 환영해요!');
    expect(text).toContain("'docker run hello-world'");
    expect(await page.evaluate(() => (window.__gorae!.engine as { env: Record<string, string> }).env.LANG)).toBe('ko_KR.UTF-8');
  });

  test('speaks English with ?lang=en', async ({ page }) => {
    await openGorae(page, '/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('tagline')).toHaveText('A Docker classroom that runs in your browser');
    const text = await terminalText(page);
    expect(text).toContain('Welcome to the Gorae terminal!');
    expect(text).not.toMatch(/[가-힣]{2,}요/);
    expect(await page.evaluate(() => (window.__gorae!.engine as { env: Record<string, string> }).env.LANG)).toBe('en_US.UTF-8');
  });

  test('has the terminal focused right after load', async ({ page }) => {
    await openGorae(page);
    await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
    await expect(page.locator('.xterm-rows')).toContainText(PROMPT.trimEnd());
  });
});

test.describe('line editing', () => {
  test('↑ recalls the previous command', async ({ page }) => {
    await openGorae(page);
    await runCommand(page, 'echo 안녕 gorae');
    expect(outputOf(await terminalText(page), 'echo 안녕 gorae').split('\n')[0]).toBe('안녕 gorae');

    await focusTerminal(page);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await terminalText(page)).split('\n').at(-1)).toBe(`${PROMPT}echo 안녕 gorae`);

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await terminalText(page)).split('\n').filter((line) => line === '안녕 gorae').length).toBe(2);
    await waitForIdle(page);
  });

  test('help prints the command list in the page language', async ({ page }) => {
    await openGorae(page, '/?lang=en');
    await runCommand(page, 'help');
    expect(outputOf(await terminalText(page), 'help')).toContain('Commands you can use in the Gorae terminal:');
  });
});
