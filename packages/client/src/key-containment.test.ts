import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createImageClient } from "./create-image-client";
import type { ImageApiError } from "./errors";
import type { ImageModel } from "./image-model";
import { json, startTestServer, type TestServer } from "./test-server";

/**
 * The key goes only to `{root}/images/models/…` on the base origin: a catalog record cannot steer the keyed GET
 * anywhere else, by dot segments, their percent-encoded spellings, another scheme or its own id. Each refusal is a
 * typed error raised before any request, against a real local server that records what it received.
 */

const KEY = "sk-containment-key";
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const client = () => createImageClient({ baseUrl: api.origin, apiKey: KEY, retries: 0 });
const record = (id: string, endpoints?: string): ImageModel => ({
  id,
  name: id,
  parameters: [],
  parameterWarnings: [],
  ...(endpoints === undefined ? {} : { endpoints }),
});
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail("expected a refusal"),
    (e: unknown) => e as ImageApiError,
  );

describe("getModelEndpoints refuses what leaves the model routes, before any request", () => {
  const unsafe: Array<[string, string]> = [
    ["relative dot segments", "../../../../admin/keys"],
    ["dot segments after the route", "/api/v1/images/models/../../../admin/endpoints"],
    ["percent-encoded dots", "/api/v1/images/models/%2e%2e/%2e%2e/%2e%2e/admin/endpoints"],
    ["mixed-case encoded dots", "/api/v1/images/models/.%2E/%2e./admin/endpoints"],
    ["an encoded slash", "/api/v1/images/models/x%2f..%2f..%2fadmin/endpoints"],
    ["an encoded backslash", "/api/v1/images/models/x%5c..%5cadmin/endpoints"],
    ["backslashes", "/api/v1/images/models\\..\\..\\admin\\keys"],
    ["the generate route", "/api/v1/images"],
    ["the list route itself", "/api/v1/images/models"],
    ["another API route", "/api/v1/models/acme"],
    ["the origin root", "/"],
    ["a blob: URL of the same origin", "blob:ORIGIN/7f1c0d1e-0000-4000-8000-000000000000"],
    ["a data: URL", "data:application/json,%7B%22endpoints%22%3A%5B%5D%7D"],
    ["credentials in the URL", "http://user:pass@HOST/api/v1/images/models/x/endpoints"],
  ];
  it.each(unsafe)("%s", async (_, raw) => {
    const endpoints = raw.replace("ORIGIN", api.origin).replace("HOST", `127.0.0.1:${api.port}`);
    const e = await refusal(client().getModelEndpoints(record("acme/pixel-v3", endpoints)));
    expect(e).toMatchObject({ name: "ImageApiError", code: "unsafe_url" });
    expect(e.message).not.toContain(KEY);
    expect(api.requests).toEqual([]);
  });

  it.each(["../../../../admin", "a/../b", ".", "acme/./pixel", "..", "a/.."])(
    "a model id %j (no endpoints URL), as an object or a string",
    async (id) => {
      expect(await refusal(client().getModelEndpoints(record(id)))).toMatchObject({ code: "unsafe_url" });
      expect(await refusal(client().getModelEndpoints(id))).toMatchObject({ code: "unsafe_url" });
      expect(api.requests).toEqual([]);
    },
  );

  it("a model id that cannot be written into a URL (a lone surrogate) is refused with a typed error", async () => {
    const e = await refusal(client().getModelEndpoints(record("acme/\uD800")));
    expect(e).toMatchObject({ name: "ImageApiError", code: "unsafe_url" });
    expect(api.requests).toEqual([]);
  });

  it("a same-origin redirect out of the image routes is not followed", async () => {
    api.route("GET /api/v1/images/models/acme/x/endpoints", (_q, res) =>
      res.writeHead(302, { location: "/admin/keys" }).end(),
    );
    const e = await refusal(client().getModelEndpoints(record("acme/x")));
    expect(e).toMatchObject({ code: "redirect_refused" });
    expect(api.requests.map((r) => r.url)).toEqual(["/api/v1/images/models/acme/x/endpoints"]);
  });

  it("still follows model routes, relative or absolute, and ids with dots inside a segment", async () => {
    const body = json({ id: "x", endpoints: [] });
    api.route("GET /api/v1/images/models/acme/pixel-v3/endpoints", body);
    api.route("GET /api/v1/images/models/flux-1.1-pro/endpoints", body);
    api.route("GET /api/v1/images/models/..x/endpoints", body);
    const c = client();
    await c.getModelEndpoints(record("acme/pixel-v3", "/api/v1/images/models/acme/pixel-v3/endpoints"));
    await c.getModelEndpoints(record("acme/pixel-v3", "images/models/acme/pixel-v3/endpoints"));
    await c.getModelEndpoints(
      record("acme/pixel-v3", `${api.origin}/api/v1/images/models/other/../acme/pixel-v3/endpoints`),
    );
    await c.getModelEndpoints(record("flux-1.1-pro"));
    await c.getModelEndpoints(record("..x"));
    expect(api.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ["/api/v1/images/models/acme/pixel-v3/endpoints", `Bearer ${KEY}`],
      ["/api/v1/images/models/acme/pixel-v3/endpoints", `Bearer ${KEY}`],
      ["/api/v1/images/models/acme/pixel-v3/endpoints", `Bearer ${KEY}`],
      ["/api/v1/images/models/flux-1.1-pro/endpoints", `Bearer ${KEY}`],
      ["/api/v1/images/models/..x/endpoints", `Bearer ${KEY}`],
    ]);
  });
});
