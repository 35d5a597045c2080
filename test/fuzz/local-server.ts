import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A real HTTP server on 127.0.0.1 (port 0) for tests, recording every request it saw. */
export interface LocalServer {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request seen: method, URL (path + query) and headers. */
  seen: Array<{ method: string; url: string; headers: IncomingMessage["headers"]; body: string }>;
  close(): Promise<void>;
}

/** Handles one request; the request body is already read into `body`. */
export type LocalHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

/** Starts a server on 127.0.0.1:0 with `handler`; `close()` also drops kept-alive sockets. */
export async function startLocalServer(handler: LocalHandler): Promise<LocalServer> {
  const seen: LocalServer["seen"] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      Promise.resolve(handler(req, res, body)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
