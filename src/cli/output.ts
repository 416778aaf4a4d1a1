import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "./context.js";

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, is flushed,
 * then renamed over the target, so readers never see a partial file.
 */
export async function writeAtomic(path: string, text: string | Uint8Array, options: { overwrite?: boolean } = {}): Promise<void> {
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
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      await handle.writeFile(text, typeof text === "string" ? "utf8" : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
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
