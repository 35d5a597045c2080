import { formatPrice } from "../core/price/format-price";

/**
 * A USD amount with two to four decimals, so sub-cent prices stay visible: `$0.0035`, `$0.04`, `$9.99`. The price
 * estimate's formatter, so a result's cost reads exactly like the estimate before it; in `locale` when given (the
 * messages' `core.locale`), else `en-US`.
 *
 * @example
 * ```ts
 * formatUsd(0.0035); // "$0.0035"
 * formatUsd(0.04, "de-DE"); // "0,04 $"
 * ```
 */
export const formatUsd = (amount: number, locale?: string): string => formatPrice(amount, "USD", { locale });

const seconds = new Map<string, Intl.NumberFormat>();

/**
 * Seconds with one decimal: `3.2 s`; in `locale` when given (`3,2 s` in `de-DE`).
 *
 * @example
 * ```ts
 * formatSeconds(3240); // "3.2 s"
 * ```
 */
export const formatSeconds = (ms: number, locale?: string): string => {
  if (locale === undefined) return `${(ms / 1000).toFixed(1)} s`;
  let format = seconds.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    seconds.set(locale, format);
  }
  return `${format.format(ms / 1000)} s`;
};
