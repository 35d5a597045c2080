const formats = new Map<string, Intl.NumberFormat>();

/**
 * A price for display: `$0.04`, `$0.003`, `€1.20`; with `sign`, a difference (`+$0.02`, `-$0.01`). Two to four
 * decimals. A currency `Intl` does not know is written after the number (`0.5 credits`).
 *
 * @example
 * ```ts
 * formatPrice(0.0035); // "$0.0035"
 * formatPrice(0.02, "USD", { sign: true }); // "+$0.02"
 * ```
 */
export function formatPrice(amount: number, currency = "USD", options: { locale?: string; sign?: boolean } = {}) {
  const { locale = "en-US", sign = false } = options;
  const key = `${locale}|${currency}|${sign}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 4,
        signDisplay: sign ? "exceptZero" : "auto",
      });
    } catch {
      // Not an ISO 4217 code: the number, then the unit as published.
      const plain = new Intl.NumberFormat(locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 4,
        signDisplay: sign ? "exceptZero" : "auto",
      });
      format = { format: (value: number) => `${plain.format(value)} ${currency}` } as Intl.NumberFormat;
    }
    formats.set(key, format);
  }
  return format.format(amount);
}
