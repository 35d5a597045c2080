/**
 * What an opaque resolution value means, as far as its text tells:
 * - `size`: pixels (`1024x768`, `1024*1024`, `1024×768`); `width`/`height` in pixels.
 * - `ratio`: an aspect ratio (`16:9`, `2.39:1`); `width`/`height` are the ratio's terms.
 * - `tier`: a size class (`1k`, `2K`, `4k`); `tier` is the number of thousands (about 1024 px each on the long edge).
 * - `auto`: the provider decides.
 * - `unknown`: anything else (`match_input_image`, markup, `0x0`); shown as published.
 *
 * @example
 * ```ts
 * const parsed: ParsedResolution = parseResolution("1344x768");
 * parsed.kind; // "size"
 * parsed.ratio; // "7:4"
 * ```
 */
export interface ParsedResolution {
  /** The value exactly as published. */
  value: string | number;
  kind: "size" | "ratio" | "tier" | "auto" | "unknown";
  /** Pixels (`size`) or ratio terms (`ratio`). */
  width?: number;
  height?: number;
  /** `width / height` (`size`, `ratio`). */
  aspect?: number;
  /** The aspect ratio in its simplest or nearest common form: `16:9`, `≈16:9` when approximate. */
  ratio?: string;
  /** `landscape`, `portrait` or `square` (`size`, `ratio`). */
  orientation?: "landscape" | "portrait" | "square";
  /** `tier`: thousands of pixels (`2K` -> 2). */
  tier?: number;
}

const SIZE = /^(\d{1,6})\s*[x×*]\s*(\d{1,6})$/i;
const RATIO = /^(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)$/;
const TIER = /^(\d+(?:\.\d+)?)\s*k$/i;
/** Common ratios (landscape side; portrait ones are their inverses) that near-miss sizes are named after. */
const COMMON: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [5, 4],
  [4, 3],
  [3, 2],
  [16, 10],
  [16, 9],
  [9, 7],
  [7, 4],
  [2, 1],
  [12, 5],
  [21, 9],
  [3, 1],
  [4, 1],
];
/** Largest reduced term still read as a ratio a person would name (`7:4` yes, `368:285` no). */
const NAMEABLE = 32;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function orientationOf(aspect: number): ParsedResolution["orientation"] {
  return Math.abs(aspect - 1) < 0.005 ? "square" : aspect > 1 ? "landscape" : "portrait";
}

/**
 * The ratio of a pixel size: exact when its reduced terms are small (`1344x768` -> `7:4`), else the nearest common
 * ratio within 2% (`1664x928` -> `≈16:9`), else `undefined`.
 *
 * @example
 * ```ts
 * ratioOfSize(1024, 768); // "4:3"
 * ratioOfSize(1664, 928); // "≈16:9"
 * ```
 */
export function ratioOfSize(width: number, height: number): string | undefined {
  const divisor = gcd(width, height);
  const [w, h] = [width / divisor, height / divisor];
  if (w <= NAMEABLE && h <= NAMEABLE) return `${w}:${h}`;
  const aspect = width / height;
  let best: string | undefined;
  let bestError = 0.02;
  for (const [a, b] of COMMON) {
    for (const [x, y] of a === b ? [[a, b]] : [[a, b] as const, [b, a] as const]) {
      const error = Math.abs(aspect / ((x as number) / (y as number)) - 1);
      if (error < bestError) [best, bestError] = [`≈${x}:${y}`, error];
    }
  }
  return best;
}

/**
 * Reads one opaque resolution value (see {@link ParsedResolution}). Never throws; what it cannot read is `unknown`.
 *
 * @example
 * ```ts
 * parseResolution("1024*1024"); // { value: "1024*1024", kind: "size", width: 1024, height: 1024, ratio: "1:1", ... }
 * parseResolution("16:9").orientation; // "landscape"
 * parseResolution("2K").tier; // 2
 * parseResolution("auto").kind; // "auto"
 * ```
 */
export function parseResolution(value: string | number): ParsedResolution {
  if (typeof value !== "string") return { value, kind: "unknown" };
  const text = value.trim();
  if (/^auto$/i.test(text)) return { value, kind: "auto" };
  const size = SIZE.exec(text);
  if (size) {
    const width = Number(size[1]);
    const height = Number(size[2]);
    if (width > 0 && height > 0) {
      const aspect = width / height;
      const ratio = ratioOfSize(width, height);
      return {
        value,
        kind: "size",
        width,
        height,
        aspect,
        orientation: orientationOf(aspect),
        ...(ratio && { ratio }),
      };
    }
    return { value, kind: "unknown" };
  }
  const ratio = RATIO.exec(text);
  if (ratio) {
    const width = Number(ratio[1]);
    const height = Number(ratio[2]);
    if (width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height)) {
      const aspect = width / height;
      return {
        value,
        kind: "ratio",
        width,
        height,
        aspect,
        ratio: `${width}:${height}`,
        orientation: orientationOf(aspect),
      };
    }
    return { value, kind: "unknown" };
  }
  const tier = TIER.exec(text);
  if (tier) {
    const thousands = Number(tier[1]);
    if (thousands > 0 && thousands <= 64) return { value, kind: "tier", tier: thousands };
  }
  return { value, kind: "unknown" };
}

/**
 * Whether an enum's values read as resolutions: at least one size, ratio or tier, and at least half of the values
 * readable (`auto` counts). `["1:1", "16:9", "auto"]` yes; `["low", "high"]` no; `[4, 8]` no.
 *
 * @example
 * ```ts
 * isResolutionList(["1K", "2K"]); // true
 * isResolutionList(["match_input_image", "1:1", "16:9"]); // true
 * ```
 */
export function isResolutionList(values: ReadonlyArray<string | number>): boolean {
  let shaped = 0;
  let readable = 0;
  for (const value of values) {
    const { kind } = parseResolution(value);
    if (kind === "size" || kind === "ratio" || kind === "tier") shaped++;
    if (kind !== "unknown") readable++;
  }
  return shaped > 0 && readable * 2 >= values.length;
}

/**
 * The option with the other orientation of `value` (`16:9` <-> `9:16`, `1536x1024` <-> `1024x1536`), when the list has
 * one; `undefined` for squares, tiers, `auto` and values without a counterpart.
 *
 * @example
 * ```ts
 * swappedResolution(["1:1", "16:9", "9:16"], "16:9"); // "9:16"
 * ```
 */
export function swappedResolution(
  options: ReadonlyArray<string | number>,
  value: string | number | undefined,
): string | number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseResolution(value);
  if ((parsed.kind !== "size" && parsed.kind !== "ratio") || parsed.orientation === "square") return undefined;
  return options.find((option) => {
    const other = parseResolution(option);
    return other.kind === parsed.kind && other.width === parsed.height && other.height === parsed.width;
  });
}
