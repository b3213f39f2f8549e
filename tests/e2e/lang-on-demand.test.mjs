// The second language on demand (issue 14): the first load carries English
// only, and the Spanish text is fetched when a guide needs it. Its request is
// held back or made to fail to see what the visitor sees meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { axe, launch, open, shot } from './lib/browser.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SPANISH = /\.es\.json$/;
const spanishRequests = (log) => log.requests.filter((u) => SPANISH.test(new URL(u).pathname));
/** Resolves once the wasm has taken over the prerendered screen. */
const live = (page) => page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
/** A route for the Spanish file that waits for `release()` before it answers. */
function holdSpanish() {
  let release, asked;
  const held = new Promise((r) => { release = r; });
  const requested = new Promise((r) => { asked = r; });
  return { release, requested, route: (page) => page.route(SPANISH, async (route) => { asked(); await held; await route.continue(); }) };
}

test('standalone: Spanish is fetched only when picked; its button says it is getting ready until then', async () => {
  const hold = holdSpanish();
  const { context, page, log } = await open(browser, server.origin + '/', { locale: 'en-US', before: hold.route });
  await live(page);
  assert.equal(await page.textContent('.mg h1'), 'Microneedling guide');
  assert.deepEqual(spanishRequests(log), [], 'no Spanish text in the first load');
  await page.locator('.mg-lang__option[lang=es]').click();
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-lang__option[lang=es]')?.textContent === 'Preparando…');
  assert.equal(await page.textContent('.mg h1'), 'Microneedling guide', 'still English while it loads');
  assert.equal(spanishRequests(log).length, 1);
  assert.deepEqual(await axe(page), []);
  await shot(page, 'lang-getting-ready-1280x800');
  hold.release();
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg h1')?.textContent === 'Guía de microneedling');
  assert.equal(await page.getAttribute('.mg-lang__option[lang=es]', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('.mg-lang__option[lang=es]'), 'Español');
  assert.equal(await page.getAttribute('.mg', 'lang'), 'es');
  await shot(page, 'lang-es-1280x800');
  // Back and forth again: the text is kept, never fetched twice.
  await page.locator('.mg-lang__option[lang=en]').click();
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg h1')?.textContent === 'Microneedling guide');
  await shot(page, 'lang-en-1280x800');
  await page.locator('.mg-lang__option[lang=es]').click();
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg h1')?.textContent === 'Guía de microneedling');
  assert.equal(spanishRequests(log).length, 1);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  await context.close();
});

test('standalone: a Spanish text that cannot load keeps English, says so plainly and warns; a later pick tries again', async () => {
  let fail = true;
  const { context, page, log } = await open(browser, server.origin + '/', {
    locale: 'en-US',
    viewport: { width: 390, height: 844 },
    before: (p) => p.route(SPANISH, (route) => (fail ? route.abort('failed') : route.continue())),
  });
  await live(page);
  await page.locator('.mg-lang__option[lang=es]').click();
  const message = page.locator('.mg-lang__failed');
  await message.waitFor();
  assert.match(await message.textContent(), /El español no se pudo cargar/);
  assert.equal(await message.getAttribute('lang'), 'es');
  assert.equal(await page.textContent('.mg h1'), 'Microneedling guide', 'the visitor stays in English');
  assert.equal(await page.getAttribute('.mg-lang__option[lang=en]', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('.mg-lang__option[lang=es]'), 'Español');
  assert.ok(log.console.some((m) => m.type === 'warning' && /Español text could not load/.test(m.text)), JSON.stringify(log.console));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await axe(page), []);
  await shot(page, 'lang-failed-390x844');
  // The connection is back: the next pick tries again.
  fail = false;
  await page.locator('.mg-lang__option[lang=es]').click();
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg h1')?.textContent === 'Guía de microneedling');
  assert.equal(await page.locator('.mg-lang__failed').count(), 0);
  // The quiz works in the language it switched to.
  await page.locator('.mg-actions .mg-button--primary').click();
  await page.locator('.mg-quiz').waitFor();
  assert.match(await page.textContent('.mg-progress__text'), /Paso 1 de 6/);
  await context.close();
});

const embedPage = (attrs) => `<!doctype html><html lang="es"><title>Clínica</title><main><h1>Clínica</h1>
  <microneedling-guide ${attrs}></microneedling-guide></main>
  <script type="module" src="/microneedling-guide.js"></script>`;

test('embed with lang="es": the prerendered Spanish screen stays until the Spanish text is here; a tap meanwhile is kept', async () => {
  const embed = await serve(undefined, { pages: { '/es.html': embedPage('lang="es" clinic-name="Clínica Norte"') } });
  const hold = holdSpanish();
  const { context, page, log } = await open(browser, embed.origin + '/es.html', { locale: 'en-US', before: hold.route });
  const guide = page.locator('microneedling-guide');
  await guide.locator('.mg h2').waitFor();
  assert.equal(await guide.locator('.mg h2').textContent(), 'Guía de microneedling');
  // The wasm runs and asks for the Spanish text (it does so only once it
  // has started); Start, tapped while that is held back, says so.
  await hold.requested;
  assert.ok(log.requests.some((u) => u.endsWith('.wasm')));
  assert.equal(await page.evaluate(() => performance.getEntriesByName('mg-interactive').length), 0, 'not taken over yet');
  await guide.locator('.mg-actions .mg-button--primary').click();
  assert.equal(await guide.locator('.mg-actions .mg-button--primary').textContent(), 'Preparando…');
  assert.equal(await guide.locator('.mg-clinic__name').textContent(), 'Clínica Norte');
  hold.release();
  await guide.locator('.mg-quiz').waitFor();
  assert.match(await guide.locator('.mg-progress__text').textContent(), /Paso 1 de 6/);
  assert.equal(await guide.locator('.mg').first().getAttribute('lang'), 'es');
  assert.equal(spanishRequests(log).length, 1);
  assert.deepEqual(await axe(page, { include: [['microneedling-guide']] }), []);
  await shot(page, 'lang-embed-es-question-1280x800');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  await context.close();
  await embed.close();
});

test('embed with lang="es" whose Spanish text fails: English, the plain message, never a blank screen', async () => {
  const embed = await serve(undefined, { pages: { '/es.html': embedPage('lang="es"') } });
  const { context, page, log } = await open(browser, embed.origin + '/es.html', {
    before: (p) => p.route(SPANISH, (route) => route.fulfill({ status: 404, body: 'not here' })),
  });
  const guide = page.locator('microneedling-guide');
  await live(page);
  await guide.locator('.mg-lang__failed').waitFor();
  assert.equal(await guide.locator('.mg h2').textContent(), 'Microneedling guide');
  assert.ok(log.console.some((m) => m.type === 'warning' && /HTTP 404/.test(m.text)), JSON.stringify(log.console));
  assert.deepEqual(log.errors, []);
  await shot(page, 'lang-embed-es-failed-1280x800');
  await context.close();
  await embed.close();
});

test('a file from another build is refused with a warning, not shown', async () => {
  const { context, page, log } = await open(browser, server.origin + '/', {
    locale: 'en-US',
    before: (p) => p.route(SPANISH, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(['mg1:0000000000000000', 'Hola']) })),
  });
  await live(page);
  await page.locator('.mg-lang__option[lang=es]').click();
  await page.locator('.mg-lang__failed').waitFor();
  assert.equal(await page.textContent('.mg h1'), 'Microneedling guide');
  assert.ok(log.console.some((m) => m.type === 'warning' && /another build/.test(m.text)), JSON.stringify(log.console));
  await context.close();
});

test('kiosk: Español on the attract screen says it is getting ready until the text is here', async () => {
  const hold = holdSpanish();
  const { context, page, log } = await open(browser, server.origin + '/?mode=kiosk', { locale: 'en-US', hasTouch: true, before: hold.route });
  await live(page);
  // The kiosk asks for its languages up front, visitor after visitor picks one.
  await hold.requested;
  await page.tap('.mg-attract__langs button[lang=es]');
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-attract__langs button[lang=es]')?.textContent === 'Preparando…');
  assert.equal(await page.getAttribute('.mg--kiosk', 'lang'), 'en', 'English until the Spanish text is here');
  hold.release();
  await page.waitForSelector('.mg-attract__start:has-text("Toca para empezar")');
  assert.equal(await page.getAttribute('.mg--kiosk', 'lang'), 'es');
  assert.equal(await page.getAttribute('.mg-attract__langs button[lang=es]', 'aria-pressed'), 'true');
  assert.equal(spanishRequests(log).length, 1);
  await shot(page, 'lang-kiosk-es-1280x800');
  await context.close();
});
