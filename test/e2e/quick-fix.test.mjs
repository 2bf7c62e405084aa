// End-to-end: a quick fix applied the way a user applies it in a real VS Code (code-server + chromium):
// put the cursor on the unattributed quote, press Ctrl+. , pick "Add an attribution placeholder" in the
// menu; the line shows the placeholder, the squiggle goes, and the saved file holds the fixed article.
import assert from 'node:assert/strict';
import { readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/e2e/code-server.mjs';
import { screenshot, textCentre } from './workbench.mjs';
import { workbenchSession } from './session.mjs';

const FIXTURE = 'flood-defences.article';
const QUOTE = '“Nobody in this valley believes the money will arrive before the next flood.”';
const FIXED = '“Nobody in this valley believes the money will arrive before the next flood,” [SPEAKER] said.';
const TITLE = 'Add an attribution placeholder';

/** Resolves when the file's content satisfies `accept` (checked now and on every change event), or rejects at the deadline. */
function fileWhen(path, accept, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    let watcher;
    const done = (fn, value) => {
      clearTimeout(timer);
      watcher?.close();
      fn(value);
    };
    const check = () => {
      const text = readFileSync(path, 'utf8');
      if (accept(text)) done(resolve, text);
    };
    const timer = setTimeout(() => done(reject, new Error(`${path} did not change as expected within ${timeoutMs} ms:\n${readFileSync(path, 'utf8')}`)), timeoutMs);
    watcher = watch(path, () => check());
    check();
  });
}

describe('News Lens quick fix in a real VS Code (code-server + chromium)', function () {
  this.timeout(180_000);
  const session = workbenchSession(FIXTURE, { width: 1600, height: 760 });

  it('Ctrl+. on the unattributed quote, "Add an attribution placeholder": the text changes and the warning goes', async () => {
    assert.ok(readFileSync(session.file, 'utf8').includes(QUOTE));
    const squiggles = session.page.locator('.monaco-editor .view-overlays .squiggly-warning');
    // The squiggle means the server has published: its code actions are there to ask for.
    await squiggles.first().waitFor({ timeout: 60_000 });
    const at = await textCentre(session.page, 'valley believes');
    assert.ok(at, 'the quote is on screen');
    await session.page.mouse.click(at.x, at.y);
    const item = session.page.locator('.action-widget .monaco-list-row', { hasText: TITLE });
    // The menu may open before the actions arrive (it then lists none): close it and ask again, to a deadline.
    const deadline = Date.now() + 45_000;
    for (;;) {
      await session.page.keyboard.press('Control+Period');
      try {
        await item.first().waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await session.page.keyboard.press('Escape');
      }
    }
    await screenshot(session.page, 'quick-fix', { x: 348, y: 30, width: 1252, height: 390 });
    // The menu keeps the pointer off while it opens (a pointer block over the page): choose with the keys,
    // as a keyboard user does — move the focus to the fix, then Enter.
    const focused = session.page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !((await focused.getAttribute('aria-label').catch(() => '')) ?? '').startsWith(TITLE); i++) await session.page.keyboard.press('ArrowDown');
    assert.match((await focused.getAttribute('aria-label')) ?? '', new RegExp(`^${TITLE}`));
    await session.page.keyboard.press('Enter');

    // What the editor shows: the line with the placeholder, and no squiggle left.
    await session.page.locator('.monaco-editor .view-line', { hasText: '[SPEAKER] said.' }).first().waitFor({ timeout: 15_000 });
    await squiggles.first().waitFor({ state: 'detached', timeout: 30_000 });
    // What the document holds, read back from disk after saving.
    // The whole expected article, not merely "changed": a save truncates the file before writing it, and a
    // change event can come in between.
    const expected = readFileSync(join(projectRoot, 'test', 'e2e', 'fixtures', FIXTURE), 'utf8').replace(QUOTE, FIXED);
    await session.page.keyboard.press('Control+S');
    const saved = await fileWhen(session.file, (text) => text === expected);
    assert.equal(saved.split('\n')[4], FIXED);
  });
});
