/**
 * vitest globalSetup: the tests' temp files in memory. Where Linux mounts a tmpfs at /dev/shm
 * (without nodev or noexec, with room to spare) and TMPDIR is not set, the run gets a folder of
 * its own there as TMPDIR, which the workers and every program the tests start inherit, and which
 * is removed at the end with anything a failed test left behind. The tests write a good deal to
 * their temp folders (two installs of the packed package, LibreOffice's and Chromium's profiles,
 * the CI recipes' workspaces) and delete it again: on the disk that cost about 2–4 CPU-seconds of
 * file-system work per run, and waits for the disk. Elsewhere nothing changes.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statfsSync } from "node:fs";
import { join } from "node:path";

const SHM = "/dev/shm";
const TMPFS_MAGIC = 0x01021994;

/** Whether /dev/shm is a tmpfs that may hold device files and programs, with at least 2 GiB free. */
function usableShm(): boolean {
  if (process.platform !== "linux") return false;
  try {
    const fs = statfsSync(SHM);
    if (fs.type !== TMPFS_MAGIC || fs.bavail * fs.bsize < 2 * 1024 ** 3) return false;
    // mountinfo: "id parent major:minor root mount-point options ..."
    const mount = readFileSync("/proc/self/mountinfo", "utf8")
      .split("\n")
      .map((line) => line.split(" "))
      .filter((fields) => fields[4] === SHM)
      .at(-1);
    const options = (mount?.[5] ?? "").split(",");
    return mount !== undefined && !options.includes("nodev") && !options.includes("noexec") && !options.includes("ro");
  } catch {
    return false;
  }
}

export default function setup(): (() => void) | undefined {
  if (process.env.TMPDIR !== undefined && process.env.TMPDIR !== "") return undefined;
  if (!usableShm()) return undefined;
  const dir = mkdtempSync(join(SHM, "secpolicy-tests-"));
  // As /tmp: anyone may create files, only their owner remove them (a test runs the command as nobody).
  chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
  return () => {
    delete process.env.TMPDIR;
    rmSync(dir, { recursive: true, force: true });
  };
}
