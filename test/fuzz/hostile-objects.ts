import fc from "fast-check";

/**
 * Values JSON can never produce, for the "never throws" contracts: throwing getters, Proxies whose traps throw,
 * revoked Proxies, cycles and deep nesting, and lists that claim a huge length. `hostile(value)` wraps a generated
 * value in one of them, so a fuzzed record can hide one anywhere.
 */

export type HostileKind =
  | "plain"
  | "throwing-getter"
  | "throwing-proxy"
  | "revoked-proxy"
  | "transparent-proxy"
  | "cycle"
  | "deep"
  | "huge-length";

export const hostileKinds: readonly HostileKind[] = [
  "plain",
  "throwing-getter",
  "throwing-proxy",
  "revoked-proxy",
  "transparent-proxy",
  "cycle",
  "deep",
  "huge-length",
];

const boom = () => {
  throw new Error("hostile trap");
};

/** `value` disguised as `kind` (objects and arrays get the disguise; other values are boxed into an object). */
export function hostile(value: unknown, kind: HostileKind): unknown {
  const target: object = typeof value === "object" && value !== null ? value : { type: "enum", values: [value] };
  switch (kind) {
    case "plain":
      return value;
    case "throwing-getter": {
      const copy: Record<string, unknown> = Array.isArray(target) ? ([...target] as never) : { ...target };
      Object.defineProperty(copy, Array.isArray(copy) ? "0" : "values", { enumerable: true, get: boom });
      Object.defineProperty(copy, "type", { enumerable: true, get: boom });
      return copy;
    }
    case "throwing-proxy":
      return new Proxy(target, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });
    case "revoked-proxy": {
      const { proxy, revoke } = Proxy.revocable(target, {});
      revoke();
      return proxy;
    }
    case "transparent-proxy":
      return new Proxy(target, {});
    case "cycle": {
      const copy: Record<string, unknown> = { ...target };
      copy.self = copy;
      copy.values = [copy, "ok"];
      return copy;
    }
    case "deep": {
      let nested: unknown = value;
      for (let i = 0; i < 10_000; i++) nested = { type: "enum", values: [nested] };
      return nested;
    }
    case "huge-length":
      return {
        type: "enum",
        values: new Proxy([], { get: (_, key) => (key === "length" ? 2 ** 32 - 1 : key === "0" ? "v" : undefined) }),
      };
  }
}

/** A hostile kind, mostly plain so most of a record stays meaningful. */
export const hostileKind: fc.Arbitrary<HostileKind> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("plain" as const) },
  { weight: 1, arbitrary: fc.constantFrom(...hostileKinds.filter((k) => k !== "plain")) },
);

/** A record (e.g. `supported_parameters`) with some of its values replaced by hostile disguises. */
export function hostileRecord(record: unknown, kinds: readonly HostileKind[]): unknown {
  if (typeof record !== "object" || record === null || Array.isArray(record))
    return hostile(record, kinds[0] ?? "plain");
  const out: Record<string, unknown> = {};
  Object.keys(record).forEach((key, index) => {
    Object.defineProperty(out, key, {
      value: hostile((record as Record<string, unknown>)[key], kinds[index % Math.max(1, kinds.length)] ?? "plain"),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return out;
}
