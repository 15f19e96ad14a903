/**
 * Which copy of the content script owns a page. A newer copy (a reinjection, an extension update
 * under a live page) stops the older one through a registry on the content script's own global: the
 * isolated world in Chromium, the extension's sandbox in Firefox. The page's scripts never see that
 * global, so, unlike a DOM event, nothing the page does can switch Backstory off.
 */

/** Not a `Symbol.for` key: the page cannot name it, and copies of this one script share it by text. */
const REGISTRY_KEY = '__backstoryCopies_v1';

type Stop = () => void;

function registry(): WeakMap<Document, Stop> {
  const holder = globalThis as unknown as Record<string, WeakMap<Document, Stop> | undefined>;
  const existing = holder[REGISTRY_KEY];
  if (existing instanceof WeakMap) return existing;
  const created = new WeakMap<Document, Stop>();
  Object.defineProperty(holder, REGISTRY_KEY, { value: created, configurable: true });
  return created;
}

/**
 * Makes `stop` the owner of `doc`, stopping the copy that owned it before. Returns a function that
 * releases the page, if this copy still owns it.
 */
export function takeOver(doc: Document, stop: Stop): () => void {
  const copies = registry();
  const previous = copies.get(doc);
  copies.set(doc, stop);
  if (previous) {
    try {
      previous();
    } catch {
      // An older copy whose extension context is gone may fail on the way out; it is replaced anyway.
    }
  }
  return () => {
    if (copies.get(doc) === stop) copies.delete(doc);
  };
}
