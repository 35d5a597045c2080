import type { ParameterDescriptor } from "@model-forms/client";
import { describe, expect, it } from "vitest";
import { enumParam, flagParam, rangeParam, referencesParam } from "./__fixtures__/descriptors";
import { buildImageRequest, safeBuildImageRequest } from "./build-image-request";
import { compileParameterForm } from "./compile-parameter-form";
import { isImageRequestValidationError } from "./image-request-validation-error";
import type { CompileOptions, FormValues } from "./types";

const descriptors: ParameterDescriptor[] = [
  enumParam("resolution", ["1024x1024", "1536x1024", "1024x1536", "2048x2048"], { default: "2048x2048" }),
  enumParam("quality", ["low", "medium", "high"]),
  rangeParam("n", 1, 4, { default: 1 }),
  rangeParam("guidance", 1, 20, { step: 0.5, integer: false, default: 7 }),
  flagParam("seed", "integer"),
  flagParam("watermark", "boolean"),
  referencesParam(4, { constraints: { formats: ["png"] } }),
];
const compile = (options: CompileOptions) =>
  compileParameterForm(descriptors, { modelId: "acme/pixel", prompt: false, ...options });
const fieldOf = (options: CompileOptions, name: string) => compile(options).fields.find((f) => f.name === name);
const codes = (options: CompileOptions) => compile(options).warnings.map((w) => `${w.code}:${w.field}`);

describe("compileOptions.limits: ranges", () => {
  it("caps a range (n: { max: 2 }) in the constraints, the schema and the request", () => {
    const form = compile({ limits: { n: { max: 2 } } });
    const n = form.fields.find((f) => f.name === "n");
    expect(n?.constraints).toMatchObject({ min: 1, max: 2 });
    expect(n?.hint).toBe("1–2, default 1");
    expect(n?.schema.safeParse(2).success).toBe(true);
    expect(n?.schema.safeParse(3).success).toBe(false);
    expect(() => buildImageRequest(form, { n: 3 })).toThrowError(/at most 2/i);
    const result = safeBuildImageRequest(form, { n: 4 });
    expect(result.success ? [] : result.error.issues.map((i) => i.field)).toEqual(["n"]);
    expect(form.warnings).toEqual([]);
  });

  it("keeps limited bounds on the published step grid", () => {
    const guidance = fieldOf({ limits: { guidance: { min: 2.2, max: 7.7 } } }, "guidance");
    expect(guidance?.constraints).toMatchObject({ min: 2.5, max: 7.5, step: 0.5 });
    expect(guidance?.defaultValue).toBe(7);
    expect(guidance?.schema.safeParse(3.5).success).toBe(true);
    expect(guidance?.schema.safeParse(3.7).success).toBe(false);
  });

  it("clamps a published default into the limit without a provider warning, and always sends the field", () => {
    const form = compile({ limits: { guidance: { max: 5 } } });
    expect(form.defaults.guidance).toBe(5);
    expect(form.warnings).toEqual([]);
    // Untouched, at its starting value: still sent, so the provider's own default (7, over the cap) never applies.
    expect(buildImageRequest(form, {})).toEqual({ model: "acme/pixel", guidance: 5 });
  });

  it("sets a starting value, sent even when untouched", () => {
    const form = compile({ limits: { n: { default: 2 } } });
    expect(form.defaults.n).toBe(2);
    expect(buildImageRequest(form, {})).toMatchObject({ n: 2 });
  });

  it("leaves a field out when the limit excludes every value, with a warning", () => {
    expect(fieldOf({ limits: { n: { min: 5 } } }, "n")).toBeUndefined();
    expect(codes({ limits: { n: { min: 5 } } })).toEqual(["limit_empty:n"]);
    expect(codes({ limits: { guidance: { min: 3.1, max: 3.4 } } })).toEqual(["limit_empty:guidance"]);
  });

  it("ignores a default outside the limit, with a warning", () => {
    const form = compile({ limits: { n: { max: 2, default: 3 } } });
    expect(form.defaults.n).toBe(1);
    expect(form.warnings.map((w) => w.code)).toEqual(["invalid_limit_default"]);
  });
});

describe("compileOptions.limits: enums", () => {
  it("restricts the values (resolution: { allow }) in published order, and the schema refuses the rest", () => {
    const form = compile({ limits: { resolution: { allow: ["1536x1024", "1024x1024", "4096x4096"] } } });
    const resolution = form.fields.find((f) => f.name === "resolution");
    expect(resolution?.constraints.options).toEqual(["1024x1024", "1536x1024"]);
    expect(resolution?.schema.safeParse("2048x2048").success).toBe(false);
    expect(() => buildImageRequest(form, { resolution: "2048x2048" })).toThrow();
  });

  it("starts at an allowed value when the provider default is not allowed, and sends it", () => {
    const form = compile({ limits: { resolution: { allow: ["1024x1024", "1536x1024"] } } });
    expect(form.defaults.resolution).toBe("1024x1024");
    expect(buildImageRequest(form, {})).toEqual({ model: "acme/pixel", resolution: "1024x1024" });
  });

  it("takes a default among the allowed values; warns about one that is not", () => {
    expect(compile({ limits: { quality: { default: "high" } } }).defaults.quality).toBe("high");
    const form = compile({ limits: { quality: { allow: ["low", "medium"], default: "high" } } });
    expect(form.defaults.quality).toBe("low");
    expect(form.warnings.map((w) => `${w.code}:${w.field}`)).toEqual(["invalid_limit_default:quality"]);
  });

  it("a limit default is sent even when the provider publishes no default", () => {
    const form = compile({ limits: { quality: { default: "high" } } });
    expect(buildImageRequest(form, {})).toMatchObject({ quality: "high" });
  });

  it("leaves an enum out when nothing is allowed, and warns about limits that do not apply", () => {
    expect(codes({ limits: { quality: { allow: ["ultra"] } } })).toEqual(["limit_empty:quality"]);
    expect(codes({ limits: { quality: { max: 2 } } })).toEqual(["unsupported_limit:quality"]);
  });
});

describe("compileOptions.limits: hide, seeds, toggles, references, unknown names", () => {
  it("hides a field: out of the form and never forwarded, even when a body carries it", () => {
    const form = compile({ limits: { quality: { hide: true } } });
    expect(form.fields.map((f) => f.name)).not.toContain("quality");
    expect(buildImageRequest(form, { quality: "high" } as FormValues)).not.toHaveProperty("quality");
    expect(form.warnings).toEqual([]);
  });

  it("hide + default fixes the value: not rendered, always sent, whatever a body says", () => {
    const form = compile({ limits: { quality: { hide: true, default: "medium" } } });
    const quality = form.fields.find((f) => f.name === "quality");
    expect(quality).toMatchObject({ fixed: true, fixedBy: "options", fixedValue: "medium" });
    expect(buildImageRequest(form, {})).toMatchObject({ quality: "medium" });
    expect(buildImageRequest(form, { quality: "high" })).toMatchObject({ quality: "medium" });
  });

  it("hide + an invalid default leaves the field out with a warning", () => {
    const form = compile({ limits: { quality: { hide: true, default: "ultra" } } });
    expect(form.fields.map((f) => f.name)).not.toContain("quality");
    expect(form.warnings.map((w) => w.code)).toContain("invalid_limit_default");
  });

  it("caps a seed; unset stays allowed and unsent", () => {
    const form = compile({ limits: { seed: { max: 1000 } } });
    const seed = form.fields.find((f) => f.name === "seed");
    expect(seed?.constraints).toMatchObject({ min: 0, max: 1000, required: false });
    expect(seed?.schema.safeParse(1001).success).toBe(false);
    expect(buildImageRequest(form, {})).not.toHaveProperty("seed");
    expect(buildImageRequest(form, { seed: 7 })).toMatchObject({ seed: 7 });
  });

  it("defaults a toggle and refuses a default of the wrong type", () => {
    expect(compile({ limits: { watermark: { default: false } } }).defaults.watermark).toBe(false);
    expect(buildImageRequest(compile({ limits: { watermark: { default: false } } }), {})).toMatchObject({
      watermark: false,
    });
    expect(codes({ limits: { watermark: { default: "yes" } } })).toEqual(["invalid_limit_default:watermark"]);
  });

  it("bounds the reference count", () => {
    const form = compile({ limits: { input_references: { max: 1 } } });
    const refs = form.fields.find((f) => f.name === "input_references");
    expect(refs?.constraints).toMatchObject({ minItems: 0, maxItems: 1 });
    expect(refs?.hint).toMatch(/^Up to 1 image/);
    const two = ["https://example.com/a.png", "https://example.com/b.png"];
    expect(safeBuildImageRequest(form, { input_references: two }).success).toBe(false);
  });

  it("warns about limits naming no parameter", () => {
    expect(codes({ limits: { steps: { max: 2 } } })).toEqual(["unknown_option_field:steps"]);
  });
});

describe("compileOptions.limits: a server re-validates with the same policy", () => {
  const policy: CompileOptions = {
    limits: { n: { max: 2 }, resolution: { allow: ["1024x1024", "1536x1024"] }, quality: { hide: true } },
  };

  it("accepts what the limited client form built, unchanged", () => {
    const client = compile(policy);
    const body = buildImageRequest(client, { ...client.defaults, n: 2, resolution: "1536x1024" });
    const server = compile(policy);
    expect(buildImageRequest(server, body as FormValues)).toEqual(body);
  });

  it("refuses a body that breaks the policy, naming each field", () => {
    const server = compile(policy);
    try {
      buildImageRequest(server, { model: "acme/pixel", n: 4, resolution: "2048x2048" } as FormValues);
      expect.unreachable("the tampered body passed");
    } catch (error) {
      expect(isImageRequestValidationError(error)).toBe(true);
      if (isImageRequestValidationError(error)) {
        expect(error.issues.map((issue) => issue.field).sort()).toEqual(["n", "resolution"]);
      }
    }
  });

  it("the same body passes without the policy: the limits are what refuse it", () => {
    const open = compile({});
    expect(safeBuildImageRequest(open, { n: 4, resolution: "2048x2048" }).success).toBe(true);
  });
});
