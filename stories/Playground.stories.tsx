import { ImageStudio } from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { STORY_BASE_URL } from "../.storybook/catalog-handlers";
import { useLiveApiKey } from "../.storybook/live-api-key";

/** The whole generation page is one component: no generation code in the story. */
function Playground({ defaultModelId }: { defaultModelId: string }) {
  const apiKey = useLiveApiKey();
  return (
    <ImageStudio defaultModelId={defaultModelId} preview={{ baseUrl: STORY_BASE_URL, apiKey: apiKey || undefined }} />
  );
}

const meta = {
  title: "Playground",
  component: Playground,
  args: { defaultModelId: "openai/gpt-image-1" },
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof Playground>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<ImageStudio>`: pick a model, edit its form, watch the request, generate, then reuse a result's settings or
 * keep it in the history.
 */
export const Playground_: Story = {
  name: "Playground",
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
    await step("generate (the embedded API answers with placeholder images, a cost and a balance)", async () => {
      await userEvent.click(canvas.getByRole("button", { name: "Generate · $0.024" }));
      const results = await canvas.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
      await expect(within(results).getAllByRole("img")).toHaveLength(2);
      await expect(canvas.getByText("Cost $0.02")).toBeInTheDocument();
      await expect(canvas.getByText("Balance $9.99")).toBeInTheDocument();
      const history = canvas.getByRole("region", { name: "History" });
      await expect(within(history).getAllByRole("listitem")).toHaveLength(1);
    });
    await step("change the prompt, then reuse the settings of the result", async () => {
      const prompt = canvas.getByRole("textbox", { name: "Prompt" });
      await userEvent.type(prompt, "!");
      await expect(prompt).toHaveValue("a lighthouse at dusk!");
      await userEvent.click(canvas.getByRole("button", { name: "Reuse settings" }));
      await expect(prompt).toHaveValue("a lighthouse at dusk");
      await expect(canvas.getByText("Settings restored.")).toBeInTheDocument();
    });
  },
};
