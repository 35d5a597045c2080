import { createImageClient } from "@model-forms/client";
import { ImageClientProvider, ModelParameterForm, PriceEstimate } from "@model-forms/forms";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentProps, ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import openRouterRecord from "../../packages/client/src/__fixtures__/openrouter-endpoints-qwen-qwen-image-3.2026-08-17.json";
import { type LocalServer, startLocalServer } from "../fuzz/local-server";
import { focusSlider } from "./focus-slider";

// A real HTTP server on 127.0.0.1: a small catalog and its endpoint records, or a failure per model.
const nanoPricing = [
  { billable: "output_image", unit: "image", cost_usd: 0.04, currency: "USD", resolution: "1024x1024" },
  { billable: "output_image", unit: "image", cost_usd: 0.08, currency: "USD", resolution: "2048x2048" },
  { billable: "output_image", unit: "image", cost_usd: 0.03, currency: "USD", resolution: "auto" },
];
const catalog = [
  {
    id: "acme/pixel-v3",
    name: "Pixel v3",
    endpoints: "/api/v1/images/models/acme/pixel-v3/endpoints",
    supported_parameters: {
      resolution: { type: "enum", values: ["1024x1024", "2048x2048"] },
      n: { type: "range", min: 1, max: 4, default: 1 },
    },
  },
  {
    id: "qwen/qwen-image-3",
    name: "Qwen Image 3",
    endpoints: "/api/v1/images/models/qwen/qwen-image-3/endpoints",
    supported_parameters: openRouterRecord.endpoints[0]?.supported_parameters,
  },
  {
    id: "acme/down",
    name: "Endpoint record down",
    endpoints: "/api/v1/images/models/acme/down/endpoints",
    supported_parameters: { resolution: { type: "enum", values: ["1024x1024"] } },
  },
  {
    // The catalog is looser than the endpoint record: the record wins.
    id: "acme/tighter",
    name: "Tighter endpoint",
    endpoints: "/api/v1/images/models/acme/tighter/endpoints",
    supported_parameters: {
      resolution: { type: "enum", values: ["1024x1024", "2048x2048", "4096x4096"], default: "1024x1024" },
      n: { type: "range", min: 1, max: 8, default: 1 },
      input_references: { type: "range", min: 0, max: 4 },
    },
  },
  {
    // Over the tile limit: the resolution picker is a select.
    id: "acme/many-sizes",
    name: "Many sizes",
    endpoints: "/api/v1/images/models/acme/many-sizes/endpoints",
    supported_parameters: {
      resolution: {
        type: "enum",
        values: [
          "1024x1024",
          "2048x2048",
          "1152x864",
          "864x1152",
          "1344x768",
          "768x1344",
          "1536x640",
          "640x1536",
          "1216x832",
          "832x1216",
          "1280x720",
          "720x1280",
          "512x512",
        ],
      },
    },
  },
];
catalog.push({
  ...(catalog[3] as (typeof catalog)[number]),
  id: "acme/slow",
  endpoints: "/api/v1/images/models/acme/slow/endpoints",
});
/** The slow model's endpoint record is held until the test releases it. */
let releaseSlow = () => {};
const slowGate = () =>
  new Promise<void>((resolve) => {
    releaseSlow = resolve;
  });
let slowHeld = slowGate();

const records: Record<string, unknown> = {
  "acme/pixel-v3": {
    id: "acme/pixel-v3",
    endpoints: [
      { provider_name: "Acme", supported_parameters: catalog[0]?.supported_parameters, pricing: nanoPricing },
    ],
  },
  "qwen/qwen-image-3": openRouterRecord,
  "acme/many-sizes": {
    id: "acme/many-sizes",
    endpoints: [{ supported_parameters: catalog[4]?.supported_parameters, pricing: nanoPricing }],
  },
  "acme/tighter": {
    id: "acme/tighter",
    endpoints: [
      {
        supported_parameters: {
          resolution: { type: "enum", values: ["1024x1024", "2048x2048"], default: "1024x1024" },
          n: { type: "range", min: 1, max: 4, default: 1 },
          input_references: { type: "range", min: 0, max: 4 },
        },
        input_reference_constraints: { max_items: 2, provider: { max_bytes: 1048576, source: "provider-docs" } },
        pricing: nanoPricing,
      },
    ],
  },
};

let api: LocalServer;
beforeAll(async () => {
  api = await startLocalServer(async (req, res) => {
    const path = req.url ?? "/";
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (path === "/api/v1/images/models") return json(200, { object: "list", data: catalog });
    const id = /^\/api\/v1\/images\/models\/(.+)\/endpoints$/.exec(path)?.[1] ?? "";
    if (id === "acme/slow") await slowHeld;
    const record = records[id === "acme/slow" ? "acme/tighter" : id];
    return record ? json(200, record) : json(500, { error: { message: "endpoint store down" } });
  });
});
afterAll(() => api.close());

function withClient(ui: ReactNode) {
  const client = createImageClient({ baseUrl: api.origin, retries: 0 });
  return <ImageClientProvider client={client}>{ui}</ImageClientProvider>;
}

function renderForm(
  props: ComponentProps<typeof ModelParameterForm>,
  price: ComponentProps<typeof PriceEstimate> = {},
) {
  const onSubmit = vi.fn();
  const view = render(
    withClient(
      <ModelParameterForm onSubmit={onSubmit} {...props}>
        <PriceEstimate {...price} />
      </ModelParameterForm>,
    ),
  );
  return { ...view, onSubmit };
}

const total = () => screen.getByRole("status", { name: "Estimated cost" });
/** Waits for the first price (the catalog and the endpoint record load over HTTP first). */
const priced = async (text: string) =>
  expect(await screen.findByRole("status", { name: "Estimated cost" }, { timeout: 5000 })).toHaveTextContent(text);

/** Chooses a resolution tile as a pointer user does: a click on the radio named by its text (and its price). */
async function pick(user: ReturnType<typeof userEvent.setup>, name: string, option: RegExp) {
  const group = screen.getByRole("radiogroup", { name });
  await user.click(within(group).getByRole("radio", { name: option }));
  return group;
}
/** The checked tile of a resolution group. */
const checked = (group: HTMLElement) => within(group).getByRole("radio", { checked: true });

describe("PriceEstimate in a form (real HTTP server)", { timeout: 20_000 }, () => {
  it("follows the values: the auto line while unset, then the chosen resolution times the count", async () => {
    const user = userEvent.setup();
    renderForm({ modelId: "acme/pixel-v3" });
    // No resolution set (no published default): the provider decides, priced by the auto line.
    await priced("$0.03");
    await pick(user, "Resolution", /2048×2048/);
    await waitFor(() => expect(total()).toHaveTextContent("$0.08"));
    focusSlider("Images");
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(total()).toHaveTextContent("$0.24");
    const line = screen.getByText("Output image · 2048x2048").closest("li");
    expect(line).toHaveTextContent("3 × $0.08");
    expect(line).toHaveTextContent("$0.24");
  });

  it("OpenRouter: the tier picks its variant line, and each reference image adds its input line", async () => {
    const user = userEvent.setup();
    renderForm({ modelId: "qwen/qwen-image-3" });
    await priced("$0.03");
    await pick(user, "Resolution", /^2K/);
    await user.type(screen.getByRole("textbox", { name: "Reference images" }), "https://example.com/a.png{Enter}");
    await waitFor(() => expect(total()).toHaveTextContent("$0.033"));
    expect(screen.getByText("Output image · 2k")).toBeInTheDocument();
    expect(screen.getByText("Input image").closest("li")).toHaveTextContent("1 × $0.003");
  });

  it("prices each option of the field the price depends on, on every tile, chosen by keyboard", async () => {
    const user = userEvent.setup();
    renderForm({ modelId: "acme/pixel-v3" });
    await priced("$0.03");
    const group = screen.getByRole("radiogroup", { name: "Resolution" });
    const small = within(group).getByRole("radio", { name: "1:1 1024×1024 $0.04" });
    expect(within(group).getByRole("radio", { name: "1:1 2048×2048 $0.08" })).not.toBeChecked();
    // Keyboard: into the group, the arrow key moves to the next tile and chooses it.
    act(() => small.focus());
    await user.keyboard("{ArrowDown}");
    expect(checked(group)).toHaveAccessibleName("1:1 2048×2048 $0.08");
    await waitFor(() => expect(total()).toHaveTextContent("$0.08"));
    // Per image: a count step leaves every option note as it was.
    focusSlider("Images");
    await user.keyboard("{ArrowRight}");
    expect(total()).toHaveTextContent("$0.16");
    expect(checked(group)).toHaveAccessibleName("1:1 2048×2048 $0.08");
    expect(within(group).getByRole("radio", { name: "1:1 1024×1024 $0.04" })).toBeInTheDocument();
  });

  it("over 12 sizes the picker is a select: notes in the open list and on the trigger", async () => {
    const user = userEvent.setup();
    renderForm({ modelId: "acme/many-sizes" });
    await priced("$0.03");
    const trigger = screen.getByRole("combobox", { name: "Resolution" });
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).getByRole("option", { name: "1:1 1024×1024 $0.04" })).toBeInTheDocument();
    // A size without a published price has no note.
    expect(within(listbox).getByRole("option", { name: "4:3 1152×864" })).toBeInTheDocument();
    await user.click(within(listbox).getByRole("option", { name: "1:1 2048×2048 $0.08" }));
    // Radix's trigger took the plain one's place at the first open: query it again.
    expect(screen.getByRole("combobox", { name: "Resolution" })).toHaveTextContent("1:1 2048×2048 $0.08");
    await waitFor(() => expect(total()).toHaveTextContent("$0.08"));
  });

  it("optionPrices='difference' shows each option against the current one", async () => {
    const user = userEvent.setup();
    renderForm({ modelId: "acme/pixel-v3" }, { optionPrices: "difference" });
    await priced("$0.03");
    // Unset, each option is compared with the provider's own choice (the auto line, $0.03).
    const group = await pick(user, "Resolution", /^1:1 2048×2048 \+\$0\.05$/);
    // The current option shows its price; the others their difference to it.
    await waitFor(() => expect(checked(group)).toHaveAccessibleName("1:1 2048×2048 $0.08"));
    expect(within(group).getByRole("radio", { name: "1:1 1024×1024 -$0.04" })).toBeInTheDocument();
  });

  it("maxCostUsd: an over-budget request is invalid, blocks submit and focuses a clear message", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(
      { modelId: "acme/pixel-v3", defaultValues: { prompt: "a fox" }, showCost: true },
      { maxCostUsd: 0.1 },
    );
    await priced("$0.03");
    expect(screen.getByRole("button", { name: "Generate · $0.03" })).toBeInTheDocument();
    await pick(user, "Resolution", /2048×2048/);
    const images = focusSlider("Images");
    await user.keyboard("{ArrowRight}");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The estimated cost, $0.16, is over your budget of $0.10.");
    await user.click(screen.getByRole("button", { name: "Generate · $0.16" }));
    expect(onSubmit).not.toHaveBeenCalled();
    await waitFor(() => expect(alert).toHaveFocus());
    // Back under the budget: the message goes and the request is sent.
    act(() => images.focus());
    await user.keyboard("{ArrowLeft}");
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Generate · $0.08" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    // n is back where it started, so (changed, not visited) it is left to the API's default, as on screen.
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ resolution: "2048x2048" });
    expect(onSubmit.mock.calls[0]?.[0]).not.toHaveProperty("n");
  });

  it("a failed endpoint fetch only hides the price behind a quiet notice; the form works", async () => {
    const user = userEvent.setup();
    const { onSubmit, container } = renderForm({ modelId: "acme/down", defaultValues: { prompt: "a fox" } });
    await waitFor(() =>
      expect(container.querySelector('[data-mf-slot="price"]')).toHaveAttribute("data-state", "unavailable"),
    );
    expect(screen.getByText("Price unavailable right now.")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("status", { name: "Estimated cost" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  });

  it("the endpoint record wins over the catalog: options, bounds and reference limits; values migrate", async () => {
    renderForm({ modelId: "acme/tighter", defaultValues: { n: 8, resolution: "4096x4096" } });
    const images = await screen.findByRole("slider", { name: "Images" });
    await waitFor(() => expect(images).toHaveAttribute("aria-valuemax", "4"));
    expect(images).toHaveAttribute("aria-valuenow", "4");
    const resolution = screen.getByRole("radiogroup", { name: "Resolution" });
    expect(within(resolution).getAllByRole("radio")).toHaveLength(2);
    expect(checked(resolution)).toHaveAccessibleName(/^1:1 1024×1024/);
    expect(screen.getByText("Up to 2 images · 1 MB each")).toBeInTheDocument();
  });

  it("an endpoint record arriving after the user acted keeps their values and the request they set", async () => {
    slowHeld = slowGate();
    const user = userEvent.setup();
    const { onSubmit } = renderForm({ modelId: "acme/slow" });
    await screen.findByRole("slider", { name: "Images" }, { timeout: 5000 });
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a fox");
    const images = focusSlider("Images");
    await user.keyboard("{End}");
    expect(images).toHaveAttribute("aria-valuenow", "8");
    releaseSlow();
    // The record allows at most 4: the value the user set is clamped, the prompt kept.
    await waitFor(() => expect(images).toHaveAttribute("aria-valuemax", "4"));
    expect(images).toHaveAttribute("aria-valuenow", "4");
    expect(screen.getByRole("textbox", { name: "Prompt" })).toHaveValue("a fox");
    await user.click(screen.getByRole("button", { name: /^Generate/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ model: "acme/slow", prompt: "a fox", n: 4 });
  });

  it("an endpoint record whose limits every value still fits keeps what the user was told (errors)", async () => {
    slowHeld = slowGate();
    const user = userEvent.setup();
    const { onSubmit } = renderForm({ modelId: "acme/slow" });
    const images = await screen.findByRole("slider", { name: "Images" }, { timeout: 5000 });
    const prompt = screen.getByRole("textbox", { name: "Prompt" });
    await user.click(screen.getByRole("button", { name: "Generate" }));
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(prompt).toHaveAttribute("aria-invalid", "true");
    releaseSlow();
    await waitFor(() => expect(images).toHaveAttribute("aria-valuemax", "4"));
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(prompt).toHaveAttribute("aria-invalid", "true");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("given an endpoint, the form fetches nothing and prices at once (with model and endpoint props)", async () => {
    const [endpoint] = openRouterRecord.endpoints;
    const before = api.seen.length;
    render(
      <ModelParameterForm
        model={{ id: "qwen/qwen-image-3", name: "Qwen", parameters: [], parameterWarnings: [] }}
        endpoint={endpoint ? { ...endpoint, parameters: [], parameterWarnings: [] } : null}
      >
        <PriceEstimate />
      </ModelParameterForm>,
    );
    expect(total()).toHaveTextContent("$0.03");
    expect(api.seen.length).toBe(before);
  });
});

describe("PriceEstimate on its own", () => {
  it("prices a given request, with its notes, and shows the budget message", () => {
    render(
      <PriceEstimate
        endpoint={[{ billable: "output_image", unit: "image", cost_usd: 0.06, resolution: "auto" }]}
        request={{ model: "m", resolution: "16:9", n: 2 }}
        maxCostUsd={0.1}
      />,
    );
    expect(total()).toHaveTextContent("≈ $0.12");
    expect(
      screen.getByText('No price is published for resolution "16:9": priced at the "auto" line.'),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("≈ $0.12, is over your budget of $0.10");
  });

  it("no pricing at all: a quiet notice", () => {
    const { container } = render(<PriceEstimate endpoint={{ pricing: [] }} request={{ model: "m" }} />);
    expect(container.firstElementChild).toHaveAttribute("data-state", "none");
    expect(screen.getByText("No price is published for this model.")).toBeInTheDocument();
  });
});
