import type { ParameterDescriptor, PricingLine } from "@model-forms/client";

/**
 * What the price functions accept: one element of an endpoint record's `endpoints` array (its `pricing`, falling
 * back to `public_pricing.per_image`; its normalized `parameters` when the client parsed it), or a bare `pricing`
 * array. `undefined` / `null` read as "no pricing".
 *
 * @example
 * ```ts
 * const source: PricingSource = record.endpoints[0]; // or record.endpoints[0].pricing
 * ```
 */
export type PricingSource =
  | readonly PricingLine[]
  | {
      pricing?: readonly PricingLine[];
      public_pricing?: unknown;
      parameters?: readonly ParameterDescriptor[];
    }
  | null
  | undefined;

/** One pricing line, read tolerantly: keys are strings, the cost a finite number, absent fields defaulted. */
export interface PriceLine {
  billable: string;
  unit: string;
  cost: number;
  currency: string;
  resolution?: string;
  variant?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const keyOf = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : undefined);

/** `public_pricing: { per_image: { "1024x1024": 0.04 }, currency }` as output-image lines by resolution. */
function publicLines(publicPricing: unknown): PricingLine[] {
  if (!isRecord(publicPricing) || !isRecord(publicPricing.per_image)) return [];
  const currency = typeof publicPricing.currency === "string" ? publicPricing.currency : undefined;
  return Object.entries(publicPricing.per_image).map(([resolution, cost]) => ({
    billable: "output_image",
    unit: "image",
    cost_usd: cost as number,
    currency,
    resolution,
  }));
}

/**
 * The usable pricing lines of a source: lines without a finite, non-negative cost are skipped; a missing
 * `billable` reads as `output_image`, a missing `unit` as `image`, a missing `currency` as `USD` (the field is
 * `cost_usd`).
 *
 * @example
 * ```ts
 * pricingLines([{ billable: "output_image", cost_usd: 0.03, variant: "1k" }]);
 * // [{ billable: "output_image", unit: "image", cost: 0.03, currency: "USD", variant: "1k" }]
 * ```
 */
export function pricingLines(source: PricingSource): PriceLine[] {
  if (!source) return [];
  const list = Array.isArray(source)
    ? (source as readonly PricingLine[])
    : (source as { pricing?: unknown }).pricing !== undefined
      ? (source as { pricing?: unknown }).pricing
      : publicLines((source as { public_pricing?: unknown }).public_pricing);
  if (!Array.isArray(list)) return [];
  const lines: PriceLine[] = [];
  for (const raw of list as unknown[]) {
    if (!isRecord(raw)) continue;
    const cost = raw.cost_usd;
    if (typeof cost !== "number" || !Number.isFinite(cost) || cost < 0) continue;
    const line: PriceLine = {
      billable: typeof raw.billable === "string" ? raw.billable : "output_image",
      unit: typeof raw.unit === "string" ? raw.unit : "image",
      cost,
      currency: typeof raw.currency === "string" && raw.currency ? raw.currency : "USD",
    };
    const resolution = keyOf(raw.resolution);
    const variant = keyOf(raw.variant);
    if (resolution !== undefined) line.resolution = resolution;
    if (variant !== undefined) line.variant = variant;
    lines.push(line);
  }
  return lines;
}

/** The normalized parameters of a source, when it is a parsed endpoint. */
export function pricingParameters(source: PricingSource): readonly ParameterDescriptor[] {
  return source && !Array.isArray(source) ? ((source as { parameters?: ParameterDescriptor[] }).parameters ?? []) : [];
}

/**
 * A resolution key for comparison: `1024x1024`, `1024*1024`, `1024×1024` and `1024 X 1024` are the same value;
 * tiers compare case-insensitively (`2K` = `2k`).
 *
 * @example
 * ```ts
 * sameKey("1024*1024") === sameKey("1024x1024"); // true
 * ```
 */
export function sameKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/\s*[x*×]\s*/g, "x");
}

/** `[width, height]` of a pixel-size value such as `1024x768` or `1024*768`, else `undefined`. */
export function pixelSize(value: unknown): [number, number] | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^\s*(\d+)\s*[xX*×]\s*(\d+)\s*$/.exec(value);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
