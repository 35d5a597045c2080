import {
  createImageClient,
  type ImageModel,
  imageModelsQueryOptions,
  modelEndpointsQueryOptions,
} from "@model-forms/client";
import { QueryClient } from "@tanstack/react-query";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { json, startTestServer, type TestServer } from "../../packages/client/src/test-server";

const LIST = "/api/v1/images/models";
const record = (id: string) => ({
  id,
  name: id,
  supported_parameters: { n: { type: "range", min: 1, max: 4 } },
  endpoints: `${LIST}/${id}/endpoints`,
});
const endpoints = (id: string) => ({
  id,
  endpoints: [{ provider_name: "Acme", supported_parameters: {}, pricing: [] }],
});

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.reset();
  api.route(`GET ${LIST}`, json({ object: "list", data: [record("acme/pixel-v3")] }));
  api.route(`GET ${LIST}/acme/pixel-v3/endpoints`, json(endpoints("acme/pixel-v3")));
});

const gets = (path: string) => api.requests.filter((r) => r.method === "GET" && r.url === path).length;

describe("TanStack Query option factories (no TanStack dependency in the client)", () => {
  it("return { queryKey, queryFn, staleTime } with the API root in the key", () => {
    const client = createImageClient({ baseUrl: api.origin });
    const options = imageModelsQueryOptions(client);
    expect(options.queryKey).toEqual(["model-forms", "image-models", `${api.origin}/api/v1`]);
    expect(options.staleTime).toBe(300_000);
    expect(imageModelsQueryOptions(client, { staleTime: 1000 }).staleTime).toBe(1000);
    const openRouter = createImageClient({ baseUrl: "https://openrouter.ai/api/v1" });
    expect(imageModelsQueryOptions(openRouter).queryKey).not.toEqual(options.queryKey);
    expect(modelEndpointsQueryOptions(client, "acme/pixel-v3").queryKey).toEqual([
      "model-forms",
      "model-endpoints",
      `${api.origin}/api/v1`,
      "acme/pixel-v3",
    ]);
  });

  it("the app's QueryClient is the only cache: fresh data is reused, invalidation really refetches", async () => {
    const client = createImageClient({ baseUrl: api.origin });
    const queryClient = new QueryClient();
    const first = await queryClient.fetchQuery(imageModelsQueryOptions(client));
    expectTypeOf(first).toEqualTypeOf<ImageModel[]>();
    expect(first.map((m) => m.id)).toEqual(["acme/pixel-v3"]);
    expect(first[0]?.parameters.map((p) => p.name)).toEqual(["n"]);
    await queryClient.fetchQuery(imageModelsQueryOptions(client));
    expect(gets(LIST)).toBe(1);
    // The client's own 5-minute cache would answer here; the factory asks the network, as the QueryClient wants.
    await queryClient.invalidateQueries({ queryKey: ["model-forms"] });
    await queryClient.fetchQuery(imageModelsQueryOptions(client));
    expect(gets(LIST)).toBe(2);
    queryClient.clear();
  });

  it("endpoints follow the catalog's URL, by id or by model", async () => {
    const client = createImageClient({ baseUrl: api.origin });
    const queryClient = new QueryClient();
    const byId = await queryClient.fetchQuery(modelEndpointsQueryOptions(client, "acme/pixel-v3"));
    expect(byId.endpoints[0]?.provider_name).toBe("Acme");
    const [model] = await client.listModels();
    const byModel = modelEndpointsQueryOptions(client, model as ImageModel);
    expect(byModel.queryKey).toEqual(modelEndpointsQueryOptions(client, "acme/pixel-v3").queryKey);
    expect(gets(`${LIST}/acme/pixel-v3/endpoints`)).toBe(1);
    queryClient.clear();
  });

  it("passes TanStack's abort signal through", async () => {
    api.route(`GET ${LIST}`, () => {}); // never answers
    const client = createImageClient({ baseUrl: api.origin, retries: 0 });
    const controller = new AbortController();
    const pending = imageModelsQueryOptions(client).queryFn({ signal: controller.signal });
    controller.abort(new Error("unmounted"));
    await expect(pending).rejects.toThrow("unmounted");
  });
});
