import type { ImageModel } from "@model-forms/client";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

const model: ImageModel = {
  id: "acme/pixel-v3",
  name: "Pixel v3",
  parameterWarnings: [],
  parameters: [
    { name: "resolution", kind: "enum", source: "typed", sourceKey: "resolution", values: ["1024x1024", "1024x768"] },
    { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, default: 1, integer: true, step: 1 },
    {
      name: "seed",
      kind: "boolean",
      source: "typed",
      sourceKey: "seed",
      valueType: "integer",
      min: 0,
      max: 4294967295,
    },
    {
      name: "input_references",
      kind: "image_references",
      source: "typed",
      sourceKey: "input_references",
      minItems: 0,
      maxItems: 2,
      constraints: {},
    },
  ],
};

describe("server rendering (node, no DOM)", () => {
  it("imports the React entry without touching window or document from this package", async () => {
    expect(typeof window).toBe("undefined");
    const touched: string[] = [];
    for (const name of ["window", "document"]) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(`${name}: ${new Error().stack?.split("\n").slice(2, 4).join(" | ")}`);
          return undefined;
        },
      });
    }
    try {
      const entry = await import("../index");
      expect(typeof entry.ModelParameterForm).toBe("function");
    } finally {
      for (const name of ["window", "document"]) delete (globalThis as Record<string, unknown>)[name];
    }
    // Libraries may feature-test `typeof document`; this package's own modules may not touch either at import.
    expect(touched.filter((stack) => /packages\/forms\/src\/(?!core\/)/.test(stack))).toEqual([]);
  });

  it("renders a ready form with renderToString", async () => {
    const { ModelParameterForm } = await import("../index");
    const html = renderToString(createElement(ModelParameterForm, { model, defaultValues: { prompt: "a fox" } }));
    expect(html).toContain('data-mf-slot="form"');
    expect(html).toContain('data-state="ready"');
    expect(html).toContain("a fox</textarea>");
    expect(html).toContain('role="slider"');
    expect(html).toContain("1024x1024");
    expect(html).toContain("<details");
    expect(html).toMatch(/<label[^>]*for="[^"]+-control"/);
  });

  it("renders the loading state for a modelId on the server (fetching starts on the client)", async () => {
    const { ModelParameterForm } = await import("../index");
    const html = renderToString(createElement(ModelParameterForm, { modelId: "acme/pixel-v3" }));
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('data-state="loading"');
  });
});
