// End-to-end: News Lens installed from its vsix in a real VS Code (code-server 4.100.3, VS Code 1.100.3),
// driven in headless chromium the way a user works: hover a name, look at the squiggle and the Problems
// panel, open the Outline, read the status item. Fixture: test/e2e/fixtures/flood-defences.article.
// Fails when VS Code does not start; without code-server it is skipped with a message, except under CI.
import assert from 'node:assert/strict';
import { hoverUntil, runCommand, screenshot, textCentre } from './workbench.mjs';
import { workbenchSession } from './session.mjs';

const FIXTURE = 'flood-defences.article';
/** Screenshot regions in the 1280×760 window: the editor's upper part (where the article and hovers are). */
const EDITOR_TOP = { x: 348, y: 30, width: 932, height: 390 };

describe('News Lens in a real VS Code (code-server + chromium)', function () {
  this.timeout(180_000);
  const session = workbenchSession(FIXTURE, { width: 1280, height: 760 });

  it('hovering a person shows their role', async () => {
    const hover = await hoverUntil(session.page, 'Priya Raman', 'Environment Secretary');
    const text = await hover.innerText();
    assert.match(text, /Priya Raman/);
    assert.match(text, /Environment Secretary/);
    await screenshot(session.page, 'hover', EDITOR_TOP);
    await session.page.mouse.move(5, 5);
  });

  it('the unattributed quote has a squiggle, and the Problems panel lists unattributed-quote for it', async () => {
    const squiggle = session.page.locator('.monaco-editor .view-overlays .squiggly-warning').first();
    await squiggle.waitFor({ timeout: 30_000 });
    const quote = await textCentre(session.page, 'Nobody in this valley');
    const mark = await squiggle.boundingBox();
    assert.ok(quote && mark, 'quote and squiggle are on screen');
    assert.ok(mark.y >= quote.top - 2 && mark.y <= quote.bottom + 2, `the squiggle (y ${mark.y}) is on the quote's line (${quote.top}–${quote.bottom})`);
    const squiggles = await session.page.locator('.monaco-editor .view-overlays .squiggly-warning').count();
    assert.equal(squiggles, 1, 'one squiggle: the attributed quotes have none');

    await runCommand(session.page, 'Focus on Problems View');
    const rows = session.page.locator('.markers-panel .monaco-list-row');
    const flagged = rows.filter({ hasText: 'unattributed-quote' });
    await flagged.first().waitFor({ timeout: 30_000 });
    assert.equal(await flagged.count(), 1, 'one unattributed-quote problem');
    const row = await flagged.first().innerText();
    assert.match(row, /Nobody in this valley/);
    assert.match(row, /news-lens/);
    assert.match(row, /Ln 5/);
    const warnings = await session.page.locator('#status\\.problems').getAttribute('aria-label');
    assert.match(warnings ?? '', /Warnings: [1-9]/);
    await hoverUntil(session.page, 'Nobody in this valley', 'unattributed-quote');
    await screenshot(session.page, 'problems', { x: 348, y: 30, width: 932, height: 560 });
    await session.page.mouse.move(5, 5);
  });

  it('the Outline lists the speakers, their quotes beneath them, and the unattributed quote apart', async () => {
    // Give the Outline the sidebar: collapse the folder view above it.
    await runCommand(session.page, 'Focus on Outline View');
    const folders = session.page.locator('.pane-header', { hasText: 'workspace' }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const tree = session.page.locator('.outline-pane .monaco-list[role="tree"]');
    await tree.locator('.monaco-list-row', { hasText: 'Tom Reid' }).waitFor({ timeout: 30_000 });
    const rows = await tree.locator('.monaco-list-row').evaluateAll((els) =>
      els
        .map((e) => ({ index: Number(e.getAttribute('data-index')), level: Number(e.getAttribute('aria-level')), label: e.innerText.replace(/\s+/g, ' ').trim() }))
        .sort((a, b) => a.index - b.index),
    );
    const top = rows.filter((r) => r.level === 1).map((r) => r.label);
    assert.ok(top.some((l) => l.startsWith('Priya Raman')), `Priya Raman in ${top.join(' | ')}`);
    assert.ok(top.some((l) => l.startsWith('Tom Reid')), `Tom Reid in ${top.join(' | ')}`);
    assert.ok(top.some((l) => /^Unattributed/i.test(l)), `an Unattributed entry in ${top.join(' | ')}`);
    const beneath = (speaker) => {
      const at = rows.findIndex((r) => r.level === 1 && r.label.startsWith(speaker));
      const children = [];
      for (let i = at + 1; i < rows.length && rows[i].level > 1; i++) children.push(rows[i].label);
      return children;
    };
    assert.ok(beneath('Priya Raman').some((l) => l.includes('We have learned')), `her quote beneath her: ${beneath('Priya Raman')}`);
    assert.ok(beneath('Tom Reid').some((l) => l.includes('too little, too late')), `his quote beneath him: ${beneath('Tom Reid')}`);
    await screenshot(session.page, 'outline', { x: 0, y: 30, width: 1280, height: 400 });
  });

  it('the grammar scopes the article: the token inspector shows a quotation, a date and the byline', async () => {
    const inspect = async (word, scope) => {
      const at = await textCentre(session.page, word);
      assert.ok(at, `"${word}" is on screen`);
      await session.page.mouse.click(at.x, at.y);
      await runCommand(session.page, 'Developer: Inspect Editor Tokens and Scopes');
      const widget = session.page.locator('.token-inspect-widget');
      await widget.filter({ hasText: scope }).waitFor({ timeout: 15_000 });
      await session.page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden', timeout: 5000 });
    };
    await inspect('valley believes', 'string.quoted.double.article');
    await inspect('12 March 2026', 'constant.numeric.date.article');
    await inspect('Hannah Cole', 'entity.name.tag.author.article');
  });

  it('the status item shows the counts of people, quotes and unattributed quotes', async () => {
    const item = session.page.locator('#status\\.languageStatus');
    const summary = /News Lens: [1-9]\d* (?:people|person) · [1-9]\d* quotes? · 1 unattributed/;
    await item.and(session.page.locator(`[aria-label*="News Lens:"]`)).waitFor({ timeout: 30_000 });
    assert.match((await item.getAttribute('aria-label')) ?? '', summary);
    await item.click();
    const popup = session.page.locator('.monaco-hover:not(.hidden)', { hasText: 'News Lens:' });
    await popup.first().waitFor({ timeout: 15_000 });
    assert.match(await popup.first().innerText(), summary);
    await screenshot(session.page, 'status', { x: 348, y: 500, width: 932, height: 260 });
  });
});
