/**
 * Generators of the big hostile inputs (issue 17): made at test time rather than committed, each
 * small in code and deterministic. Sizes are parameters so tests can show that cost grows
 * linearly with them.
 */

const HEAD = 'evaluationDate: "2026-04-01"\n';

/** One mapping with `n` unknown keys (the 40,000-key file took ~115 s and printed 17 MiB). */
export function manyUnknownKeys(n: number): string {
  const lines = [HEAD, "systems: []\n"];
  for (let i = 0; i < n; i++) lines.push(`k${i}: 1\n`);
  return lines.join("");
}

/** `n` systems and `n` connections to systems that do not exist (6,000 took ~143 s). */
export function manyDanglingReferences(n: number): string {
  const lines = [HEAD, "systems:\n"];
  for (let i = 0; i < n; i++) lines.push(`  - id: sys-${i}\n    name: s\n    zone: internet\n`);
  lines.push("connections:\n");
  for (let i = 0; i < n; i++) lines.push(`  - id: c${i}\n    from: { system: sys-${i} }\n    to: { system: missing-${i} }\n`);
  return lines.join("");
}

/** A description whose one waiver names a check id of `length` characters (1,000,000 took 30–60 s). */
export function hugeWaiverCheckId(length: number): string {
  return [
    HEAD,
    "systems:\n  - id: a\n    name: a\n    zone: internet\n",
    "waivers:\n",
    `  - checkId: ${"x".repeat(length)}\n`,
    "    target: { system: a }\n",
    '    reason: r\n    requestedBy: 情報政策課\n    approvedBy: CISO\n    approvedOn: "2026-03-01"\n',
    '    expiresOn: "2026-12-31"\n    reference: W-1\n',
  ].join("");
}

/** `n` duplicate system ids: one diagnostic each, far past the per-file cap. */
export function manyDuplicateIds(n: number): string {
  const lines = [HEAD, "systems:\n"];
  for (let i = 0; i < n; i++) lines.push(`  - { id: same, name: s, zone: internet }\n`);
  return lines.join("");
}
