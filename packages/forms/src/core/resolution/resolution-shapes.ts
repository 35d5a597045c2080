import type { ParsedResolution } from "./parse-resolution";

/**
 * The drawn shape of an option, in units of the tile's box (0..1 on each side); `undefined` for `auto` and unknown
 * values, which have no shape.
 *
 * @example
 * ```ts
 * const shape: ResolutionShape = { width: 1, height: 0.5625 }; // 16:9
 * ```
 */
export interface ResolutionShape {
  width: number;
  height: number;
}

/** The smallest side drawn, so a 4:1 strip or a small size stays visible. */
const MIN_SIDE = 0.12;

const side = (value: number) => Math.max(MIN_SIDE, Math.min(1, value));

/**
 * Shapes to scale for a list of parsed options: pixel sizes relative to the largest size in the list (a 512x512 is a
 * quarter of a 2048x2048 box), ratios with their long side filling the box, tiers as squares relative to the
 * largest tier (1K is a quarter of 4K).
 *
 * @example
 * ```ts
 * resolutionShapes([parseResolution("1024x1024"), parseResolution("2048x1024")]);
 * // [{ width: 0.5, height: 0.5 }, { width: 1, height: 0.5 }]
 * ```
 */
export function resolutionShapes(options: ReadonlyArray<ParsedResolution>): Array<ResolutionShape | undefined> {
  let largest = 0;
  let topTier = 0;
  for (const option of options) {
    if (option.kind === "size") largest = Math.max(largest, option.width ?? 0, option.height ?? 0);
    if (option.kind === "tier") topTier = Math.max(topTier, option.tier ?? 0);
  }
  return options.map((option) => {
    const { kind, width = 0, height = 0, aspect = 1 } = option;
    if (kind === "size") return { width: side(width / largest), height: side(height / largest) };
    if (kind === "ratio")
      return aspect >= 1 ? { width: 1, height: side(1 / aspect) } : { width: side(aspect), height: 1 };
    if (kind === "tier") {
      const size = side((option.tier ?? 0) / topTier);
      return { width: size, height: size };
    }
    return undefined;
  });
}
