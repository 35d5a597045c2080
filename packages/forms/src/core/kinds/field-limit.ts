import { formatNumber } from "../format-number";
import type { FieldLimit, KindContext } from "../types";

/**
 * Bounds tightened by a developer limit (`{ min, max }` of `compileOptions.limits`), or `null` when nothing is left
 * (warning `limit_empty`). Non-finite limit bounds are ignored with a warning (`invalid_limit`).
 *
 * @example
 * ```ts
 * limitBounds("n", 1, 8, { max: 2 }, context); // { min: 1, max: 2 }
 * ```
 */
export function limitBounds(
  name: string,
  min: number,
  max: number,
  limit: FieldLimit | undefined,
  context: KindContext,
  integer = false,
): { min: number; max: number } | null {
  if (limit === undefined) return { min, max };
  const usable = (bound: number | undefined, which: string) => {
    if (bound === undefined) return undefined;
    if (typeof bound === "number" && !Number.isNaN(bound)) return bound;
    context.warn("invalid_limit", `limits.${name}.${which} is not a number; it is ignored.`);
    return undefined;
  };
  const low = usable(limit.min, "min");
  const high = usable(limit.max, "max");
  // Integer fields take the whole numbers inside the limit.
  const nextMin = low === undefined ? min : Math.max(min, integer ? Math.ceil(low) : low);
  const nextMax = high === undefined ? max : Math.min(max, integer ? Math.floor(high) : high);
  if (nextMin > nextMax) {
    context.warn(
      "limit_empty",
      `limits.${name} leaves no value of ${formatNumber(min)}–${formatNumber(max)}; the field is left out.`,
    );
    return null;
  }
  return { min: nextMin, max: nextMax };
}

/**
 * Warns (`unsupported_limit`) about limit keys a kind does not apply, so a typo or a wrong kind is not silent.
 *
 * @example
 * ```ts
 * warnUnusedLimits("quality", { max: 2 }, ["allow", "default", "hide"], context); // warns about "max"
 * ```
 */
export function warnUnusedLimits(
  name: string,
  limit: FieldLimit | undefined,
  applies: ReadonlyArray<keyof FieldLimit>,
  context: KindContext,
): void {
  if (limit === undefined) return;
  for (const key of Object.keys(limit) as Array<keyof FieldLimit>) {
    if (key !== "hide" && !applies.includes(key) && limit[key] !== undefined) {
      context.warn("unsupported_limit", `limits.${name}.${key} does not apply to this field; it is ignored.`);
    }
  }
}

/**
 * A limit's `default` when `valid` accepts it; otherwise `undefined`, with a warning (`invalid_limit_default`).
 *
 * @example
 * ```ts
 * limitDefault("n", { default: 2 }, (value) => value === 2, context); // 2
 * ```
 */
export function limitDefault<T>(
  name: string,
  limit: FieldLimit | undefined,
  valid: (value: unknown) => value is T,
  context: KindContext,
): T | undefined {
  if (limit?.default === undefined) return undefined;
  if (valid(limit.default)) return limit.default;
  context.warn(
    "invalid_limit_default",
    `limits.${name}.default ${JSON.stringify(limit.default)} is not allowed for this field; it is ignored.`,
  );
  return undefined;
}
