import { expect, test, type Page } from '@playwright/test';
import { focusTerminal, openGorae, terminalText, waitForIdle } from './support/gorae';

/** How many times `needle` appears in the terminal. */
async function countInTerminal(page: Page, needle: string): Promise<number> {
  return (await terminalText(page)).split(needle).length - 1;
}

/** Waits until the terminal shows `needle` `times` times and the prompt is back. */
async function waitForTerminal(page: Page, needle: string, times = 1, timeout = 30_000): Promise<void> {
  await expect.poll(() => countInTerminal(page, needle), { timeout, message: `waiting for "${needle}" in the terminal` }).toBeGreaterThanOrEqual(times);
  await waitForIdle(page);
}

const editorLines = (page: Page) => page.locator('.gorae-editor .monaco-editor .view-lines');

test.describe('the Dockerfile editor', () => {
  test('edits hello/Dockerfile, builds it from the editor and shows which steps came from the cache', async ({ page }) => {
    test.setTimeout(90_000);
    await openGorae(page, '/?seed=1');

    // Monaco is not part of the first page load.
    expect(await page.locator('.monaco-editor').count()).toBe(0);

    const toggle = page.getByRole('button', { name: '편집기 열기' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '편집기 닫기' })).toHaveAttribute('aria-expanded', 'true');

    const tree = page.getByRole('navigation', { name: '홈 폴더의 파일' });
    await tree.getByRole('button', { name: 'hello/', exact: true }).click();
    await tree.getByRole('button', { name: 'Dockerfile', exact: true }).click();
    await expect(editorLines(page)).toContainText('FROM alpine');
    await expect(page.getByTestId('editor-save-status')).toHaveText('저장했어요');

    // Hover help in Korean on an instruction.
    await page.locator('.gorae-editor .view-line', { hasText: 'CMD' }).locator('span', { hasText: /^CMD$/ }).first().hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: '컨테이너가 시작될 때 기본으로 실행할 명령' })).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(page.locator('.monaco-hover').filter({ hasText: '컨테이너가 시작될 때' })).toBeHidden();

    // First build: nothing was built on alpine yet.
    const build = page.getByRole('button', { name: /~\/hello\/Dockerfile을 빌드해요/ });
    await build.click();
    const results = page.getByTestId('build-results');
    await expect(results).toContainText('빌드가 끝났어요.', { timeout: 30_000 });
    await waitForIdle(page);
    expect(await terminalText(page)).toContain('student@gorae:~$ cd ~/hello && docker build -t hello .');

    // Edit the RUN line by typing at its end.
    await page.locator('.gorae-editor .view-line', { hasText: 'RUN echo' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' && echo edited-in-gorae >> /hello.txt');
    await page.keyboard.press('Escape');
    await expect(editorLines(page)).toContainText('/hello.txt && echo edited-in-gorae >> /hello.txt');
    // The marks of the first build dim once the file differs from what was built.
    await expect(page.locator('.gorae-editor .gorae-mark-label.gorae-mark-stale').first()).toBeVisible();
    await expect(results).toContainText('빌드한 뒤에 파일을 고쳤어요.');

    await expect(build).toBeEnabled();
    await build.click();
    // Already in ~/hello: no cd this time.
    await expect.poll(async () => (await terminalText(page)).includes('student@gorae:~/hello$ docker build -t hello .')).toBe(true);
    await expect(results).toContainText('이 줄이 바뀌었어요', { timeout: 30_000 });
    await expect(results).toContainText('빌드가 끝났어요.', { timeout: 30_000 });
    await waitForIdle(page);

    // The lines before the edit came from the cache; the edited line is where the cache stopped.
    const steps = results.getByRole('listitem');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText('FROM alpine');
    await expect(steps.nth(0)).toContainText('캐시 사용');
    await expect(steps.nth(1)).toContainText('이 줄이 바뀌었어요');
    await expect(steps.nth(2)).toContainText('앞 단계가 바뀌어서 다시 만들었어요');
    await expect(results).not.toContainText('빌드한 뒤에 파일을 고쳤어요.');
    const labels = page.locator('.gorae-editor .gorae-mark-label:not(.gorae-mark-stale)');
    await expect(labels).toHaveText(['캐시 사용', '이 줄이 바뀌었어요', '앞 단계가 바뀌어서 다시 만들었어요'].map((s) => `${s}`));
    await expect(page.locator('.gorae-editor .gorae-glyph-cached')).toHaveCount(1);
    await expect(page.locator('.gorae-editor .gorae-glyph-changed')).toHaveCount(1);

    // The new image has the edit.
    await focusTerminal(page);
    await page.keyboard.type('docker run hello');
    await page.keyboard.press('Enter');
    await waitForTerminal(page, 'edited-in-gorae\n');
    const text = await terminalText(page);
    expect(text.slice(text.lastIndexOf('docker run hello'))).toContain('안녕하세요, 고래에서 만든 이미지예요!\nedited-in-gorae');
  });

  test('shows the parser’s problems and BuildKit’s checks as markers while typing', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    await page.getByRole('button', { name: '편집기 열기' }).click();
    const tree = page.getByRole('navigation', { name: '홈 폴더의 파일' });
    await tree.getByRole('button', { name: 'hello/', exact: true }).click();
    await tree.getByRole('button', { name: 'Dockerfile.dev', exact: true }).click();
    await expect(editorLines(page)).toContainText('CMD ["sh"]');

    await page.locator('.gorae-editor .view-line', { hasText: 'CMD' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('EXPOSE');
    await page.keyboard.press('Escape');
    await expect(page.locator('.gorae-editor .squiggly-error')).toHaveCount(1);
    await page.keyboard.press('F8');
    await expect(page.locator('.gorae-editor .marker-widget')).toContainText('EXPOSE requires at least one argument');
    await page.keyboard.press('Escape');

    // A build check: MAINTAINER is deprecated, in BuildKit's words.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('MAINTAINER gorae');
    await page.keyboard.press('Escape');
    await expect(page.locator('.gorae-editor .squiggly-warning')).toHaveCount(1);
    await page.keyboard.press('Shift+F8');
    await expect(page.locator('.gorae-editor .marker-widget')).toContainText(
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label',
    );
    await page.keyboard.press('Escape');

    // The Build button builds the variant with -f.
    await expect(page.getByRole('button', { name: /Dockerfile\.dev을 빌드해요/ })).toBeVisible();

    // Saved to the shell's files: the terminal sees the edit.
    await expect(page.getByTestId('editor-save-status')).toHaveText('저장했어요');
    await focusTerminal(page);
    await page.keyboard.type('cat hello/Dockerfile.dev');
    await page.keyboard.press('Enter');
    await waitForTerminal(page, 'CMD ["sh"]\nEXPOSE');
  });

  test('creates a file from the tree and sees files the shell makes', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    await page.getByRole('button', { name: '편집기 열기' }).click();
    const tree = page.getByRole('navigation', { name: '홈 폴더의 파일' });

    await tree.getByRole('button', { name: '새 폴더' }).click();
    await page.keyboard.type('api');
    await page.keyboard.press('Enter');
    await expect(tree.getByRole('button', { name: 'api/', exact: true })).toBeVisible();
    await tree.getByRole('button', { name: '새 파일' }).click();
    await page.keyboard.type('Dockerfile');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /~\/api\/Dockerfile을 빌드해요/ })).toBeVisible();
    // The new file has the keyboard: type straight away.
    await expect(page.locator('.gorae-editor .monaco-editor [role="textbox"]')).toBeFocused();
    await page.keyboard.type('FROM alp');
    await expect(page.locator('.suggest-widget')).toContainText('alpine');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('editor-save-status')).toHaveText('저장했어요');

    await focusTerminal(page);
    await page.keyboard.type('touch made-in-shell.txt');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    await expect(tree.getByRole('button', { name: 'made-in-shell.txt', exact: true })).toBeVisible();

    // The open file, saved and unchanged here, follows what the shell writes into it.
    await page.keyboard.type('echo FROM busybox > api/Dockerfile');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    await expect(editorLines(page)).toHaveText('FROM busybox');
  });

  test('speaks English with ?lang=en', async ({ page }) => {
    await openGorae(page, '/?seed=1&lang=en');
    await page.getByRole('button', { name: 'Open the editor' }).click();
    const tree = page.getByRole('navigation', { name: 'Files in your home folder' });
    await tree.getByRole('button', { name: 'site/', exact: true }).click();
    await tree.getByRole('button', { name: 'Dockerfile', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Build ~/site/Dockerfile: save it and type docker build into the terminal' })).toBeVisible();
    await page.locator('.gorae-editor .view-line', { hasText: 'COPY' }).locator('span', { hasText: /^COPY$/ }).first().hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: 'Copies files and folders from the build context' })).toBeVisible();
  });
});
