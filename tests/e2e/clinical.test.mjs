// Clinical sign-off journeys (issue 11) through the real UI, in English and
// Spanish, at phone and desktop width: a visitor with a cold sore right now,
// a keloid-prone visitor, and a clinic wording file that tries to replace a
// safety reason and the privacy statement.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, open, shot } from './lib/browser.mjs';
import { axeClean, answerByMouse, waitForNewHeading, assertClean } from './lib/quiz.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const SIZES = [['390x844', PHONE], ['1280x800', {}]];

const T = {
  en: {
    start: 'Start', name: 'Microneedling guide', plan: 'Your microneedling plan',
    coldNow: 'A cold sore right now', coldPast: 'Cold sores in the past, but none right now',
    wait: 'Not right now', talk: 'Talk to a provider first',
    coldReason: /You have a cold sore right now\. That is an infection in the skin\. Wait until it has fully healed/,
    callHeading: 'When to call your provider', callSign: /A new cold sore/,
    firstDay: /For the first day, put only what your provider gives you on your skin/,
    keloidReason: /needling could start new ones/, specialist: /Needling with silicone/, sessions: /Sessions:/,
    privacy: 'Your answers stay on this device. Nothing is sent anywhere.',
  },
  es: {
    start: 'Empezar', name: 'Guía de microneedling', plan: 'Tu plan de microneedling',
    coldNow: 'Un fuego o herpes labial ahora mismo', coldPast: 'Fuegos o herpes labial en el pasado, pero ninguno ahora',
    wait: 'Por ahora no', talk: 'Habla antes con un profesional',
    coldReason: /Tienes un fuego o herpes labial ahora mismo\. Es una infección de la piel\. Espera a que sane del todo/,
    callHeading: 'Cuándo llamar a tu profesional', callSign: /Un fuego o herpes labial nuevo/,
    firstDay: /El primer día, ponte en la piel solo lo que te dé tu profesional/,
    keloidReason: /las agujas podrían causar nuevos/, specialist: /Agujas con silicona/, sessions: /Sesiones:/,
    privacy: 'Tus respuestas se quedan en este dispositivo. No se envía nada.',
  },
};

let server, browser;
before(async () => {
  const clinicFile = JSON.stringify({
    en: { plan: { reasons: { cold_sore_now: 'A cold sore is no problem. Go ahead.' } }, app: { privacy: 'Your answers are sent to our clinic.', start: 'Begin here' } },
    es: { plan: { reasons: { cold_sore_now: 'Un fuego no es problema.' } }, app: { privacy: 'Tus respuestas se envían a la clínica.', start: 'Comenzar aquí' } },
  });
  const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title><link rel="icon" href="data:,">
<script type="module" src="/microneedling-guide.js"></script></head>
<body><main><microneedling-guide lang="${lang}" content="/weaker.json"></microneedling-guide></main></body></html>`;
  server = await serve(undefined, { pages: { '/weaker-en.html': page('en'), '/weaker-es.html': page('es'), '/weaker.json': clinicFile } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** From the welcome screen through every question by mouse, with axe on each screen. */
async function journey(page, t, steps) {
  await page.waitForSelector('.mg h1');
  await page.click(`.mg-welcome .mg-button--primary`);
  await waitForNewHeading(page, t.name);
  for (const [i, codes] of steps.entries()) {
    if (codes.includes('cn') || codes.includes('kt')) await axeClean(page, `safety question ${i + 1}`);
    const heading = await answerByMouse(page, codes);
    if (i === steps.length - 1) assert.equal(heading, t.plan);
  }
  await page.waitForSelector('.mg-plan');
  await axeClean(page, 'plan');
}

const sectionText = (page, name) => page.textContent(`.mg-plan__section--${name}`);

for (const lang of ['en', 'es']) {
  const t = T[lang];

  test(`${lang}: a visitor with a cold sore right now is told to wait until it has healed`, async () => {
    for (const [size, ctx] of SIZES) {
      const { context, page, log } = await open(browser, `${server.origin}/?lang=${lang}`, ctx);
      // Rolling scars, seen at talking distance, nothing else, burns sometimes,
      // a cold sore right now, a day or two of redness.
      await page.waitForSelector('.mg h1');
      await page.click('.mg-welcome .mg-button--primary');
      await waitForNewHeading(page, t.name);
      for (const codes of [['rl'], ['3'], ['none'], ['3']]) await answerByMouse(page, codes);
      // The two cold sore answers are side by side and cannot be mistaken.
      const labels = await page.$$eval('.mg-quiz input[type=checkbox]', (inputs) => inputs.map((i) => [i.value, i.closest('label')?.textContent ?? '']));
      const now = labels.find(([v]) => v === 'cn');
      const past = labels.find(([v]) => v === 'cs');
      assert.ok(now[1].includes(t.coldNow) && past[1].includes(t.coldPast), JSON.stringify(labels));
      assert.equal(labels.findIndex(([v]) => v === 'cs'), labels.findIndex(([v]) => v === 'cn') + 1);
      await axeClean(page, 'safety question');
      if (size === '390x844') await shot(page, `clinical-${lang}-cold-sore-question-${size}`);
      await answerByMouse(page, ['cn']);
      const heading = await answerByMouse(page, ['2']);
      assert.equal(heading, t.plan);
      await page.waitForSelector('.mg-plan');
      await axeClean(page, 'plan');

      assert.ok(await page.$('.mg-verdict--wait'));
      assert.equal(await page.textContent('.mg-verdict__title'), t.wait);
      const reasons = await page.$$eval('.mg-verdict__reasons li', (li) => li.map((l) => l.textContent));
      assert.match(reasons[0], t.coldReason, 'the cold sore leads the reasons');
      assert.equal(await page.textContent('.mg-plan__section--warning-signs .mg-plan__heading'), t.callHeading);
      assert.match(await sectionText(page, 'warning-signs'), t.callSign);
      assert.match(await sectionText(page, 'aftercare'), t.firstDay);
      assert.match(await sectionText(page, 'answers'), new RegExp(t.coldNow));
      await shot(page, `clinical-${lang}-cold-sore-plan-${size}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `no sideways scroll at ${size}`);
      assertClean(log, server.origin, { strict: true });
      await context.close();
    }
  });

  test(`${lang}: a keloid-prone visitor with raised scars is never offered needling`, async () => {
    for (const [size, ctx] of SIZES) {
      const { context, page, log } = await open(browser, `${server.origin}/?lang=${lang}`, ctx);
      // Raised scars that stay put (no "how easy to see" question), nothing
      // else, type II skin, keloid tendency, a week of redness is fine.
      await journey(page, t, [['hy'], ['none'], ['2'], ['kt'], ['7']]);
      assert.ok(await page.$('.mg-verdict--discuss'));
      assert.equal(await page.textContent('.mg-verdict__title'), t.talk);
      assert.match(await page.textContent('.mg-verdict__reasons'), t.keloidReason);
      const plan = await page.textContent('.mg-plan');
      assert.doesNotMatch(plan, t.specialist, 'no needling with silicone for keloid-prone skin');
      assert.doesNotMatch(await sectionText(page, 'numbers'), t.sessions, 'no session count for raised scars only');
      assert.match(await sectionText(page, 'warning-signs'), t.callSign);
      await shot(page, `clinical-${lang}-keloid-plan-${size}`);
      assertClean(log, server.origin, { strict: true });
      await context.close();
    }
  });

  test(`${lang}: a clinic wording file cannot replace a safety reason or the privacy statement`, async () => {
    for (const [size, ctx] of SIZES) {
      const { context, page, log } = await open(browser, `${server.origin}/weaker-${lang}.html`, ctx);
      // The file arrives by fetch after the first render: the allowed change shows.
      const start = lang === 'en' ? 'Begin here' : 'Comenzar aquí';
      await page.waitForFunction((s) => document.querySelector('microneedling-guide')?.shadowRoot?.querySelector('.mg-welcome .mg-button--primary')?.textContent === s, start);
      assert.match(await page.textContent('.mg-welcome'), new RegExp(t.privacy.replace('.', '\\.')));
      await page.click('.mg-welcome .mg-button--primary');
      await waitForNewHeading(page, t.name);
      for (const codes of [['bx'], ['2'], ['none'], ['4'], ['cn'], ['0']]) await answerByMouse(page, codes);
      await page.waitForSelector('.mg-plan');
      const reasons = await page.textContent('.mg-verdict__reasons');
      assert.match(reasons, t.coldReason, 'the built-in safety reason stays');
      assert.doesNotMatch(reasons, /no problem|no es problema/);
      assert.equal(await page.textContent('.mg-verdict__title'), t.wait);
      await shot(page, `clinical-${lang}-clinic-file-plan-${size}`);
      const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text);
      for (const key of [`${lang}.plan.reasons.cold_sore_now`, `${lang}.app.privacy`]) {
        assert.ok(warnings.some((w) => w.includes(`\`${key}\``) && /safety text and cannot be changed/.test(w)), `${key}: ${JSON.stringify(warnings)}`);
      }
      assert.equal(warnings.length, 2, JSON.stringify(warnings));
      assertClean(log, server.origin);
      await context.close();
    }
  });
}
