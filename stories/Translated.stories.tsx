import { ModelParameterForm, RequestPreview, useImageRequest } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { germanCompileOptions, germanMessages } from "../fixtures/translations/german";

/** The request preview inside the form, in the form's language (it reads the form's messages). */
function Preview() {
  return <RequestPreview request={useImageRequest()} />;
}

const meta = {
  title: "Examples/Translated",
  component: ModelParameterForm,
  args: {
    modelId: "acme/kitchen-sink-xl",
    messages: germanMessages,
    compileOptions: germanCompileOptions,
    onSubmit: fn(),
    children: <Preview />,
  },
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component:
          "Every text in German: one typed `ModelFormMessages` object (`messages`), German field labels and enum " +
          "option labels (`compileOptions.labels`, `compileOptions.formatOption`). Option labels never change the " +
          "value sent. The whole generation page in German: Generation/ImageStudio, German.",
      },
    },
  },
  decorators: [(Story) => <div style={{ maxWidth: "36rem" }}>{Story()}</div>],
} satisfies Meta<typeof ModelParameterForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The model with every field kind, in German. Submitting it empty shows the German validation message. */
export const German: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox", { name: "Bildbeschreibung" }, { timeout: 5000 });
    await userEvent.click(canvas.getByRole("button", { name: "Erzeugen" }));
    await waitFor(() => expect(canvas.getByText("Bitte eine Bildbeschreibung eingeben")).toBeVisible());
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByText("Erweitert"));
    await expect(await canvas.findByRole("button", { name: "Startwert auswürfeln" })).toBeVisible();
  },
};
