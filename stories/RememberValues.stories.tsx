import { ModelParameterForm } from "@model-forms/forms";
import {
  createValuesPersistence,
  memoryStorage,
  RememberValues,
  type RememberValuesProps,
} from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";

const modelId = "acme/pixel-v3/turbo";

/**
 * A form that remembers its values in memory (the default is localStorage), seeded with what an earlier visit
 * saved, and a line that says what was restored and what is stored now.
 */
function RememberExample({ remembered }: { remembered: Record<string, number | string> }) {
  const [storage] = useState(memoryStorage);
  const [persistence] = useState(() => {
    const values = createValuesPersistence({ storage });
    values.save(modelId, remembered);
    return values;
  });
  const [report, setReport] = useState("Nothing restored yet.");
  const onRestore: RememberValuesProps["onRestore"] = ({ changes }) =>
    setReport(
      changes.length
        ? `Restored; adjusted to fit the model: ${changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join(", ")}.`
        : "Restored the values of your last visit.",
    );
  const [stored, setStored] = useState("");
  return (
    <div style={{ maxWidth: "36rem" }}>
      <p role="status" data-testid="restore-report">
        {report}
      </p>
      <ModelParameterForm modelId={modelId}>
        <RememberValues persistence={persistence} delayMs={100} onRestore={onRestore} />
      </ModelParameterForm>
      <button type="button" onClick={() => setStored(JSON.stringify(persistence.load()?.values ?? {}))}>
        Show stored values
      </button>
      <p data-slot="story-value">
        Stored: <code data-testid="stored">{stored}</code>
      </p>
    </div>
  );
}

const meta = {
  title: "Generation/RememberValues",
  component: RememberValues,
  // react-docgen finds no component in a function that only returns null, so the props table is declared here
  // (the texts are RememberValuesProps' TSDoc).
  argTypes: {
    persistence: {
      description: "Where values are kept. Default `createValuesPersistence()` (localStorage).",
      table: { type: { summary: "ValuesPersistence" }, defaultValue: { summary: "createValuesPersistence()" } },
      control: false,
    },
    restore: {
      description: "Restore the remembered values when mounted. Default true.",
      table: { type: { summary: "boolean" }, defaultValue: { summary: "true" } },
      control: false,
    },
    delayMs: {
      description: "Writes wait this long after the last change. Default 300 ms.",
      table: { type: { summary: "number" }, defaultValue: { summary: "300" } },
      control: false,
    },
    onRestore: {
      description: "After restoring: what was remembered, and what had to change to fit the model's current schema.",
      table: {
        type: { summary: "(restored: { remembered: RememberedValues; changes: ValueChange[] }) => void" },
      },
      control: false,
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          "Opt-in persistence for the surrounding `<ModelParameterForm>`: render it as a child and the form's values " +
          "are saved after each change and restored on the next visit, validated and migrated onto the model's " +
          "current schema (a value the model no longer accepts falls back to its default). It renders nothing and " +
          "is safe during server rendering; pass your own `persistence` to choose the storage and key.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The last visit's prompt and image count come back; an edit is stored again. */
export const Restores: Story = {
  render: () => <RememberExample remembered={{ prompt: "a lighthouse at dusk", n: 3 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const prompt = await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    await waitFor(() => expect(prompt).toHaveValue("a lighthouse at dusk"));
    await expect(canvas.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuenow", "3");
    await expect(canvas.getByTestId("restore-report")).toHaveTextContent("Restored the values of your last visit.");
    await userEvent.type(prompt, " in the rain");
    await waitFor(async () => {
      await userEvent.click(canvas.getByRole("button", { name: "Show stored values" }));
      await expect(canvas.getByTestId("stored")).toHaveTextContent('"prompt":"a lighthouse at dusk in the rain"');
    });
  },
};

/** A remembered value the model no longer accepts (9 images, the model allows 4) is fitted, and the change listed. */
export const FitsToTheModel: Story = {
  render: () => <RememberExample remembered={{ prompt: "a fox in the snow", n: 9 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const prompt = await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    await waitFor(() => expect(prompt).toHaveValue("a fox in the snow"));
    await expect(canvas.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuenow", "4");
    await expect(canvas.getByTestId("restore-report")).toHaveTextContent("n 9 → 4");
  },
};
