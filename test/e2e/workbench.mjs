// What a user does in the VS Code workbench, for playwright: open a file from the Explorer, hover a word,
// run a command from the palette. Every wait is on something the page shows, with a deadline.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/e2e/code-server.mjs';

export async function openFile(page, name, languageName) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
  await row.click({ timeout: 60_000 });
  await page.locator('#status\\.editor\\.mode', { hasText: languageName }).waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-line', { hasText: /\S/ }).first().waitFor({ timeout: 30_000 });
}

/** The centre of the first appearance of `text` in the editor's rendered lines, or null when not shown. */
export function textCentre(page, text) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Monaco renders spaces as U+00A0.
        const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
        if (at < 0 || at + needle.length > node.textContent.length) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, top: box.top, bottom: box.bottom };
      }
    }
    return null;
  }, text);
}

/** The visible content hover (not the hidden glyph-margin one). */
export function visibleHover(page) {
  return page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
}

/**
 * Hovers `word` until a hover containing `expected` shows. The first hover can come before the extension
 * has activated and show nothing; moving away and back asks again.
 */
export async function hoverUntil(page, word, expected, deadlineMs = 45_000) {
  const deadline = Date.now() + deadlineMs;
  let lastText = '';
  while (Date.now() < deadline) {
    const at = await textCentre(page, word);
    if (!at) throw new Error(`"${word}" is not shown in the editor`);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    const hover = visibleHover(page).filter({ hasText: expected });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: Math.min(4000, Math.max(500, deadline - Date.now())) });
      return hover.first();
    } catch {
      lastText = (await visibleHover(page).allInnerTexts().catch(() => [])).join(' | ');
      await page.mouse.move(5, 5);
      await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
    }
  }
  throw new Error(`no hover with "${expected}" over "${word}" within ${deadlineMs} ms; last hover: ${lastText || '(none)'}`);
}

/** Runs a command from the palette by (part of) its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
}

/**
 * Saves a screenshot under test-results/e2e/, and under docs/screenshots/ too when NEWS_LENS_SCREENSHOTS is
 * set (`npm run screenshots`), so a test run does not rewrite the committed images. `clip` keeps the part
 * that shows the feature (smaller files for the README and the vsix).
 */
export async function screenshot(page, name, clip) {
  // Let any hover finish appearing (opacity 1) so that it is captured whole.
  await page
    .waitForFunction(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].every((h) => getComputedStyle(h).opacity === '1'), null, { timeout: 5000 })
    .catch(() => undefined);
  const dirs = [join(projectRoot, 'test-results', 'e2e')];
  if (process.env.NEWS_LENS_SCREENSHOTS) dirs.push(join(projectRoot, 'docs', 'screenshots'));
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`), clip });
  }
}
