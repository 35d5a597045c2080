import { readFile, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { humanizeLabel } from "@model-forms/forms/core";
import { type Browser, chromium, type Page } from "playwright";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogRoutes, embeddedCatalog, type WireImageModel } from "../fixtures/catalog";

/**
 * End to end: the example app (examples/app) built with Vite, served from one local origin, talking to a stub of
 * the Image API on another (CORS, preflight), driven in Debian's Chromium with Playwright.
 */

const appRoot = fileURLToPath(new URL("../examples/app/", import.meta.url));
const outDir = join(tmpdir(), `model-forms-e2e-${process.pid}`);
const API_KEY = "sk-e2e-0123456789abcdef";

interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The stub API: catalogRoutes behind CORS; `mode` switches generation between healthy and a destroyed socket. */
function createStubApi() {
  const seen: SeenRequest[] = [];
  const state = { mode: "healthy" as "healthy" | "destroy" };
  const cors = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": "authorization, content-type, x-api-key",
    "access-control-max-age": "0",
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://stub.invalid");
      seen.push({ method: req.method ?? "", path: url.pathname, headers: req.headers, body });
      if (req.method === "OPTIONS") {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      if (req.method === "POST" && state.mode === "destroy") {
        req.socket.destroy();
        return;
      }
      let parsed: unknown;
      try {
        parsed = body === "" ? undefined : JSON.parse(body);
      } catch {
        parsed = body;
      }
      const answer = catalogRoutes(req.method ?? "GET", url.pathname, parsed) ?? {
        status: 404,
        body: { error: "no route" },
      };
      res.writeHead(answer.status, { ...cors, "content-type": "application/json" });
      res.end(JSON.stringify(answer.body));
    });
  });
  return { server, seen, state };
}

const mime: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

/** A static server for the built app (SPA fallback to index.html). */
function createStaticServer(root: string): Server {
  return createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://app.invalid").pathname);
    const file = normalize(join(root, pathname === "/" ? "index.html" : pathname));
    const safe = file.startsWith(root) ? file : join(root, "index.html");
    readFile(safe)
      .catch(() => readFile(join(root, "index.html")))
      .then(
        (bytes) => {
          res.writeHead(200, { "content-type": mime[extname(safe)] ?? "text/html; charset=utf-8" });
          res.end(bytes);
        },
        () => {
          res.writeHead(404);
          res.end();
        },
      );
  });
}

/** A model of the embedded catalog with a typed string enum of ≥ 3 values (the chosen one is not its default). */
function pickModel(): { record: WireImageModel; enumName: string; values: string[] } {
  for (const record of embeddedCatalog.data) {
    const params = record.supported_parameters ?? {};
    for (const [name, descriptor] of Object.entries(params)) {
      if (name === "resolution" || typeof descriptor !== "object" || descriptor === null || Array.isArray(descriptor))
        continue;
      const d = descriptor as { type?: unknown; values?: unknown; default?: unknown };
      if (
        d.type === "enum" &&
        Array.isArray(d.values) &&
        d.values.length >= 3 &&
        d.values.every((v) => typeof v === "string")
      ) {
        const values = (d.values as string[]).filter((v) => v !== d.default);
        return { record, enumName: name, values };
      }
    }
  }
  throw new Error("embedded catalog has no model with a typed string enum of 3+ values");
}

describe("example app end to end (Chromium, Vite build, stub API over CORS)", () => {
  const stub = createStubApi();
  let apiOrigin = "";
  let appServer: Server | undefined;
  let appOrigin = "";
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const consoleLines: string[] = [];

  beforeAll(async () => {
    apiOrigin = await listen(stub.server);
    const started = performance.now();
    await build({
      root: appRoot,
      configFile: join(appRoot, "vite.config.ts"),
      mode: "production",
      logLevel: "warn",
      define: { "import.meta.env.VITE_API_BASE_URL": JSON.stringify(apiOrigin) },
      build: { outDir, emptyOutDir: true, sourcemap: false, minify: false },
    });
    console.log(`[e2e] vite build ${(performance.now() - started).toFixed(0)} ms`);
    appServer = createStaticServer(outDir);
    appOrigin = await listen(appServer);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    page = await browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => consoleLines.push(message.text()));
  });

  afterAll(async () => {
    await browser?.close();
    await close(appServer);
    await close(stub.server);
    await rm(outDir, { recursive: true, force: true });
  });

  it("drives <ImageStudio>: exact request with the key, a dropped connection keeps every value, Retry, history, reload", async () => {
    const { record, enumName, values } = pickModel();
    const chosen = values[values.length - 1] as string;
    await page.goto(appOrigin);

    // The catalog loads from the stub (no key on discovery routes).
    await page.getByLabel("API key").fill(API_KEY);
    await pickModelInApp(page, record);
    const prompt = page.getByRole("textbox", { name: /prompt/i });
    await prompt.fill("a lighthouse at dusk, 🌊");
    await chooseOption(page, labelFor(enumName), chosen);

    // 1. Healthy: exact body and the bearer header.
    await page.getByRole("button", { name: /generate/i }).click();
    await expect.poll(() => stub.seen.filter((r) => r.method === "POST").length, { timeout: 15_000 }).toBe(1);
    const post = stub.seen.find((r) => r.method === "POST");
    expect(post?.path).toBe("/api/v1/images");
    expect(post?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(post?.body ?? "null")).toEqual({
      model: record.id,
      prompt: "a lighthouse at dusk, 🌊",
      [enumName]: chosen,
    });
    await expect.poll(() => page.getByRole("img", { name: /^Result 1 of/ }).count(), { timeout: 15_000 }).toBe(1);
    // Discovery calls carried no key; nothing but POSTs (and their preflights) went to the generate route.
    for (const r of stub.seen.filter((r) => r.method === "GET")) expect(r.headers.authorization).toBeUndefined();
    for (const r of stub.seen) expect(r.path.includes(API_KEY)).toBe(false);

    // 2. The server destroys the socket mid-request: an error shows, every typed value stays.
    stub.state.mode = "destroy";
    await prompt.fill("second try, keep me");
    await page.getByRole("button", { name: /generate/i }).click();
    const alert = page.getByRole("alert");
    await alert.first().waitFor({ timeout: 15_000 });
    const alertText = (await alert.allTextContents()).join(" ");
    expect(alertText.length).toBeGreaterThan(0);
    expect(alertText).not.toContain(API_KEY);
    console.log(`[e2e] dropped connection -> the page shows: ${JSON.stringify(alertText)}`);
    await expect.poll(() => prompt.inputValue()).toBe("second try, keep me");
    expect(await page.getByRole("combobox", { name: labelFor(enumName) }).textContent()).toContain(chosen);
    expect(await page.getByLabel("API key").inputValue()).toBe(API_KEY);

    // 3. Healthy again: the composite's Retry resends exactly the body that was cut off, and the image shows.
    stub.state.mode = "healthy";
    const before = stub.seen.filter((r) => r.method === "POST").length;
    await page.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => stub.seen.filter((r) => r.method === "POST").length, { timeout: 15_000 }).toBe(before + 1);
    const posts = stub.seen.filter((r) => r.method === "POST");
    const retry = posts.at(-1);
    expect(retry?.body).toBe(posts.at(-2)?.body);
    expect(JSON.parse(retry?.body ?? "null")).toEqual({
      model: record.id,
      prompt: "second try, keep me",
      [enumName]: chosen,
    });
    await expect.poll(() => page.getByRole("alert").count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.getByRole("img", { name: /^Result 1 of/ }).count(), { timeout: 15_000 }).toBe(1);
    // The stub answers like NanoGPT: cost and remaining balance are shown.
    await page.getByText("Cost $0.01").waitFor({ timeout: 15_000 });
    await page.getByText("Balance $9.99").waitFor();

    // 4. History holds both generations; "Reuse settings" on the first restores its prompt.
    const history = page.getByRole("region", { name: "History" });
    await expect.poll(() => history.getByRole("listitem").count()).toBe(2);
    await history.getByRole("button", { name: /^Reuse settings generation 2:/ }).click();
    await expect.poll(() => prompt.inputValue()).toBe("a lighthouse at dusk, 🌊");
    expect(await page.getByRole("combobox", { name: labelFor(enumName) }).textContent()).toContain(chosen);

    // 5. Reload: the remembered model and values come back (localStorage); the key never was stored.
    const stored = () => page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    // Values are written 300 ms after the last change.
    await expect.poll(stored, { timeout: 5_000 }).toContain("a lighthouse at dusk");
    expect(await stored()).not.toContain(API_KEY);
    await page.reload();
    await page.getByText("Restored your last settings.").waitFor({ timeout: 30_000 });
    await expect.poll(() => prompt.inputValue()).toBe("a lighthouse at dusk, 🌊");
    expect(await page.getByRole("combobox", { name: labelFor(enumName) }).textContent()).toContain(chosen);
    expect(await page.getByRole("option", { selected: true }).getAttribute("data-model-id")).toBe(record.id);
    expect(await page.getByLabel("API key").inputValue()).toBe("");

    expect(pageErrors).toEqual([]);
    expect(consoleLines.filter((line) => line.includes(API_KEY))).toEqual([]);
  });
});

/** The label the form derives from a request field name (the app passes no label overrides). */
function labelFor(name: string): RegExp {
  return new RegExp(`^${humanizeLabel(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

async function pickModelInApp(page: Page, record: WireImageModel): Promise<void> {
  const search = page.getByRole("searchbox", { name: "Search models" });
  await search.waitFor({ timeout: 30_000 });
  await search.fill(record.id);
  const option = page.getByRole("option").filter({ hasText: record.id }).first();
  await option.click();
  await expect.poll(() => option.getAttribute("aria-selected")).toBe("true");
}

async function chooseOption(page: Page, label: RegExp, value: string): Promise<void> {
  const trigger = page.getByRole("combobox", { name: label });
  await trigger.waitFor({ state: "attached", timeout: 30_000 });
  // An advanced field sits in a closed <details>: open it like a user would.
  if (!(await trigger.isVisible())) await page.getByText("Advanced", { exact: true }).click();
  await trigger.click();
  await page.getByRole("option", { name: value, exact: true }).click();
  await expect.poll(() => trigger.textContent()).toContain(value);
}
