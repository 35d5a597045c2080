import { createImageClient } from "@model-forms/client";
import { buildImageRequest, compileParameterForm } from "@model-forms/forms/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bigModelRecord,
  catalogRoutes,
  EMBEDDED_CATALOG_SIZE,
  embeddedCatalog,
  endpointRecordFor,
  generateCatalog,
} from "../../fixtures/catalog";
import { type LocalServer, startLocalServer } from "../fuzz/local-server";

// The embedded catalog is served by the same pure route handler the Storybook MSW handlers use.
let api: LocalServer;
beforeAll(async () => {
  api = await startLocalServer((req, res, body) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const answer = catalogRoutes(req.method ?? "GET", url.pathname, body ? JSON.parse(body) : undefined);
    res.writeHead(answer?.status ?? 404, { "content-type": "application/json" });
    res.end(JSON.stringify(answer?.body ?? { error: { message: "no route" } }));
  });
});
afterAll(() => api.close());

describe("embedded catalog fixture", () => {
  it("is a JSON-round-trippable list body with unique ids and the advertised count", () => {
    expect(embeddedCatalog.data).toHaveLength(EMBEDDED_CATALOG_SIZE);
    expect(embeddedCatalog.meta.count).toBe(EMBEDDED_CATALOG_SIZE);
    expect(new Set(embeddedCatalog.data.map((m) => m.id)).size).toBe(EMBEDDED_CATALOG_SIZE);
    expect(JSON.parse(JSON.stringify(embeddedCatalog))).toEqual(embeddedCatalog);
  });

  it("generates deterministically from the seed", () => {
    expect(generateCatalog(40, 7)).toEqual(generateCatalog(40, 7));
    expect(generateCatalog(40, 7)).not.toEqual(generateCatalog(40, 8));
  });

  it("mixes both wire shapes", () => {
    const keys = embeddedCatalog.data.map((m) => Object.keys(m.supported_parameters ?? {}));
    expect(keys.some((k) => k.includes("resolutions"))).toBe(true);
    expect(keys.some((k) => k.includes("resolution"))).toBe(true);
    expect(keys.some((k) => k.includes("resolutions") && k.includes("n"))).toBe(true);
  });

  it("parses through the real client with no skipped records, and every model compiles", async () => {
    const client = createImageClient({ baseUrl: api.origin, apiKey: "sk-test-0000" });
    const models = await client.listModels();
    expect(models).toHaveLength(EMBEDDED_CATALOG_SIZE);
    expect(client.warnings).toEqual([]);
    for (const model of models) {
      const form = compileParameterForm(model);
      // Editing models need at least `minItems` reference images.
      const minItems = form.fields.find((f) => f.name === "input_references")?.constraints.minItems ?? 0;
      const refs = Array.from({ length: minItems }, (_, i) => `https://example.com/${i}.png`);
      const values = { ...form.defaults, prompt: "a lighthouse", ...(minItems ? { input_references: refs } : {}) };
      const request = buildImageRequest(form, values);
      expect(request.model).toBe(model.id);
    }
    const big = models.find((m) => m.id === bigModelRecord.id);
    expect(new Set(big?.parameters.map((p) => p.kind))).toEqual(
      new Set(["enum", "range", "boolean", "image_references", "unknown"]),
    );
  });

  it("serves endpoint records for slashed ids, with pricing and reference constraints for image-to-image", async () => {
    const client = createImageClient({ baseUrl: api.origin });
    const endpoints = await client.getModelEndpoints("acme/pixel-v3/turbo");
    expect(endpoints.id).toBe("acme/pixel-v3/turbo");
    const seedream = endpointRecordFor("bytedance/seedream-4")?.endpoints[0];
    expect(seedream?.pricing).toEqual(expect.arrayContaining([expect.objectContaining({ resolution: "2K" })]));
    expect(seedream?.input_reference_constraints).toEqual(expect.objectContaining({ max_items: 10 }));
    expect(catalogRoutes("GET", "/api/v1/images/models/acme%2Fpixel-v3/endpoints")?.status).toBe(404);
  });

  it("answers generation like the API: a fake image on success, API-shaped errors otherwise", async () => {
    const client = createImageClient({ baseUrl: api.origin, apiKey: "sk-test-0000" });
    const result = await client.generateImages({ model: "openai/gpt-image-1", prompt: "a kite", n: 2 });
    expect(result.data).toHaveLength(2);
    expect(result.data[0]?.url).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(catalogRoutes("POST", "/api/v1/images", { model: "openai/gpt-image-1" })).toMatchObject({
      status: 400,
      body: { error: { parameter: "prompt" } },
    });
    expect(catalogRoutes("POST", "/api/v1/images", { prompt: "x" })).toMatchObject({
      status: 400,
      body: { code: "missing_model" },
    });
    expect(
      catalogRoutes("POST", "/api/v1/images", {
        model: "bytedance/seedream-4",
        prompt: "x",
        input_references: ["https://example.com/a.png"],
        imageDataUrl: "data:image/png;base64,AAAA",
      }),
    ).toMatchObject({ status: 400, body: { code: "conflicting_image_inputs" } });
    expect(catalogRoutes("POST", "/api/v1/images", { model: "nope/nope", prompt: "x" })?.status).toBe(404);
  });
});
