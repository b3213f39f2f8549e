// Writes the kiosk page an operator opts in with: a copy of the built
// standalone page whose element says mode="kiosk" in the HTML itself. Only
// such a page registers the offline service worker; a link that adds
// ?mode=kiosk to the ordinary page shows the kiosk but installs nothing.
//
//   node scripts/kiosk-page.mjs [dist] [kiosk.html]
//
// Run it after every build (the page names the build's hashed files). The
// page must stay in the bundle's folder, next to sw.js.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The standalone page's HTML with its guide turned into a kiosk. `shim`,
 *  the built microneedling-guide.js, holds the prerendered first screens:
 *  with it, the page's prerendered welcome becomes the attract screen, so
 *  the kiosk shows that at once instead of switching when the shim runs. */
export function kioskPage(html, shim = null) {
  let out = html.replace(/<microneedling-guide\b([^>]*)>/, (tag, attrs) =>
    /\bmode=/.test(attrs) ? tag : `<microneedling-guide${attrs} mode="kiosk">`);
  if (out === html) throw new Error('kiosk-page: no <microneedling-guide> without a mode in the page');
  const pre = shim && /\bconst PRE = (\{.*\});\n/.exec(shim);
  if (pre) {
    const screens = JSON.parse(pre[1]).screens;
    out = out.replace(/(<div class=mg-host data-mg-pre=)standalone-(\w+)>[\s\S]*?<\/div><\/template>/, (all, open, lang) =>
      screens[`kiosk-${lang}`] ? `${open}kiosk-${lang}>${screens[`kiosk-${lang}`]}</div></template>` : all);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const name = process.argv[3] ?? 'kiosk.html';
  const shim = await readFile(join(dist, 'microneedling-guide.js'), 'utf8').catch(() => null);
  await writeFile(join(dist, name), kioskPage(await readFile(join(dist, 'index.html'), 'utf8'), shim));
  console.log(`kiosk-page: ${join(dist, name)}`);
}
