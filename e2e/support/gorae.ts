import { expect, type Page } from '@playwright/test';

/** The page's test hooks (see app/src/test-hooks.ts); typed here because e2e does not compile the app. */
export interface GoraeHooks {
  ready: boolean;
  terminalText(): string;
  type(text: string): void;
  waitForIdle(): Promise<void>;
  engine: unknown;
}

declare global {
  interface Window {
    __gorae?: GoraeHooks;
  }
}

export const PROMPT = 'student@gorae:~$ ';

/** Opens the app and waits until the terminal shows its first prompt. */
export async function openGorae(page: Page, path = '/?seed=1'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  await page.waitForFunction(() => window.__gorae?.ready === true, undefined, { timeout: 10_000 }).catch((error: unknown) => {
    throw new Error(`the terminal never became ready${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`, { cause: error });
  });
}

export function terminalText(page: Page): Promise<string> {
  return page.evaluate(() => window.__gorae!.terminalText());
}

export function waitForIdle(page: Page): Promise<void> {
  return page.evaluate(() => window.__gorae!.waitForIdle());
}

/** Types a command on the real keyboard, presses Enter, and waits for the prompt to come back. */
export async function runCommand(page: Page, command: string, timeout = 20_000): Promise<void> {
  await focusTerminal(page);
  const promptsBefore = countPrompts(await terminalText(page));
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  // A new prompt appears only once the command has finished.
  await expect
    .poll(async () => countPrompts(await terminalText(page)), { timeout, message: `"${command}" did not finish` })
    .toBeGreaterThan(promptsBefore);
  await waitForIdle(page);
}

export async function focusTerminal(page: Page): Promise<void> {
  await page.locator('.xterm').click();
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
}

function countPrompts(text: string): number {
  return text.split('\n').filter((line) => line.startsWith(PROMPT.trimEnd())).length;
}

/** The text after the last line that shows `command` at the prompt. */
export function outputOf(text: string, command: string): string {
  const lines = text.split('\n');
  const at = lines.lastIndexOf(`${PROMPT}${command}`);
  if (at < 0) throw new Error(`"${command}" was not found at a prompt in:\n${text}`);
  return lines.slice(at + 1).join('\n');
}
