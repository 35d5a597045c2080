import { AdvancedSection } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";

/** A controlled disclosure holding two plain fields, as the form fills it with its advanced fields. */
function AdvancedExample({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <div data-mf-root="" style={{ maxWidth: "36rem" }}>
      <AdvancedSection open={open} onOpenChange={setOpen} label="Advanced">
        <p>
          <label htmlFor={`${id}-steps`}>Inference steps</label> <input id={`${id}-steps`} type="number" min={1} />
        </p>
        <p>
          <label htmlFor={`${id}-negative`}>Negative prompt</label> <input id={`${id}-negative`} type="text" />
        </p>
      </AdvancedSection>
      <p data-slot="story-value">
        Open: <code data-testid="advanced-open">{String(open)}</code>
      </p>
    </div>
  );
}

const meta = {
  title: "Components/AdvancedSection",
  component: AdvancedSection,
  parameters: {
    docs: {
      description: {
        component:
          "The default Advanced disclosure of `<ModelParameterForm>`: a native `<details>` whose open state the form " +
          "controls (it opens by itself when an advanced field is invalid on submit). You rarely render it yourself; " +
          "replace it through `slots={{ advanced: MyCollapsible }}` to use your design system's collapsible, which " +
          "receives these same props.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Closed at first; clicking the summary opens it and reports the new state through `onOpenChange`. */
export const Toggle: Story = {
  render: () => <AdvancedExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId("advanced-open")).toHaveTextContent("false");
    await expect(canvas.getByLabelText("Inference steps")).not.toBeVisible();
    await userEvent.click(canvas.getByText("Advanced"));
    await waitFor(() => expect(canvas.getByTestId("advanced-open")).toHaveTextContent("true"));
    await expect(canvas.getByLabelText("Inference steps")).toBeVisible();
  },
};

/** Opened by its owner (as the form does for an invalid advanced field): the fields show at once. */
export const OpenedByTheForm: Story = {
  render: () => <AdvancedExample initiallyOpen />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText("Negative prompt")).toBeVisible();
    await expect(canvas.getByTestId("advanced-open")).toHaveTextContent("true");
  },
};
