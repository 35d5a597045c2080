import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { catalogRoutes } from "../../fixtures/catalog";

/** One request the stub API saw. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** How the stub answers `POST /api/v1/images`: normally, or with a 400 that names `parameter`. */
export type StubMode = { kind: "healthy" } | { kind: "reject"; parameter: string; message: string };

/**
 * The Image API as a local stub on 127.0.0.1 (the embedded catalog's routes): logs every request, demands
 * `Authorization: Bearer <apiKey>` on generation, and can reject one parameter the way the API does.
 */
export async function startStubImageApi(apiKey: string) {
  const seen: SeenRequest[] = [];
  const state: { mode: StubMode } = { mode: { kind: "healthy" } };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", "http://stub.invalid").pathname;
      seen.push({ method: req.method ?? "", path, headers: req.headers, body });
      const json = (status: number, data: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(data));
      };
      if (req.method === "POST" && req.headers.authorization !== `Bearer ${apiKey}`)
        return json(401, { error: { message: "Invalid API key", code: "missing_api_key" } });
      if (req.method === "POST" && state.mode.kind === "reject") {
        const { parameter, message } = state.mode;
        return json(400, {
          error: { message, type: "invalid_request_error", code: "invalid_parameter_value", parameter },
        });
      }
      let parsed: unknown;
      try {
        parsed = body === "" ? undefined : JSON.parse(body);
      } catch {
        parsed = body;
      }
      const answer = catalogRoutes(req.method ?? "GET", path, parsed) ?? { status: 404, body: { error: "no route" } };
      json(answer.status, answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    state,
    posts: () => seen.filter((r) => r.method === "POST"),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
