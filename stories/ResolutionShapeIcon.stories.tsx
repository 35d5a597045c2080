import { ResolutionShapeIcon } from "@model-forms/forms";
import { parseResolution, resolutionShapes } from "@model-forms/forms/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

const values = ["1024x1024", "1536x1024", "1024x1536", "16:9", "9:16", "2K", "auto", "match_input_image"];

/** Each option with its icon beside its text, as the resolution picker draws them. */
function ShapeList({ size }: { size?: number }) {
  const parsed = values.map((value) => parseResolution(value));
  const shapes = resolutionShapes(parsed);
  return (
    <ul style={{ display: "flex", flexWrap: "wrap", gap: "1rem", padding: 0, listStyle: "none" }}>
      {parsed.map((option, i) => (
        <li key={option.value} style={{ display: "grid", justifyItems: "center", gap: "0.25rem" }}>
          <ResolutionShapeIcon shape={shapes[i]} kind={option.kind} size={size} />
          <span>{option.value}</span>
        </li>
      ))}
    </ul>
  );
}

const meta = {
  title: "Fields/ResolutionShapeIcon",
  component: ResolutionShapeIcon,
  parameters: {
    docs: {
      description: {
        component:
          "A resolution option drawn to scale: its rectangle in a square box, dashed for `auto` and for values it " +
          "cannot read. Compute shapes with `resolutionShapes(options.map(parseResolution))` from " +
          "`@model-forms/forms/core` so sizes are scaled together. It is decorative (`aria-hidden`): always put the " +
          "option's text beside it, as the resolution picker and custom pickers should.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Pixel sizes, ratios, a tier, `auto` and an unreadable value, each beside its label. */
export const Shapes: Story = {
  render: () => <ShapeList />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(values.length);
    for (const value of values) await expect(canvas.getByText(value)).toBeVisible();
    const icons = canvasElement.querySelectorAll('svg[data-mf-slot="resolution-shape"]');
    await expect(icons).toHaveLength(values.length);
    // Landscape is wider than tall, portrait the reverse.
    const rect = (i: number) => icons[i]?.querySelector("rect")?.getBBox();
    await expect(rect(1)?.width).toBeGreaterThan(rect(1)?.height ?? 0);
    await expect(rect(2)?.height).toBeGreaterThan(rect(2)?.width ?? 0);
    await expect(icons[6]).toHaveAttribute("data-kind", "auto");
  },
};

/** `size` sets the box edge in CSS pixels. */
export const Large: Story = {
  render: () => <ShapeList size={48} />,
  play: async ({ canvasElement }) => {
    const icon = canvasElement.querySelector('svg[data-mf-slot="resolution-shape"]');
    await expect(icon?.getBoundingClientRect().width).toBe(48);
    await expect(within(canvasElement).getByText("1024x1024")).toBeVisible();
  },
};
