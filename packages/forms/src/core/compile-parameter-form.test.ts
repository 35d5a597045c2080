import type { ImageModel } from "@model-forms/client";
import { describe, expect, it } from "vitest";
import { enumParam, flagParam, rangeParam, referencesParam, unknownParam } from "./__fixtures__/descriptors";
import { compileParameterForm } from "./compile-parameter-form";
import { enumKind } from "./kinds/enum-kind";

const descriptors = [
  enumParam("resolution", ["1024x1024", "1536x1024", "auto"], { default: "1024x1024" }),
  rangeParam("n", 1, 4, { default: 1 }),
  enumParam("quality", ["low", "medium", "high"]),
  flagParam("seed", "integer"),
  referencesParam(4),
];

const model: ImageModel = {
  id: "acme/pixel-v3/turbo",
  name: "Pixel v3 Turbo",
  parameters: descriptors,
  parameterWarnings: [{ code: "unknown_type", key: "style", message: "style: unknown type" }],
};

describe("compileParameterForm", () => {
  it("compiles a model: prompt first, then the parameters in published order", () => {
    const form = compileParameterForm(model);
    expect(form.modelId).toBe("acme/pixel-v3/turbo");
    expect(form.fields.map((f) => f.name)).toEqual([
      "prompt",
      "resolution",
      "n",
      "quality",
      "seed",
      "input_references",
    ]);
    expect(form.fields.map((f) => f.label)).toEqual([
      "Prompt",
      "Resolution",
      "Images",
      "Quality",
      "Seed",
      "Reference images",
    ]);
    expect(form.defaults).toEqual({
      prompt: "",
      resolution: "1024x1024",
      n: 1,
      quality: "low",
      seed: undefined,
      input_references: [],
    });
    expect(form.warnings).toEqual([{ code: "unknown_type", field: "style", message: "style: unknown type" }]);
  });

  it("has a schema whose errors name the field", () => {
    const form = compileParameterForm(model);
    expect(form.schema.safeParse({ ...form.defaults, prompt: "a fox" }).success).toBe(true);
    const result = form.schema.safeParse({ ...form.defaults, prompt: "a fox", n: 1.5, quality: "ultra" });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["n"], ["quality"]]);
  });

  it("compiles a bare descriptor list", () => {
    const form = compileParameterForm(descriptors, { modelId: "acme/x" });
    expect(form.modelId).toBe("acme/x");
    expect(compileParameterForm(descriptors).modelId).toBeUndefined();
  });

  it("applies labels, descriptions, order, hidden and advanced options", () => {
    const form = compileParameterForm(model, {
      labels: { n: "Count", prompt: "Describe it" },
      descriptions: { quality: "Higher costs more" },
      order: ["quality", "n"],
      hidden: ["input_references"],
      advanced: ["quality"],
    });
    expect(form.fields.map((f) => f.name)).toEqual(["quality", "n", "prompt", "resolution", "seed"]);
    expect(form.fields.find((f) => f.name === "n")?.label).toBe("Count");
    expect(form.fields.find((f) => f.name === "prompt")?.label).toBe("Describe it");
    expect(form.fields.find((f) => f.name === "quality")).toMatchObject({
      advanced: true,
      description: "Higher costs more",
    });
    expect(form.defaults).not.toHaveProperty("input_references");
    expect(form.warnings.filter((w) => w.code === "unknown_option_field")).toEqual([]);
  });

  it("warns about options naming no field", () => {
    const form = compileParameterForm(model, { order: ["steps"], fixed: { style: "x" } });
    expect(form.warnings.filter((w) => w.code === "unknown_option_field").map((w) => w.field)).toEqual([
      "steps",
      "style",
    ]);
  });

  it("omits the prompt with prompt: false, makes it optional with required: false", () => {
    expect(compileParameterForm(model, { prompt: false }).fields[0]?.name).toBe("resolution");
    const optional = compileParameterForm(model, { prompt: { required: false, maxLength: 10 } });
    expect(optional.fields[0]?.constraints).toEqual({ required: false, maxLength: 10 });
    expect(optional.schema.safeParse(optional.defaults).success).toBe(true);
  });

  it("fixes fields by options: fixed value, schema accepts only it", () => {
    const form = compileParameterForm(model, { fixed: { resolution: "1536x1024" } });
    const field = form.fields.find((f) => f.name === "resolution");
    expect(field).toMatchObject({
      fixed: true,
      fixedBy: "options",
      fixedValue: "1536x1024",
      defaultValue: "1536x1024",
    });
    expect(field?.schema.safeParse("1536x1024").success).toBe(true);
    expect(field?.schema.safeParse("1024x1024").success).toBe(false);
  });

  it("ignores an invalid fixed value with a warning", () => {
    const form = compileParameterForm(model, { fixed: { n: 9 } });
    expect(form.fields.find((f) => f.name === "n")?.fixed).toBe(false);
    expect(form.warnings.map((w) => w.code)).toContain("invalid_fixed");
  });

  it("marks provider-fixed descriptors", () => {
    const form = compileParameterForm([rangeParam("n", 1, 1, { default: 1, fixed: true })]);
    expect(form.fields[1]).toMatchObject({ fixed: true, fixedBy: "provider", fixedValue: 1 });
  });

  it("leaves out unknown kinds, reserved keys and duplicates with warnings", () => {
    const form = compileParameterForm([
      unknownParam("style"),
      enumParam("stream", ["true"]),
      enumParam("nImages", ["1"]),
      rangeParam("n", 1, 4),
      rangeParam("n", 1, 8),
      enumParam("prompt", ["x"]),
    ]);
    expect(form.fields.map((f) => f.name)).toEqual(["prompt", "n"]);
    expect(form.fields[1]?.constraints.max).toBe(4);
    expect(form.warnings.map((w) => `${w.code}:${w.field}`)).toEqual([
      "unknown_kind:style",
      "reserved_field:stream",
      "reserved_field:nImages",
      "duplicate_field:n",
      "duplicate_field:prompt",
    ]);
  });

  it("reports clamped defaults", () => {
    const form = compileParameterForm([rangeParam("n", 1, 4, { default: 6 })]);
    expect(form.defaults.n).toBe(4);
    expect(form.warnings).toEqual([expect.objectContaining({ code: "default_clamped", field: "n" })]);
  });

  it("lets an app supply a kind module", () => {
    const form = compileParameterForm([unknownParam("style")], {
      kinds: {
        unknown: {
          kind: "unknown",
          compile: (descriptor, context) => enumKind.compile(enumParam(descriptor.name, ["vivid", "natural"]), context),
        },
      },
    });
    expect(form.fields.map((f) => [f.name, f.widget])).toEqual([
      ["prompt", "prompt"],
      ["style", "select"],
    ]);
    expect(form.warnings).toEqual([]);
  });
});

describe("compileParameterForm on a raw record", () => {
  it("normalizes supported_parameters when the model carries no parameters", () => {
    const raw = { id: "acme/raw", name: "Raw", supported_parameters: { resolutions: ["1:1", "16:9"], max_images: 4 } };
    const form = compileParameterForm(raw as unknown as ImageModel);
    expect(form.fields.map((f) => f.name)).toEqual(["prompt", "resolution", "n"]);
    expect(form.fields[2]?.constraints).toMatchObject({ min: 1, max: 4 });
  });
});

describe("compileParameterForm with hostile names", () => {
  it("never reads option or label tables through the prototype", () => {
    const form = compileParameterForm([rangeParam("constructor", 1, 4), rangeParam("toString", 1, 4)], {
      labels: {},
      fixed: {},
    });
    expect(form.fields.map((f) => [f.name, f.label, f.fixed])).toEqual([
      ["prompt", "Prompt", false],
      ["constructor", "Constructor", false],
      ["toString", "To string", false],
    ]);
  });

  it("leaves out a descriptor of a kind no module handles", () => {
    const form = compileParameterForm([{ ...rangeParam("x", 1, 4), kind: "constructor" } as never]);
    expect(form.fields.map((f) => f.name)).toEqual(["prompt"]);
    expect(form.warnings.map((w) => w.code)).toEqual(["unknown_kind"]);
  });

  it("leaves out __proto__", () => {
    const form = compileParameterForm([rangeParam("__proto__", 1, 4)]);
    expect(form.fields.map((f) => f.name)).toEqual(["prompt"]);
    expect(Object.getPrototypeOf(form.defaults)).toBe(Object.prototype);
  });
});
