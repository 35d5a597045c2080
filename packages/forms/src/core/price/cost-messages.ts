import { humanizeLabel } from "../humanize-label";

/**
 * The texts of a cost estimate: each line's label and each note saying what the figure assumes or why there is
 * none. Server-safe (no React); `PriceEstimateMessages` extends it, so the price part of the messages carries them.
 *
 * @example
 * ```ts
 * estimateImageCost(endpoint, request, { lineLabel: (billable, key) => (billable === "output_image" ? "Bild" : billable) });
 * ```
 */
export interface CostMessages {
  /** A line's label from its billable (`output_image`) and the resolution or variant it is keyed on (`1024x1024`). */
  lineLabel(billable: string, key: string | undefined): string;
  /** The endpoint publishes no pricing line. */
  nothingPublished: string;
  /** The request asks for a `value` of `field` no line prices; `auto` when the `auto` line priced it instead. */
  notPublishedFor(field: string, value: string, auto: boolean): string;
  /** The request leaves `field` unset: priced at its published default. */
  pricedAtDefault(field: string, value: string): string;
  /** The price depends on `field` and the request leaves it unset. */
  dependsOn(field: string): string;
  /** Per-megapixel pricing with no known size: of the reference images (`input`) or of the output. */
  megapixelsUnknown(input: boolean): string;
  megapixelsCounted: string;
  /** Megapixels counted at the published default resolution (`size` is "1024x1024"). */
  megapixelsAtDefault(size: string): string;
  /** A line whose unit cannot be estimated. */
  unitNotEstimated(billable: string, unit: string): string;
  countNotNumber: string;
  noOutputPrice: string;
  /** A published line the estimate leaves out. */
  notIncluded(billable: string, unit: string): string;
  /** Lines in several currencies: no total. */
  currencies(currencies: string[]): string;
}

/**
 * The English texts of {@link CostMessages}.
 *
 * @example
 * ```ts
 * defaultCostMessages.lineLabel("output_image", "1024x1024"); // "Output image · 1024x1024"
 * ```
 */
export const defaultCostMessages: CostMessages = {
  lineLabel: (billable, key) => `${humanizeLabel(billable)}${key === undefined ? "" : ` · ${key}`}`,
  nothingPublished: "No price is published.",
  notPublishedFor: (field, value, auto) =>
    `No price is published for ${field} "${value}"${auto ? ': priced at the "auto" line' : ""}.`,
  pricedAtDefault: (field, value) => `No ${field} set: priced at its published default "${value}".`,
  dependsOn: (field) => `The price depends on the ${field}: choose one.`,
  megapixelsUnknown: (input) =>
    input
      ? "Reference images are priced per megapixel and their sizes are unknown."
      : "The price is per megapixel and the output size is unknown: choose a pixel resolution.",
  megapixelsCounted: "Megapixels counted as width × height / 1,000,000; the provider may round.",
  megapixelsAtDefault: (size) => `No resolution set: megapixels counted at the published default ${size}.`,
  unitNotEstimated: (billable, unit) => `A ${billable} price per "${unit}" cannot be estimated.`,
  countNotNumber: "The image count is not a number.",
  noOutputPrice: "No output-image price is published.",
  notIncluded: (billable, unit) => `Not included: ${billable} per ${unit}.`,
  currencies: (currencies) => `Lines are priced in ${currencies.join(" and ")}: no total.`,
};
