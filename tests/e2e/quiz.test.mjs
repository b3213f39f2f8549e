// Quiz journeys against the release build: five visitors, each checked with
// axe at every step; two of them use the keyboard alone. Also the printed
// plan (PDF) and screenshots of a question and the plan at two sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { serve } from './lib/server.mjs';
import { launch, open, shot } from './lib/browser.mjs';
import { axeClean, activeInfo, tabTo, waitForNewHeading, answerByMouse, answerByKeyboard, assertClean, openAllSections } from './lib/quiz.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const stepText = (page) => page.textContent('.mg-progress__text');
/**
 * Runs a whole visitor: from the welcome screen, each step's answers, axe at
 * every screen. `steps` is a list of option-code lists, one per question.
 */
async function journey(page, steps, { keyboard = false, totals = [] } = {}) {
  await page.waitForSelector('.mg h1');
  await axeClean(page, 'welcome');
  if (keyboard) {
    await tabTo(page, (a) => a.text === 'Start', 'Start');
    await page.keyboard.press('Enter');
  } else {
    await page.click('text=Start');
  }
  await waitForNewHeading(page, 'Microneedling guide');
  for (const [i, codes] of steps.entries()) {
    if (totals[i]) assert.equal(await stepText(page), `Step ${i + 1} of ${totals[i]}`);
    await axeClean(page, `question ${i + 1}`);
    const heading = keyboard ? await answerByKeyboard(page, codes) : await answerByMouse(page, codes);
    if (i === steps.length - 1) assert.equal(heading, 'Your microneedling plan');
  }
  await page.waitForSelector('.mg-plan');
  await axeClean(page, 'plan');
  // Open every myth too: the hidden parts must pass as well.
  await openAllSections(page);
  for (const s of await page.$$('.mg-myth summary')) await s.click();
  await axeClean(page, 'plan with myths open');
  return page.textContent('.mg-plan');
}

async function sections(page) {
  return page.$$eval('.mg-plan__section', (els) => els.map((e) => [...e.classList].find((c) => c.startsWith('mg-plan__section--')).slice(18)));
}


const COMMON = ['verdict', 'numbers', 'downtime', 'aftercare', 'home-devices', 'provider-questions', 'myths', 'notice', 'answers', 'sources'];

test('visitor 1 (keyboard only): rolling and boxcar scars, type II skin: likely to help', async () => {
  const { context, page, log } = await open(browser, server.origin + '/');
  const plan = await journey(page, [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']], { keyboard: true, totals: [6, 6, 6, 6, 6, 6] });
  assert.ok(await page.$('.mg-verdict--likely'));
  assert.match(plan, /Microneedling is worth asking about/);
  assert.match(plan, /Rolling scars are wide and wavy/);
  assert.match(plan, /Boxcar scars are round dents/);
  assert.match(plan, /Subcision/);
  const s = await sections(page);
  for (const name of [...COMMON, 'scars', 'severity']) assert.ok(s.includes(name), `section ${name}`);
  assert.ok(!s.includes('skin-tone'), 'no dark-mark caution for type II');
  assert.equal(await page.$$eval('.mg-myth', (m) => m.length), 6);
  assert.match(page.url(), /#a=v=2&s=bx\.rl&g=3&c=none&f=2&x=none&d=2&k=86b6a7$/);
  await shot(page, 'plan-1280x800');

  // The printed plan: no controls, one or two pages.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.mg-plan__actions'), false, 'buttons hidden in print');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/plan.pdf', pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `printed plan has ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });

  // A reload resumes on the plan; Start over clears the answers and the link.
  await page.reload();
  await page.waitForSelector('.mg-plan');
  await page.click('text=Start over');
  await page.waitForSelector('.mg-quiz');
  assert.equal(await stepText(page), 'Step 1 of 6');
  assert.ok(!page.url().includes('#a='), page.url());
  assertClean(log, server.origin);
  await context.close();
});

test('visitor 2 (phone): ice pick scars with type V skin: the dark-mark caution is there', async () => {
  const { context, page, log } = await open(browser, server.origin + '/', PHONE);
  await page.waitForSelector('.mg h1');
  await page.click('text=Start');
  await page.waitForSelector('.mg-quiz');
  await shot(page, 'question-390x844');
  await page.click('.mg-quiz label:has(input[value="ns"])');
  await page.waitForSelector('.mg-guide');
  await axeClean(page, 'guide open');
  await shot(page, 'guide-390x844');
  await page.click('.mg-quiz label:has(input[value="ns"])');
  await page.click('text=Back');
  await page.waitForSelector('.mg-welcome');
  const plan = await journey(page, [['ip'], ['2'], ['fl'], ['5'], ['none'], ['7']]);
  assert.ok(await page.$('.mg-verdict--likely'));
  assert.match(plan, /Ice pick scars are narrow and deep/);
  assert.match(plan, /TCA CROSS/);
  const s = await sections(page);
  for (const name of [...COMMON, 'scars', 'severity', 'concerns', 'skin-tone']) assert.ok(s.includes(name), `section ${name}`);
  assert.match(await page.textContent('.mg-plan__section--skin-tone'), /dark marks/);
  assert.match(await page.textContent('.mg-plan__section--concerns'), /Fair to weak evidence/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scroll on the plan at 390 px');
  await shot(page, 'plan-390x844');
  assertClean(log, server.origin);
  await context.close();
});

test('visitor 3 (keyboard only): keloid tendency: talk to a provider first, keloid reason shown', async () => {
  const { context, page, log } = await open(browser, server.origin + '/');
  const plan = await journey(page, [['bx'], ['2'], ['none'], ['3'], ['kt'], ['2']], { keyboard: true });
  assert.ok(await page.$('.mg-verdict--discuss'));
  assert.match(plan, /Talk to a provider first/);
  assert.match(await page.textContent('.mg-verdict__reasons'), /keloids/);
  assert.match(await page.textContent('.mg-plan__section--provider-questions'), /keloid risk/);
  assertClean(log, server.origin);
  await context.close();
});

test('visitor 4: flat marks only: marks are not scars, and the grading question is skipped', async () => {
  const { context, page, log } = await open(browser, server.origin + '/');
  await page.waitForSelector('.mg h1');
  await page.click('text=Start');
  await page.waitForSelector('.mg-quiz');
  await shot(page, 'question-1280x800');
  await page.click('text=Back');
  const plan = await journey(page, [['ph', 'pe'], ['none'], ['3'], ['none'], ['0']], { totals: [6, 5, 5, 5, 5] });
  assert.ok(await page.$('.mg-verdict--discuss'));
  assert.match(await page.textContent('.mg-verdict__reasons'), /are not scars/);
  assert.match(plan, /Brown or grey marks are not scars/);
  assert.match(plan, /Pink or red marks are not scars/);
  const s = await sections(page);
  assert.ok(!s.includes('severity'), 'no grading for flat marks');
  assert.match(await page.textContent('.mg-plan__section--provider-questions'), /flat marks/);
  assertClean(log, server.origin);
  await context.close();
});

test('visitor 5: active breakout and isotretinoin: not right now, both reasons listed', async () => {
  const { context, page, log } = await open(browser, server.origin + '/');
  const plan = await journey(page, [['rl'], ['4'], ['tx'], ['4'], ['ab', 'is'], ['7']]);
  assert.ok(await page.$('.mg-verdict--wait'));
  assert.match(plan, /Not right now/);
  const reasons = await page.textContent('.mg-verdict__reasons');
  assert.match(reasons, /pimples or an infection/);
  assert.match(reasons, /isotretinoin/);
  // Change the safety answer: the plan updates.
  await page.click('.mg-answers__change >> nth=4');
  await page.waitForSelector('.mg-quiz');
  await axeClean(page, 'changing an answer');
  await page.click('.mg-quiz label:has(input[value="ab"])');
  await page.click('.mg-nav__next');
  await page.waitForSelector('.mg-plan');
  assert.ok(await page.$('.mg-verdict--discuss'), 'isotretinoin alone: talk first');
  assertClean(log, server.origin);
  await context.close();
});

test('a tampered link warns in the console and the widget still works', async () => {
  const { context, page, log } = await open(browser, server.origin + '/#a=v=1&s=ip.zz&g=<b>&x=none.ab&junk');
  await page.waitForSelector('.mg-quiz');
  const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text).join('\n');
  assert.match(warnings, /unknown value "zz"/);
  assert.match(warnings, /"junk"/);
  assert.equal(await stepText(page), 'Step 2 of 6');
  await axeClean(page, 'resumed from a tampered link');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a damaged link (cut short or edited) shows the damaged-link screen, then a fresh quiz', async () => {
  const good = 'v=2&s=bx.rl&g=3&c=none&f=2&x=none&d=2&k=86b6a7';
  for (const [name, hash] of [['cut', good.slice(0, 20)], ['edited', good.replace('s=bx.rl', 's=ip')]]) {
    const { context, page, log } = await open(browser, `${server.origin}/#a=${hash}`, PHONE);
    await page.waitForSelector('.mg-damaged');
    assert.equal(await page.textContent('.mg-damaged h1'), 'This saved link is damaged');
    assert.equal(await page.$('.mg-plan'), null, 'no plan from a damaged link');
    const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text).join('\n');
    assert.match(warnings, /saved answers: the link is damaged/);
    assert.ok(!page.url().includes('#a='), `the damaged link is cleared: ${page.url()}`);
    await axeClean(page, `damaged link (${name})`);
    if (name === 'cut') {
      await shot(page, 'damaged-link-390x844');
      // Keyboard: Tab reaches the fresh start first, Enter starts the quiz.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').shadowRoot.activeElement?.textContent), 'Answer the questions again');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.mg-quiz');
      assert.equal(await stepText(page), 'Step 1 of 6');
      assert.equal(await page.$$eval('.mg-quiz input:checked', (i) => i.length), 0);
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('embed mode keeps answers out of the host URL and starts at h2', async () => {
  const { context, page } = await open(browser, server.origin + '/?mode=embed&start=quiz');
  await page.waitForSelector('.mg-quiz');
  assert.equal(await page.$('.mg h1'), null);
  await page.click('.mg-quiz label:has(input[value="rl"])');
  await page.click('.mg-nav__next');
  await page.waitForSelector('text=Step 2 of 6');
  assert.ok(!page.url().includes('#'), page.url());
  await context.close();
});

test('the narrowest phone (320 px): question, guide and plan never scroll sideways', async () => {
  for (const hash of ['', '#a=v=1&s=ns', '#a=v=1&s=ip.kl.ns&g=2&c=fl.me&f=5&x=kt.ab&d=7']) {
    const { context, page } = await open(browser, `${server.origin}/?start=quiz${hash}`, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.waitForSelector('.mg-quiz, .mg-plan');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `no horizontal scroll at 320 px for "${hash}"`);
    const small = await page.$$eval('.mg button, .mg label.mg-option, .mg summary', (els) => els
      .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && (r.height < 24 || r.width < 24)).length);
    assert.equal(small, 0, 'every target at least 24 px');
    await axeClean(page, `320 px ${hash}`);
    await context.close();
  }
});
