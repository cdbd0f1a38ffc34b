import { expect, test } from '@playwright/test';
import { openGorae, outputOf, runCommand, terminalText } from './support/gorae';

test.describe('the diagram', () => {
  test('shows client, daemon and registry and an empty store at first', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    const diagram = page.getByTestId('diagram');
    await expect(diagram).toBeVisible();
    for (const id of ['diagram-client', 'diagram-daemon', 'diagram-registry']) await expect(diagram.getByTestId(id)).toBeVisible();
    await expect(diagram.getByTestId('diagram-image')).toHaveCount(0);
    await expect(diagram.getByTestId('diagram-caption')).toHaveAttribute('data-step', 'idle');
  });

  test('after docker run hello-world: the image with its layer and an exited container', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    await runCommand(page, 'docker run hello-world');

    const diagram = page.getByTestId('diagram');
    const image = diagram.getByTestId('diagram-image');
    await expect(image).toHaveCount(1);
    await expect(image).toHaveAttribute('data-tag', 'hello-world:latest');
    const layer = diagram.getByTestId('diagram-layer');
    await expect(layer).toHaveCount(1);
    await expect(layer).toContainText('COPY hello /');
    const container = diagram.getByTestId('diagram-container');
    await expect(container).toHaveCount(1);
    await expect(container).toHaveAttribute('data-state', 'exited');
    await expect(container).toHaveAttribute('data-exit-code', '0');
    await expect(container).toContainText('종료됨 (코드 0)');

    // The replay of the six steps ends on the finished container, with a Korean caption.
    const caption = diagram.getByTestId('diagram-caption');
    await expect(caption).toHaveAttribute('data-step', 'done', { timeout: 15_000 });
    await expect(caption).toContainText('종료 코드 0');
    await expect(diagram.getByTestId('diagram-steps').locator('li')).toHaveCount(7);

    // The text alternative says the same.
    await expect(diagram.getByTestId('diagram-text-image')).toContainText('hello-world:latest');
    await expect(diagram.getByTestId('diagram-text-container')).toContainText('종료됨 (코드 0)');

    // The terminal still fills its pane beside the diagram.
    const terminal = await page.locator('.terminal-pane').boundingBox();
    const panel = await page.locator('.diagram-pane').boundingBox();
    expect(terminal!.width).toBeGreaterThan(500);
    expect(panel!.x).toBeGreaterThanOrEqual(terminal!.x + terminal!.width - 1);
  });

  test('walks through the steps with English captions and skips the pull on the second run', async ({ page }) => {
    await openGorae(page, '/?seed=1&lang=en');
    await runCommand(page, 'docker run hello-world');
    const caption = page.getByTestId('diagram-caption');
    await expect(caption).toHaveAttribute('data-step', 'done', { timeout: 15_000 });
    await expect(caption).toContainText('exit code 0');

    await runCommand(page, 'docker run hello-world');
    await expect(page.getByTestId('diagram-container')).toHaveCount(2);
    await expect(page.getByTestId('diagram-layer')).toHaveCount(1);
    await expect(caption).toHaveAttribute('data-step', 'done', { timeout: 15_000 });
    const steps = page.getByTestId('diagram-steps').locator('li');
    await expect(steps).toHaveCount(5);
    await expect(steps.nth(2)).toHaveAttribute('data-step', 'create');
  });

  test('the splitter resizes the panes and the terminal keeps working', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    const splitter = page.getByTestId('splitter');
    const before = (await page.locator('.terminal-pane').boundingBox())!.width;
    await splitter.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => (await page.locator('.terminal-pane').boundingBox())!.width).toBeLessThan(before - 200);
    await runCommand(page, 'echo still-here');
    expect(outputOf(await terminalText(page), 'echo still-here')).toContain('still-here');
  });
});
