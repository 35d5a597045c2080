import { createImageClient } from "@model-forms/client";
import { ImageClientProvider, ModelParameterForm, useImageModel, useImageModels } from "@model-forms/forms";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startCatalogServer } from "./catalog-server";
import { focusSlider } from "./focus-slider";

let server: Awaited<ReturnType<typeof startCatalogServer>>;
beforeAll(async () => {
  server = await startCatalogServer();
});
afterAll(() => server.close());

/** A fresh client per test, so no catalog cache leaks between tests. */
function withClient(ui: ReactNode) {
  const client = createImageClient({ baseUrl: server.baseUrl, retries: 0 });
  return <ImageClientProvider client={client}>{ui}</ImageClientProvider>;
}

function Names() {
  const models = useImageModels();
  return <p>{models.status === "success" ? models.data.map((m) => m.id).join(",") : models.status}</p>;
}
function One({ id }: { id: string }) {
  const model = useImageModel(id);
  return <p>{model.status === "success" ? `one:${model.data.name}` : model.status}</p>;
}

describe("ModelParameterForm states (real HTTP server)", () => {
  it("jsdom's fetch reaches the local server", async () => {
    server.handle = server.serveCatalog;
    const body = await (await fetch(`${server.baseUrl}/api/v1/images/models`)).json();
    expect(body.data[0].id).toBe("acme/pixel-v3");
  });

  it("shows a busy skeleton while loading, then the form", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.handle = async (req, res) => {
      await gate;
      server.serveCatalog(req, res);
    };
    const { container } = render(withClient(<ModelParameterForm modelId="acme/pixel-v3" />));
    const loading = container.querySelector('[data-mf-slot="form"]');
    expect(loading).toHaveAttribute("aria-busy", "true");
    expect(loading).toHaveAttribute("data-state", "loading");
    expect(screen.getByRole("status")).toHaveTextContent(/loading/i);
    release();
    expect(await screen.findByRole("textbox", { name: "Prompt" })).toBeInTheDocument();
    expect(container.querySelector('[data-mf-slot="form"]')).toHaveAttribute("data-state", "ready");
    expect(container.querySelector('[data-mf-slot="form"]')).not.toHaveAttribute("aria-busy");
  });

  it("shows a fetch error with Retry, and Retry recovers", async () => {
    let fail = true;
    server.handle = (req, res) => {
      if (!fail) return server.serveCatalog(req, res);
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "upstream down" } }));
    };
    const user = userEvent.setup();
    render(withClient(<ModelParameterForm modelId="acme/pixel-v3" />));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/could not load the model/i);
    // The API's own message, never the URL the client called.
    expect(alert).toHaveTextContent(/upstream down/);
    expect(alert.textContent).not.toContain(server.baseUrl);
    fail = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("textbox", { name: "Prompt" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names close ids for an unknown model", async () => {
    server.handle = server.serveCatalog;
    render(withClient(<ModelParameterForm modelId="acme/pixel-v4" />));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent('Unknown model "acme/pixel-v4"');
    expect(alert).toHaveTextContent('"acme/pixel-v3"');
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
  });

  it("migrates values when modelId changes: n clamped, missing enum value defaulted, prompt kept", async () => {
    server.handle = server.serveCatalog;
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const client = createImageClient({ baseUrl: server.baseUrl, retries: 0 });
    const ui = (id: string) => (
      <ImageClientProvider client={client}>
        <ModelParameterForm modelId={id} onSubmit={onSubmit} />
      </ImageClientProvider>
    );
    const { rerender } = render(ui("acme/pixel-v3"));
    await user.type(await screen.findByRole("textbox", { name: "Prompt" }), "a fox");
    const images = focusSlider("Images");
    await user.keyboard("{End}");
    expect(images).toHaveAttribute("aria-valuenow", "4");
    const quality = screen.getByRole("combobox", { name: "Quality" });
    act(() => quality.focus());
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    await user.keyboard("{End}{Enter}");
    // Radix's trigger took the plain one's place at the first open: query it again.
    expect(screen.getByRole("combobox", { name: "Quality" })).toHaveTextContent("high");

    rerender(ui("acme/pixel-mini"));
    await waitFor(() => expect(screen.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuemax", "2"));
    expect(screen.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuenow", "2");
    expect(screen.getByRole("combobox", { name: "Quality" })).toHaveTextContent("low");
    expect(screen.getByRole("textbox", { name: "Prompt" })).toHaveValue("a fox");
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ model: "acme/pixel-mini", prompt: "a fox", n: 2 });
  });

  it("useImageModels / useImageModel share one catalog request between subscribers", async () => {
    server.handle = server.serveCatalog;
    const before = server.requests;
    render(
      withClient(
        <>
          <Names />
          <Names />
          <One id="acme/pixel-mini" />
        </>,
      ),
    );
    expect(screen.getAllByText("loading")).toHaveLength(3);
    expect(await screen.findByText("one:Pixel mini")).toBeInTheDocument();
    expect(screen.getAllByText("acme/pixel-v3,acme/pixel-mini")).toHaveLength(2);
    expect(server.requests - before).toBe(1);
  });
});
