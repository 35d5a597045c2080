import { describe, expect, it } from "vitest";
import { enumParam, rangeParam } from "./__fixtures__/descriptors";
import { buildImageRequest, safeBuildImageRequest } from "./build-image-request";
import { compileParameterForm } from "./compile-parameter-form";
import { isImageRequestValidationError } from "./image-request-validation-error";
import { migrateValues } from "./migrate-values";
import type { FormValues } from "./types";
import { valuesEqual } from "./values-equal";

/** "Never throws" in core: whatever a caller passes, a result (or a typed error) comes back. */

const form = compileParameterForm(
  [enumParam("quality", ["low", "high"], { default: "low" }), rangeParam("n", 1, 4, { default: 1 })],
  { modelId: "acme/pixel" },
);
const boom = () => {
  throw new Error("boom");
};
function revoked<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}
function deep(depth: number): unknown[] {
  const root: unknown[] = [];
  let cursor = root;
  for (let i = 0; i < depth; i++) cursor = cursor[0] = [] as unknown[];
  return root;
}

describe("safeBuildImageRequest", () => {
  it.each([null, undefined, "values", 42, [], [["prompt", "x"]]])("values %j: { success: false }", (values) => {
    const result = safeBuildImageRequest(form, values as unknown as FormValues);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues).toEqual([{ field: "values", message: "Expected an object of values" }]);
    expect(() => buildImageRequest(form, values as unknown as FormValues)).toThrow(
      expect.objectContaining({ name: "ImageRequestValidationError" }),
    );
  });

  it.each([
    null,
    undefined,
    5,
    "full",
    { touched: 5 },
    { touched: null },
    { touched: "prompt" },
    { mode: "weird" },
    { touched: { prompt: true, n: "yes" } },
  ])("options %j read as (mostly) none", (options) => {
    const result = safeBuildImageRequest(form, { prompt: "a fox" }, options as never);
    expect(result).toEqual({ success: true, request: { model: "acme/pixel", prompt: "a fox" } });
  });

  it("a non-string model id in options is refused, not sent", () => {
    const bare = compileParameterForm([enumParam("quality", ["low"])]);
    const result = safeBuildImageRequest(bare, { prompt: "x" }, { modelId: 5 as unknown as string });
    expect(result.success ? result.request : result.error.issues[0]?.field).toBe("model");
  });

  it("values that throw when read: a Proxy, a revoked Proxy, a throwing getter", () => {
    const throwing = new Proxy({}, { get: boom, has: boom, getOwnPropertyDescriptor: boom, ownKeys: boom });
    const getter = Object.defineProperty({ prompt: "x" }, "n", { enumerable: true, get: boom });
    for (const values of [throwing, revoked({ prompt: "x" }), getter]) {
      const result = safeBuildImageRequest(form, values as FormValues);
      expect(result.success).toBe(false);
      if (!result.success) expect(isImageRequestValidationError(result.error)).toBe(true);
    }
  });

  it("a non-form input fails instead of throwing", () => {
    expect(safeBuildImageRequest(null as never, {}).success).toBe(false);
    expect(safeBuildImageRequest(revoked({}) as never, {}).success).toBe(false);
  });

  it("a 10,000-deep or cyclic value where a number belongs is an issue, not a crash", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const n of [deep(10_000), cyclic]) {
      const result = safeBuildImageRequest(form, { prompt: "x", n } as unknown as FormValues);
      expect(result.success).toBe(false);
    }
  });
});

describe("migrateValues", () => {
  it.each([null, undefined, 42, "x"])("values %j: the target's defaults, no changes", (values) => {
    expect(migrateValues(values as never, form)).toEqual({ values: form.defaults, changes: [] });
  });

  it("a Proxy, a revoked Proxy and throwing getters read as absent keys", () => {
    expect(migrateValues(revoked({ n: 3 }), form).values).toEqual(form.defaults);
    const trapped = new Proxy({ n: 3 }, { ownKeys: boom });
    expect(migrateValues(trapped, form).values).toEqual(form.defaults);
    const getter = Object.defineProperty({ n: 3 }, "quality", { enumerable: true, get: boom });
    expect(migrateValues(getter, form)).toEqual({ values: { ...form.defaults, n: 3 }, changes: [] });
    const proxied = new Proxy({ n: 2, prompt: "p" }, {});
    expect(migrateValues(proxied, form).values).toEqual({ ...form.defaults, n: 2, prompt: "p" });
  });

  it("an own `__proto__` key is carried as a key, never as a prototype", () => {
    const values = JSON.parse('{"__proto__": {"polluted": true}, "prompt": "p"}');
    const { values: next, changes } = migrateValues(values, form);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect((next as Record<string, unknown>).polluted).toBeUndefined();
    expect(changes).toEqual([{ field: "__proto__", from: { polluted: true }, to: undefined, reason: "dropped" }]);
  });
});

describe("compileParameterForm: fixed values that do not serialize", () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each([
    ["a BigInt", 10n],
    ["a cycle", cyclic],
    ["a revoked Proxy", revoked({})],
    ["a symbol", Symbol("s")],
    ["a throwing toJSON", { toJSON: boom }],
    ["a 10,000-deep list", deep(10_000)],
  ])("%s: ignored with an invalid_fixed warning", (_, value) => {
    const compiled = compileParameterForm([enumParam("quality", ["low", "high"]), rangeParam("n", 1, 4)], {
      fixed: { quality: value as never, n: value as never },
    });
    expect(compiled.fields.filter((f) => f.fixed)).toEqual([]);
    expect(compiled.warnings.map((w) => `${w.field}:${w.code}`)).toEqual(["quality:invalid_fixed", "n:invalid_fixed"]);
    for (const warning of compiled.warnings) expect(typeof warning.message).toBe("string");
  });
});

describe("valuesEqual", () => {
  it("compares 10,000-deep values without overflowing and cyclic ones without looping", () => {
    expect(valuesEqual(deep(10_000), deep(10_000))).toBe(true);
    const other = deep(10_000);
    expect(valuesEqual(deep(10_000), [other])).toBe(false);
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    const b: Record<string, unknown> = { x: 1 };
    b.self = b;
    expect(valuesEqual(a, b)).toBe(true);
    b.x = 2;
    expect(valuesEqual(a, b)).toBe(false);
    expect(valuesEqual(revoked({}), {})).toBe(false);
  });
});
