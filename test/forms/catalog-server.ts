import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** The wire records the test catalog serves (typed descriptors, as in IMAGE_API.md). */
export const catalog = [
  {
    id: "acme/pixel-v3",
    name: "Pixel v3",
    supported_parameters: {
      resolution: { type: "enum", values: ["1024x1024", "1024x768"], default: "1024x1024" },
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
];

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 (port 0). `handle` may be replaced per test; by default it serves the catalog. */
export async function startCatalogServer() {
  let requests = 0;
  const serveCatalog: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ object: "list", data: catalog }));
  };
  const state = { handle: serveCatalog };
  const server = createServer((req, res) => {
    requests++;
    void state.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    serveCatalog,
    get requests() {
      return requests;
    },
    set handle(handler: Handler) {
      state.handle = handler;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
