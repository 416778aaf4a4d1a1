import { randomBytes } from "node:crypto";
import { existsSync, unlinkSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "./context.js";

/** Temporary files being written; removed if the process is interrupted or exits before renaming them. */
const pending = new Set<string>();
let hooked = false;

/** Removes pending temporary files on SIGINT, SIGTERM, SIGHUP and exit, then lets the signal end the process as usual. */
function removeOnExit(temp: string): void {
  pending.add(temp);
  if (hooked) return;
  hooked = true;
  const cleanup = () => {
    for (const path of pending) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
    pending.clear();
  };
  process.once("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      cleanup();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, is flushed,
 * then renamed over the target, so readers never see a partial file.
 */
export async function writeAtomic(path: string, text: string | Iterable<string>, options: { overwrite?: boolean } = {}): Promise<void> {
  if (options.overwrite === false && existsSync(path)) {
    throw new CliError([
      {
        file: path,
        code: "file-exists",
        message: { ja: "ファイルが既にある", en: "The file already exists" },
        hint: { ja: "別の名前を指定するか --force で上書きすること", en: "Choose another name, or pass --force to overwrite it" },
      },
    ]);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  removeOnExit(temp);
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      if (typeof text === "string") await handle.writeFile(text, "utf8");
      else for (const chunk of text) await handle.write(chunk, null, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    pending.delete(temp);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    pending.delete(temp);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError([
      {
        file: path,
        code: "output-unwritable",
        message: { ja: `出力ファイルを書けない（${code}）`, en: `Cannot write the output file (${code})` },
        hint: { ja: "フォルダが存在し書き込めることを確認すること", en: "Check that the folder exists and is writable" },
      },
    ]);
  }
}
