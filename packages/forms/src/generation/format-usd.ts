import { formatPrice } from "../core/price/format-price";

/**
 * A USD amount with two to four decimals, so sub-cent prices stay visible: `$0.0035`, `$0.04`, `$9.99`. The price
 * estimate's formatter, so a result's cost reads exactly like the estimate before it.
 *
 * @example
 * ```ts
 * formatUsd(0.0035); // "$0.0035"
 * ```
 */
export const formatUsd = (amount: number): string => formatPrice(amount);

/**
 * Seconds with one decimal: `3.2 s`.
 *
 * @example
 * ```ts
 * formatSeconds(3240); // "3.2 s"
 * ```
 */
export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
