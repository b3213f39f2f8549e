// Screenshots of every screen from two release builds, pixel-compared, and
// each screen's markup (the guide's shadow root, and where focus is)
// compared as text: a refactor's check that the widget looks and reads as
// before, to assistive tech too (a report, not a test).
// Welcome, every question, three plans, how it works, the kiosk's attract
// screen and the damaged-link screen, in English and Spanish, at 390x844 and
// 1280x800, with reduced motion. Writes the PNGs and the markup to
// /tmp/compare-screens, or to $COMPARE_OUT.
//
//   node scripts/compare-screens.mjs OLD_DIST NEW_DIST
//   (e.g. build an older commit in a git worktree with scripts/build)
import { mkdir } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { serve } from '../tests/e2e/lib/server.mjs';
import { launch } from '../tests/e2e/lib/browser.mjs';
import { answerByMouse, openAllSections, waitForNewHeading } from '../tests/e2e/lib/quiz.mjs';
import { pixelDiff } from '../tests/e2e/lib/a11y.mjs';
import { readFile } from 'node:fs/promises';
const [oldDist, newDist] = process.argv.slice(2);
if (!oldDist || !newDist) { console.error('usage: node scripts/compare-screens.mjs OLD_DIST NEW_DIST'); process.exit(2); }
const OUT = process.env.COMPARE_OUT ?? '/tmp/compare-screens';
await mkdir(OUT, { recursive: true });
const ANSWER_SETS = { a: [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']], b: [['ip'], ['1'], ['none'], ['5'], ['none'], ['2']] };
const browser = await launch();
async function live(page) {
  await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0, null, { timeout: 20000 });
  await page.waitForTimeout(300);
}
/** The guide's markup and, on its last line, the focused element. */
const MARKUP = () => {
  const root = document.querySelector('microneedling-guide')?.shadowRoot;
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  const focus = a ? `${a.tagName} id=${a.id} class=${a.getAttribute('class')} text=${(a.textContent ?? '').trim().slice(0, 60)}` : 'none';
  return `${root ? root.innerHTML : 'NO ROOT'}\nfocus: ${focus}\n`;
};
async function shots(tag, dist) {
  const server = await serve(dist);
  const names = [];
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    for (const lang of ['en', 'es']) {
      const ctx = await browser.newContext({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
      const page = await ctx.newPage();
      const snap = async (name) => {
        const n = `${w}-${lang}-${name}`;
        await page.screenshot({ path: `${OUT}/${tag}-${n}.png`, fullPage: true });
        await writeFile(`${OUT}/${tag}-${n}.html`, await page.evaluate(MARKUP));
        names.push(n);
      };
      const q = lang === 'es' ? '?lang=es' : '';
      for (const [set, answers] of Object.entries(ANSWER_SETS)) {
        await page.goto(server.origin + '/' + q); await live(page);
        if (set === 'a') await snap('welcome');
        const before = await page.textContent('.mg-heading');
        await page.click('.mg-welcome .mg-button--primary');
        await waitForNewHeading(page, before);
        for (const [i, codes] of answers.entries()) {
          if (set === 'a') await snap(`q${i + 1}`);
          try { await answerByMouse(page, codes); } catch (e) { console.log(tag, set, i, String(e).slice(0, 200)); break; }
        }
        await page.waitForSelector('.mg-plan');
        await openAllSections(page);
        await page.waitForTimeout(200);
        await snap(`plan-${set}`);
      }
      await page.goto('about:blank'); await page.goto(server.origin + '/' + q + '#a=v=1&s=bx.rl&g=3&c=fl&f=5&x=none&d=2'); await live(page); await openAllSections(page); await page.waitForTimeout(200); await snap('plan-link');
      await page.goto(server.origin + '/?start=how-it-works' + (lang === 'es' ? '&lang=es' : '')); await live(page); await snap('how');
      await page.goto(server.origin + '/?mode=kiosk' + (lang === 'es' ? '&lang=es' : '')); await live(page); await snap('kiosk');
      await page.goto('about:blank'); await page.goto(server.origin + '/' + q + '#a=v=2&s=ip&g=3&k=000000'); await live(page); await snap('damaged');
      await ctx.close();
    }
  }
  await server.close?.();
  return names;
}
const names = await shots('old', oldDist);
await shots('new', newDist);
const rows = [];
for (const n of names) {
  const [a, b] = [await readFile(`${OUT}/old-${n}.png`), await readFile(`${OUT}/new-${n}.png`)];
  const d = pixelDiff(a, b);
  const [ma, mb] = [await readFile(`${OUT}/old-${n}.html`, 'utf8'), await readFile(`${OUT}/new-${n}.html`, 'utf8')];
  let at = 0;
  while (at < ma.length && ma[at] === mb[at]) at++;
  const markup = ma === mb ? 'markup identical' : `markup differs at ${at}: ${JSON.stringify(ma.slice(Math.max(0, at - 40), at + 60))} -> ${JSON.stringify(mb.slice(Math.max(0, at - 40), at + 60))}`;
  rows.push(`${n}: ${d === 0 ? 'identical' : d === Infinity ? 'SIZE DIFFERS' : d + ' px differ'}; ${markup}`);
}
console.log(rows.join('\n'));
await browser.close();
