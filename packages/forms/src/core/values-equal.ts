import type { FieldValue } from "./types";

/**
 * Structural equality for form values (primitives, arrays and plain objects such as `image_url` entries). Iterative,
 * so a 10,000-deep value does not overflow the stack, and safe on cycles (a pair already being compared is equal).
 * A value whose keys or properties cannot be read (a revoked Proxy, a throwing getter) equals only itself.
 *
 * @example
 * ```ts
 * valuesEqual([{ type: "image_url", image_url: { url: "a" } }], [{ type: "image_url", image_url: { url: "a" } }]); // true
 * valuesEqual(1, "1"); // false
 * ```
 */
export function valuesEqual(a: unknown, b: unknown): boolean {
  // The common case, primitives, without allocating anything.
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  try {
    return equalIteratively(a, b);
  } catch {
    return false;
  }
}

function equalIteratively(a: unknown, b: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[a, b]];
  const compared = new Map<object, Set<object>>();
  while (pending.length > 0) {
    const [x, y] = pending.pop() as [unknown, unknown];
    if (Object.is(x, y)) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const seen = compared.get(x) ?? new Set<object>();
    if (seen.has(y)) continue;
    compared.set(x, seen.add(y));
    const keysX = Object.keys(x);
    const keysY = Object.keys(y);
    if (keysX.length !== keysY.length) return false;
    for (const key of keysX) {
      if (!Object.hasOwn(y, key)) return false;
      pending.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

/** `undefined`, an empty string and an empty list all mean "nothing set": they are never sent. */
export function isEmptyValue(value: FieldValue | unknown): boolean {
  return value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * Sets an own, enumerable data property, whatever the key: a published name such as `__proto__` would otherwise
 * replace the object's prototype instead of becoming a key.
 *
 * @example
 * ```ts
 * const values: Record<string, unknown> = {};
 * setOwn(values, "__proto__", 1);
 * Object.keys(values); // ["__proto__"]
 * ```
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A value as short text for messages: JSON when it serializes, else a plain description. Never throws (a BigInt,
 * a cycle, a revoked Proxy or a throwing `toJSON` all describe themselves).
 *
 * @example
 * ```ts
 * describeValue("a"); // "\"a\""
 * describeValue(10n); // "10n"
 * ```
 */
export function describeValue(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 200 ? `${json.slice(0, 197)}...` : json;
  } catch {}
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol" || typeof value === "function" || value === undefined) return typeof value;
  return "(a value that cannot be shown)";
}
