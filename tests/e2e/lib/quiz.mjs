// Shared steps for quiz journeys: focus tracking through the shadow root,
// answering by mouse or keyboard alone, and the clean-page checks.
import assert from 'node:assert/strict';
import { axe, foreignRequests } from './browser.mjs';

/** Fails with the rule list if axe finds anything on the page. */
export async function axeClean(page, where) {
  const v = await axe(page);
  assert.deepEqual(v, [], `axe violations at ${where}: ${JSON.stringify(v, null, 1)}`);
}

/** The focused element inside the widget's shadow root (or the page). */
export const activeInfo = (page) => page.evaluate(() => {
  const a = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement);
  return { tag: a?.tagName, type: a?.type, value: a?.value, cls: a?.className ?? '', text: a?.textContent?.trim() ?? '' };
});

/** Presses Tab until the focused element matches `pred`. */
export async function tabTo(page, pred, what) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (pred(await activeInfo(page))) return;
  }
  assert.fail(`could not Tab to ${what}`);
}

/** Waits until focus is on a screen heading other than `previous`; returns its text. */
export async function waitForNewHeading(page, previous) {
  await page.waitForFunction((prev) => {
    const a = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement);
    return a?.classList.contains('mg-heading') && a.textContent !== prev;
  }, previous);
  return page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement).textContent);
}

/** One question by mouse: click each option's row, then Next. */
export async function answerByMouse(page, codes) {
  for (const code of codes) await page.click(`.mg-quiz label:has(input[value="${code}"])`);
  const before = await page.textContent('.mg-heading');
  await page.click('.mg-nav__next');
  return waitForNewHeading(page, before);
}

/**
 * One question by keyboard: Space on checkboxes, arrow keys on radios, Enter
 * on Next. `nextLabel`, if given, must match the Next button's text.
 */
export async function answerByKeyboard(page, codes, nextLabel = null) {
  const before = await page.textContent('.mg-heading');
  const multi = await page.evaluate(() => !!document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-quiz input[type=checkbox]'));
  if (multi) {
    for (const code of codes) {
      await tabTo(page, (a) => a.tag === 'INPUT' && a.value === code, `option ${code}`);
      await page.keyboard.press('Space');
      assert.equal(await page.isChecked(`.mg-quiz input[value="${code}"]`), true, `${code} ticked`);
    }
  } else {
    await tabTo(page, (a) => a.tag === 'INPUT' && a.type === 'radio', 'the radio group');
    // The first arrow press selects a neighbour; walk until the wanted one.
    for (let i = 0; i < 12 && (await activeInfo(page)).value !== codes[0]; i++) {
      await page.keyboard.press('ArrowDown');
    }
    if (!(await page.isChecked(`.mg-quiz input[value="${codes[0]}"]`))) await page.keyboard.press('Space');
    assert.equal(await page.isChecked(`.mg-quiz input[value="${codes[0]}"]`), true, `${codes[0]} chosen`);
  }
  await tabTo(page, (a) => a.cls.includes('mg-nav__next'), 'Next');
  if (nextLabel) assert.match((await activeInfo(page)).text, nextLabel);
  await page.keyboard.press('Enter');
  return waitForNewHeading(page, before);
}

/** No page error, no console error (and, if `strict`, no warning), nothing off 127.0.0.1. */
export function assertClean(log, origin, { strict = false } = {}) {
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || (strict && m.type === 'warning')), []);
  assert.deepEqual(foreignRequests(log, origin), []);
}

/** On a narrow screen the plan's sections fold; this opens them all (nothing to do when wide). */
export async function openAllSections(page) {
  const button = page.locator('.mg-contents__all').first();
  if ((await button.count()) && (await page.locator('details.mg-fold:not([open])').count())) await button.click();
}

/**
 * `axeClean` for a page whose clock (Playwright's `page.clock`) is paused:
 * axe-core waits on timers, so the clock is stepped a millisecond at a time
 * until it finishes (a fraction of a second of page time).
 */
export async function axeCleanOnPausedClock(page, where) {
  let done = false;
  const run = axeClean(page, where).finally(() => { done = true; });
  while (!done) await page.clock.runFor(1);
  await run;
}
