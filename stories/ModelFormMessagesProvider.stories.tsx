import { ModelFormMessagesProvider, ModelParameterForm, RequestPreview } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { germanMessages } from "../fixtures/translations/german";

const meta = {
  title: "Components/ModelFormMessagesProvider",
  component: ModelFormMessagesProvider,
  args: { messages: germanMessages },
  argTypes: {
    messages: {
      description:
        "Texts by part (`ModelFormMessagesOverrides`: `core`, `form`, `select`, `seed`, `picker`, `preview`, …), any " +
        "subset; the rest stays English. A component's own `messages` prop wins over these.",
      table: { type: { summary: "ModelFormMessagesOverrides" } },
      control: false,
    },
    children: {
      description: "The forms, pickers, previews and price estimates that read these texts.",
      table: { type: { summary: "ReactNode" } },
      control: false,
    },
  },
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component:
          "Provides translated texts to every part inside it: `ModelParameterForm` and its fields, `ModelPicker`, " +
          "`RequestPreview` and `PriceEstimate`, inside a form or not. The object is compared by content, so an " +
          "inline object does not re-render the fields.",
      },
    },
  },
  render: (args) => (
    <div style={{ maxWidth: "36rem" }}>
      <ModelFormMessagesProvider {...args}>
        <ModelParameterForm modelId="openai/gpt-image-1" />
        <RequestPreview request={undefined} />
      </ModelFormMessagesProvider>
    </div>
  ),
} satisfies Meta<typeof ModelFormMessagesProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A form and a request preview outside it, both in German from one provider. */
export const German: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox", { name: "Bildbeschreibung" }, { timeout: 5000 });
    await expect(canvas.getByRole("button", { name: "Erzeugen" })).toBeVisible();
    await expect(canvas.getByText("Noch keine Anfrage: Modell wählen und Formular ausfüllen.")).toBeVisible();
  },
};
