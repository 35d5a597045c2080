const formats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a bound or default for hints: integers plainly, fractions with at most 6 significant digits. With a
 * `locale` (`CoreMessages.locale`), in that locale's digits and separators (`de-DE`: `1.024`, `7,5`); without one,
 * as plain as JavaScript prints it (`1024`, `7.5`).
 */
export function formatNumber(value: number, locale?: string): string {
  const plain = String(value);
  // Short forms (7.5, 0.25, 1024) print as they are; long binary fractions (0.30000000000000004) are rounded.
  const rounded = plain.length <= 8 || Number.isInteger(value) ? value : Number.parseFloat(value.toPrecision(6));
  if (locale === undefined || !Number.isFinite(rounded)) return String(rounded);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    formats.set(locale, format);
  }
  return format.format(rounded);
}
