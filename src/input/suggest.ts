/** Words longer than this get no suggestion: typos are made in names, not in megabytes. */
export const SUGGEST_MAX_LENGTH = 64;

/** At most this many candidates are compared per word, so a suggestion costs the same whatever the list's size. */
export const SUGGEST_MAX_CANDIDATES = 256;

/**
 * Edit distance between two short strings: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each count one (optimal string alignment), so `zoen` is one edit from `zone`.
 * Distances above `limit` are reported as `limit + 1` and cost no more than the band around the
 * diagonal.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rolling rows: the swap rule looks two rows back.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // Every later cell is at least the row's minimum minus one swap's saving; past the limit, stop.
    if (rowBest > limit + 1) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/**
 * The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo:
 * at most one edit per three characters (at least one). Ties go to the earlier candidate.
 * Bounded: words longer than {@link SUGGEST_MAX_LENGTH} get no suggestion, candidates whose
 * length alone rules them out are skipped, and at most {@link SUGGEST_MAX_CANDIDATES} are compared.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > SUGGEST_MAX_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  const lower = word.toLowerCase();
  let compared = 0;
  for (const candidate of candidates) {
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    if (++compared > SUGGEST_MAX_CANDIDATES) break;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
