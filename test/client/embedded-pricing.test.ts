import { createImageClient } from "@model-forms/client";
import { buildImageRequest, compileParameterForm, estimateImageCost } from "@model-forms/forms/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogRoutes, embeddedCatalog, endpointRecordFor, pricingShapes } from "../../fixtures/catalog";
import { type LocalServer, startLocalServer } from "../fuzz/local-server";

let api: LocalServer;
beforeAll(async () => {
  api = await startLocalServer((req, res) => {
    const answer = catalogRoutes(req.method ?? "GET", new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    res.writeHead(answer?.status ?? 404, { "content-type": "application/json" });
    res.end(JSON.stringify(answer?.body ?? { error: { message: "no route" } }));
  });
});
afterAll(() => api.close());

describe("embedded catalog pricing", () => {
  it("every model's endpoint record prices its form's full request, except the one published without pricing", async () => {
    const client = createImageClient({ baseUrl: api.origin });
    const models = await client.listModels();
    const records = await Promise.all(models.map((model) => client.getModelEndpoints(model)));
    const unpriced: string[] = [];
    for (const [index, model] of models.entries()) {
      const endpoint = records[index]?.endpoints[0];
      const form = compileParameterForm(model);
      const minItems = form.fields.find((f) => f.name === "input_references")?.constraints.minItems ?? 0;
      const refs = Array.from({ length: minItems }, (_, i) => `https://example.com/${i}.png`);
      const values = { ...form.defaults, prompt: "a kite", ...(minItems ? { input_references: refs } : {}) };
      const estimate = estimateImageCost(endpoint, buildImageRequest(form, values, { mode: "full" }));
      if (estimate.totalUsd === undefined) unpriced.push(model.id);
      else expect(estimate.totalUsd, model.id).toBeGreaterThan(0);
    }
    expect(unpriced).toEqual(["minimal-model"]);
  }, 30_000);

  it("covers every pricing shape", () => {
    const pricing = (id: string) =>
      (endpointRecordFor(id)?.endpoints[0]?.pricing ?? []) as Array<Record<string, unknown>>;
    expect(pricing("openai/gpt-image-1").map((l) => l.resolution)).toEqual([
      "1024x1024",
      "1536x1024",
      "1024x1536",
      "auto",
    ]);
    expect(pricing("hidream-i1-full").some((l) => String(l.resolution).includes("*"))).toBe(true);
    expect(pricing("black-forest-labs/flux-1-dev").every((l) => String(l.resolution).includes("*"))).toBe(true);
    expect(pricing("ideogram-ai/ideogram-v3")).toEqual([expect.objectContaining({ resolution: "auto" })]);
    expect(pricing("qwen/qwen-image-3").map((l) => l.variant ?? l.billable)).toEqual(["input_image", "1k", "2k"]);
    expect(pricing("recraft-ai/recraft-v3")).toEqual([expect.objectContaining({ unit: "megapixel" })]);
    expect(pricing("acme/pixel-v3/turbo").map((l) => l.resolution)).toContain("2048x2048");
    expect(endpointRecordFor("minimal-model")?.endpoints[0]).not.toHaveProperty("pricing");
    for (const id of Object.keys(pricingShapes)) expect(embeddedCatalog.data.some((m) => m.id === id)).toBe(true);
  });
});
