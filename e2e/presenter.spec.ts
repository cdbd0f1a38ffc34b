import { expect, test } from '@playwright/test';
import { openGorae, runCommand } from './support/gorae';

test.describe('presenter mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('?present: big terminal and diagram, the last command on show, no lesson panel; screenshot at 1920×1080', async ({ page }) => {
    test.setTimeout(60_000);
    await openGorae(page, '/?seed=1&present');
    await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('lesson-pane')).toBeHidden();
    const lastCommand = page.getByTestId('last-command');
    await expect(lastCommand).toBeVisible();

    await runCommand(page, 'docker run hello-world');
    await expect(lastCommand).toContainText('docker run hello-world');
    const fontSize = await page.locator('.xterm-rows').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(22);
    // Docker's widest line of the greeting (78 columns) still fits on one row of the terminal.
    const widest = '4. The Docker daemon streamed that output to the Docker client, which sent it';
    const rows = await page.locator('.xterm-rows > div').allTextContents();
    expect(rows.some((row) => row.replace(/\u00a0/g, ' ').includes(widest))).toBe(true);

    // The picture is drawn bigger than its own size, and the caption reads large.
    const svg = page.getByTestId('diagram-svg');
    const viewBoxWidth = Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
    expect((await svg.boundingBox())!.width).toBeGreaterThan(viewBoxWidth * 1.2);
    const caption = page.getByTestId('diagram-caption');
    expect(await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(22);
    // The replay is slower but gets to the end.
    await expect(caption).toHaveAttribute('data-step', 'done', { timeout: 20_000 });
    // Hangul comes from web-font slices fetched as text needs them: let them all arrive first.
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: 'test-results/presenter-1920x1080.png' });

    // On a smaller projector the terminal's type shrinks just enough to keep 80 columns.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.reload();
    await page.waitForFunction(() => window.__gorae?.ready === true);
    await runCommand(page, 'docker run hello-world');
    const rows720 = await page.locator('.xterm-rows > div').allTextContents();
    expect(rows720.some((row) => row.replace(/\u00a0/g, ' ').includes(widest))).toBe(true);
    expect(await page.locator('.xterm-rows').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);

    // The header button turns it off again, and the URL follows.
    await page.getByTestId('presenter-toggle').click();
    await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'false');
    await expect(lastCommand).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
    await expect
      .poll(() => page.locator('.xterm-rows').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
      .toBe(16);
  });
});
