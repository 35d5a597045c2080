import { type CostMessages, defaultCostMessages } from "../core/price/cost-messages";
import { formatPrice } from "../core/price/format-price";

/** The parts of `PriceEstimate`, each marked `data-mf-slot="<part>"`. */
export type PriceEstimateSlot =
  | "price"
  | "price-summary"
  | "price-label"
  | "price-total"
  | "price-lines"
  | "price-line"
  | "price-line-label"
  | "price-line-quantity"
  | "price-line-amount"
  | "price-notes"
  | "price-note"
  | "price-notice"
  | "price-budget-error";

/** Texts of `PriceEstimate`, with the estimate's own line labels and notes ({@link CostMessages}). */
export interface PriceEstimateMessages extends CostMessages {
  label: string;
  loading: string;
  /** The endpoint record could not be fetched: the price is hidden, nothing else changes. */
  unavailable: string;
  noPricing: string;
  /** The total when no published line prices this request (the notes say why). */
  unknown: string;
  approximately(price: string): string;
  quantity(quantity: number, unitPrice: string, unit: string): string;
  overBudget(total: string, budget: string): string;
  /** A per-option note (the option's price for one image, or with `optionPrices: "difference"` its difference). */
  optionNote(price: string): string;
  /** A price; `locale` is the messages' `core.locale` (unset: `en-US`). */
  formatPrice(amount: number, currency: string, sign?: boolean, locale?: string): string;
}

/** English texts of `PriceEstimate`; pass `messages` to replace any of them. */
export const defaultPriceEstimateMessages: PriceEstimateMessages = {
  ...defaultCostMessages,
  label: "Estimated cost",
  loading: "Checking the price…",
  unavailable: "Price unavailable right now.",
  noPricing: "No price is published for this model.",
  unknown: "Unknown",
  approximately: (price) => `≈ ${price}`,
  quantity: (quantity, unitPrice, unit) =>
    `${Number(quantity.toFixed(3))} × ${unitPrice}${unit === "image" ? "" : ` per ${unit}`}`,
  overBudget: (total, budget) =>
    `The estimated cost, ${total}, is over your budget of ${budget}. Lower the image count or pick a cheaper option.`,
  optionNote: (price) => price,
  formatPrice: (amount, currency, sign, locale) => formatPrice(amount, currency, { sign, locale }),
};
