// Keyboard alone through the modes the quiz suite does not cover: a kiosk
// (attract screen, the "Still there?" dialog, Finish) and a clinic's embed
// on the demo page (Tab in from the page, through the quiz, out again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, open } from './lib/browser.mjs';
import { activeInfo, answerByKeyboard, assertClean, axeClean, tabTo, waitForNewHeading, axeCleanOnPausedClock } from './lib/quiz.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ANSWERS = [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']];

test('kiosk by keyboard: start, the whole quiz, the idle dialog, Finish', async () => {
  // Kiosk time runs on Playwright's clock, paused: the visit by keyboard
  // takes real time, and only `runFor` makes the ten idle seconds pass.
  const T0 = new Date('2026-11-30T09:00:00Z').getTime();
  const { context, page, log } = await open(browser, server.origin + '/?mode=kiosk&idle=10&countdown=60', { before: (p) => p.clock.install({ time: T0 }) });
  await page.waitForSelector('.mg-attract');
  await page.clock.pauseAt(T0 + 60_000);
  await tabTo(page, (a) => a.text === 'Tap to start', '"Tap to start"');
  await page.keyboard.press('Enter');
  await waitForNewHeading(page, '');
  for (const codes of ANSWERS) await answerByKeyboard(page, codes);
  await page.waitForSelector('.mg-plan');
  await axeCleanOnPausedClock(page, 'kiosk plan by keyboard');

  // Left alone: the dialog takes focus, and Tab cannot leave it.
  assert.equal(await page.$('.mg-dialog'), null, 'no prompt while the visitor types');
  await page.clock.runFor(11000);
  await page.waitForSelector('.mg-dialog');
  assert.equal((await activeInfo(page)).text, "I'm still here");
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    const a = await activeInfo(page);
    assert.ok(a.text === "I'm still here" || a.tag === 'BODY' || a.tag === 'MICRONEEDLING-GUIDE',
      `Tab stays out of the inert page behind the dialog: ${JSON.stringify(a)}`);
  }
  await tabTo(page, (a) => a.text === "I'm still here", '"I\'m still here"');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.mg-dialog', { state: 'detached' });
  // Focus goes back where it was, not to the top of the page.
  const back = await activeInfo(page);
  assert.ok(back.cls.includes('mg-nav') || back.cls.includes('mg-heading') || back.cls.includes('mg-button'),
    `focus returns into the widget: ${JSON.stringify(back)}`);
  assert.ok(await page.$('.mg-plan'), 'the plan survives "I\'m still here"');

  await tabTo(page, (a) => a.cls.includes('mg-kiosk__finish'), 'Finish');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.mg-attract');
  assert.equal(await page.$$eval('microneedling-guide', (h) => h[0].shadowRoot.querySelectorAll('input:checked').length), 0);
  // The next visitor can start by keyboard again.
  await tabTo(page, (a) => a.text === 'Tap to start', '"Tap to start" after Finish');
  assertClean(log, server.origin);
  await context.close();
});

test('embed on the clinic demo page by keyboard: Tab in, the whole quiz, Tab out', async () => {
  const { context, page, log } = await open(browser, server.origin + '/demo/clinic.html');
  const guide = page.locator('microneedling-guide').first();
  await guide.locator('.mg').waitFor();
  // From the top of the clinic's page, Tab reaches the first guide's Start.
  const startIn = async () => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const inFirst = await page.evaluate(() => {
        const host = document.querySelector('microneedling-guide');
        return document.activeElement === host && host.shadowRoot.activeElement?.textContent === 'Start';
      });
      if (inFirst) return;
    }
    assert.fail('could not Tab into the first guide');
  };
  await startIn();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-quiz'));
  const first = (sel) => page.evaluate((s) => document.querySelector('microneedling-guide').shadowRoot.querySelector(s)?.textContent, sel);
  let heading = await first('.mg-heading');
  for (const codes of ANSWERS) {
    const scoped = scopedPage(page);
    heading = await answerByKeyboard(scoped, codes);
  }
  assert.equal(heading, 'Your microneedling plan');
  assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-plan h2')?.tagName), 'H2', 'embed headings start at h2');
  await axeClean(page, 'embed plan by keyboard');
  // Tab goes on, out of the widget, to the clinic's next section (no trap).
  let left = false;
  for (let i = 0; i < 80 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => document.activeElement !== document.querySelector('microneedling-guide'));
  }
  assert.ok(left, 'Tab leaves the widget');
  assert.deepEqual(log.errors, []);
  await context.close();
});

/**
 * The quiz helpers look at the first widget on the page through
 * `document.activeElement`; on the demo page that is already the first
 * guide, so the page itself can be used, with selectors scoped to it.
 */
function scopedPage(page) {
  return new Proxy(page, {
    get(target, prop) {
      if (prop === 'textContent') return (sel) => target.locator('microneedling-guide').first().locator(sel).first().textContent();
      if (prop === 'isChecked') return (sel) => target.locator('microneedling-guide').first().locator(sel).first().isChecked();
      const v = target[prop];
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
