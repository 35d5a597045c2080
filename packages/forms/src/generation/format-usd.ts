const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/**
 * A USD amount with two to four decimals, so sub-cent prices stay visible: `$0.0035`, `$0.04`, `$9.99`.
 *
 * @example
 * ```ts
 * formatUsd(0.0035); // "$0.0035"
 * ```
 */
export const formatUsd = (amount: number): string => usd.format(amount);

/**
 * Seconds with one decimal: `3.2 s`.
 *
 * @example
 * ```ts
 * formatSeconds(3240); // "3.2 s"
 * ```
 */
export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
