import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, labelFor, pickEnumModel } from "./support/form-helpers";
import { startStubImageApi } from "./support/stub-image-api";

/**
 * End to end: examples/next (App Router) built with `next build` and served with `next start`, against a stub of
 * the Image API on 127.0.0.1, driven in Debian's Chromium. The key lives only in the Next server's environment.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const appRoot = join(root, "examples/next");
const nextBin = join(appRoot, "node_modules/.bin/next");
const API_KEY = "sk-next-e2e-0123456789abcdefKEYZ";
const BUILD_TIMEOUT = 600_000;

/** A free port on 127.0.0.1 for `next start`. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs a command, resolving when it exits 0 (its output is kept for the error message). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: appRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}:\n${output}`))));
  });
}

/** Resolves once `url` answers at all (any status), or fails after `timeoutMs`. */
async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answered = await fetch(url, { method: "OPTIONS" }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("examples/next end to end (next build + next start, stub API, Chromium)", () => {
  const { record, enumName, values } = pickEnumModel();
  const chosen = values[values.length - 1] as string;
  let stub: Awaited<ReturnType<typeof startStubImageApi>>;
  let server: ChildProcess | undefined;
  let origin = "";
  let browser: Browser | undefined;
  const browserSaw: string[] = [];
  const requestUrls: string[] = [];
  const consoleProblems: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stub = await startStubImageApi(API_KEY);
    // A fresh clone has no dist/: Next resolves the workspace packages through their exports, so build them first.
    if (
      !["packages/forms/dist/index.js", "packages/forms/dist/core.js", "packages/client/dist/index.js"].every((f) =>
        existsSync(join(root, f)),
      )
    )
      execFileSync("pnpm", ["build"], { cwd: root, stdio: "ignore" });
    // The key is in the environment at build time too, as in a real deployment: it must still stay server-side.
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      IMAGE_API_BASE_URL: stub.origin,
      NANOGPT_API_KEY: API_KEY,
    };
    let started = performance.now();
    await run(nextBin, ["build"], env);
    console.log(`[e2e-next] next build ${(performance.now() - started).toFixed(0)} ms`);
    started = performance.now();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: appRoot,
      env,
      stdio: "ignore",
    });
    await waitForServer(`${origin}/api/generate`, 60_000);
    console.log(`[e2e-next] next start ready in ${(performance.now() - started).toFixed(0)} ms`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    await stub?.close();
  });

  /** A page that records everything the browser sent and received, and every console problem. */
  async function openPage(path: string): Promise<Page> {
    const page = await (browser as Browser).newPage();
    page.on("request", (request) => {
      requestUrls.push(request.url());
      browserSaw.push(request.url(), JSON.stringify(request.headers()), request.postData() ?? "");
    });
    page.on("response", (response) => {
      void response.text().then(
        (text) => browserSaw.push(text),
        () => {},
      );
    });
    page.on("console", (message) => {
      // A 400 from /api/generate (and the missing favicon) is logged as a failed resource: that is expected.
      if (["error", "warning"].includes(message.type()) && !/^Failed to load resource/.test(message.text()))
        consoleProblems.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${origin}${path}?model=${encodeURIComponent(record.id)}`);
    await page.getByRole("textbox", { name: "Prompt" }).waitFor({ timeout: 30_000 });
    return page;
  }

  /** Fills the form, submits, and checks the exact body the stub received with the server's key. */
  async function generatesWithExactBody(page: Page, prompt: string): Promise<void> {
    stub.state.mode = { kind: "healthy" };
    const before = stub.posts().length;
    await page.getByRole("textbox", { name: "Prompt" }).fill(prompt);
    await chooseOption(page, labelFor(enumName), chosen);
    await page.getByRole("button", { name: /generate/i }).click();
    await expect.poll(() => stub.posts().length, { timeout: 30_000 }).toBe(before + 1);
    const post = stub.posts().at(-1);
    expect(post?.path).toBe("/api/v1/images");
    expect(post?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(post?.body ?? "null")).toEqual({ model: record.id, prompt, [enumName]: chosen });
    await expect.poll(() => page.getByRole("img", { name: /^Result 1 of/ }).count(), { timeout: 30_000 }).toBe(1);
  }

  /** The API rejects the enum parameter with a 400: the message shows on that field, which is invalid and focused. */
  async function showsTheRejectionOnTheField(page: Page): Promise<void> {
    const message = `${enumName} '${chosen}' is not available right now.`;
    stub.state.mode = { kind: "reject", parameter: enumName, message };
    await page.getByRole("button", { name: /generate/i }).click();
    const field = page.getByRole("combobox", { name: labelFor(enumName) });
    await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: 30_000 }).toBe("true");
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const description = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
      describedBy.split(/\s+/).filter(Boolean),
    );
    expect(description).toContain(message);
    expect(await page.locator('[data-mf-slot="form-error"]').count()).toBe(0);
    stub.state.mode = { kind: "healthy" };
  }

  it("route handler: exact body with the key added on the server; a 400 naming a parameter lands on that field", async () => {
    const page = await openPage("/");
    await generatesWithExactBody(page, "a lighthouse at dusk, 🌊");
    await showsTheRejectionOnTheField(page);
    await page.close();
  });

  it("Server Action: the same body and the same field error, returned instead of thrown", async () => {
    const page = await openPage("/action");
    await generatesWithExactBody(page, "a fox in the snow");
    await showsTheRejectionOnTheField(page);
    await page.close();
  });

  it("the key never reached the browser (bundle, requests, responses); no hydration warnings or page errors", async () => {
    const staticFiles = await filesUnder(join(appRoot, ".next/static"));
    expect(staticFiles.length).toBeGreaterThan(0);
    for (const file of staticFiles) {
      const text = await readFile(file, "utf8");
      expect(text.includes(API_KEY), file).toBe(false);
    }
    expect(browserSaw.length).toBeGreaterThan(10);
    expect(browserSaw.filter((text) => text.includes(API_KEY))).toEqual([]);
    // Discovery and generation happened on the server, with the key; the browser never talked to the API.
    expect(requestUrls.filter((url) => url.startsWith(stub.origin))).toEqual([]);
    expect(requestUrls.some((url) => url.startsWith(origin))).toBe(true);
    expect(consoleProblems).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
