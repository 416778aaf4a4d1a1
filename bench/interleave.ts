/**
 * Interleaved timing: the steps being compared run one after another within each repetition
 * (A, B, C, A, B, C, …), the starting step rotating from one repetition to the next, so a burst of
 * load on a shared machine lands on every column rather than on one block of runs. Medians per step.
 */

/** One thing to time; `run` must do the whole work each call. */
export interface Step {
  readonly name: string;
  readonly run: () => unknown;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The order the steps run in repetition `rep`: rotated by one each repetition. */
export function orderOf<T>(steps: readonly T[], rep: number): T[] {
  const n = steps.length;
  return Array.from({ length: n }, (_, i) => steps[(i + rep) % n] as T);
}

const collect = (globalThis as { gc?: () => void }).gc;

/** The medians of one step, in milliseconds. */
export interface Timing {
  /** Wall-clock time. */
  readonly wall: number;
  /** CPU time of the process (user + system, all its threads: the garbage collector's helpers too). */
  readonly cpu: number;
}

/**
 * Runs every step once untimed (warm-up), then `repetitions` interleaved rounds; returns the
 * median wall-clock and CPU time per step. With `--expose-gc` (and `collectFirst`) the heap is
 * collected before each timed run, so one step does not pay for the garbage of the one before it.
 * CPU time is the fairer figure on a shared machine: waiting for a core is not counted.
 *
 * A forced collection is not free for what follows it: JavaScript that allocates much (an
 * evaluation) runs two to three times slower right after one than in a process left to collect
 * on its own (docs/benchmarks.md, target 1), so the steady state is measured with
 * `collectFirst: false`.
 */
export function interleave(steps: readonly Step[], repetitions: number, warmUp = true, collectFirst = true): Map<string, Timing> {
  const wall = new Map<string, number[]>(steps.map((s) => [s.name, []]));
  const cpu = new Map<string, number[]>(steps.map((s) => [s.name, []]));
  if (warmUp) for (const step of steps) step.run();
  for (let rep = 0; rep < repetitions; rep++) {
    for (const step of orderOf(steps, rep)) {
      if (collectFirst) collect?.();
      const startCpu = process.cpuUsage();
      const start = performance.now();
      step.run();
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(startCpu);
      wall.get(step.name)?.push(elapsed);
      cpu.get(step.name)?.push((used.user + used.system) / 1000);
    }
  }
  return new Map(steps.map((s) => [s.name, { wall: median(wall.get(s.name) ?? []), cpu: median(cpu.get(s.name) ?? []) }]));
}

/** The slope of log(time) against log(size) between two sizes: the scaling exponent of that segment. */
export function exponent(sizeA: number, timeA: number, sizeB: number, timeB: number): number {
  return Math.log(timeB / timeA) / Math.log(sizeB / sizeA);
}
