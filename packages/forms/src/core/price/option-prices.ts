import { type CostEstimate, estimateImageCost, type PriceEnum, variantField } from "./estimate-image-cost";
import { type PricingSource, pricingLines } from "./pricing-lines";

/**
 * The price of a request with one field set to one option, and its difference to the current request.
 *
 * @example
 * ```ts
 * const price: OptionPrice = { value: "2K", totalUsd: 0.09, deltaUsd: 0, currency: "USD", exact: true };
 * ```
 */
export interface OptionPrice {
  value: string | number;
  totalUsd: number | undefined;
  /** `totalUsd` minus the current request's total; `undefined` when either is unknown. */
  deltaUsd: number | undefined;
  currency: string;
  exact: boolean;
}

/**
 * The price of each value of `field` (the rest of `request` unchanged) and its difference to the current one. Use
 * it to label the options of a field the price depends on ("2K · $0.09", "+$0.03").
 *
 * @example
 * ```ts
 * optionPrices(endpoint, { model, resolution: "1K", n: 3 }, "resolution", ["1K", "2K"]);
 * // [{ value: "1K", totalUsd: 0.09, deltaUsd: 0, ... }, { value: "2K", totalUsd: 0.09, deltaUsd: 0, ... }]
 * ```
 */
export function optionPrices(
  source: PricingSource,
  request: { readonly [field: string]: unknown },
  field: string,
  values: readonly (string | number)[],
  current: CostEstimate = estimateImageCost(source, request),
): OptionPrice[] {
  const now = current.totalUsd;
  return values.map((value) => {
    const { totalUsd, currency, exact } = estimateImageCost(source, { ...request, [field]: value });
    const comparable = totalUsd !== undefined && now !== undefined && currency === current.currency;
    const deltaUsd = comparable ? Math.round((totalUsd - now) * 1e9) / 1e9 : undefined;
    return { value, totalUsd, deltaUsd, currency, exact };
  });
}

/**
 * Which request fields the price reads (so a live estimate subscribes to those alone), and which one of them has
 * options worth pricing one by one (`optionField`: `resolution`, or the field OpenRouter's `variant` lines name).
 *
 * @example
 * ```ts
 * priceDependencies(endpoint, [{ name: "resolution", values: ["1K", "2K"] }]);
 * // { fields: ["resolution", "n", "input_references"], optionField: "resolution" }
 * ```
 */
export function priceDependencies(
  source: PricingSource,
  enums: readonly PriceEnum[] = [],
): { fields: string[]; optionField: string | undefined } {
  const lines = pricingLines(source);
  const fields = new Set<string>();
  const byResolution = lines.some((line) => line.resolution !== undefined);
  const variant = variantField(lines, {}, enums);
  if (byResolution) fields.add("resolution");
  if (variant) fields.add(variant);
  if (lines.some((line) => line.billable === "output_image")) fields.add("n");
  if (lines.some((line) => line.billable === "input_image")) fields.add("input_references");
  const perPixel = lines.some((line) => line.unit === "megapixel");
  if (perPixel) for (const f of ["resolution", "size", "width", "height"]) fields.add(f);
  // A megapixel price reads the pixel size of the resolution: its options have prices too.
  return { fields: [...fields], optionField: byResolution || (!variant && perPixel) ? "resolution" : variant };
}
