import { expect, test, type Page } from '@playwright/test';
import { openGorae, outputOf, runCommand, terminalText } from './support/gorae';

/** Lesson 1's steps and what a student types for each. */
const LESSON_1: Array<[step: string, command: string]> = [
  ['client-and-daemon', 'docker version'],
  ['first-run', 'docker run hello-world'],
  ['image-cache', 'docker images'],
  ['second-run', 'docker run hello-world'],
  ['list-containers', 'docker ps -a'],
];

async function panelReady(page: Page): Promise<void> {
  await expect(page.getByTestId('lesson-panel')).toHaveAttribute('aria-busy', 'false');
}

const step = (page: Page, id: string) => page.getByTestId(`lesson-step-${id}`);

test.describe('lesson 1 in the panel', () => {
  test('is completed by typing in the terminal, and a reload keeps the progress', async ({ page }) => {
    test.setTimeout(60_000);
    await openGorae(page, '/?seed=1');
    await panelReady(page);
    await expect(page.getByTestId('lesson-title')).toContainText('첫 컨테이너');
    await expect(page.getByTestId('lesson-progress')).toHaveText('0/5단계 완료');

    for (const [index, [id, command]] of LESSON_1.entries()) {
      await expect(step(page, id)).toHaveAttribute('data-state', 'current');
      await expect(step(page, id).getByTestId('lesson-missing')).toBeVisible();
      await runCommand(page, command);
      await expect(step(page, id)).toHaveAttribute('data-state', 'done');
      await expect(page.getByTestId('lesson-progress')).toHaveText(`${index + 1}/5단계 완료`);
    }
    await expect(page.getByTestId('lesson-complete')).toBeVisible();
    // the explanation of a finished step is there to read
    await step(page, 'first-run').getByRole('button', { name: /hello-world 실행하기/ }).click();
    await expect(step(page, 'first-run')).toContainText('무슨 일이 일어났나요?');

    await page.reload();
    await page.waitForFunction(() => window.__gorae?.ready === true);
    await panelReady(page);
    for (const [id] of LESSON_1) await expect(step(page, id)).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('lesson-complete')).toBeVisible();
    // the engine state came back too: the image is in the cache, both containers are listed
    await runCommand(page, 'docker ps -a');
    const listed = outputOf(await terminalText(page), 'docker ps -a');
    expect(listed.split('\n').filter((line) => line.includes('hello-world')).length).toBe(2);
  });

  test('command blocks type into the terminal; undo takes a step back; errors are explained', async ({ page }) => {
    test.setTimeout(60_000);
    await openGorae(page, '/?seed=1');
    await panelReady(page);
    await step(page, 'client-and-daemon').getByTestId('lesson-command').first().click();
    await expect(step(page, 'client-and-daemon')).toHaveAttribute('data-state', 'done');
    expect(outputOf(await terminalText(page), 'docker version')).toContain('Server: Docker Engine - Community');

    await runCommand(page, 'docker run hello-wrld');
    await expect(page.getByTestId('lesson-error')).toContainText('pull access denied');
    await expect(step(page, 'first-run').getByTestId('lesson-missing')).toContainText('hello-world 이미지를 내려받았어요.');

    await runCommand(page, 'docker run hello-world');
    await expect(step(page, 'first-run')).toHaveAttribute('data-state', 'done');
    await page.getByTestId('lesson-undo').click();
    await panelReady(page);
    await expect(page.getByTestId('lesson-notice')).toContainText('docker run hello-world');
    await expect(step(page, 'first-run')).toHaveAttribute('data-state', 'current');
    await runCommand(page, 'docker images');
    expect(outputOf(await terminalText(page), 'docker images')).not.toContain('hello-world');

    await step(page, 'first-run').getByTestId('lesson-solution').click();
    await page.getByTestId('lesson-solution-yes').click();
    await expect(step(page, 'first-run').getByTestId('lesson-solution-lines')).toContainText('docker run hello-world');
    await step(page, 'first-run').getByTestId('lesson-solution-lines').getByTestId('lesson-command').click();
    await expect(step(page, 'first-run')).toHaveAttribute('data-state', 'done');

    // 처음부터: after a confirmation, back to the start with nothing done and an empty machine
    await page.getByTestId('lesson-reset').click();
    await page.getByTestId('lesson-reset-yes').click();
    await panelReady(page);
    await expect(page.getByTestId('lesson-progress')).toHaveText('0/5단계 완료');
    await expect(step(page, 'client-and-daemon')).toHaveAttribute('data-state', 'current');
    await runCommand(page, 'docker ps -a');
    expect(outputOf(await terminalText(page), 'docker ps -a').split('\n')[0]).toMatch(/^CONTAINER ID\s+IMAGE/);
    expect(outputOf(await terminalText(page), 'docker ps -a')).not.toContain('hello-world');
  });
});
