// Preloaded into a benchmarked child (`node -r bench/rss-probe.cjs …`): prints its peak RSS (KiB) on stderr at exit.
process.on("exit", () => {
  require("node:fs").writeSync(2, `\nsecpolicy-bench-maxrss ${process.resourceUsage().maxRSS}\n`);
});
