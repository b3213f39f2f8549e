// The WordPress plugin in a real WordPress (Debian's 6.1 package) on
// 127.0.0.1: the zip installed through the admin screen, the guide added by an
// Author with the shortcode and with the block (saved through kses, as the
// editor saves), the quiz taken on the published pages, the settings page's
// defaults, a bad value's notice, the block editor's sidebar and preview, and
// uninstall. scripts/wordpress-env brings the site up and tears it down.
// Run after `trunk build --release --offline` (the zip packs dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { launch, open, shot } from '../e2e/lib/browser.mjs';
import { answerByMouse, waitForNewHeading } from '../e2e/lib/quiz.mjs';

const started = Date.now();
let port, base, browser, zip, posts;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const PLUGIN = 'microneedling-guide/microneedling-guide.php';

const freePort = () => new Promise((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
});
const php = (script, ...args) => JSON.parse(execFileSync('php', [script, ...args], { env: { ...process.env, MG_WP_PORT: String(port) }, encoding: 'utf8' }));

before(async () => {
  zip = execFileSync('scripts/pack-wordpress', ['--no-build'], { encoding: 'utf8' }).trim().split('\n').pop();
  port = await freePort();
  execFileSync('scripts/wordpress-env', ['up', String(port)], { stdio: ['ignore', 'inherit', 'inherit'] });
  base = `http://127.0.0.1:${port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  execFileSync('scripts/wordpress-env', ['down'], { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`# WordPress layer took ${Math.round((Date.now() - started) / 1000)} s (site up, tests, teardown)`);
});

/** A page signed in as `user` (or a visitor when null); nothing leaves 127.0.0.1. */
async function session(user, url, options = {}) {
  const s = await open(browser, `${base}/wp-login.php`, options);
  await s.context.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
  if (user) {
    await s.page.fill('#user_login', user);
    await s.page.fill('#user_pass', `${user}-test-only`);
    await Promise.all([s.page.waitForNavigation(), s.page.click('#wp-submit')]);
    // If not, WordPress's own message says why (a failure here has been seen once in many runs).
    const why = /wp-admin/.test(s.page.url()) ? '' : await s.page.textContent('#login_error').catch(() => 'no #login_error');
    assert.match(s.page.url(), /wp-admin/, `${user} signed in; WordPress said: ${why}`);
  }
  if (url) await s.page.goto(url.startsWith('http') ? url : base + url);
  return s;
}

/** The guide's element attributes and its rendered root, once it has started. */
async function guide(page, index = 0) {
  await page.waitForFunction((i) => document.querySelectorAll('microneedling-guide')[i]?.shadowRoot?.querySelector('.mg h2, .mg h1'), index);
  return page.evaluate((i) => {
    const el = document.querySelectorAll('microneedling-guide')[i];
    const root = el.shadowRoot.querySelector('.mg');
    const start = root.querySelector('.mg-welcome .mg-button--primary');
    return {
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      lang: root.getAttribute('lang'),
      heading: root.querySelector('h1, h2').tagName,
      startBg: start ? getComputedStyle(start).backgroundColor : null,
    };
  }, index);
}

async function takeQuiz(page, planTitle) {
  const before = await page.textContent('.mg-heading');
  await page.click('.mg-welcome .mg-button--primary');
  await waitForNewHeading(page, before);
  const steps = [['ip'], ['2'], ['fl'], ['5'], ['none'], ['7']];
  let heading;
  for (const codes of steps) heading = await answerByMouse(page, codes);
  assert.equal(heading, planTitle);
  await page.waitForSelector('.mg-plan');
}

test('an administrator installs the plugin zip through Plugins > Add New > Upload', async () => {
  const { context, page } = await session('admin', '/wp-admin/plugin-install.php?tab=upload');
  await page.setInputFiles('#pluginzip', zip);
  await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
  assert.match(await page.textContent('body'), /Plugin installed successfully/);
  await Promise.all([page.waitForNavigation(), page.click('a:text("Activate Plugin")')]);
  assert.match(await page.textContent('#message, .notice'), /Plugin activated/);
  assert.ok(await page.$('tr[data-plugin="microneedling-guide/microneedling-guide.php"].active'));
  await shot(page, 'wp-plugins');
  await context.close();
});

test('the settings page keeps good defaults, refuses a bad one with a notice', async () => {
  const { context, page } = await session('admin', '/wp-admin/options-general.php?page=microneedling-guide');
  await page.fill('#mng-clinic-name', 'Northside Skin Clinic');
  await page.fill('#mng-accent', '#7a2e8e');
  await page.fill('#mng-booking-url', 'https://northside-skin.example/book');
  await page.fill('#mng-phone', 'call us');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  const notice = await page.textContent('.notice-error, .error');
  assert.match(notice, /Phone number: "call us" cannot be used \(accepted: digits with spaces, \+, -, \( \) or \.\); the guide leaves it out\./);
  assert.equal(await page.locator('.settings-error').count(), 1, 'one notice, not one per sanitize pass');
  assert.equal(await page.inputValue('#mng-clinic-name'), 'Northside Skin Clinic');
  assert.equal(await page.inputValue('#mng-phone'), '', 'the bad value is not kept');
  assert.deepEqual(php('tests/wordpress/state.php').option, { 'clinic-name': 'Northside Skin Clinic', accent: '#7a2e8e', 'booking-url': 'https://northside-skin.example/book' });
  await shot(page, 'wp-settings');
  await context.close();
});

test('an Author saves the shortcode and the block; kses keeps both (and strips a pasted snippet)', () => {
  posts = php('tests/wordpress/posts.php');
  assert.equal(posts.authorHasUnfilteredHtml, false);
  assert.equal(posts.contributorHasUnfilteredHtml, false);
  assert.match(posts.shortcode.content, /\[microneedling_guide clinic_name="Northside Skin Clinic"/);
  assert.match(posts.block.content, /<!-- wp:microneedling-guide\/guide \{"clinicName":"Cl/);
  assert.match(posts.contributor.content, /wp:microneedling-guide\/guide/);
  assert.equal(posts.contributor.status, 'pending');
  assert.doesNotMatch(posts.snippet.content, /<script|<microneedling-guide/, 'what the issue reports: the raw snippet vanishes for an Author');
});

test('a visitor takes the quiz on the shortcode page (phone)', async () => {
  const { context, page, log } = await session(null, posts.shortcode.url, PHONE);
  const html = await page.content();
  assert.match(html, new RegExp(`<script type="module" src="${base}/wp-content/plugins/microneedling-guide/guide/microneedling-guide\\.js\\?ver=`));
  const g = await guide(page);
  assert.equal(g.attrs['clinic-name'], 'Northside Skin Clinic');
  assert.equal(g.attrs['booking-url'], 'https://northside-skin.example/book?day=mon&time=am', 'entities written by kses are decoded');
  assert.equal(g.attrs.mode, 'embed');
  assert.equal(g.attrs['share-verdict'], '');
  assert.equal(g.attrs['read-aloud'], undefined, 'read_aloud="false" is accepted and leaves it out');
  assert.equal(g.heading, 'H2');
  assert.equal(g.lang, 'en');
  assert.equal(g.startBg, 'rgb(122, 46, 142)');
  assert.equal(await page.$('.mng-notice'), null);
  await shot(page, 'wp-shortcode-phone');
  await takeQuiz(page, 'Your microneedling plan');
  assert.equal(await page.getAttribute('.mg-plan a[href^="https://northside"]', 'href'), 'https://northside-skin.example/book?day=mon&time=am');
  assert.match(await page.textContent('.mg'), /Northside Skin Clinic/);
  await shot(page, 'wp-shortcode-plan-phone');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || /microneedling-guide/.test(m.text)), []);
  await context.close();
});

test('a visitor takes the quiz on the block page, in Spanish (desktop)', async () => {
  const { context, page, log } = await session(null, posts.block.url);
  const g = await guide(page);
  assert.equal(g.attrs['clinic-name'], 'Clínica Sur');
  assert.equal(g.attrs.accent, '#1a7f37');
  assert.equal(g.attrs['read-aloud'], '', 'the block\'s "Listen" toggle');
  assert.equal(g.lang, 'es');
  assert.equal(g.attrs['booking-url'], 'https://northside-skin.example/book', 'the site default fills what the block leaves empty');
  await shot(page, 'wp-block-desktop');
  await takeQuiz(page, 'Tu plan de microneedling');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a bad value: visitors get the default and no note; editors see the note and an admin notice', async () => {
  const visitor = await session(null, posts.bad.url);
  const v = await guide(visitor.page);
  assert.equal(v.attrs.accent, undefined, 'left out, so the widget uses its teal');
  assert.equal(v.startBg, 'rgb(43, 106, 110)');
  assert.equal(v.attrs['clinic-name'], 'Typo Clinic');
  assert.equal(await visitor.page.$('.mng-notice'), null);
  await visitor.context.close();

  const author = await session('author', posts.bad.url);
  assert.match(await author.page.textContent('.mng-notice'), /accent="chartreuse" cannot be used \(accepted: #rgb, #rrggbb or rgb\(r, g, b\)\); the guide uses the built-in teal/);
  await shot(author.page, 'wp-bad-value-author');
  await author.page.goto(`${base}/wp-admin/edit.php`);
  const notices = await author.page.locator('.notice-warning').allTextContents();
  assert.ok(notices.some((n) => /"Guide with a typo" cannot use accent="chartreuse"/.test(n)), notices.join('\n'));
  await author.context.close();
});

test('markup in a value stays text, on the page and in the note', async () => {
  const { context, page, log } = await session('author', posts.markup.url);
  const g = await guide(page);
  // kses already took the handler out of the Author's block; the rest is text.
  assert.equal(g.attrs['clinic-name'], '"><img src="x">');
  assert.match(await page.textContent('.mng-notice'), /accent=""><img src="y">" cannot be used/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"], img[src="y"]').length), 0);
  assert.equal(await page.evaluate(() => window.__hit), undefined);
  assert.match(await page.textContent('.mg'), /"><img src="x">/, 'the widget shows the name as text');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a bare shortcode gets the settings page's defaults; a page without a guide gets nothing", async () => {
  const { context, page } = await session(null, posts.bare.url);
  const g = await guide(page);
  assert.equal(g.attrs['clinic-name'], 'Northside Skin Clinic');
  assert.equal(g.attrs.accent, '#7a2e8e');
  assert.equal(g.attrs['booking-url'], 'https://northside-skin.example/book');
  assert.equal(g.attrs.phone, undefined);
  await page.goto(posts.plain.url);
  assert.doesNotMatch(await page.content(), /microneedling/i);
  await context.close();
});

test('an Author changes the block in its sidebar; the editor preview is the real guide', async () => {
  const { context, page, log } = await session('author', `/wp-admin/post.php?post=${posts.block.id}&action=edit`, { viewport: { width: 1440, height: 1000 } });
  const frame = page;
  await frame.waitForSelector('.wp-block-microneedling-guide-guide microneedling-guide');
  await page.waitForFunction(() => document.querySelector('.wp-block-microneedling-guide-guide microneedling-guide')?.shadowRoot?.querySelector('.mg h2'));
  // Its edge: a click in the middle would press the preview's own buttons.
  await page.click('.wp-block-microneedling-guide-guide', { position: { x: 4, y: 4 } });
  const name = page.getByLabel('Clinic name');
  await name.waitFor();
  assert.equal(await name.inputValue(), 'Clínica Sur');
  await name.fill('Clínica Sur Dermatología');
  // A bad value: the preview shows the note editors see, and the default.
  await page.getByLabel('Accent colour').fill('red');
  await page.waitForSelector('.wp-block-microneedling-guide-guide .mng-notice:has-text(\'accent="red" cannot be used\')');
  assert.equal(await page.evaluate(() => document.querySelector('.wp-block-microneedling-guide-guide microneedling-guide').hasAttribute('accent')), false);
  await shot(page, 'wp-block-editor-bad-value');
  await page.getByLabel('Accent colour').fill('#b00020');
  await page.waitForFunction(() => document.querySelector('.wp-block-microneedling-guide-guide microneedling-guide')?.getAttribute('accent') === '#b00020');
  await shot(page, 'wp-block-editor');
  // The sidebar links to the configurator, which works from the plugin's folder.
  const configurator = await page.getAttribute('a[href$="/microneedling-guide/guide/configure.html"]', 'href');
  const cf = await open(browser, configurator);
  await cf.page.waitForSelector('html[data-ready]');
  assert.match(await cf.page.inputValue('#s-html'), new RegExp(`src="${base}/wp-content/plugins/microneedling-guide/guide/microneedling-guide\\.js"`));
  assert.deepEqual(cf.log.errors, []);
  assert.deepEqual(cf.log.console.filter((m) => m.type === 'error'), []);
  await cf.context.close();
  await page.click('.editor-post-publish-button, button:text("Update")');
  await page.waitForSelector('.components-snackbar, .components-notice.is-success');
  await page.goto(posts.block.url);
  const g = await guide(page);
  assert.equal(g.attrs['clinic-name'], 'Clínica Sur Dermatología');
  assert.equal(g.attrs.accent, '#b00020');
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** A new post written by the Author in the block editor; returns its published address. */
async function publishNew(title, body) {
  const { context, page, log } = await session('author', '/wp-admin/post-new.php', { viewport: { width: 1440, height: 1000 } });
  await page.waitForSelector('.editor-post-title__input, [aria-label="Add title"]');
  await page.click('.editor-post-title__input, [aria-label="Add title"]');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await body(page);
  await page.click('.editor-post-publish-panel__toggle');
  await page.click('.editor-post-publish-panel .editor-post-publish-button');
  await page.waitForSelector('.post-publish-panel__postpublish-buttons a');
  const link = await page.getAttribute('.post-publish-panel__postpublish-buttons a', 'href');
  return { context, page, log, link };
}

test('an Author adds the block from the inserter and publishes', async () => {
  const { context, page, link } = await publishNew('Guide added in the editor', async (p) => {
    await p.keyboard.type('/microneedling');
    await p.waitForSelector('.components-autocomplete__result:has-text("Microneedling guide")');
    await p.keyboard.press('Enter');
    await p.waitForSelector('.wp-block-microneedling-guide-guide microneedling-guide');
    await p.getByLabel('Clinic name').fill('Added Clinic');
    await p.waitForFunction(() => document.querySelector('.wp-block-microneedling-guide-guide microneedling-guide')?.getAttribute('clinic-name') === 'Added Clinic');
  });
  await page.goto(link);
  const g = await guide(page);
  assert.equal(g.attrs['clinic-name'], 'Added Clinic');
  await takeQuiz(page, 'Your microneedling plan');
  await context.close();
});

test('an Author types the shortcode in the editor', async () => {
  const { context, page, log, link } = await publishNew('Shortcode typed in the editor', async (p) => {
    await p.keyboard.type('[microneedling_guide clinic_name="Typed Clinic" lang="es"]');
  });
  await page.goto(link);
  const g = await guide(page);
  assert.equal(g.attrs['clinic-name'], 'Typed Clinic');
  assert.equal(g.lang, 'es');
  assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').textContent), 'Loading the microneedling guide…', 'the fallback stayed inside the element');
  await takeQuiz(page, 'Tu plan de microneedling');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a shortcode inside a sentence: WordPress's automatic <p> does not break it", async () => {
  const { context, page, log } = await session(null, posts.inline.url);
  const g = await guide(page);
  assert.equal(g.attrs['clinic-name'], 'Inline Clinic');
  assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').parentElement.tagName), 'P', 'wrapped by wpautop');
  assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').textContent), 'Loading the microneedling guide…', 'the fallback stayed inside the element');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("on a multisite, a site's administrator (no unfiltered_html) adds the guide; each site keeps its defaults", async () => {
  // Last before uninstall: the main site's pretty links change on a network.
  const { host } = php('tests/wordpress/multisite.php', 'convert');
  // What Tools > Network Setup asks an administrator to add to the configuration.
  await appendFile('/etc/wordpress/config-mgtest.php', `define('MULTISITE', true);\ndefine('SUBDOMAIN_INSTALL', false);\n` +
    `define('DOMAIN_CURRENT_SITE', '${host}');\ndefine('PATH_CURRENT_SITE', '/');\ndefine('SITE_ID_CURRENT_SITE', 1);\ndefine('BLOG_ID_CURRENT_SITE', 1);\n`);
  const r = php('tests/wordpress/multisite.php', 'check');
  assert.equal(r.networkActive, true);
  assert.equal(r.siteAdmin, true);
  assert.equal(r.superAdmin, false);
  assert.equal(r.unfilteredHtml, false);
  assert.match(r.saved, /<!-- wp:microneedling-guide\/guide \{"lang":"es"\} \/-->/);
  assert.match(r.saved, /\[microneedling_guide phone="555 010 4000"\]/);
  assert.match(r.rendered, /<microneedling-guide clinic-name="Second Clinic" accent="#1a7f37" lang="es" mode="embed">/);
  assert.match(r.rendered, /<microneedling-guide clinic-name="Second Clinic" accent="#1a7f37" phone="555 010 4000" mode="embed">/);
  assert.equal(r.mainSiteDefaults['clinic-name'], 'Northside Skin Clinic', "the main site's defaults are its own");
  assert.match(r.mainSiteRendered, /^<microneedling-guide clinic-name="Northside Skin Clinic" accent="#7a2e8e" booking-url="https:\/\/northside-skin\.example\/book" mode="embed">/);
});

test('the plugin raised no PHP notice or warning', async () => {
  const { readFile } = await import('node:fs/promises');
  const logged = await readFile(`${process.env.MG_WP_DIR ?? '/tmp/mg-wordpress'}/log/wp-debug.log`, 'utf8').catch(() => '');
  assert.deepEqual(logged.split('\n').filter((l) => /microneedling-guide/.test(l)), []);
});

test('deleting the plugin removes its options and notes', () => {
  const before = php('tests/wordpress/state.php');
  assert.equal(before.active, true);
  assert.ok(before.option);
  assert.ok(before.postNotes >= 1);
  execFileSync('php', ['-r', `
    require 'tests/wordpress/wp.php';
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    require_once ABSPATH . 'wp-admin/includes/file.php';
    wp_set_current_user(1);
    deactivate_plugins('${PLUGIN}');
    if (is_multisite()) deactivate_plugins('${PLUGIN}', false, true);
    $r = delete_plugins(array('${PLUGIN}'));
    if (is_wp_error($r) || !$r) { fwrite(STDERR, 'delete failed'); exit(1); }
  `], { env: { ...process.env, MG_WP_PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] });
  const now = php('tests/wordpress/state.php');
  assert.deepEqual(now, { option: null, postNotes: 0, active: false, installed: false, otherSites: [null] });
});
