import { describe, expect, it } from "vitest";
import { applyInputReferenceConstraints } from "./input-reference-constraints";
import { MAX_ENUM_VALUES, normalizeParameters } from "./normalize-parameters";

/** "Never throws" against objects JSON cannot produce: getters, Proxies, revoked Proxies, cycles, deep nesting. */

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);
const boom = () => {
  throw new Error("boom");
};

function revoked(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { type: "enum", values: [value] };
  return value;
}

describe("normalizeParameters on hostile objects", () => {
  it("a throwing getter costs only its own key", () => {
    const input = { n: { type: "range", min: 1, max: 4 } };
    Object.defineProperty(input, "quality", { enumerable: true, get: boom });
    Object.defineProperty(input, "style", {
      enumerable: true,
      value: {
        type: "enum",
        get values() {
          return boom();
        },
      },
    });
    const r = normalizeParameters(input);
    expect(r.parameters.map((p) => p.name)).toEqual(["n"]);
    expect(codes(r)).toEqual(["unreadable_value", "unreadable_value"]);
    expect(r.warnings.map((w) => w.key)).toEqual(["quality", "style"]);
  });

  it("a Proxy whose traps throw, at the top and inside a descriptor", () => {
    const throwing = new Proxy({}, { ownKeys: boom, get: boom, has: boom, getOwnPropertyDescriptor: boom });
    expect(codes(normalizeParameters(throwing))).toEqual(["unreadable_parameters"]);
    const r = normalizeParameters({ q: throwing, n: { type: "range", min: 1, max: 2 } });
    expect(r.parameters.map((p) => p.name)).toEqual(["n"]);
    expect(codes(r)).toEqual(["unreadable_value"]);
  });

  it("a revoked Proxy, as the record, a descriptor, a value list and constraints", () => {
    expect(codes(normalizeParameters(revoked()))).toEqual(["invalid_parameters"]);
    const r = normalizeParameters({
      a: revoked(),
      b: { type: "enum", values: revoked([]) },
      input_references: { type: "range", min: 0, max: 2 },
      input_image_constraints: revoked(),
    });
    expect(r.parameters.map((p) => p.name)).toEqual(["input_references"]);
    expect(codes(r)).toEqual(["unreadable_value", "unreadable_value", "unreadable_value"]);
    expect(codes(applyInputReferenceConstraints({ parameters: [], warnings: [] }, { route: revoked() }))).toEqual([
      "invalid_constraints",
    ]);
  });

  it("a Proxy list that claims a huge length is read up to MAX_ENUM_VALUES", () => {
    const list = new Proxy([], { get: (_, key) => (key === "length" ? 2 ** 32 - 1 : "v") });
    const r = normalizeParameters({ q: { type: "enum", values: list } });
    expect(r.parameters).toMatchObject([{ name: "q", values: ["v"] }]);
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "too_many_values", count: 2 ** 32 - 1 - MAX_ENUM_VALUES }),
    ]);
  });

  it("cyclic and 10,000-deep values", () => {
    const cyclic: Record<string, unknown> = { type: "palette" };
    cyclic.self = cyclic;
    const deepList: unknown[] = [];
    let cursor = deepList;
    for (let i = 0; i < 10_000; i++) cursor = cursor[0] = [] as unknown[];
    const r = normalizeParameters({ c: cyclic, d: nested(10_000), e: { type: "enum", values: ["a", deepList] } });
    expect(r.parameters.map((p) => [p.name, p.kind])).toEqual([
      ["c", "unknown"],
      ["e", "enum"],
    ]);
    expect(r.warnings.map((w) => `${w.key}:${w.code}`)).toEqual([
      "c:unknown_type",
      "d:invalid_enum_value",
      "d:empty_enum",
      "e:invalid_enum_value",
    ]);
  });
});

describe("bounded warnings", () => {
  it("an enum of 1,000,000 nulls: one warning with a count, in milliseconds", () => {
    const values = Array.from({ length: 1_000_000 }, () => null);
    const started = performance.now();
    const r = normalizeParameters({ q: { type: "enum", values }, r: { type: "enum", values } });
    const ms = performance.now() - started;
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "too_many_values", key: "q", count: 1_000_000 - MAX_ENUM_VALUES }),
      expect.objectContaining({ code: "invalid_enum_value", key: "q", count: MAX_ENUM_VALUES }),
      expect.objectContaining({ code: "empty_enum", key: "q" }),
      expect.objectContaining({ code: "too_many_values", key: "r" }),
      expect.objectContaining({ code: "invalid_enum_value", key: "r" }),
      expect.objectContaining({ code: "empty_enum", key: "r" }),
    ]);
    // About 2 ms on an idle machine; generous for a loaded 2-core one (a warning per value would take seconds).
    expect(ms).toBeLessThan(1000);
  });

  it("a sparse array of length 1e7 and one of 2^32-1 cost milliseconds, not memory", () => {
    // Dictionary-mode arrays: only the last slot exists (setting `length` would allocate 80 MB up front).
    const holes: unknown[] = [];
    holes[1e7 - 1] = null;
    const sparse: unknown[] = [];
    sparse[2 ** 32 - 2] = null;
    sparse[5] = "only";
    const started = performance.now();
    const r = normalizeParameters({ a: { type: "enum", values: holes } });
    const s = normalizeParameters({ resolutions: sparse });
    // Tens of ms on an idle machine; walking 2^32-1 slots would take minutes, so a loaded machine's margin is safe.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(r.warnings.length).toBeLessThanOrEqual(4);
    expect(s.parameters).toMatchObject([{ name: "resolution", values: ["only"] }]);
    expect(s.warnings).toEqual([
      expect.objectContaining({ code: "too_many_values", count: 2 ** 32 - 1 - MAX_ENUM_VALUES }),
      expect.objectContaining({ code: "invalid_enum_value", count: MAX_ENUM_VALUES - 1 }),
    ]);
  });

  it("repeats of one code on one key raise its count; other keys get their own warning", () => {
    const r = normalizeParameters({
      a: { type: "enum", values: [null, {}, "x", []] },
      b: { type: "enum", values: [true] },
    });
    expect(r.warnings).toEqual([
      { code: "invalid_enum_value", key: "a", message: "a: invalid enum value", count: 3 },
      { code: "invalid_enum_value", key: "b", message: "b: invalid enum value" },
      { code: "empty_enum", key: "b", message: "b: empty enum" },
    ]);
  });
});
