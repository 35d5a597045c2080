import { NumberInput } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";

/** A labelled box holding its number in state, showing what it reports. */
function Example(props: { min?: number; max?: number; step?: number; integer?: boolean }) {
  const id = useId();
  const [value, setValue] = useState<number | undefined>(undefined);
  return (
    <p>
      <label htmlFor={id}>Guidance</label> <NumberInput id={id} value={value} onValueChange={setValue} {...props} />{" "}
      <output data-testid="value">{value === undefined ? "unset" : String(value)}</output>
    </p>
  );
}

const meta = {
  title: "Fields/NumberInput",
  component: NumberInput,
  args: { value: undefined, onValueChange: () => {} },
  parameters: {
    docs: {
      description: {
        component:
          "The number box inside NumberField and SliderField: keeps unfinished text (`-`, `1.`) and reports only " +
          "numbers or `undefined`; arrow keys step within `min`/`max`.",
      },
    },
  },
} satisfies Meta<typeof NumberInput>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Unfinished text reports nothing; a number reports a number; ArrowUp steps. */
export const Typing: Story = {
  render: () => <Example min={1} max={20} step={0.5} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: "Guidance" });
    await userEvent.type(box, "7.");
    await waitFor(() => expect(canvas.getByTestId("value")).toHaveTextContent("7"));
    await userEvent.type(box, "5");
    await waitFor(() => expect(canvas.getByTestId("value")).toHaveTextContent(/^7\.5$/));
    await userEvent.keyboard("{ArrowUp}");
    await waitFor(() => expect(canvas.getByTestId("value")).toHaveTextContent(/^8$/));
  },
};
