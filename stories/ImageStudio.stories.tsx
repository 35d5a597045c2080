import { ModelFormMessagesProvider } from "@model-forms/forms";
import { ImageStudio } from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { STORY_BASE_URL } from "../.storybook/catalog-handlers";
import { germanCompileOptions, germanMessages } from "../fixtures/translations/german";

const meta = {
  title: "Generation/ImageStudio",
  component: ImageStudio,
  args: { defaultModelId: "acme/pixel-v3/turbo", preview: { baseUrl: STORY_BASE_URL } },
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          "A complete image-generation page in one component: the model picker, the model's form with presets, " +
          "'reset to model defaults', a live price and opt-in remembered values, the generation status (timer, " +
          "Cancel, typed errors with Retry), the results with their actions, the session history and the request " +
          "preview. Use it when you want a working studio inside an `ImageClientProvider`; compose the exported " +
          "pieces yourself when you need another layout.",
      },
    },
  },
} satisfies Meta<typeof ImageStudio>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The turbo model's form, a prompt, Generate: the embedded API answers, and the run lands in the history. */
export const Generate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole("heading", { name: "Acme Pixel v3 Turbo" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const prompt = await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    await userEvent.type(prompt, "a lighthouse at dusk");
    await waitFor(() => expect(canvas.getByRole("button", { name: /^Generate/ })).toBeEnabled());
    await userEvent.click(canvas.getByRole("button", { name: /^Generate/ }));
    const results = await canvas.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
    await expect(within(results).getAllByRole("img")).toHaveLength(1);
    const history = canvas.getByRole("region", { name: "History" });
    await expect(within(history).getAllByRole("listitem")).toHaveLength(1);
  },
};

/** `presets={false}` and `history={false}`: a leaner page with only the form, the status and the results. */
export const Minimal: Story = {
  args: { presets: false, history: false, preview: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    await expect(canvas.queryByRole("region", { name: "History" })).toBeNull();
    await expect(canvas.queryByRole("group", { name: "Presets" })).toBeNull();
    await expect(canvas.getByRole("button", { name: "Reset to model defaults" })).toBeVisible();
  },
};

/**
 * The whole studio in German from one `ModelFormMessagesProvider` (the German fixture, `core.locale: "de-DE"`):
 * the picker, the form, the price (`0,04 $`), the status, the results, the history, presets and reset.
 */
export const German: Story = {
  render: (args) => (
    <ModelFormMessagesProvider messages={germanMessages}>
      <ImageStudio {...args} formProps={{ compileOptions: germanCompileOptions }} />
    </ModelFormMessagesProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const prompt = await canvas.findByRole("textbox", { name: "Bildbeschreibung" }, { timeout: 5000 });
    await userEvent.type(prompt, "ein Leuchtturm in der Dämmerung");
    await waitFor(() => expect(canvas.getByRole("button", { name: /^Erzeugen/ })).toBeEnabled());
    await userEvent.click(canvas.getByRole("button", { name: /^Erzeugen/ }));
    const results = await canvas.findByRole("list", { name: "Erzeugte Bilder" }, { timeout: 5000 });
    await expect(within(results).getAllByRole("img")).toHaveLength(1);
    await expect(canvas.getByRole("region", { name: "Verlauf" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Auf Modellvorgaben zurücksetzen" })).toBeVisible();
  },
};
