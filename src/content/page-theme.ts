/**
 * Whether the page around a mention is light or dark, so the card matches the page the reader is
 * looking at rather than the system setting (a dark system over a white news site is common).
 */

/** `rgb(a)` from getComputedStyle → [r, g, b, alpha], or null for anything else. */
function parseColour(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? parseFloat(alphaText) / 100
        : parseFloat(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The brightness of the first mostly opaque background behind `el`, walking up to the root. A page that
 * paints no background shows the browser's canvas: white, unless the page opts into dark schemes
 * (`color-scheme: dark`), in which case the reader's `prefers-color-scheme` decides.
 */
export function pageTheme(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const colour = parseColour(view.getComputedStyle(node).backgroundColor);
    if (colour && colour[3] >= 0.5) return luminance(colour) < 0.2 ? 'dark' : 'light';
  }
  const root = el.ownerDocument.documentElement;
  const scheme = root ? view.getComputedStyle(root).colorScheme || '' : '';
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  return scheme.includes('dark') && prefersDark ? 'dark' : 'light';
}
