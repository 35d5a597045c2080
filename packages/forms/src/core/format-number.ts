/** Formats a bound or default for hints: integers plainly, fractions with at most 6 significant digits. */
export function formatNumber(value: number): string {
  const plain = String(value);
  // Short forms (7.5, 0.25, 1024) print as they are; long binary fractions (0.30000000000000004) are rounded.
  return plain.length <= 8 || Number.isInteger(value) ? plain : String(Number.parseFloat(value.toPrecision(6)));
}
