import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** A 1×1 PNG, base64: what `b64_json` answers carry. */
export const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** The wire catalog: typed descriptors (IMAGE_API.md), one image-to-image model. */
export const stubCatalog = [
  {
    id: "acme/pixel-v3",
    name: "Pixel v3",
    supported_parameters: {
      resolution: { type: "enum", values: ["1024x1024", "1024x768", "768x1024"], default: "1024x1024" },
      quality: { type: "enum", values: ["low", "medium", "high"], default: "medium" },
      n: { type: "range", min: 1, max: 4, default: 1 },
    },
  },
  {
    id: "acme/pixel-mini",
    name: "Pixel mini",
    supported_parameters: {
      resolution: { type: "enum", values: ["1024x1024", "512x512"], default: "1024x1024" },
      quality: { type: "enum", values: ["low", "medium"], default: "low" },
      n: { type: "range", min: 1, max: 2, default: 1 },
    },
  },
  {
    id: "acme/pixel-edit",
    name: "Pixel edit",
    capabilities: { image_generation: true, image_to_image: true, inpainting: false, nsfw: false },
    supported_parameters: {
      resolution: { type: "enum", values: ["1024x1024", "1024x768"], default: "1024x1024" },
      input_references: { type: "range", min: 0, max: 2 },
    },
  },
];

/**
 * How `POST /api/v1/images` answers: NanoGPT's `url` body (cost + remainingBalance), OpenRouter's `b64_json` body
 * (media_type + usage.cost), a legacy flat 402, a nested 400 content-policy error, a 400 blaming a parameter, a
 * 500, a socket destroyed after the body arrived, or no answer at all (for abort).
 */
export type GenerateMode = "url" | "b64" | "402" | "content-policy" | "bad-parameter" | "500" | "drop" | "hang";

export interface SeenPost {
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
}

/** A real node:http server on 127.0.0.1 (port 0) speaking the Image API's three routes. */
export async function startImageApiStub() {
  const state = { mode: "url" as GenerateMode };
  const posts: SeenPost[] = [];
  const hanging = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stub.invalid");
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (req.method === "GET" && url.pathname === "/api/v1/images/models")
        return json(200, { object: "list", data: stubCatalog });
      const endpoints = /^\/api\/v1\/images\/models\/(.+)\/endpoints$/.exec(url.pathname);
      const model = stubCatalog.find((m) => m.id === endpoints?.[1]);
      if (req.method === "GET" && model) {
        // The endpoint record: the same parameters, priced per resolution (IMAGE_API.md).
        const pricing = model.supported_parameters.resolution.values.map((resolution, i) => ({
          billable: "output_image",
          unit: "image",
          cost_usd: 0.04 * (i + 1),
          currency: "USD",
          resolution,
        }));
        return json(200, {
          id: model.id,
          endpoints: [{ provider_name: "Acme", supported_parameters: model.supported_parameters, pricing }],
        });
      }
      if (req.method === "GET" && url.pathname.startsWith("/images/")) {
        // A "CDN" for returned URLs: the PNG.
        return res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from(PNG_BASE64, "base64"));
      }
      if (req.method !== "POST" || url.pathname !== "/api/v1/images") return json(404, { error: "no route" });
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
      posts.push({ body, headers: req.headers });
      const n = typeof body.n === "number" ? body.n : 1;
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      switch (state.mode) {
        case "url":
          return json(200, {
            created: 1764500000,
            data: Array.from({ length: n }, (_, i) => ({ url: `${origin}/images/result-${posts.length}-${i}.png` })),
            cost: 0.04 * n,
            paymentSource: "USD",
            remainingBalance: 9.96,
          });
        case "b64":
          return json(200, {
            created: 1764500000,
            data: Array.from({ length: n }, () => ({ b64_json: PNG_BASE64, media_type: "image/webp" })),
            usage: { cost: 0.0035 },
          });
        case "402":
          return json(402, { error: "Insufficient balance", requiredBalance: 0.0035, status: 402 });
        case "content-policy":
          return json(400, {
            error: {
              message: "Your request was rejected by the safety system.",
              type: "invalid_request_error",
              code: "content_policy_violation",
            },
            code: "content_policy_violation",
          });
        case "bad-parameter":
          return json(400, {
            error: {
              message: "quality high is temporarily unavailable.",
              type: "invalid_request_error",
              code: "invalid_parameter_value",
              parameter: "quality",
            },
          });
        case "500":
          return json(500, { error: { message: "upstream exploded" } });
        case "drop":
          return req.socket.destroy();
        case "hang":
          hanging.add(() => res.destroy());
          return;
      }
    });
  });
  // Slow test machines leave a kept-alive socket idle past Node's 5 s default; a POST racing its close would fail
  // (and is rightly never retried). Keep sockets open for the length of a test file.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    state,
    posts,
    reset() {
      state.mode = "url";
      posts.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const end of hanging) end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
