// The browser's own accessibility tree (what a screen reader gets), read
// through the DevTools protocol, and pixel comparisons for forced colours.
import { PNG } from 'pngjs';

const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;

/**
 * The accessibility tree under the `<microneedling-guide>` element (the
 * first one, or the one `selector` finds), with ignored nodes left out and
 * their children lifted up. Each node: { role, name, description, level,
 * checked, live, atomic, modal, children, text } where `text` is all the
 * static text inside it.
 */
export async function axTree(page, selector = 'microneedling-guide') {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { node: host } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const start = nodes.find((n) => n.backendDOMNodeId === host.backendNodeId);
    if (!start) throw new Error(`no accessibility node for ${selector}`);
    const build = (n) => {
      const kids = (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap(build);
      if (n.ignored || n.role?.value === 'InlineTextBox') return kids;
      const out = {
        role: n.role?.value ?? '',
        name: (n.name?.value ?? '').trim(),
        description: (n.description?.value ?? '').trim(),
        level: prop(n, 'level'),
        checked: prop(n, 'checked'),
        pressed: prop(n, 'pressed'),
        selected: prop(n, 'selected'),
        live: prop(n, 'live'),
        atomic: prop(n, 'atomic'),
        modal: prop(n, 'modal'),
        children: kids,
      };
      out.text = out.role === 'StaticText' ? out.name : kids.map((k) => k.text).filter(Boolean).join(' ');
      return [out];
    };
    return { role: 'host', name: '', children: build(start), text: '' };
  } finally {
    await cdp.detach();
  }
}

/** Every node below `tree` in document order. */
export function flatten(tree) {
  const out = [];
  const walk = (n) => { for (const k of n.children) { out.push(k); walk(k); } };
  walk(tree);
  return out;
}

export const find = (tree, pred) => flatten(tree).filter(pred);

/** Headings as [level, name], in reading order. */
export const headings = (tree) => find(tree, (n) => n.role === 'heading').map((n) => [Number(n.level), n.name]);

/**
 * Problems with a heading outline: the first heading must be `top`, no
 * heading may be above it, each may go at most one level deeper than the one
 * before, and every heading needs a name. Returns a list of complaints.
 */
export function outlineProblems(list, top) {
  const problems = [];
  if (list.length === 0) return ['no headings at all'];
  if (list[0][0] !== top) problems.push(`the first heading is h${list[0][0]}, expected h${top}: ${list[0][1]}`);
  list.forEach(([level, name], i) => {
    if (!name) problems.push(`h${level} #${i} has no name`);
    if (level < top) problems.push(`h${level} "${name}" is above the widget's top level h${top}`);
    if (i > 0 && level > list[i - 1][0] + 1) problems.push(`h${list[i - 1][0]} "${list[i - 1][1]}" is followed by h${level} "${name}" (a level skipped)`);
  });
  if (list.filter(([l]) => l === top).length > 1 && top === 1) problems.push('more than one h1');
  return problems;
}

/** Interactive roles that must carry a name. */
export const CONTROLS = new Set(['button', 'link', 'tab', 'radio', 'checkbox', 'slider', 'combobox',
  'spinbutton', 'textbox', 'switch', 'menuitem', 'DisclosureTriangle', 'listbox', 'searchbox']);

/** Controls without an accessible name, described for a failure message. */
export const unnamedControls = (tree) => find(tree, (n) => CONTROLS.has(n.role) && !n.name).map((n) => `${n.role} "${n.text.slice(0, 30)}"`);

/** Live regions: nodes that say how changes are announced (their roots). */
export function liveRegions(tree) {
  const out = [];
  const walk = (n, inside) => {
    for (const k of n.children) {
      const live = k.live && k.live !== 'off' && !inside;
      if (live) out.push(k);
      walk(k, inside || live);
    }
  };
  walk(tree, false);
  return out;
}

/** How many pixels differ (any channel by more than `tol`) between two PNGs
 *  of the same size, ignoring pixels inside the `mask` rectangles. */
export function pixelDiff(a, b, { tol = 24, mask = [] } = {}) {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (pa.width !== pb.width || pa.height !== pb.height) return Infinity;
  let n = 0;
  for (let y = 0; y < pa.height; y++) {
    for (let x = 0; x < pa.width; x++) {
      if (mask.some((m) => x >= m.x && x < m.x + m.width && y >= m.y && y < m.y + m.height)) continue;
      const i = (y * pa.width + x) * 4;
      if (Math.abs(pa.data[i] - pb.data[i]) > tol || Math.abs(pa.data[i + 1] - pb.data[i + 1]) > tol || Math.abs(pa.data[i + 2] - pb.data[i + 2]) > tol) n++;
    }
  }
  return n;
}

/** Colour spread of a PNG: the share of pixels unlike the commonest colour,
 *  and how many colours (4 bits a channel) cover at least 0.2% of it. */
export function inkStats(buf) {
  const png = PNG.sync.read(buf);
  const counts = new Map();
  const total = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const key = ((png.data[i] >> 4) << 8) | ((png.data[i + 1] >> 4) << 4) | (png.data[i + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sorted = [...counts.values()].sort((x, y) => y - x);
  return { ink: 1 - sorted[0] / total, colours: sorted.filter((c) => c / total >= 0.002).length };
}
