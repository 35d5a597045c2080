import type { ImageModel } from "@model-forms/client";
import { describe, expect, it } from "vitest";
import { enumParam, flagParam, rangeParam, referencesParam } from "./__fixtures__/descriptors";
import { buildImageRequest, resolveCompiledForm, safeBuildImageRequest } from "./build-image-request";
import { compileParameterForm } from "./compile-parameter-form";
import { ImageRequestValidationError, isImageRequestValidationError } from "./image-request-validation-error";

const model: ImageModel = {
  id: "acme/pixel-v3",
  name: "Pixel v3",
  parameters: [
    enumParam("resolution", ["1024x1024", "1536x1024", "auto"], { default: "1024x1024" }),
    rangeParam("n", 1, 4, { default: 1 }),
    enumParam("quality", ["low", "medium", "high"]),
    flagParam("seed", "integer"),
    flagParam("negative_prompt", "string"),
    referencesParam(4),
  ],
  parameterWarnings: [],
};
const form = compileParameterForm(model);
const start = { ...form.defaults, prompt: "a lighthouse" };

describe("buildImageRequest", () => {
  it("sends only the model and prompt for an untouched form (minimal mode)", () => {
    expect(buildImageRequest(form, start)).toEqual({ model: "acme/pixel-v3", prompt: "a lighthouse" });
  });

  it("trims the prompt", () => {
    expect(buildImageRequest(form, { ...start, prompt: "  a fox \n" }).prompt).toBe("a fox");
  });

  it("sends values that differ from the provider default, touched or not", () => {
    expect(buildImageRequest(form, { ...start, n: 3, resolution: "auto" })).toEqual({
      model: "acme/pixel-v3",
      prompt: "a lighthouse",
      resolution: "auto",
      n: 3,
    });
  });

  it("sends touched values even when they equal the default", () => {
    const request = buildImageRequest(form, start, { touched: ["n", "quality"] });
    expect(request).toMatchObject({ n: 1, quality: "low" });
    expect(buildImageRequest(form, start, { touched: { n: true, quality: false } })).toEqual({
      model: "acme/pixel-v3",
      prompt: "a lighthouse",
      n: 1,
    });
  });

  it("omits untouched values with no published default while at the form's starting default", () => {
    expect(buildImageRequest(form, start)).not.toHaveProperty("quality");
    expect(buildImageRequest(form, { ...start, quality: "high" })).toHaveProperty("quality", "high");
  });

  it("sends 0 as a value", () => {
    expect(buildImageRequest(form, { ...start, seed: 0 })).toHaveProperty("seed", 0);
  });

  it("sends every non-empty value in full mode", () => {
    expect(buildImageRequest(form, start, { mode: "full" })).toEqual({
      model: "acme/pixel-v3",
      prompt: "a lighthouse",
      resolution: "1024x1024",
      n: 1,
      quality: "low",
    });
  });

  it("never sends empty values", () => {
    const request = buildImageRequest(
      form,
      { ...start, negative_prompt: "", input_references: [], seed: undefined },
      {
        mode: "full",
        touched: ["negative_prompt", "input_references", "seed"],
      },
    );
    expect(Object.keys(request)).toEqual(["model", "prompt", "resolution", "n", "quality"]);
  });

  it("never sends keys that are not fields", () => {
    const request = buildImageRequest(
      form,
      { ...start, nImages: 2, stream: true, provider: "x", images: ["https://e.com/a.png"], model: "other" } as never,
      { mode: "full", touched: ["nImages", "stream", "provider", "images", "model"] },
    );
    expect(request.model).toBe("acme/pixel-v3");
    for (const key of ["nImages", "stream", "provider", "images", "imageDataUrl", "image_url"]) {
      expect(request).not.toHaveProperty(key);
    }
  });

  it("sends reference images", () => {
    const refs = [
      "https://example.com/a.png",
      { type: "image_url" as const, image_url: { url: "https://e.com/b.png" } },
    ];
    expect(buildImageRequest(form, { ...start, input_references: refs }).input_references).toEqual(refs);
  });

  it("always sends fields fixed by options and never provider-fixed ones", () => {
    const fixedForm = compileParameterForm(
      [enumParam("quality", ["low", "high"]), rangeParam("n", 1, 1, { default: 1, fixed: true })],
      { fixed: { quality: "low" }, modelId: "acme/x" },
    );
    const request = buildImageRequest(fixedForm, { prompt: "p", quality: "high", n: 5 });
    expect(request).toEqual({ model: "acme/x", prompt: "p", quality: "low" });
  });

  it("fills missing keys from the defaults", () => {
    expect(buildImageRequest(form, { prompt: "p" })).toEqual({ model: "acme/pixel-v3", prompt: "p" });
  });

  it("throws a typed error naming each invalid field", () => {
    let caught: unknown;
    try {
      buildImageRequest(form, {
        ...start,
        prompt: " ",
        n: 1.5,
        quality: "ultra",
        input_references: ["http://e.com/a.png"],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImageRequestValidationError);
    expect(isImageRequestValidationError(caught)).toBe(true);
    if (!isImageRequestValidationError(caught)) return;
    expect(caught.name).toBe("ImageRequestValidationError");
    expect(caught.issues.map((issue) => issue.field)).toEqual(["prompt", "n", "quality", "input_references"]);
    expect(caught.issues[3]?.message).toMatch(/^Item 1: /);
    expect(caught.message).toContain("n: ");
  });

  it("rejects strings where numbers belong", () => {
    const result = safeBuildImageRequest(form, { ...start, n: "2" as never });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.field)).toEqual(["n"]);
  });

  it("needs a model id", () => {
    const bare = compileParameterForm([rangeParam("n", 1, 4)]);
    const result = safeBuildImageRequest(bare, { prompt: "p" });
    expect(result.success ? [] : result.error.issues).toEqual([expect.objectContaining({ field: "model" })]);
    expect(buildImageRequest(bare, { prompt: "p" }, { modelId: "acme/y" }).model).toBe("acme/y");
  });

  it("accepts a model and caches its compiled form", () => {
    expect(buildImageRequest(model, { prompt: "p", n: 2 })).toEqual({ model: "acme/pixel-v3", prompt: "p", n: 2 });
    expect(resolveCompiledForm(model)).toBe(resolveCompiledForm(model));
    expect(resolveCompiledForm(form)).toBe(form);
  });

  it("is not fooled by guards on other errors", () => {
    expect(isImageRequestValidationError(new Error("x"))).toBe(false);
    expect(isImageRequestValidationError({ name: "ImageRequestValidationError", issues: [] })).toBe(false);
  });

  it("sends a clamped default, since it differs from the published one", () => {
    const clamped = compileParameterForm([rangeParam("n", 1, 4, { default: 6 })], { modelId: "m" });
    expect(buildImageRequest(clamped, { prompt: "p" })).toEqual({ model: "m", prompt: "p", n: 4 });
  });
});
