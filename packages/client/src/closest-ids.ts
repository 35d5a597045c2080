/**
 * Up to `limit` ids closest to `id`: ids containing it (or contained in it) first, then by edit distance (to the
 * whole id or to the id without its author prefix),
 * keeping only those within half the id's length. Case-insensitive.
 *
 * @example
 * ```ts
 * closestIds("pixel-v4", ["acme/pixel-v3", "other/thing"]); // ["acme/pixel-v3"]
 * ```
 */
export function closestIds(id: string, ids: readonly string[], limit = 3): string[] {
  const q = id.toLowerCase();
  const scored: Array<[number, string]> = [];
  for (const candidate of ids) {
    const c = candidate.toLowerCase();
    // Also compare without the author prefix, so "pixel-v4" is close to "acme/pixel-v3".
    const d =
      q && c && (c.includes(q) || q.includes(c))
        ? 0
        : Math.min(distance(q, c), distance(q, c.slice(c.indexOf("/") + 1)));
    if (d <= Math.max(2, q.length / 2)) scored.push([d, candidate]);
  }
  return scored
    .sort((a, b) => a[0] - b[0])
    .slice(0, limit)
    .map((s) => s[1]);
}

/** Levenshtein distance, one row of memory. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j] as number;
      row[j] = Math.min(next + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return row[b.length] as number;
}
