import type { ImageGenerationResult } from "@model-forms/client";
import { type GenerateImages, GenerationStatus, useImageGeneration } from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { fakeImageSvg } from "../fixtures/catalog";

const request = { model: "acme/pixel-v3/turbo", prompt: "a lighthouse at dusk", n: 2 };

/** Waits for the abort signal: a generation that runs until the user cancels it. */
const hang: GenerateImages = (_request, { signal }) =>
  new Promise<ImageGenerationResult>((_resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

/** Two placeholder images after a short wait, with a cost. */
const succeed: GenerateImages = async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  const image = (i: number) => ({ b64_json: btoa(fakeImageSvg("lighthouse", i)), media_type: "image/svg+xml" });
  return { data: [image(0), image(1)], cost: 0.024 };
};

/** Fails the way an overloaded API answers (a retryable server error with its own message). */
const fail: GenerateImages = async () => {
  throw { status: 503, message: "Upstream model is overloaded" };
};

/** A Generate button driving `useImageGeneration` with a stub `generate`, and the status beside it. */
function StatusExample({ generate }: { generate: GenerateImages }) {
  const generation = useImageGeneration({ generate });
  return (
    <div style={{ display: "grid", gap: "0.75rem", maxWidth: "36rem" }}>
      <button type="button" onClick={() => void generation.generate(request)} disabled={generation.isGenerating}>
        Generate
      </button>
      <GenerationStatus generation={generation} fieldLabel={(name) => (name === "n" ? "Images" : undefined)} />
    </div>
  );
}

const meta = {
  title: "Generation/GenerationStatus",
  component: GenerationStatus,
  parameters: {
    docs: {
      description: {
        component:
          "One line that tells the user where a generation stands: 'Generating…' with a ticking timer and Cancel, " +
          "the typed error (with the API's own message, the balance it needed, the field it blamed) and Retry when " +
          "resending can help, 'Generation cancelled.' with Retry, or how many images the last run produced. Pass " +
          "it `useImageGeneration()`'s return (or any state with `abort` and `retry`); place it near Generate.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Running: the timer ticks and Cancel aborts; the cancelled state offers Retry. */
export const RunningThenCancelled: Story = {
  render: () => <StatusExample generate={hang} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await expect(await canvas.findByText("Generating…")).toBeVisible();
    await expect(canvas.getByRole("timer")).toHaveTextContent(/\d/);
    await userEvent.click(canvas.getByRole("button", { name: "Cancel" }));
    await expect(await canvas.findByText("Generation cancelled.")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Retry" })).toBeEnabled();
  },
};

/** A success: the count of images the last run produced. */
export const Succeeded: Story = {
  render: () => <StatusExample generate={succeed} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("2 images generated."));
    await expect(canvas.queryByRole("timer")).toBeNull();
  },
};

/** A retryable failure: the headline, the API's message, and Retry (which resends the same body). */
export const FailedWithRetry: Story = {
  render: () => <StatusExample generate={fail} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("The image service had a problem.");
    await expect(alert).toHaveTextContent("Upstream model is overloaded");
    await expect(canvas.getByRole("button", { name: "Retry" })).toBeEnabled();
  },
};
