import type { ServerResponse } from "node:http";
import { createImageClient, type ImageModel, isImageApiError } from "@model-forms/client";
import { ImageClientProvider, ModelParameterForm, ModelPicker, RequestPreview } from "@model-forms/forms";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { catalogRoutes, embeddedCatalog, type WireImageModel } from "../../fixtures/catalog";
import { type LocalServer, startLocalServer } from "../fuzz/local-server";

/**
 * The API key stays where it belongs: in the Authorization header of requests to the API's own origin. Never in the
 * DOM (error messages included), the cURL preview, the console, a URL, another origin, or a redirect target.
 * Hostile catalog text renders as text.
 */

const KEY = "sk-contain-0123456789abcdefSECRET";
const XSS_NAME = "<script>alert(1)</script>";
const XSS_DESCRIPTION = "<img src=x onerror=alert(1)>";

type Mode = "ok" | "http-500" | "http-401" | "echo-key" | "destroy" | "redirect";
const state: { models: Mode; generate: Mode } = { models: "ok", generate: "ok" };

let api: LocalServer;
let other: LocalServer;
let catalogBytes = "";
const consoleLines: string[] = [];

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** A small catalog: a few real records, one with hostile text, one whose endpoints URL points at the other server. */
function buildCatalog(otherOrigin: string): { data: WireImageModel[] } {
  const base = embeddedCatalog.data.slice(0, 3);
  const hostile: WireImageModel = {
    id: "evil/xss",
    name: XSS_NAME,
    description: XSS_DESCRIPTION,
    owned_by: XSS_DESCRIPTION,
    supported_parameters: {
      style: { type: "enum", values: [XSS_NAME, XSS_DESCRIPTION, "plain"], default: "plain" },
    },
    endpoints: "/api/v1/images/models/evil/xss/endpoints",
  };
  const crossOrigin: WireImageModel = {
    id: "evil/elsewhere",
    name: "Elsewhere",
    supported_parameters: { resolutions: ["1:1", "16:9"] },
    endpoints: `${otherOrigin}/api/v1/images/models/evil/elsewhere/endpoints`,
  };
  const protocolRelative: WireImageModel = {
    id: "evil/protocol-relative",
    name: "Protocol relative",
    supported_parameters: { resolutions: ["1:1"] },
    endpoints: `//${new URL(otherOrigin).host}/steal`,
  };
  return { data: [...base, hostile, crossOrigin, protocolRelative] };
}

function client() {
  return createImageClient({ baseUrl: api.origin, apiKey: KEY, retries: 0, cacheTtlMs: 0, timeoutMs: 5_000 });
}

function expectNoKeyAnywhere(): void {
  expect(document.documentElement.outerHTML).not.toContain(KEY);
  expect(document.documentElement.outerHTML).not.toContain(KEY.slice(0, 20));
  expect(consoleLines.filter((line) => line.includes(KEY))).toEqual([]);
  for (const seen of [...api.seen, ...other.seen]) expect(seen.url).not.toContain(KEY);
  expect(other.seen).toEqual([]);
}

beforeAll(async () => {
  other = await startLocalServer((_req, res) => json(res, 200, { stolen: true }));
  catalogBytes = JSON.stringify(buildCatalog(other.origin));
  api = await startLocalServer((req, res, body) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const mode = req.method === "POST" ? state.generate : path === "/api/v1/images/models" ? state.models : "ok";
    if (mode === "destroy") return void req.socket.destroy();
    if (mode === "http-500") return json(res, 500, { error: { message: "upstream exploded", code: "server_error" } });
    if (mode === "http-401") return json(res, 401, { error: { message: "Invalid API key", code: "invalid_api_key" } });
    if (mode === "echo-key") {
      // A careless (or hostile) server that echoes the header it got.
      return json(res, 401, {
        error: { message: `Invalid API key: ${req.headers.authorization}`, code: "invalid_api_key" },
      });
    }
    if (mode === "redirect") {
      res.writeHead(req.method === "POST" ? 307 : 302, { location: `${other.origin}${path}` });
      return void res.end();
    }
    if (path === "/api/v1/images/models") {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(catalogBytes);
    }
    const answer = catalogRoutes(req.method ?? "GET", path, body ? JSON.parse(body) : undefined);
    return json(res, answer?.status ?? 404, answer?.body ?? { error: "no route" });
  });
});

afterAll(async () => {
  await api?.close();
  await other?.close();
});

beforeEach(() => {
  state.models = "ok";
  state.generate = "ok";
  consoleLines.length = 0;
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(
        args
          .map((a) => (a instanceof Error ? `${a.name}: ${a.message} ${a.stack ?? ""} ${String(a.cause)}` : String(a)))
          .join(" "),
      );
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function modelFromApi(id: string): Promise<ImageModel> {
  return client().getModel(id);
}

async function renderAndSubmit(mode: Mode): Promise<string> {
  const c = client();
  const model = await c.getModel(embeddedCatalog.data[0]?.id ?? "");
  state.generate = mode;
  render(
    <ImageClientProvider client={c}>
      <ModelParameterForm model={model} onSubmit={(request) => c.generateImages(request)} />
    </ImageClientProvider>,
  );
  const prompt = screen.getByRole("textbox", { name: /prompt/i });
  fireEvent.change(prompt, { target: { value: "a lighthouse" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: /generate/i }));
  });
  const alert = await screen.findByRole("alert", {}, { timeout: 8_000 });
  return alert.textContent ?? "";
}

describe("key containment (jsdom, real local HTTP servers)", () => {
  it("a failed catalog fetch shows an error without the key", async () => {
    state.models = "http-500";
    render(
      <ImageClientProvider client={client()}>
        <ModelParameterForm modelId="any/model" onSubmit={() => {}} />
      </ImageClientProvider>,
    );
    const alert = await screen.findByRole("alert", {}, { timeout: 8_000 });
    expect(alert.textContent).toMatch(/500|exploded|could not/i);
    expect(api.seen.some((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    expectNoKeyAnywhere();
  });

  it.each([
    ["http-401", /401|invalid api key/i],
    ["destroy", /could not reach the image api/i],
  ] as const)("a failed submit (%s) shows an error without the key", async (mode, pattern) => {
    const text = await renderAndSubmit(mode);
    expect(text).toMatch(pattern);
    const post = api.seen.find((r) => r.method === "POST");
    expect(post?.headers.authorization).toBe(`Bearer ${KEY}`);
    expectNoKeyAnywhere();
  });

  it("a server that echoes the Authorization header does not get the key into the DOM", async () => {
    const text = await renderAndSubmit("echo-key");
    expect(text).toMatch(/401|invalid api key/i);
    expectNoKeyAnywhere();
  });

  it("RequestPreview's cURL reads the key from the environment and shows it masked", () => {
    render(<RequestPreview request={{ model: "acme/pixel-v3", prompt: "a fox" }} baseUrl={api.origin} apiKey={KEY} />);
    const text = document.body.textContent ?? "";
    expect(text).toContain("$NANOGPT_API_KEY");
    expect(text).toContain(KEY.slice(-4));
    expectNoKeyAnywhere();
  });

  it("a catalog endpoints URL on another origin (absolute or protocol-relative) gets 0 requests", async () => {
    const c = client();
    for (const id of ["evil/elsewhere", "evil/protocol-relative"]) {
      const error = await c.getModelEndpoints(id).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isImageApiError(error)).toBe(true);
      expect(isImageApiError(error) && error.code).toBe("cross_origin_url");
      expect(String((error as Error).message)).not.toContain(KEY);
    }
    // Rendering the form for that model never reaches the other origin either.
    render(
      <ImageClientProvider client={c}>
        <ModelParameterForm modelId="evil/elsewhere" onSubmit={() => {}} />
      </ImageClientProvider>,
    );
    await screen.findByRole("button", { name: /generate/i }, { timeout: 8_000 });
    expectNoKeyAnywhere();
  });

  it("a redirect to another port is not followed with the key (GET catalog and POST generate)", async () => {
    state.models = "redirect";
    const listError = await client()
      .listModels()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isImageApiError(listError)).toBe(true);

    state.models = "ok";
    const model = await modelFromApi(embeddedCatalog.data[0]?.id ?? "");
    state.generate = "redirect";
    const postError = await client()
      .generateImages({ model: model.id, prompt: "a fox" })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isImageApiError(postError)).toBe(true);
    expect(String((postError as Error).message)).not.toContain(KEY);
    // Through the UI too: the error shows, nothing reaches the other port.
    const text = await renderAndSubmit("redirect");
    expect(text.length).toBeGreaterThan(0);
    expectNoKeyAnywhere();
  });

  it("hostile model names and descriptions render as text in the picker and the form", async () => {
    const c = client();
    const models = await c.listModels();
    render(
      <ImageClientProvider client={c}>
        <ModelPicker models={models} onChange={() => {}} />
        <ModelParameterForm modelId="evil/xss" onSubmit={() => {}} />
      </ImageClientProvider>,
    );
    await screen.findByRole("button", { name: /generate/i }, { timeout: 8_000 });
    expect(document.querySelector("script")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("[onerror]")).toBeNull();
    expect(document.body.textContent).toContain(XSS_NAME);
    expect(document.body.textContent).toContain(XSS_DESCRIPTION);
    // The enum values too, once the select is open.
    const trigger = screen.getByRole("combobox", { name: /style/i });
    fireEvent.keyDown(trigger, { key: "Enter" });
    await waitFor(() => expect(screen.getAllByRole("option").length).toBeGreaterThanOrEqual(3));
    expect(document.querySelector("script, img, [onerror]")).toBeNull();
    expect(screen.getByRole("option", { name: XSS_NAME })).toBeTruthy();
    // An unknown id with markup in it comes back as text in the not-found message.
    render(
      <ImageClientProvider client={c}>
        <ModelParameterForm modelId={XSS_DESCRIPTION} onSubmit={() => {}} />
      </ImageClientProvider>,
    );
    await waitFor(() => expect(document.body.textContent).toContain(`Unknown model "${XSS_DESCRIPTION}"`), {
      timeout: 8_000,
    });
    expect(document.querySelector("script, img, [onerror]")).toBeNull();
    expectNoKeyAnywhere();
  });
});
