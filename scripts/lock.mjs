/**
 * A lock between processes of one test run (and the steps of `npm test`): a folder that only one
 * of them can create, holding the id of the process that did. The others wait for it to go. A lock
 * whose process has ended (a run stopped with Ctrl-C) is removed at once; one older than two
 * minutes is taken for a leftover too.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const STALE_MS = 120_000;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the lock was left by a process that has ended, or long enough ago to be a leftover. */
function abandoned(lock) {
  if (Date.now() - statSync(lock).mtimeMs > STALE_MS) return true;
  let pid;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    return false; // Just made; its owner has not written its id yet.
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error.code === "ESRCH";
  }
}

/** Runs `work` while holding the lock folder `lock` (its parent is created); returns what it returns. */
export function withLock(lock, what, work) {
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + STALE_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      try {
        if (abandoned(lock)) rmSync(lock, { recursive: true, force: true });
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
