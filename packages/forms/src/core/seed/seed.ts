import type { FormField } from "../types";

/**
 * What a seed does from one generate to the next (ComfyUI's "control after generate"):
 * - `random`: a new seed each time: left unset (the provider draws one), or drawn here when the provider needs one;
 * - `fixed`: the same seed every time, so a result can be reproduced;
 * - `increment`: the sent seed plus one after each generate (variations in order).
 *
 * @example
 * ```ts
 * const mode: SeedMode = "increment";
 * ```
 */
export type SeedMode = "random" | "fixed" | "increment";

/**
 * Every seed mode, in the order a picker shows them.
 *
 * @example
 * ```ts
 * SEED_MODES.includes("fixed"); // true
 * ```
 */
export const SEED_MODES: readonly SeedMode[] = ["random", "fixed", "increment"];

/**
 * The inclusive integer range a seed may take.
 *
 * @example
 * ```ts
 * const bounds: SeedBounds = { min: 0, max: 2 ** 32 - 1 };
 * ```
 */
export interface SeedBounds {
  min: number;
  max: number;
}

/** The range of a seed without published bounds: unsigned 32-bit, what providers accept. */
const DEFAULT_BOUNDS: SeedBounds = { min: 0, max: 2 ** 32 - 1 };

/**
 * A seed field's integer bounds (0..2^32-1 when it publishes none), kept within safe integers.
 *
 * @example
 * ```ts
 * seedBounds(seedField); // { min: 0, max: 4294967295 }
 * ```
 */
export function seedBounds(field: Pick<FormField, "constraints">): SeedBounds {
  const { min, max } = field.constraints;
  const low = Number.isFinite(min) ? Math.max(Math.ceil(min as number), Number.MIN_SAFE_INTEGER) : DEFAULT_BOUNDS.min;
  const high = Number.isFinite(max) ? Math.min(Math.floor(max as number), Number.MAX_SAFE_INTEGER) : DEFAULT_BOUNDS.max;
  return low <= high ? { min: low, max: high } : DEFAULT_BOUNDS;
}

/**
 * A uniformly drawn seed in `bounds`.
 *
 * @example
 * ```ts
 * drawSeed({ min: 0, max: 9 }); // 0..9
 * ```
 */
export function drawSeed(bounds: SeedBounds = DEFAULT_BOUNDS, random: () => number = Math.random): number {
  return bounds.min + Math.floor(random() * (bounds.max - bounds.min + 1));
}

/**
 * The seed to put in a request now. `random`: `undefined` (unset: the provider draws), or a fresh draw when the
 * field is required or `draw` is asked for (so the sent seed is known and the result reproducible). `fixed` and
 * `increment`: the current value, drawn when there is none yet.
 *
 * @example
 * ```ts
 * seedToSend("fixed", 42); // 42
 * seedToSend("random", 42); // undefined
 * seedToSend("random", undefined, { draw: true }); // a fresh seed
 * ```
 */
export function seedToSend(
  mode: SeedMode,
  value: number | undefined,
  options: { bounds?: SeedBounds; required?: boolean; draw?: boolean; random?: () => number } = {},
): number | undefined {
  if (mode === "random") {
    return options.required || options.draw ? drawSeed(options.bounds, options.random) : undefined;
  }
  return value ?? drawSeed(options.bounds, options.random);
}

/**
 * The seed a field holds after a generate that sent `sent`: `fixed` keeps it, `increment` adds one (wrapping to
 * the minimum past the maximum), `random` goes back to unset. With nothing sent, the value stays as it was.
 *
 * @example
 * ```ts
 * nextSeed("increment", 41); // 42
 * nextSeed("increment", 4294967295); // 0
 * nextSeed("fixed", 41); // 41
 * nextSeed("random", 41); // undefined
 * ```
 */
export function nextSeed(
  mode: SeedMode,
  sent: number | undefined,
  bounds: SeedBounds = DEFAULT_BOUNDS,
): number | undefined {
  if (mode === "random") return undefined;
  if (sent === undefined || !Number.isFinite(sent)) return sent;
  if (mode === "fixed") return sent;
  return sent >= bounds.max ? bounds.min : Math.max(bounds.min, sent + 1);
}
