import { ModelParameterForm, PriceEstimate, type PriceEstimateProps } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { HttpResponse, http } from "msw";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { STORY_BASE_URL } from "../.storybook/catalog-handlers";

/** A form for one embedded-catalog model with a live price inside it. */
function PricedForm({
  modelId,
  showCost,
  onSubmit,
  ...price
}: PriceEstimateProps & { modelId: string; showCost?: boolean; onSubmit?: () => void }) {
  return (
    <ModelParameterForm modelId={modelId} showCost={showCost} onSubmit={onSubmit}>
      <PriceEstimate {...price} />
    </ModelParameterForm>
  );
}

const meta = {
  title: "Components/PriceEstimate",
  component: PricedForm,
  args: { modelId: "openai/gpt-image-1", showCost: true, onSubmit: fn() },
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component:
          "`<PriceEstimate>` shows what a generation will cost before it is sent: the total (a `status` named " +
          "'Estimated cost') and one line per billable item, priced from the model's endpoint record (per " +
          "resolution, variant, megapixel or reference image) and following the form as it changes. Render it inside " +
          "`<ModelParameterForm>` (these stories wrap it in one), or on its own with an `endpoint` and a `request`. " +
          "`maxCostUsd` blocks requests over a budget; `showCost` on the form puts the total on Generate.",
      },
    },
  },
  decorators: [(Story) => <div style={{ maxWidth: "36rem" }}>{Story()}</div>],
} satisfies Meta<typeof PricedForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The total, once the catalog and the endpoint record have loaded. */
async function total(canvasElement: HTMLElement) {
  return within(canvasElement).findByRole("status", { name: "Estimated cost" }, { timeout: 10_000 });
}

/** Waits for the total to read `text`. */
async function priced(canvasElement: HTMLElement, text: string) {
  const price = await total(canvasElement);
  await waitFor(() => expect(price).toHaveTextContent(text), { timeout: 5000 });
}

/** A tile's name for a published value: a size reads `W×H` (after its ratio), anything else starts the name. */
function tileName(value: string): RegExp {
  const size = /^(\d+)[x*](\d+)$/.exec(value);
  return size ? new RegExp(`(^| )${size[1]}×${size[2]}( |$)`) : new RegExp(`^${value}( |$)`);
}

/** Clicks the resolution tile of `value` in the picker labelled `label`; returns the chosen tile's radio. */
async function choose(canvasElement: HTMLElement, label: string, value: string) {
  const group = within(canvasElement).getByRole("radiogroup", { name: label });
  const tile = within(group).getByRole("radio", { name: tileName(value) });
  await userEvent.click(tile);
  await waitFor(() => expect(tile).toBeChecked());
  return tile;
}

/** NanoGPT: one line per resolution. `auto` is the published default here, so its line prices the untouched form. */
export const PerResolution: Story = {
  play: async ({ canvasElement }) => {
    const price = await total(canvasElement);
    await waitFor(() => expect(within(canvasElement).getByText("Output image · auto")).toBeInTheDocument());
    await choose(canvasElement, "Resolution", "1536x1024");
    await waitFor(() => expect(within(canvasElement).getByText("Output image · 1536x1024")).toBeInTheDocument());
    await expect(price).toHaveTextContent(/^\$0\.\d+$/);
  },
};

/** Values `1024x1024`, pricing keys `1024*1024`: the same size, so every option has its price. */
export const StarKeys: Story = {
  args: { modelId: "black-forest-labs/flux-1-dev" },
  play: async ({ canvasElement }) => {
    await priced(canvasElement, "$0.025");
    await choose(canvasElement, "Resolution", "1344x768");
    await expect(await total(canvasElement)).toHaveTextContent("$0.03");
    await expect(within(canvasElement).getByText("Output image · 1344*768")).toBeInTheDocument();
  },
};

/** Only an `auto` line: a chosen aspect ratio is priced at it, marked approximate, and the note says why. */
export const AutoOnly: Story = {
  args: { modelId: "ideogram-ai/ideogram-v3" },
  play: async ({ canvasElement }) => {
    await priced(canvasElement, "$0.06");
    await choose(canvasElement, "Resolution", "16:9");
    await expect(await total(canvasElement)).toHaveTextContent("≈ $0.06");
    await expect(within(canvasElement).getByText(/priced at the "auto" line/)).toBeInTheDocument();
  },
};

/** OpenRouter's real qwen record: `variant` lines (`2K` picks `2k`) and an `input_image` line per reference. */
export const VariantAndInputImages: Story = {
  args: { modelId: "qwen/qwen-image-3" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await priced(canvasElement, "$0.03");
    const tile = await choose(canvasElement, "Resolution", "2K");
    await expect(tile).toHaveAccessibleName("2K $0.03");
    await userEvent.type(
      canvas.getByRole("textbox", { name: "Reference images" }),
      "https://example.com/ref.png{Enter}",
    );
    await priced(canvasElement, "$0.033");
    await expect(canvas.getByText("Input image")).toBeInTheDocument();
  },
};

/** Priced per megapixel of the output: unknown until a pixel size is chosen, then width × height / 1e6. */
export const Megapixel: Story = {
  args: { modelId: "recraft-ai/recraft-v3" },
  play: async ({ canvasElement }) => {
    await priced(canvasElement, "Unknown");
    const tile = await choose(canvasElement, "Resolution", "1536x1024");
    await expect(await total(canvasElement)).toHaveTextContent("≈ $0.0629");
    await expect(tile).toHaveAccessibleName("3:2 1536×1024 ≈ $0.0629");
  },
};

/** The record also prices a 2048x2048 upscale nobody can select: the form offers three sizes, each with its price. */
export const NonSelectableLine: Story = {
  args: { modelId: "acme/pixel-v3/turbo", optionPrices: "difference" },
  play: async ({ canvasElement }) => {
    await priced(canvasElement, "$0.012");
    const group = within(canvasElement).getByRole("radiogroup", { name: "Resolution" });
    await expect(within(group).getAllByRole("radio")).toHaveLength(3);
    for (const name of ["1:1 1024×1024 $0.012", "4:3 1024×768 -$0.002", "3:4 768×1024 -$0.002"]) {
      await expect(within(group).getByRole("radio", { name })).toBeInTheDocument();
    }
  },
};

/** One flat output price plus each reference image. */
export const FlatAndInputImage: Story = {
  args: { modelId: "black-forest-labs/flux-kontext-pro" },
  play: async ({ canvasElement }) => {
    await priced(canvasElement, "$0.04");
    const url = within(canvasElement).getByRole("textbox", { name: "Reference images" });
    await userEvent.type(url, "https://example.com/ref.png{Enter}");
    await priced(canvasElement, "$0.042");
  },
};

/** The endpoint record publishes no pricing: a quiet notice, the form unchanged. */
export const NoPricing: Story = {
  args: { modelId: "minimal-model" },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("No price is published for this model.", {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  },
};

/** The endpoint record cannot be fetched: the price hides behind a quiet notice, nothing blocks the form. */
export const EndpointFetchFailed: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STORY_BASE_URL}/api/v1/images/models/openai/gpt-image-1/endpoints`, () =>
        HttpResponse.json({ error: { message: "endpoint store down" } }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Price unavailable right now.", {}, { timeout: 8000 })).toBeInTheDocument();
    await expect(canvas.queryByRole("alert")).toBeNull();
    await expect(canvas.getByRole("button", { name: "Generate" })).toBeEnabled();
  },
};

/** `maxCostUsd`: over the budget the request is invalid; Generate is blocked and the message takes the focus. */
export const Budget: Story = {
  args: { modelId: "qwen/qwen-image-3", maxCostUsd: 0.1 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await priced(canvasElement, "$0.03");
    await userEvent.type(canvas.getByRole("textbox", { name: "Prompt" }), "six kites");
    canvas.getByRole("slider", { name: "Images" }).focus();
    await userEvent.keyboard("{End}");
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("The estimated cost, $0.18, is over your budget of $0.10.");
    await userEvent.click(canvas.getByRole("button", { name: "Generate · $0.18" }));
    await waitFor(() => expect(alert).toHaveFocus());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** On its own: any endpoint (or `pricing` array) and request, no form. */
export const Standalone: Story = {
  render: () => (
    <PriceEstimate
      endpoint={[
        { billable: "output_image", unit: "image", cost_usd: 0.04, resolution: "1024x1024" },
        { billable: "input_image", unit: "image", cost_usd: 0.003 },
      ]}
      request={{
        model: "acme/pixel-v3",
        resolution: "1024x1024",
        n: 2,
        input_references: ["https://example.com/a.png"],
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(await total(canvasElement)).toHaveTextContent("$0.083");
  },
};
