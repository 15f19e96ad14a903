/** Polling helpers for things that settle in their own time (highlighting runs in batches). */

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Wait until `read()` returns a positive number that then stays the same for `quietMs`: highlighting has
 * started and finished. Returns the settled count, or the last count seen (possibly 0) at the deadline.
 */
export async function waitForSettledCount(
  read: () => Promise<number>,
  { timeoutMs = 30_000, quietMs = 750, intervalMs = 150 } = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const count = await read();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count > 0 && Date.now() - stableSince >= quietMs) {
      return count;
    }
    await sleep(intervalMs);
  }
  return Math.max(last, 0);
}

/** Polls `check` until it answers true or `timeoutMs` passes; its last answer. */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 150,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(intervalMs);
  }
  return check();
}
