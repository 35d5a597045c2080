import type { ImageGenerationResult } from "@model-forms/client";
import {
  ModelParameterForm,
  ModelPicker,
  PriceEstimate,
  RequestPreview,
  useImageClient,
  useImageModels,
} from "@model-forms/forms";
import type { ImageRequest } from "@model-forms/forms/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { STORY_BASE_URL } from "../.storybook/catalog-handlers";
import { useLiveApiKey } from "../.storybook/live-api-key";

function Results({ result }: { result: ImageGenerationResult }) {
  return (
    <ul data-slot="playground-results" aria-label="Generated images">
      {result.data.map((image, index) => {
        const src =
          image.url ?? (image.b64_json ? `data:${image.media_type ?? "image/png"};base64,${image.b64_json}` : "");
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: results have no identity besides their position.
          <li key={index}>
            <img src={src} alt={`Result ${index + 1}`} width={128} height={128} />
          </li>
        );
      })}
    </ul>
  );
}

/** The picker, the form for the chosen model, and the request it produces, live. */
function PlaygroundApp({ initialModelId }: { initialModelId: string }) {
  const client = useImageClient();
  const models = useImageModels();
  const apiKey = useLiveApiKey();
  const [modelId, setModelId] = useState(initialModelId);
  const [request, setRequest] = useState<ImageRequest>();
  const [result, setResult] = useState<ImageGenerationResult>();
  return (
    <div data-slot="playground">
      <div data-slot="playground-picker">
        {models.status === "success" ? (
          <ModelPicker models={models.data} value={modelId} onChange={(id) => setModelId(id)} />
        ) : models.status === "error" ? (
          <p role="alert">Could not load the catalog.</p>
        ) : (
          <p role="status">Loading the catalog…</p>
        )}
      </div>
      <div data-slot="playground-form">
        <h1 data-slot="playground-title">
          {models.status === "success" ? (models.data.find((m) => m.id === modelId)?.name ?? modelId) : modelId}
        </h1>
        <ModelParameterForm
          modelId={modelId}
          showCost
          onRequestChange={setRequest}
          onSubmit={async (body) => {
            setResult(undefined);
            setResult(await client.generateImages(body));
          }}
        >
          <PriceEstimate />
        </ModelParameterForm>
        {result ? <Results result={result} /> : null}
      </div>
      <div data-slot="playground-preview">
        <RequestPreview request={request} baseUrl={STORY_BASE_URL} apiKey={apiKey || undefined} />
      </div>
    </div>
  );
}

const meta = {
  title: "Playground",
  component: PlaygroundApp,
  args: { initialModelId: "openai/gpt-image-1" },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof PlaygroundApp>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a model, edit its form, watch the request body and cURL command change. */
export const Playground: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step("choose a model with the keyboard", async () => {
      const search = await canvas.findByRole("searchbox", { name: "Search models" }, { timeout: 5000 });
      await userEvent.type(search, "pixel turbo");
      await waitFor(() => expect(canvas.getAllByRole("option")).toHaveLength(1));
      await userEvent.keyboard("{ArrowDown}{Enter}");
      await expect(await canvas.findByRole("heading", { name: "Acme Pixel v3 Turbo" })).toBeInTheDocument();
      await waitFor(() => expect(canvas.getByRole("slider", { name: "Inference steps" })).toBeInTheDocument());
    });
    await step("edit the prompt and the image count, the preview follows", async () => {
      await userEvent.type(canvas.getByRole("textbox", { name: "Prompt" }), "a lighthouse at dusk");
      const thumb = canvas.getByRole("slider", { name: "Images" });
      thumb.focus();
      await userEvent.keyboard("{ArrowRight}");
      const body = () => within(canvas.getByRole("figure", { name: /Request body/ }));
      await waitFor(() => expect(body().getByText(/"model": "acme\/pixel-v3\/turbo"/)).toBeInTheDocument());
      await waitFor(() => expect(body().getByText(/"prompt": "a lighthouse at dusk"/)).toBeInTheDocument());
      await waitFor(() => expect(body().getByText(/"n": 2/)).toBeInTheDocument());
      // The price follows too: two images at the turbo's 1024x1024 line.
      await waitFor(() => expect(canvas.getByText("Output image · 1024x1024")).toBeInTheDocument());
    });
    await step("generate (the embedded API answers with placeholder images)", async () => {
      await userEvent.click(canvas.getByRole("button", { name: "Generate · $0.024" }));
      const results = await canvas.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
      await expect(within(results).getAllByRole("img")).toHaveLength(2);
    });
  },
};
