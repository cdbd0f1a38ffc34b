import { expect, test } from '@playwright/test';
import { openGorae, runCommand } from './support/gorae';

test.describe('the diagram after docker run hello-world', () => {
  test('shows the pulled layer and the exited container, and lists their contents when clicked', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    await runCommand(page, 'docker run hello-world');
    const diagram = page.getByTestId('diagram');
    await expect(diagram.getByTestId('diagram-caption')).toHaveAttribute('data-step', 'done', { timeout: 15_000 });

    // The pulled image's one layer, labelled with its instruction and size.
    const layer = diagram.getByTestId('diagram-layer');
    await expect(layer).toHaveCount(1);
    await expect(layer).toContainText('COPY hello /');
    await expect(layer).toContainText(/\d(\.\d+)?kB/);
    // The exited container stands on it.
    const container = diagram.getByTestId('diagram-container');
    await expect(container).toHaveAttribute('data-state', 'exited');
    const layerBox = (await layer.boundingBox())!;
    const containerBox = (await container.boundingBox())!;
    expect(containerBox.y + containerBox.height).toBeLessThan(layerBox.y);

    // Clicking the layer lists the file it adds.
    await layer.click();
    const details = diagram.getByTestId('diagram-details');
    await expect(details).toHaveAttribute('data-kind', 'layer');
    const files = details.getByTestId('details-layer-files').locator('li');
    await expect(files).toHaveCount(1);
    await expect(files.first()).toHaveAttribute('data-kind', 'A');
    await expect(files.first()).toContainText('/hello');
    await expect(details).toContainText('hello-world:latest');

    // Clicking the container shows its logs, its (empty) diff and that nothing runs in it.
    await container.click();
    await expect(details).toHaveAttribute('data-kind', 'container');
    await expect(details.getByTestId('details-logs')).toContainText('Hello from Docker!');
    await expect(details).toContainText('컨테이너가 실행 중이 아니라서 프로세스가 없어요.');
    await expect(container).toHaveAttribute('aria-pressed', 'true');

    // Escape closes the details and gives focus back to the container pressed.
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(container).toBeFocused();
  });

  test('a running container shows its processes and its changed files; keyboard and text list open the same details', async ({ page }) => {
    test.setTimeout(60_000);
    await openGorae(page, '/?seed=1&lang=en');
    await runCommand(page, 'docker run -d --name web alpine sh -c "echo ready; touch /tmp/here; sleep 300"', 30_000);
    const diagram = page.getByTestId('diagram');
    const container = diagram.locator('[data-testid="diagram-container"][data-name="web"]');
    await expect(container).toHaveAttribute('data-state', 'running');

    // Keyboard: focus the container in the picture and press Enter.
    await container.focus();
    await page.keyboard.press('Enter');
    const details = diagram.getByTestId('diagram-details');
    await expect(details).toHaveAttribute('data-kind', 'container');
    await expect(details.getByTestId('details-processes')).toContainText('sleep 300');
    await expect(details.getByTestId('details-container-diff')).toContainText('/tmp/here');
    await expect(details.getByTestId('details-logs')).toContainText('ready');
    await details.getByTestId('details-close').click();
    await expect(details).toHaveCount(0);

    // The text alternative lists every layer and opens the layer's files too.
    await diagram.getByTestId('diagram-text').locator('summary').click();
    const base = diagram.getByTestId('diagram-text').getByRole('button', { name: /Layer: / }).first();
    await base.click();
    await expect(details).toHaveAttribute('data-kind', 'layer');
    await expect(details.getByTestId('details-layer-files')).toContainText('/bin/');
    await expect(details.getByTestId('details-layer-files').locator('li[data-kind="A"]').first()).toBeVisible();

    // Details of a container go away with the container.
    await container.click();
    await expect(details).toHaveAttribute('data-kind', 'container');
    await runCommand(page, 'docker rm -f web');
    await expect(details).toHaveCount(0);
  });
});

test.describe('the diagram during docker build', () => {
  test('shows each Dockerfile step, run the first time and from the cache the second', async ({ page }) => {
    test.setTimeout(60_000);
    await openGorae(page, '/?seed=1');
    // The starter project hello/ waits in the home folder.
    await runCommand(page, 'docker build -t hello hello', 30_000);
    const diagram = page.getByTestId('diagram');
    const caption = diagram.getByTestId('diagram-caption');
    await expect(caption).toHaveAttribute('data-step', 'built', { timeout: 20_000 });
    await expect(caption).toContainText('hello');
    const steps = diagram.getByTestId('diagram-build').locator('li');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText('FROM alpine');
    await expect(steps.nth(1)).toHaveAttribute('data-status', 'built');
    await expect(diagram.locator('[data-testid="diagram-image"][data-tag="hello:latest"]')).toHaveCount(1);

    await runCommand(page, 'docker build -t hello hello', 30_000);
    await expect(caption).toHaveAttribute('data-step', 'built', { timeout: 20_000 });
    await expect(steps.nth(1)).toHaveAttribute('data-status', 'cached');
    await expect(steps.nth(2)).toHaveAttribute('data-status', 'cached');
    await expect(steps.nth(1)).toContainText('캐시 사용');
  });
});

test.describe('the panes', () => {
  test('keep their sizes after a reload and can be dragged with a pointer', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    const pane = page.locator('.diagram-pane');
    const before = (await pane.boundingBox())!.width;
    const splitter = page.getByTestId('splitter');
    const grip = (await splitter.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
    await page.mouse.down();
    await page.mouse.move(grip.x - 120, grip.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await pane.boundingBox())!.width).toBeGreaterThan(before + 100);
    const dragged = (await pane.boundingBox())!.width;

    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.round((await pane.boundingBox())!.width)).toBe(Math.round(dragged - 16));
    await expect(splitter).toHaveAttribute('aria-valuenow', /\d+/);

    await page.reload();
    await page.waitForFunction(() => window.__gorae?.ready === true);
    await expect.poll(async () => Math.round((await page.locator('.diagram-pane').boundingBox())!.width)).toBe(Math.round(dragged - 16));
  });

  test('put the lesson above the diagram on a laptop and beside the terminal on a wide screen', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    const lesson = page.getByTestId('lesson-pane');
    test.skip((await lesson.evaluate((el) => el.childElementCount)) === 0, 'the lesson panel shows nothing yet');
    const diagram = page.locator('.diagram-pane');
    let box = (await lesson.boundingBox())!;
    expect((await diagram.boundingBox())!.y).toBeGreaterThan(box.y + box.height - 1);
    // On a 1280-wide window the terminal keeps room for Docker's 80 columns.
    expect((await page.locator('.terminal-pane').boundingBox())!.width).toBeGreaterThan(800);
    const splitter = page.getByTestId('splitter-lesson');
    await expect(splitter).toHaveAttribute('aria-orientation', 'horizontal');
    await splitter.focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => Math.round((await lesson.boundingBox())!.height)).toBe(Math.round(box.height + 64));

    await page.setViewportSize({ width: 1800, height: 1000 });
    await expect(splitter).toHaveAttribute('aria-orientation', 'vertical');
    box = (await lesson.boundingBox())!;
    const terminal = (await page.locator('.terminal-pane').boundingBox())!;
    expect(terminal.x).toBeGreaterThanOrEqual(box.x + box.width);
    expect((await diagram.boundingBox())!.x).toBeGreaterThanOrEqual(terminal.x + terminal.width);
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.round((await lesson.boundingBox())!.width)).toBe(Math.round(box.width + 16));
  });

  test('give an open editor a height of its own, resizable above the terminal', async ({ page }) => {
    await openGorae(page, '/?seed=1');
    const splitter = page.getByTestId('splitter-editor');
    await expect(splitter).toBeHidden();
    await page.getByTestId('editor-toggle').click();
    await expect(splitter).toBeVisible();
    const editor = page.getByTestId('editor-pane');
    const before = (await editor.boundingBox())!.height;
    await splitter.focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => Math.round((await editor.boundingBox())!.height)).toBe(Math.round(before + 64));
    const terminal = (await page.locator('.terminal-pane').boundingBox())!;
    expect(terminal.y).toBeGreaterThanOrEqual((await editor.boundingBox())!.y + before + 64);
  });

  test('stack in one column on a tablet held upright', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await openGorae(page, '/?seed=1');
    const terminal = (await page.locator('.terminal-pane').boundingBox())!;
    const diagram = (await page.locator('.diagram-pane').boundingBox())!;
    expect(diagram.y).toBeGreaterThanOrEqual(terminal.y + terminal.height - 1);
    expect(terminal.width).toBeGreaterThan(700);
    await expect(page.getByTestId('splitter')).toBeHidden();
    await runCommand(page, 'docker run hello-world');
    await page.getByTestId('diagram-layer').tap().catch(async () => page.getByTestId('diagram-layer').click());
    await expect(page.getByTestId('diagram-details')).toHaveAttribute('data-kind', 'layer');
  });
});
