import {
  type FieldComponentProps,
  ModelParameterForm,
  NumberField,
  RequestPreview,
  resolveFieldComponent,
  useImageClient,
  useImageModel,
  useImageRequest,
  useModelParameterForm,
} from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { delay, HttpResponse, http } from "msw";
import { type ComponentProps, useState } from "react";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { STORY_BASE_URL } from "../.storybook/catalog-handlers";

const modelsUrl = `${STORY_BASE_URL}/api/v1/images/models`;
const generateUrl = `${STORY_BASE_URL}/api/v1/images`;

/** Waits until the form for a model is ready (its prompt box is on screen). */
async function formReady(canvasElement: HTMLElement) {
  return within(canvasElement).findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
}

const meta = {
  title: "Components/ModelParameterForm",
  component: ModelParameterForm,
  args: { modelId: "openai/gpt-image-1", onSubmit: fn() },
  parameters: { layout: "padded" },
  decorators: [(Story) => <div style={{ maxWidth: "36rem" }}>{Story()}</div>],
} satisfies Meta<typeof ModelParameterForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A typed NanoGPT record with defaults. Fill the prompt, submit, and `onSubmit` gets the request body. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await formReady(canvasElement), "a lighthouse at dusk");
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledTimes(1));
    await expect(args.onSubmit).toHaveBeenCalledWith(
      { model: "openai/gpt-image-1", prompt: "a lighthouse at dusk" },
      expect.objectContaining({ prompt: "a lighthouse at dusk" }),
    );
  },
};

/** The "big" synthetic model: every parameter kind (enums, integer and continuous ranges, seed, text, toggle, references, an unknown kind). */
export const EveryFieldKind: Story = {
  args: { modelId: "acme/kitchen-sink-xl" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await formReady(canvasElement), "a kitchen sink");
    // Choose a select option with the keyboard (Radix content is portalled: query with `screen`).
    const quality = canvas.getByRole("combobox", { name: "Quality" });
    quality.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("option", { name: "standard" })).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}");
    await waitFor(() => expect(screen.getByRole("option", { name: "hd" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    // Radix's trigger took the plain one's place at the first open: query it again.
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Quality" })).toHaveTextContent("hd"));
    // Move a slider by keyboard.
    canvas.getByRole("slider", { name: "Inference steps" }).focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    // Likewise Radix's slider took the resting one's place at its first focus.
    await waitFor(() =>
      expect(canvas.getByRole("slider", { name: "Inference steps" })).toHaveAttribute("aria-valuenow", "32"),
    );
    // A resolution tile by keyboard (arrow keys move and choose), an aspect-ratio tile by pointer.
    canvas.getByRole("radio", { name: "1:1 1024×1024" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(canvas.getByRole("radio", { name: "1:1 1536×1536" })).toBeChecked());
    await userEvent.click(canvas.getByRole("radio", { name: "16:9" }));
    await waitFor(() => expect(canvas.getByRole("radio", { name: "16:9" })).toBeChecked());
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledTimes(1));
    await expect(args.onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        model: "acme/kitchen-sink-xl",
        prompt: "a kitchen sink",
        quality: "hd",
        num_inference_steps: 32,
        resolution: "1536x1536",
        aspect_ratio: "16:9",
      }),
      expect.anything(),
    );
  },
};

/** Legacy flat keys: `resolutions` with `1024*1024`-style sizes and `max_images`. */
export const LegacyShape: Story = {
  args: { modelId: "hidream-i1-full" },
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("radio", { name: "1:1 1024×1024" })).toBeChecked();
    await expect(canvas.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuemax", "4");
  },
};

/** Both shapes in one record: legacy `resolutions` and `max_output_images` beside typed `quality` and `seed`. */
export const MixedShape: Story = { args: { modelId: "google/imagen-4" } };

/** An OpenRouter record: typed descriptors without defaults, no capabilities. */
export const OpenRouterRecord: Story = { args: { modelId: "qwen/qwen-image-3" } };

/** Image-to-image (legacy `max_input_images` + constraints): add a reference by URL and submit. */
export const ImageToImage: Story = {
  args: { modelId: "bytedance/seedream-4" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await formReady(canvasElement), "same scene in winter");
    await userEvent.type(canvas.getByRole("textbox", { name: "Reference images" }), "https://example.com/ref.png");
    await userEvent.click(canvas.getByRole("button", { name: "Add URL" }));
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith(
        expect.objectContaining({ input_references: ["https://example.com/ref.png"] }),
        expect.anything(),
      ),
    );
  },
};

/** One selectable resolution and `max_images: 1`: still a valid form. */
export const SingleResolution: Story = { args: { modelId: "stability-ai/sd-1.5-lite" } };

/** `fixed_image_count: 1`: no image-count control is offered. */
export const FixedImageCount: Story = {
  args: { modelId: "recraft-ai/recraft-v3" },
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    await expect(within(canvasElement).queryByRole("slider", { name: "Images" })).toBeNull();
    await expect(within(canvasElement).queryByRole("textbox", { name: "Images" })).toBeNull();
  },
};

/** A `{type: "mask"}` parameter: nothing is rendered for it, nothing breaks. */
export const UnknownKinds: Story = {
  args: { modelId: "acme/inpaint-xl" },
  play: async ({ canvasElement }) => {
    await formReady(canvasElement);
    await expect(within(canvasElement).queryByText(/mask/i)).toBeNull();
  },
};

/** An id with two slashes (`acme/pixel-v3/turbo`): the endpoint URL keeps them. */
export const SlashedId: Story = { args: { modelId: "acme/pixel-v3/turbo" } };

/** HTML in a model's parameter values renders as text. */
export const HtmlInValues: Story = { args: { modelId: "test/html-probe" } };

/** Disabled: every control is disabled and submit does nothing. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(await formReady(canvasElement)).toBeDisabled();
    await expect(within(canvasElement).getByRole("button", { name: "Generate" })).toBeDisabled();
  },
};

/** Submit with an empty prompt: the error is shown next to the field, linked to it, and announced (`role=alert`). */
export const Invalid: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const prompt = await formReady(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    // Validation and the re-render can take a while on a loaded 2-core machine.
    await waitFor(() => expect(prompt).toHaveAttribute("aria-invalid", "true"), { timeout: 5000 });
    const alert = await canvas.findByRole("alert", {}, { timeout: 5000 });
    await expect(prompt.getAttribute("aria-describedby") ?? "").toContain(alert.id);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** The catalog never answers: skeleton fields and a polite "loading" status. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(modelsUrl, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("status")).toHaveTextContent("Loading model parameters…");
  },
};

/** The first catalog request fails with a 500: an error with Retry; Retry succeeds. */
export const FetchErrorRetry: Story = {
  parameters: { imageClient: { retries: 0 } },
  beforeEach: ({ msw }) => {
    let calls = 0;
    msw.use(
      http.get(modelsUrl, () => {
        calls += 1;
        // Later calls fall through to the embedded catalog.
        if (calls === 1) {
          return HttpResponse.json(
            { error: { message: "Upstream unavailable", type: "server_error", code: "upstream_error" } },
            { status: 500 },
          );
        }
        return undefined;
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(
      "Could not load the model.",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Retry" }));
    await formReady(canvasElement);
  },
};

/** An id that is not in the catalog: the error names close ids. */
export const UnknownModel: Story = {
  args: { modelId: "acme/pixel-v3/turbo-xl" },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Unknown model "acme/pixel-v3/turbo-xl"');
    await expect(alert).toHaveTextContent("acme/pixel-v3/turbo");
  },
};

/** `onSubmit` never resolves: the button shows the submitting state and is disabled. */
export const Submitting: Story = {
  args: { onSubmit: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await formReady(canvasElement), "a slow request");
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await expect(await canvas.findByRole("button", { name: "Generating…" })).toBeDisabled();
  },
};

/** `onSubmit` calls the API, which answers 402 (insufficient balance): the error is shown and announced. */
function GeneratingForm(props: Omit<ComponentProps<typeof ModelParameterForm>, "onSubmit">) {
  const client = useImageClient();
  return <ModelParameterForm {...props} onSubmit={(request) => client.generateImages(request)} />;
}
export const SubmitError: Story = {
  render: (args) => <GeneratingForm modelId={args.modelId} />,
  beforeEach: ({ msw }) => {
    msw.use(
      http.post(generateUrl, () =>
        HttpResponse.json({ error: "Insufficient balance", requiredBalance: 0.0035, status: 402 }, { status: 402 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await formReady(canvasElement), "a costly request");
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await expect(await canvas.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(/Insufficient balance/);
  },
};

/** A custom seed field (per field), a relabelled resolution, and the image count fixed by the app. */
function LuckySeedField(props: FieldComponentProps) {
  return (
    <div data-mf-slot="custom-seed">
      <NumberField {...props} />
      <p>Tip: keep the seed to reproduce an image.</p>
    </div>
  );
}
export const Overrides: Story = {
  args: {
    modelId: "black-forest-labs/flux-1-dev",
    labels: { resolution: "Canvas size" },
    fieldComponents: { seed: LuckySeedField },
    compileOptions: { fixed: { n: 1 }, order: ["resolution"], advanced: [] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await formReady(canvasElement);
    await expect(canvas.getByRole("radiogroup", { name: "Canvas size" })).toBeInTheDocument();
    await expect(canvas.getByText("Tip: keep the seed to reproduce an image.")).toBeInTheDocument();
    await expect(canvas.queryByRole("slider", { name: "Images" })).toBeNull();
  },
};

/** The optional stylesheet's dark theme (`data-theme="dark"` on an ancestor). */
export const DarkTheme: Story = {
  args: { modelId: "acme/kitchen-sink-xl" },
  globals: { theme: "dark" },
};

/** `useModelParameterForm` with a custom two-column layout and a live request preview. */
function HeadlessLayout({ modelId }: { modelId: string }) {
  const model = useImageModel(modelId);
  if (model.status !== "success") return <p role="status">Loading…</p>;
  return <HeadlessForm model={model.data} />;
}
function HeadlessForm({ model }: { model: NonNullable<ReturnType<typeof useImageModel>["data"]> }) {
  const headless = useModelParameterForm(model);
  const { form, fields, compiled } = headless;
  const { request } = useImageRequest({ compiled, form });
  const [sent, setSent] = useState<unknown>();
  const [prompt, ...rest] = fields;
  return (
    <form data-mf-slot="headless" onSubmit={headless.handleSubmit((body) => setSent(body))} noValidate>
      <div data-slot="headless-columns">
        <div>
          {prompt
            ? (() => {
                const Prompt = resolveFieldComponent(prompt);
                return <Prompt field={prompt} control={form.control} />;
              })()
            : null}
          <button type="submit" data-mf-slot="submit">
            Send
          </button>
        </div>
        <div>
          {rest.map((field) => {
            const Component = resolveFieldComponent(field);
            return <Component key={field.name} field={field} control={form.control} />;
          })}
        </div>
      </div>
      <RequestPreview request={request} />
      {sent ? <p role="status">Sent {JSON.stringify(sent)}</p> : null}
    </form>
  );
}
export const HeadlessHook: Story = {
  render: (args) => <HeadlessLayout modelId={args.modelId ?? "acme/pixel-v3/turbo"} />,
  args: { modelId: "acme/pixel-v3/turbo" },
  decorators: [(Story) => <div style={{ maxWidth: "60rem" }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await formReady(canvasElement), "headless");
    await waitFor(() => expect(canvas.getAllByText(/"prompt": "headless"/).length).toBeGreaterThan(0));
    await userEvent.click(canvas.getByRole("button", { name: "Send" }));
    await expect(
      await canvas.findByText(/Sent \{"model":"acme\/pixel-v3\/turbo","prompt":"headless"\}/),
    ).toBeInTheDocument();
  },
};

/** Switching models keeps what still applies (the prompt) and drops what does not. */
function ModelSwitcher({ onSubmit }: { onSubmit?: (request: unknown) => void }) {
  const ids = ["openai/gpt-image-1", "hidream-i1-full"];
  const [modelId, setModelId] = useState(ids[0] as string);
  return (
    <div>
      <fieldset data-slot="story-switch">
        <legend>Model</legend>
        {ids.map((id) => (
          <label key={id}>
            <input type="radio" name="model" checked={modelId === id} onChange={() => setModelId(id)} /> {id}
          </label>
        ))}
      </fieldset>
      <ModelParameterForm modelId={modelId} onSubmit={onSubmit} />
    </div>
  );
}
export const ModelSwitch: Story = {
  render: (args) => <ModelSwitcher onSubmit={args.onSubmit} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await formReady(canvasElement), "kept across models");
    await userEvent.click(canvas.getByRole("radio", { name: "hidream-i1-full" }));
    await waitFor(() => expect(canvas.getByRole("radio", { name: "1:1 1024×1024" })).toBeChecked());
    await expect(canvas.getByRole("textbox", { name: "Prompt" })).toHaveValue("kept across models");
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith(
        expect.objectContaining({ model: "hidream-i1-full", prompt: "kept across models" }),
        expect.anything(),
      ),
    );
  },
};
