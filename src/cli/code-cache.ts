/**
 * Loads the CLI bundle (one CommonJS file) through a V8 code cache kept on disk, for Nodes that
 * have no compile cache of their own (`module.enableCompileCache` came in Node 22.1). Compiling
 * the bundle and the functions a run calls is a large part of a short run; with the cache V8
 * takes the compiled code from the file instead.
 *
 * It behaves as Node's own cache does: the folder is `NODE_COMPILE_CACHE` or
 * `<tmp>/node-compile-cache`, `NODE_DISABLE_COMPILE_CACHE=1` turns it off, and a cache that cannot
 * be read, written or used only makes the run slower, never different. A cache V8 rejects is
 * written anew, and so is one that held much less than the run compiled. The cache is written when the run ends, so the functions the
 * run compiled on first call are in it, to a temporary file renamed into place: a concurrent run
 * reads a whole file or none. One file per command (`check`, `init`, …), each holding what that
 * command compiled. Only a file the current user owns and no one else can write is read.
 */
import type { Script } from "node:vm";

/**
 * Node's modules as `require` gives them, taken when first needed: an `import` of node:fs builds
 * an ES module facade of every export and loads the stream modules on the way, milliseconds that
 * `--version` would pay too.
 */
function nodeModules() {
  return {
    fs: process.getBuiltinModule("node:fs"),
    createRequire: process.getBuiltinModule("node:module").createRequire,
    tmpdir: process.getBuiltinModule("node:os").tmpdir,
    path: process.getBuiltinModule("node:path"),
    Script: process.getBuiltinModule("node:vm").Script,
    v8: process.getBuiltinModule("node:v8"),
    crc32: process.getBuiltinModule("node:zlib").crc32,
  };
}
type Node = ReturnType<typeof nodeModules>;

/**
 * How much more bytecode than there was after loading a cache makes a run write it anew: full
 * runs from a full cache add 5–15 % (other inputs, Node's own modules), a `check` after a
 * `check --help` cache more than half.
 */
const GROWN = 1.25;

/**
 * The cache files of one command kept in the folder, the newest: other versions of the bundle may
 * be installed, and runs with other Node options have files of their own. Runs that use more
 * variants than this in turn rewrite each other's files, slower but still correct.
 */
const KEEP = 8;

/** The folder this Node's cache files go to, or undefined when the cache is turned off. */
function cacheFolder(node: Node, env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE === "1") return undefined;
  const base = env.NODE_COMPILE_CACHE || node.path.join(node.tmpdir(), "node-compile-cache");
  const user = process.getuid?.();
  return node.path.join(base, `secpolicy-${process.version}-${process.arch}${user === undefined ? "" : `-${user}`}`);
}

/** The file's bytes when the current user owns it and no one else may write it. */
function readOwnFile(node: Node, file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = node.fs.openSync(file, "r");
    const stat = node.fs.fstatSync(fd);
    const user = process.getuid?.();
    if (user !== undefined && (stat.uid !== user || (stat.mode & 0o022) !== 0)) return undefined;
    return node.fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) node.fs.closeSync(fd);
  }
}

/** Writes the cache through a temporary file renamed into place, and drops the oldest of the command's other files. */
function writeCache(node: Node, folder: string, file: string, script: Script, command: string): void {
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    node.fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    node.fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    node.fs.renameSync(temp, file);
    const others = node.fs
      .readdirSync(folder)
      .map((name) => node.path.join(folder, name))
      .filter((path) => path.endsWith(`.${command}.cache`) && path !== file)
      .map((path) => ({ path, time: node.fs.statSync(path).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of others.slice(KEEP - 1)) node.fs.unlinkSync(old.path);
  } catch {
    // A folder that cannot be written (or a file another run removed meanwhile): no cache.
    try {
      node.fs.unlinkSync(temp);
    } catch {}
  }
}

/**
 * Runs the CommonJS file `file` (the bundle, ASCII only) as `require` would and returns its
 * exports, compiled from the code cache of `command` when there is a usable one.
 */
export function requireWithCodeCache<T>(file: string, command: string, env: NodeJS.ProcessEnv): T {
  const node = nodeModules();
  const bytes = node.fs.readFileSync(file);
  // The build escapes every non-ASCII character of the bundle, so latin1 reads it exactly, and
  // far faster than UTF-8 decoding.
  const source = bytes.toString("latin1");
  const folder = cacheFolder(node, env);
  // V8 checks a cache against the length of the source only: the name holds a checksum of it.
  // V8 also rejects a cache made under other flags: runs with other flags get a file of their own
  // instead of rewriting each other's.
  const flags = node.crc32(JSON.stringify([process.execArgv, env.NODE_OPTIONS ?? ""]));
  const key = `${node.crc32(bytes).toString(16)}-${bytes.length}-${flags.toString(16)}`;
  const cacheFile = folder === undefined ? undefined : node.path.join(folder, `cli-${key}.${command}.cache`);
  const cached = cacheFile === undefined ? undefined : readOwnFile(node, cacheFile);
  const script = new node.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cached,
  });
  if (folder !== undefined && cacheFile !== undefined) {
    // A cache is written when there was none or V8 refused it, and again when this run compiled
    // much more than it held (the first run was, say, `check --help`), so it comes to cover
    // what the command's runs call. The heap's bytecode after loading and at the end tells.
    const bytecode = () => node.v8.getHeapCodeStatistics().bytecode_and_metadata_size;
    const loaded = cached === undefined || script.cachedDataRejected === true ? undefined : bytecode();
    process.once("exit", () => {
      if (loaded === undefined || bytecode() > loaded * GROWN) writeCache(node, folder, cacheFile, script, command);
    });
  }
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, node.createRequire(file), module, file, node.path.dirname(file));
  return module.exports;
}
