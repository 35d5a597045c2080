import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "./__fixtures__/openrouter-endpoints-qwen-qwen-image-3.2026-08-17.json";
import { applyInputReferenceConstraints } from "./input-reference-constraints";
import { normalizeParameters } from "./normalize-parameters";
import type { ParameterDescriptor } from "./parameter-descriptor";

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);
const byName = (ps: ParameterDescriptor[], name: string) => ps.find((p) => p.name === name);

describe("normalizeParameters: typed shape", () => {
  it("reads enum, range, boolean and input_references in published order", () => {
    const r = normalizeParameters({
      resolution: { type: "enum", values: ["1024x1024", "1024x768"], default: "1024x1024" },
      quality: { type: "enum", values: ["low", "medium", "high"], default: "medium" },
      n: { type: "range", min: 1, max: 4, default: 1 },
      input_references: { type: "range", min: 0, max: 4 },
      seed: { type: "boolean" },
    });
    expect(r.warnings).toEqual([]);
    expect(r.parameters.map((p) => `${p.name}:${p.kind}`)).toEqual([
      "resolution:enum",
      "quality:enum",
      "n:range",
      "input_references:image_references",
      "seed:boolean",
    ]);
    expect(r.parameters[0]).toEqual({
      name: "resolution",
      kind: "enum",
      source: "typed",
      sourceKey: "resolution",
      values: ["1024x1024", "1024x768"],
      default: "1024x1024",
    });
    expect(byName(r.parameters, "n")).toMatchObject({ min: 1, max: 4, default: 1, integer: true, step: 1 });
    expect(byName(r.parameters, "input_references")).toMatchObject({ minItems: 0, maxItems: 4, constraints: {} });
    expect(byName(r.parameters, "seed")).toMatchObject({ valueType: "integer", min: 0, max: 4294967295 });
  });

  it("infers integer ranges and keeps continuous ones", () => {
    const r = normalizeParameters({
      a: { type: "range", min: 0, max: 1 },
      b: { type: "range", min: 0, max: 1, default: 0.5 },
      c: { type: "range", min: 0.5, max: 2.5, step: 1 },
      d: { type: "range", min: 0, max: 10, step: 0.5 },
    });
    expect(r.parameters.map((p) => p.kind === "range" && [p.integer, p.step])).toEqual([
      [true, 1],
      [false, undefined],
      [true, 1],
      [false, 0.5],
    ]);
  });

  it("boolean support flags derive their value type from the name", () => {
    const r = normalizeParameters({
      seed: { type: "boolean" },
      negative_prompt: { type: "boolean" },
      watermark: { type: "boolean" },
      enhance_prompt: { type: "boolean" },
    });
    expect(r.parameters.map((p) => p.kind === "boolean" && p.valueType)).toEqual([
      "integer",
      "string",
      "boolean",
      "boolean",
    ]);
  });

  it("keeps unknown types as unknown descriptors with a warning", () => {
    const r = normalizeParameters({ mask: { type: "image", max: 1 } });
    expect(r.parameters).toEqual([
      { name: "mask", kind: "unknown", source: "typed", sourceKey: "mask", raw: { type: "image", max: 1 } },
    ]);
    expect(codes(r)).toEqual(["unknown_type"]);
  });

  it("cleans enums: numbers kept, duplicates removed, junk dropped, bad default dropped", () => {
    const r = normalizeParameters({ steps: { type: "enum", values: [20, 30, 20, "x", null, {}], default: 40 } });
    expect(r.parameters[0]).toMatchObject({ values: [20, 30, "x"] });
    expect(r.parameters[0]).not.toHaveProperty("default");
    expect(codes(r)).toEqual(["invalid_enum_value", "invalid_default"]);
    expect(r.warnings[0]?.count).toBe(2);
  });

  it("swaps min > max and drops non-finite bounds", () => {
    const r = normalizeParameters({
      n: { type: "range", min: 4, max: 1 },
      x: { type: "range", min: Number.NaN, max: 2 },
      y: { type: "range", min: 0, max: Number.POSITIVE_INFINITY },
      z: { type: "range", min: "0", max: 3 },
    });
    expect(r.parameters).toHaveLength(1);
    expect(r.parameters[0]).toMatchObject({ name: "n", min: 1, max: 4 });
    expect(codes(r)).toEqual(["swapped_range", "invalid_range", "invalid_range", "invalid_range"]);
  });

  it("reads the real OpenRouter endpoint record", () => {
    const [endpoint] = fixture.endpoints;
    const r = normalizeParameters(endpoint?.supported_parameters);
    expect(r.warnings).toEqual([]);
    expect(r.parameters.map((p) => p.name)).toEqual(["resolution", "aspect_ratio", "n", "input_references", "seed"]);
    expect(byName(r.parameters, "aspect_ratio")).toMatchObject({
      kind: "enum",
      values: expect.arrayContaining(["16:9"]),
    });
    expect(byName(r.parameters, "n")).toMatchObject({ kind: "range", min: 1, max: 6, integer: true });
    expect(byName(r.parameters, "input_references")).toMatchObject({ kind: "image_references", maxItems: 4 });
  });
});

describe("normalizeParameters: legacy flat keys", () => {
  it("reads every legacy key", () => {
    const r = normalizeParameters({
      resolutions: ["1:1", "16:9", "9:16", "2k", "auto"],
      max_images: 4,
      max_input_images: 6,
      input_image_constraints: {
        max_items: 5,
        route: { max_bytes: 31457280, formats: ["PNG", "jpeg", ".webp"], min_width: 8, max_width: 16384 },
        provider: { max_bytes: 10485760, max_width: 4096 },
      },
      rendering_speed: ["fast", "quality"],
    });
    expect(r.warnings).toEqual([]);
    expect(r.parameters.map((p) => p.name)).toEqual(["resolution", "n", "input_references", "rendering_speed"]);
    expect(r.parameters[0]).toMatchObject({ kind: "enum", source: "legacy", sourceKey: "resolutions" });
    expect(byName(r.parameters, "n")).toMatchObject({ kind: "range", min: 1, max: 4, integer: true, step: 1 });
    expect(byName(r.parameters, "input_references")).toEqual({
      name: "input_references",
      kind: "image_references",
      source: "legacy",
      sourceKey: "max_input_images",
      minItems: 0,
      maxItems: 5,
      constraints: { maxBytes: 10485760, minWidth: 8, maxWidth: 4096, formats: ["png", "jpeg", "webp"] },
    });
  });

  it("max_images and max_output_images: the smaller wins, with a warning when they differ", () => {
    const same = normalizeParameters({ max_images: 4, max_output_images: 4 });
    expect(same.warnings).toEqual([]);
    const r = normalizeParameters({ max_images: 4, max_output_images: 2 });
    expect(r.parameters).toMatchObject([{ name: "n", min: 1, max: 2 }]);
    expect(codes(r)).toEqual(["conflicting_values"]);
  });

  it("fixed_image_count fixes n and overrides max_images", () => {
    const r = normalizeParameters({ max_images: 4, fixed_image_count: 1 });
    expect(r.parameters).toEqual([
      {
        name: "n",
        kind: "range",
        source: "legacy",
        sourceKey: "fixed_image_count",
        min: 1,
        max: 1,
        step: 1,
        integer: true,
        fixed: true,
        default: 1,
      },
    ]);
  });

  it("constraints with max_items but no count create an input_references descriptor", () => {
    const r = normalizeParameters({ input_image_constraints: { max_items: 2, provider: { formats: ["PNG"] } } });
    expect(r.parameters).toMatchObject([{ kind: "image_references", maxItems: 2, constraints: { formats: ["png"] } }]);
  });

  it("reports bad legacy values", () => {
    const r = normalizeParameters({ resolutions: "1:1", max_images: 0, max_output_images: -1, fixed_image_count: "2" });
    expect(r.parameters).toEqual([]);
    expect(codes(r)).toEqual(["invalid_value", "invalid_value", "invalid_value", "invalid_value"]);
    expect(codes(normalizeParameters({ resolutions: [] }))).toEqual(["empty_enum"]);
  });
});

describe("normalizeParameters: mixed shapes", () => {
  it("prefers the typed descriptor for the same field and warns", () => {
    const r = normalizeParameters({
      resolutions: ["1:1"],
      resolution: { type: "enum", values: ["1024x1024"] },
      max_images: 2,
      n: { type: "range", min: 1, max: 8 },
      seed: { type: "boolean" },
    });
    expect(r.parameters.map((p) => [p.name, p.source])).toEqual([
      ["resolution", "typed"],
      ["n", "typed"],
      ["seed", "typed"],
    ]);
    expect(codes(r)).toEqual(["duplicate_parameter", "duplicate_parameter"]);
  });

  it("merges legacy constraints into a typed input_references range", () => {
    const r = normalizeParameters({
      input_references: { type: "range", min: 0, max: 4 },
      input_image_constraints: { max_items: 3, route: { max_bytes: 100 } },
    });
    expect(r.parameters).toMatchObject([{ source: "typed", maxItems: 3, constraints: { maxBytes: 100 } }]);
  });
});

describe("normalizeParameters: degenerate input", () => {
  const inputs: unknown[] = [
    {},
    null,
    undefined,
    42,
    "x",
    [],
    [1, 2],
    { max_images: 0 },
    { n: { type: "range", min: 5, max: 1 } },
    { resolutions: "1024x1024" },
    { q: { type: "enum" } },
    { q: { type: "enum", values: [] } },
    { q: { type: null } },
    { q: { type: "range" } },
    { input_image_constraints: 5 },
    JSON.parse('{"__proto__": {"type":"enum","values":["a"]}}'),
    JSON.parse('{"constructor": {"type":"enum","values":["a"]}, "toString": true, "hasOwnProperty": 1}'),
    { input_references: {}, input_image_constraints: { max_items: 1 } },
    JSON.parse('{"input_image_constraints": {"__proto__": {"max_bytes": 1}, "route": {"__proto__": {"x": 1}}}}'),
  ];
  it.each(inputs.map((i) => [JSON.stringify(i) ?? String(i), i]))(
    "%s: descriptors or warnings, never a throw",
    (_, input) => {
      const r = normalizeParameters(input);
      expect(Array.isArray(r.parameters) && Array.isArray(r.warnings)).toBe(true);
      if (input && typeof input === "object" && Object.keys(input).length)
        expect(r.parameters.length + r.warnings.length).toBeGreaterThan(0);
      expect(({} as Record<string, unknown>).type).toBeUndefined();
      expect(({} as Record<string, unknown>).values).toBeUndefined();
      expect(({} as Record<string, unknown>).max_bytes).toBeUndefined();
    },
  );

  it("ignores a __proto__ key with a warning and keeps constructor as a plain field", () => {
    const r = normalizeParameters(JSON.parse('{"__proto__": {"type":"enum","values":["a"]}, "constructor": true}'));
    expect(codes(r)).toContain("unsafe_key");
    expect(r.parameters).toMatchObject([{ name: "constructor", kind: "boolean" }]);
  });

  it("survives values JSON cannot represent", () => {
    const circular: Record<string, unknown> = { type: "enum" };
    circular.values = [circular, 1n, Symbol("s"), Object.create(null), "ok"];
    const r = normalizeParameters({
      q: circular,
      w: { type: Object.create(null) },
      e: { type: "range", min: 1n, max: 2 },
    });
    expect(r.parameters).toMatchObject([
      { name: "q", values: ["ok"] },
      { name: "w", kind: "unknown" },
    ]);
    expect(codes(r)).toEqual(["invalid_enum_value", "unknown_type", "invalid_range"]);
    expect(r.warnings[0]?.count).toBe(4);
  });

  it("non-object input warns unless null/undefined", () => {
    expect(normalizeParameters(null)).toEqual({ parameters: [], warnings: [] });
    expect(codes(normalizeParameters("x"))).toEqual(["invalid_parameters"]);
  });
});

describe("applyInputReferenceConstraints", () => {
  it("merges the tighter limits and caps maxItems, without mutating the input", () => {
    const base = normalizeParameters({ input_references: { type: "range", min: 0, max: 4 } });
    const r = applyInputReferenceConstraints(base, {
      max_items: 3,
      route: { min_width: 8, max_width: 16384, max_bytes: 31457280, formats: ["png", "JPEG"] },
      provider: { max_bytes: 10485760, source: "provider-docs" },
    });
    expect(r.parameters[0]).toMatchObject({
      maxItems: 3,
      constraints: { maxBytes: 10485760, minWidth: 8, maxWidth: 16384, formats: ["png", "jpeg"] },
    });
    expect(base.parameters[0]).toMatchObject({ maxItems: 4, constraints: {} });
  });

  it("creates a descriptor from max_items when there is none, ignores absent constraints, warns on junk", () => {
    const r = applyInputReferenceConstraints({ parameters: [], warnings: [] }, { max_items: 2 });
    expect(r.parameters).toMatchObject([{ kind: "image_references", minItems: 0, maxItems: 2 }]);
    expect(applyInputReferenceConstraints({ parameters: [], warnings: [] }, undefined).parameters).toEqual([]);
    expect(codes(applyInputReferenceConstraints({ parameters: [], warnings: [] }, "big"))).toEqual([
      "invalid_constraints",
    ]);
  });
});

describe("normalizeParameters: property", () => {
  const wellFormed = (p: ParameterDescriptor) => {
    expect(typeof p.name).toBe("string");
    if (p.kind === "enum") {
      expect(p.values.length).toBeGreaterThan(0);
      expect(new Set(p.values).size).toBe(p.values.length);
      if (p.default !== undefined) expect(p.values).toContain(p.default);
    }
    if (p.kind === "range") {
      expect(Number.isFinite(p.min) && Number.isFinite(p.max) && p.min <= p.max).toBe(true);
      if (p.step !== undefined) expect(p.step).toBeGreaterThan(0);
    }
    if (p.kind === "image_references") expect(0 <= p.minItems && p.minItems <= p.maxItems).toBe(true);
  };
  const key = fc.constantFrom(
    "resolution",
    "resolutions",
    "n",
    "max_images",
    "max_output_images",
    "fixed_image_count",
    "max_input_images",
    "input_references",
    "input_image_constraints",
    "rendering_speed",
    "seed",
    "__proto__",
    "constructor",
    "x",
  );
  const leaf = fc.oneof(
    fc.double(),
    fc.integer({ min: -3, max: 8 }),
    fc.string({ maxLength: 3 }),
    fc.boolean(),
    fc.constant(null),
  );
  const descriptor = fc.record(
    {
      type: fc.oneof(fc.constantFrom("enum", "range", "boolean", "image"), leaf),
      values: fc.array(leaf, { maxLength: 4 }),
      min: leaf,
      max: leaf,
      step: leaf,
      default: leaf,
      max_items: leaf,
      route: fc.dictionary(fc.constantFrom("max_bytes", "formats", "min_width"), fc.oneof(leaf, fc.array(leaf))),
    },
    { requiredKeys: [] },
  );
  const value = fc.oneof(leaf, fc.array(leaf, { maxLength: 4 }), descriptor);

  it("never throws and every descriptor is well formed", () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(key, value, { maxKeys: 6 }), fc.jsonValue()), (input) => {
        const r = normalizeParameters(JSON.parse(JSON.stringify(input) ?? "null"));
        r.parameters.forEach(wellFormed);
        expect(new Set(r.parameters.map((p) => p.name)).size).toBe(r.parameters.length);
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});

describe("blank parameter names", () => {
  it.each(["", " ", "\t"])("drops %j with an invalid_name warning", (key) => {
    const { parameters, warnings } = normalizeParameters({
      [key]: { type: "enum", values: ["a"] },
      n: { type: "range", min: 1, max: 2 },
    });
    expect(parameters.map((p) => p.name)).toEqual(["n"]);
    expect(warnings.map((w) => w.code)).toContain("invalid_name");
  });
});
