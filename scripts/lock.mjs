/**
 * A lock between processes of one test run (and the steps of `npm test`): a folder that only one
 * of them can create. The others wait for it to go; one older than two minutes is taken for the
 * leftover of a crash and removed.
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";

const STALE_MS = 120_000;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `work` while holding the lock folder `lock` (its parent is created); returns what it returns. */
export function withLock(lock, what, work) {
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + STALE_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}; remove it if no ${what} is running`);
      sleep(100);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
