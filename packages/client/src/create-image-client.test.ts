import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import fixture from "./__fixtures__/openrouter-endpoints-qwen-qwen-image-3.2026-08-17.json";
import { type ClientWarning, createImageClient, type ImageClientOptions } from "./create-image-client";
import {
  ImageApiError,
  isImageApiError,
  isImageApiHttpError,
  isImageApiNetworkError,
  isImageApiNotFoundError,
  isImageApiResponseError,
  isImageApiTimeoutError,
} from "./errors";
import { json, startTestServer, type TestServer } from "./test-server";

const KEY = "sk-secret-test-key-123";
const LIST = "/api/v1/images/models";
const model = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  supported_parameters: { resolutions: ["1:1", "16:9"], max_images: 4 },
  endpoints: `${LIST}/${id}/endpoints`,
  ...extra,
});
const catalog = (...models: unknown[]) => ({ object: "list", data: models, meta: { count: models.length } });

let api: TestServer;
let other: TestServer;
beforeAll(async () => {
  [api, other] = await Promise.all([startTestServer(), startTestServer()]);
});
afterAll(() => Promise.all([api.close(), other.close()]));
beforeEach(() => {
  api.reset();
  other.reset();
});

const client = (o: ImageClientOptions = {}) =>
  createImageClient({ baseUrl: api.origin, apiKey: KEY, retryDelayMs: 1, maxRetryDelayMs: 50, ...o });
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail("expected a rejection"),
    (e: unknown) => e as ImageApiError,
  );

describe("catalog", () => {
  it("parses typed, legacy and mixed records, keeps extra fields, skips broken records and duplicates", async () => {
    api.route(
      `GET ${LIST}`,
      json(
        catalog(
          model("acme/pixel-v3", { future_field: { x: 1 }, capabilities: { image_generation: true, nsfw: "no" } }),
          {
            id: "typed/one",
            supported_parameters: { n: { type: "range", min: 1, max: 2 }, seed: { type: "boolean" } },
          },
          {
            id: "mixed/one",
            supported_parameters: { resolutions: ["1:1"], quality: { type: "enum", values: ["hi"] } },
          },
          { name: "no id" },
          "not an object",
          model("acme/pixel-v3", { name: "second copy" }),
        ),
      ),
    );
    const warnings: ClientWarning[] = [];
    const c = client({ onWarning: (w) => warnings.push(w) });
    const models = await c.listModels();
    expect(models.map((m) => m.id)).toEqual(["acme/pixel-v3", "typed/one", "mixed/one"]);
    const [first, typed, mixed] = models;
    expect(first).toMatchObject({
      name: "ACME/PIXEL-V3",
      future_field: { x: 1 },
      capabilities: { image_generation: true },
    });
    expect(first?.capabilities?.nsfw).toBeUndefined();
    expect(first?.parameters.map((p) => p.name)).toEqual(["resolution", "n"]);
    expect(typed?.name).toBe("typed/one");
    expect(typed?.parameters.map((p) => p.kind)).toEqual(["range", "boolean"]);
    expect(mixed?.parameters.map((p) => [p.name, p.source])).toEqual([
      ["resolution", "legacy"],
      ["quality", "typed"],
    ]);
    expect(warnings.map((w) => [w.code, w.index])).toEqual([
      ["invalid_model", 3],
      ["invalid_model", 4],
      ["duplicate_model", 5],
    ]);
    expect(c.warnings).toEqual(warnings);
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("sends no Authorization header without a key", async () => {
    api.route(`GET ${LIST}`, json(catalog()));
    await createImageClient({ baseUrl: api.origin }).listModels();
    expect(api.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("uses {base}/images/models under an /api/v1 base (OpenRouter) and tolerates a list without meta", async () => {
    api.route("GET /api/v1/images/models", json({ data: [{ id: "qwen/qwen-image-3" }] }));
    const c = createImageClient({ baseUrl: `${api.origin}/api/v1/` });
    expect((await c.listModels()).map((m) => m.id)).toEqual(["qwen/qwen-image-3"]);
    api.route("GET /proxy/api/v1/images/models", json({ data: [] }));
    await createImageClient({ baseUrl: `${api.origin}/proxy` }).listModels();
    expect(api.requests.map((r) => r.url)).toEqual(["/api/v1/images/models", "/proxy/api/v1/images/models"]);
  });

  it("caches for the TTL (injected clock) and refetches after it and after invalidate()", async () => {
    api.route(`GET ${LIST}`, json(catalog(model("a/b"))));
    let t = 0;
    const c = client({ cacheTtlMs: 1000, now: () => t });
    const first = await c.listModels();
    expect(await c.listModels()).toBe(first);
    t = 999;
    await c.listModels();
    expect(api.requests).toHaveLength(1);
    t = 1000;
    await c.listModels();
    expect(api.requests).toHaveLength(2);
    c.invalidate();
    await c.listModels();
    expect(api.requests).toHaveLength(3);
  });

  it("100 concurrent callers share 1 request; cached calls send 0", async () => {
    api.route(`GET ${LIST}`, (_q, res) => {
      setTimeout(() => json(catalog(model("a/b")))(_q, res, ""), 30);
    });
    const c = client();
    const all = await Promise.all(Array.from({ length: 100 }, () => c.listModels()));
    expect(new Set(all).size).toBe(1);
    expect(api.requests).toHaveLength(1);
    await Promise.all(Array.from({ length: 10 }, () => c.getModel("a/b")));
    expect(api.requests).toHaveLength(1);
  });

  it("does not cache a failure", async () => {
    api.route(`GET ${LIST}`, json({ error: "nope" }, 400));
    const c = client();
    expect(isImageApiHttpError(await rejection(c.listModels()))).toBe(true);
    api.route(`GET ${LIST}`, json(catalog(model("a/b"))));
    expect(await c.listModels()).toHaveLength(1);
  });

  it("one caller's abort does not abort the shared request; all callers aborting does", async () => {
    let release = () => {};
    api.route(`GET ${LIST}`, (q, res) => {
      release = () => json(catalog(model("a/b")))(q, res, "");
    });
    const c = client();
    const a = new AbortController();
    const pa = c.listModels({ signal: a.signal });
    const pb = c.listModels();
    await until(() => api.requests.length === 1);
    a.abort();
    expect(await rejection(pa)).toMatchObject({ name: "AbortError" });
    release();
    expect(await pb).toHaveLength(1);
    expect(api.requests).toHaveLength(1);

    c.invalidate();
    const b = new AbortController();
    const pc = c.listModels({ signal: b.signal });
    await until(() => api.requests.length === 2);
    b.abort(new Error("mine"));
    expect((await rejection(pc)).message).toBe("mine");
    // The shared request was dropped: the next caller starts a fresh one.
    const pd = c.listModels();
    await until(() => api.requests.length === 3);
    release();
    expect(await pd).toHaveLength(1);
  });
});

describe("getModel / getModelEndpoints", () => {
  const record = {
    id: "acme/pixel-v3/turbo",
    endpoints: [
      {
        provider_name: "Acme",
        supported_parameters: { resolutions: ["1024x1024"], max_input_images: 6 },
        pricing: [{ billable: "output_image", unit: "image", cost_usd: 0.04, resolution: "1024x1024" }],
        input_reference_constraints: {
          max_items: 3,
          route: { max_bytes: 31457280, formats: ["PNG", "jpeg"] },
          provider: { max_bytes: 10485760 },
        },
      },
      42,
    ],
  };

  it("names close ids when a model is missing", async () => {
    api.route(`GET ${LIST}`, json(catalog(model("acme/pixel-v3"), model("acme/pixel-v2"), model("zeta/other"))));
    const e = await rejection(client().getModel("acme/pixel-v4"));
    expect(isImageApiNotFoundError(e)).toBe(true);
    expect(e).toMatchObject({ code: "model_not_found", suggestions: ["acme/pixel-v3", "acme/pixel-v2"] });
    expect(e.message).toContain("acme/pixel-v3");
  });

  it("follows a slashed endpoints URL exactly and merges input_reference_constraints", async () => {
    api.route(`GET ${LIST}`, json(catalog(model("acme/pixel-v3/turbo"))));
    api.route(`GET ${LIST}/acme/pixel-v3/turbo/endpoints`, json(record));
    const warnings: ClientWarning[] = [];
    const r = await client({ onWarning: (w) => warnings.push(w) }).getModelEndpoints("acme/pixel-v3/turbo");
    expect(api.requests.map((q) => q.url)).toEqual([LIST, `${LIST}/acme/pixel-v3/turbo/endpoints`]);
    expect(r.id).toBe("acme/pixel-v3/turbo");
    expect(r.endpoints).toHaveLength(1);
    expect(r.endpoints[0]?.pricing?.[0]?.cost_usd).toBe(0.04);
    expect(r.endpoints[0]?.parameters[1]).toMatchObject({
      kind: "image_references",
      maxItems: 3,
      constraints: { maxBytes: 10485760, formats: ["png", "jpeg"] },
    });
    expect(warnings.map((w) => w.code)).toEqual(["invalid_endpoint"]);
  });

  it("builds the endpoints path when the model has none, and reads the real OpenRouter record", async () => {
    api.route("GET /api/v1/images/models/qwen/qwen-image-3/endpoints", json(fixture));
    const c = createImageClient({ baseUrl: `${api.origin}/api/v1` });
    const r = await c.getModelEndpoints({
      id: "qwen/qwen-image-3",
      name: "Qwen",
      parameters: [],
      parameterWarnings: [],
    });
    expect(r.endpoints[0]?.provider_slug).toBe("alibaba");
    expect(r.endpoints[0]?.parameters.map((p) => p.name)).toEqual([
      "resolution",
      "aspect_ratio",
      "n",
      "input_references",
      "seed",
    ]);
  });

  it("refuses an endpoints URL on another origin without sending anything there", async () => {
    for (const endpoints of [`${other.origin}/steal`, `//127.0.0.1:${other.port}/steal`]) {
      api.route(`GET ${LIST}`, json(catalog(model("evil/model", { endpoints }))));
      const e = await rejection(client().getModelEndpoints("evil/model"));
      expect(e).toMatchObject({ name: "ImageApiError", code: "cross_origin_url" });
    }
    expect(other.requests).toHaveLength(0);
  });
});

describe("redirects", () => {
  it("follows same-origin redirects, refuses another port without sending the key there", async () => {
    api.route(`GET ${LIST}`, (_q, res) => res.writeHead(302, { location: `${LIST}/moved` }).end());
    api.route(`GET ${LIST}/moved`, json(catalog(model("a/b"))));
    expect(await client().listModels()).toHaveLength(1);
    expect(api.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      [LIST, `Bearer ${KEY}`],
      [`${LIST}/moved`, `Bearer ${KEY}`],
    ]);

    api.route(`GET ${LIST}`, (_q, res) => res.writeHead(307, { location: `${other.origin}/x` }).end());
    other.route("GET /x", json(catalog()));
    const e = await rejection(client().listModels());
    expect(e).toMatchObject({ code: "redirect_refused", status: 307 });
    expect(other.requests).toHaveLength(0);
  });

  it("stops after 3 hops", async () => {
    api.route(`GET ${LIST}`, (_q, res) => res.writeHead(301, { location: LIST }).end());
    expect(await rejection(client().listModels())).toMatchObject({ code: "redirect_refused" });
    expect(api.requests).toHaveLength(4);
  });
});

describe("error shapes", () => {
  const post = (status: number, body: string, type = "application/json") => {
    api.route("POST /api/v1/images", (_q, res) => res.writeHead(status, { "content-type": type }).end(body));
    return rejection(client().generateImages({ model: "m", prompt: "p" }));
  };

  it("nested error with parameter / param, top-level code fallback", async () => {
    const e = await post(
      400,
      JSON.stringify({
        error: {
          message: "model is required for /api/v1/images.",
          type: "invalid_request_error",
          code: "missing_model",
          parameter: "model",
        },
        code: "missing_model",
      }),
    );
    expect(isImageApiHttpError(e)).toBe(true);
    expect(e).toMatchObject({ status: 400, code: "missing_model", parameter: "model", type: "invalid_request_error" });
    expect(e.message).toBe(
      `POST ${api.origin}/api/v1/images failed: HTTP 400 Bad Request: model is required for /api/v1/images.`,
    );
    const p = await post(
      400,
      JSON.stringify({ error: { message: "bad", param: "n" }, code: "invalid_parameter_value" }),
    );
    expect(p).toMatchObject({ parameter: "n", code: "invalid_parameter_value", apiMessage: "bad" });
  });

  it("flat legacy, OpenRouter numeric code, HTML page, empty body, plain text", async () => {
    expect(await post(402, '{"error":"Insufficient balance","requiredBalance":0.0035,"status":402}')).toMatchObject({
      status: 402,
      apiMessage: "Insufficient balance",
      body: { requiredBalance: 0.0035 },
    });
    const or = await post(404, '{"error":{"code":404,"message":"Model not found"}}');
    expect(or).toMatchObject({ status: 404, apiMessage: "Model not found" });
    expect(or.code).toBeUndefined();
    const html = await post(
      502,
      "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
      "text/html",
    );
    expect(html).toMatchObject({ status: 502, apiMessage: "HTML page: 502 Bad Gateway" });
    const empty = await post(500, "");
    expect(empty.message).toMatch(/HTTP 500 Internal Server Error \(empty body\)$/);
    expect(await post(503, "upstream busy", "text/plain")).toMatchObject({ apiMessage: "upstream busy" });
  });

  it("truncated JSON and invalid shapes on 200 are response errors", async () => {
    const t = await post(200, '{"data":[{"url":"https://x');
    expect(isImageApiResponseError(t)).toBe(true);
    expect(t.message).toContain("not valid JSON");
    const s = await post(200, '{"data":"nope"}');
    expect(isImageApiResponseError(s)).toBe(true);
    expect(s.message).toContain("data");
  });
});

describe("timeouts, aborts, network", () => {
  it("times out when the server never sends headers", async () => {
    api.route(`GET ${LIST}`, () => {});
    const e = await rejection(client({ timeoutMs: 80 }).listModels());
    expect(isImageApiTimeoutError(e)).toBe(true);
    expect(e).toMatchObject({ timeoutMs: 80 });
    expect(api.requests).toHaveLength(1);
  });

  it("the timeout covers a slow body", async () => {
    api.route(`GET ${LIST}`, (_q, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"data":[');
    });
    const started = Date.now();
    const e = await rejection(client({ timeoutMs: 120 }).listModels());
    expect(isImageApiTimeoutError(e)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("aborts before and mid-flight with the signal's reason", async () => {
    api.route("GET /api/v1/images/models/x/y/endpoints", () => {});
    const c = client();
    expect(await rejection(c.listModels({ signal: AbortSignal.abort() }))).toMatchObject({ name: "AbortError" });
    expect(api.requests).toHaveLength(0);
    const a = new AbortController();
    setTimeout(() => a.abort(), 30);
    // (mid-flight: the server never answers)
    expect(
      await rejection(
        c.getModelEndpoints({ id: "x/y", name: "", parameters: [], parameterWarnings: [] }, { signal: a.signal }),
      ),
    ).toMatchObject({
      name: "AbortError",
    });
  });

  it("connection reset mid-body is a network error (retried, then raised)", async () => {
    api.route(`GET ${LIST}`, (_q, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"data":[{"id":"a');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const e = await rejection(client({ retries: 1 }).listModels());
    expect(isImageApiNetworkError(e)).toBe(true);
    expect(api.requests).toHaveLength(2);
  });

  it("connection refused is a network error", async () => {
    const dead = await startTestServer();
    await dead.close();
    const e = await rejection(createImageClient({ baseUrl: dead.origin, retries: 0 }).listModels());
    expect(isImageApiNetworkError(e)).toBe(true);
  });
});

describe("retries", () => {
  it("503 then success", async () => {
    let n = 0;
    api.route(`GET ${LIST}`, (q, res) =>
      n++ ? json(catalog(model("a/b")))(q, res, "") : json({ error: "busy" }, 503)(q, res, ""),
    );
    expect(await client().listModels()).toHaveLength(1);
    expect(api.requests).toHaveLength(2);
  });

  it("honours Retry-After in seconds", async () => {
    let n = 0;
    api.route(`GET ${LIST}`, (q, res) =>
      n++ ? json(catalog())(q, res, "") : json({ error: "slow down" }, 429, { "retry-after": "1" })(q, res, ""),
    );
    const started = Date.now();
    await client({ maxRetryDelayMs: 5000 }).listModels();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(api.requests).toHaveLength(2);
  });

  it("a 429 storm ends after `retries` retries with a typed error", async () => {
    api.route(
      `GET ${LIST}`,
      json({ error: { message: "rate", code: "rate_limit_exceeded" } }, 429, { "retry-after": "0" }),
    );
    const e = await rejection(client({ retries: 3 }).listModels());
    expect(e).toMatchObject({ status: 429, code: "rate_limit_exceeded", retryAfterMs: 0 });
    expect(api.requests).toHaveLength(4);
  });

  it("does not retry 4xx, and never retries POST", async () => {
    api.route(`GET ${LIST}`, json({ error: "bad" }, 400));
    await rejection(client().listModels());
    expect(api.requests).toHaveLength(1);
    api.route("POST /api/v1/images", json({ error: "busy" }, 503));
    await rejection(client({ retries: 5 }).generateImages({ model: "m" }));
    expect(api.requests).toHaveLength(2);
  });

  it("abort during backoff stops immediately", async () => {
    api.route(`GET ${LIST}`, json({ error: "busy" }, 503, { "retry-after": "5" }));
    const a = new AbortController();
    const started = Date.now();
    const p = client({ maxRetryDelayMs: 5000 }).listModels({ signal: a.signal });
    await until(() => api.requests.length === 1);
    a.abort();
    expect(await rejection(p)).toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(api.requests).toHaveLength(1);
  });
});

describe("generateImages", () => {
  it("POSTs JSON and parses url, b64_json and usage.cost", async () => {
    api.route(
      "POST /api/v1/images",
      json({
        created: 1,
        data: [{ url: "https://x/1.png" }, { b64_json: "AAAA", media_type: "image/png" }, {}],
        usage: { cost: 0.03 },
      }),
    );
    const r = await client().generateImages({ model: "acme/pixel-v3", prompt: "a fox", n: 2 });
    expect(r).toMatchObject({ created: 1, cost: 0.03, data: [{ url: "https://x/1.png" }, { b64_json: "AAAA" }] });
    expect(r.data).toHaveLength(2);
    const [req] = api.requests;
    expect(JSON.parse(req?.body ?? "")).toEqual({ model: "acme/pixel-v3", prompt: "a fox", n: 2 });
    expect(req?.headers["content-type"]).toBe("application/json");
  });

  it("sends without a key and surfaces the 401", async () => {
    api.route("POST /api/v1/images", json({ error: { message: "API key required", code: "missing_api_key" } }, 401));
    const e = await rejection(createImageClient({ baseUrl: api.origin }).generateImages({ model: "m" }));
    expect(e).toMatchObject({ status: 401, code: "missing_api_key" });
  });

  it("refuses stream: true and a non-empty provider client-side", async () => {
    const c = client();
    expect(await rejection(c.generateImages({ model: "m", stream: true }))).toMatchObject({
      code: "unsupported_stream",
    });
    expect(await rejection(c.generateImages({ model: "m", provider: { order: ["x"] } }))).toMatchObject({
      code: "unsupported_provider_options",
    });
    expect(api.requests).toHaveLength(0);
  });
});

describe("the API key never leaks", () => {
  it("is absent from message, toString, JSON and stack of every failure", async () => {
    const failures: Array<() => Promise<unknown>> = [];
    const c = client({ timeoutMs: 100, retries: 0 });
    const shapes: Array<[number, string]> = [
      [400, '{"error":{"message":"bad","code":"x","parameter":"n"},"code":"x"}'],
      [402, '{"error":"Insufficient balance","status":402}'],
      [404, '{"error":{"code":404,"message":"nope"}}'],
      [502, "<html><title>502</title></html>"],
      [500, ""],
      [200, '{"data":['],
      [200, '{"data":1}'],
      // servers that echo the credential back, in an error and in a malformed success
      [401, `{"error":{"message":"Invalid API key: Bearer ${KEY}"}}`],
      [403, `forbidden for ${KEY}`],
      [200, `{"data":"${KEY}"}`],
    ];
    for (const [i, [status, body]] of shapes.entries()) {
      api.route(`GET /api/v1/images/models/s${i}/endpoints`, (_q, res) => res.writeHead(status).end(body));
      failures.push(() => c.getModelEndpoints({ id: `s${i}`, name: "", parameters: [], parameterWarnings: [] }));
    }
    api.route("GET /api/v1/images/models/hang/endpoints", () => {});
    failures.push(() => c.getModelEndpoints({ id: "hang", name: "", parameters: [], parameterWarnings: [] }));
    api.route("GET /api/v1/images/models/reset/endpoints", (_q, res) => res.socket?.destroy());
    failures.push(() => c.getModelEndpoints({ id: "reset", name: "", parameters: [], parameterWarnings: [] }));
    api.route(`GET ${LIST}`, (_q, res) => res.writeHead(302, { location: `${other.origin}/` }).end());
    failures.push(() => c.listModels());
    failures.push(() =>
      c.getModelEndpoints({ id: "x", endpoints: other.origin, name: "", parameters: [], parameterWarnings: [] }),
    );
    failures.push(() => c.generateImages({ model: "m", stream: true }));
    for (const run of failures) {
      const e = await rejection(run());
      expect(isImageApiError(e)).toBe(true);
      for (const text of [e.message, String(e), JSON.stringify(e), e.stack ?? "", JSON.stringify(Object.values(e))])
        expect(text).not.toContain(KEY);
      expect(e).toBeInstanceOf(ImageApiError);
    }
    expect(other.requests).toHaveLength(0);
  });

  it("guards compare names (cross-realm)", () => {
    expect(isImageApiHttpError({ name: "ImageApiHttpError" })).toBe(true);
    expect(isImageApiError({ name: "ImageApiTimeoutError" })).toBe(true);
    expect(isImageApiError(new Error("x"))).toBe(false);
    expect(isImageApiError(null)).toBe(false);
  });
});

async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}
