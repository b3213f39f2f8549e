// Layout checks on the widget inside its shadow root, shared by the
// right-to-left / pseudo-localised test and the 200% text audit.

/** Horizontal overflow of the page, and widget parts that stick out of it. */
export const layoutProblems = (page) => page.evaluate(() => {
  const root = document.querySelector('microneedling-guide').shadowRoot;
  const widget = root.querySelector('.mg').getBoundingClientRect();
  const problems = [];
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (overflow > 0) problems.push(`page scrolls sideways by ${overflow}px`);
  for (const el of root.querySelectorAll('.mg *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || el.closest('svg') || el.closest('.mg-sr')) continue;
    if (r.left < widget.left - 1 || r.right > widget.right + 1) problems.push(`${el.tagName}.${el.className} sticks out (${Math.round(r.left)}..${Math.round(r.right)})`);
  }
  const buttons = [...root.querySelectorAll('button, a.mg-button, label')].map((b) => [b, b.getBoundingClientRect()]).filter(([, r]) => r.width > 0 && r.height > 0);
  for (let i = 0; i < buttons.length; i++) {
    for (let j = i + 1; j < buttons.length; j++) {
      const [a, ra] = buttons[i];
      const [b, rb] = buttons[j];
      if (a.contains(b) || b.contains(a)) continue;
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (w > 1 && h > 1) problems.push(`"${a.textContent.slice(0, 20)}" overlaps "${b.textContent.slice(0, 20)}"`);
    }
  }
  return problems.slice(0, 10);
});

/**
 * Text that does not fit: a line of text reaching outside the box that holds
 * it (a word wider than its button, say), a word broken into pieces inside a
 * box squeezed beside something else, an element that clips or scrolls its
 * own content sideways, and text boxes of different blocks that overlap.
 * Drawings (SVG) and visually hidden text are left out.
 */
export const textProblems = (page) => page.evaluate(() => {
  const root = document.querySelector('microneedling-guide').shadowRoot;
  const problems = [];
  const skip = (el) => !el || el.closest('svg') || el.closest('.mg-sr');
  const blockOf = (el) => {
    while (el && el.parentElement && ['inline', 'contents'].includes(getComputedStyle(el).display)) el = el.parentElement;
    return el;
  };
  const walker = document.createTreeWalker(root.querySelector('.mg'), NodeFilter.SHOW_TEXT);
  const lines = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || skip(node.parentElement)) continue;
    const box = blockOf(node.parentElement);
    const b = box.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      lines.push({ box, r, text: node.textContent.trim().slice(0, 24) });
      if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1) {
        problems.push(`"${node.textContent.trim().slice(0, 24)}" reaches outside its ${box.tagName}.${box.className}`);
      }
    }
  }
  // A word broken across lines although it would fit the screen: its box was
  // squeezed (beside a drawing, say) to a sliver of the screen's width.
  const screen = (root.querySelector('.mg-screen') ?? root.querySelector('.mg')).getBoundingClientRect().width;
  const words = document.createTreeWalker(root.querySelector('.mg'), NodeFilter.SHOW_TEXT);
  for (let node = words.nextNode(); node; node = words.nextNode()) {
    if (skip(node.parentElement)) continue;
    const boxWidth = blockOf(node.parentElement).getBoundingClientRect().width;
    if (boxWidth === 0 || boxWidth >= 0.6 * screen) continue;
    for (const m of node.textContent.matchAll(/\S{4,}/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const width = rects.reduce((w, r) => w + r.width, 0);
      if (new Set(rects.map((r) => Math.round(r.top))).size > 1 && width < 0.9 * screen) {
        problems.push(`"${m[0]}" is broken in a box squeezed to ${Math.round(boxWidth)}px of ${Math.round(screen)}px`);
      }
    }
  }
  for (const el of root.querySelectorAll('.mg, .mg *')) {
    if (skip(el)) continue;
    const cs = getComputedStyle(el);
    if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`${el.tagName}.${el.className} clips its content sideways (${el.scrollWidth} > ${el.clientWidth})`);
  }
  // Lines of text from two different blocks drawn on top of each other.
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i], lines[j]];
      if (a.box === b.box || a.box.contains(b.box) || b.box.contains(a.box)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 2 && h > 2) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return [...new Set(problems)].slice(0, 10);
});
