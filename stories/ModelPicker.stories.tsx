import { ModelPicker, type ModelPickerProps, useImageModels } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { generateCatalog } from "../fixtures/catalog";
import { pickerModels } from "./support/picker-models";

function ControlledPicker(props: ModelPickerProps) {
  const [value, setValue] = useState(props.value);
  return (
    <ModelPicker
      {...props}
      value={value}
      onChange={(id, model) => {
        setValue(id);
        props.onChange?.(id, model);
      }}
    />
  );
}

const meta = {
  title: "Components/ModelPicker",
  component: ModelPicker,
  args: { models: pickerModels, onChange: fn() },
  render: (args) => <ControlledPicker {...args} />,
} satisfies Meta<typeof ModelPicker>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Unfiltered with a selection, searched, image-to-image only, no match, and disabled. */
export const AllStates: Story = {
  render: (args) => (
    <div data-slot="story-gallery">
      <section aria-label="Selected">
        <h2 data-slot="story-example-title">Selected</h2>
        <ControlledPicker {...args} value="openai/gpt-image-1" label="Models (selected)" />
      </section>
      <section aria-label="Searched">
        <h2 data-slot="story-example-title">Searched “flux”</h2>
        <ControlledPicker {...args} filters={{ query: "flux" }} label="Models (searched)" />
      </section>
      <section aria-label="Image to image">
        <h2 data-slot="story-example-title">Image to image</h2>
        <ControlledPicker {...args} filters={{ capability: "image-to-image" }} label="Models (image to image)" />
      </section>
      <section aria-label="No match">
        <h2 data-slot="story-example-title">No match</h2>
        <ControlledPicker {...args} filters={{ query: "no such model" }} label="Models (no match)" />
      </section>
      <section aria-label="Disabled">
        <h2 data-slot="story-example-title">Disabled</h2>
        <ControlledPicker {...args} value="acme/pixel-v3/turbo" disabled label="Models (disabled)" />
      </section>
    </div>
  ),
};

/** Search, arrow down into the list, pick with Enter. */
export const KeyboardSelection: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const search = canvas.getByRole("searchbox", { name: "Search models" });
    await userEvent.type(search, "pixel turbo");
    await waitFor(() => expect(canvas.getAllByRole("option")).toHaveLength(1));
    await userEvent.keyboard("{ArrowDown}");
    const list = canvas.getByRole("listbox", { name: "Models" });
    await expect(list).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(args.onChange).toHaveBeenCalledWith(
      "acme/pixel-v3/turbo",
      expect.objectContaining({ owned_by: "acme" }),
    );
    await expect(canvas.getByRole("option", { name: /Acme Pixel v3 Turbo/ })).toHaveAttribute("aria-selected", "true");
  },
};

/** The capability filter is a native radio group: arrows move between choices. */
export const CapabilityFilter: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Image to image" }));
    await waitFor(() => expect(canvas.getByText(/of \d+ models match/)).toBeInTheDocument());
    for (const option of canvas.getAllByRole("option")) await expect(option).toHaveTextContent("image input");
  },
};

/** Names are text: a model named `<img onerror=…>` shows its markup literally. */
export const HtmlInNames: Story = {
  args: { filters: { query: "probe" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("option", { name: /<img src=x onerror="alert\(1\)">Probe/ })).toBeInTheDocument();
    await expect(canvasElement.querySelector("[role=listbox] img, [role=listbox] script")).toBeNull();
  },
};

function CatalogPicker(props: Omit<ModelPickerProps, "models">) {
  const models = useImageModels();
  if (models.status === "error") return <p role="alert">Could not load the catalog.</p>;
  if (models.status !== "success") return <p role="status">Loading the catalog…</p>;
  return <ControlledPicker {...props} models={models.data} />;
}

/** The whole embedded catalog (234 models) through the client and MSW (or the live API, see the toolbar). */
export const FullCatalog: Story = {
  render: (args) => <CatalogPicker onChange={args.onChange} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("234 models", {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

const fiveThousand: ModelPickerProps["models"] = [
  ...pickerModels,
  ...generateCatalog(
    5000 - pickerModels.length,
    42,
    pickerModels.map((model) => model.id),
  ).map((record) => ({ ...record, name: record.name ?? record.id })),
];

/**
 * 5,000 models: the list is virtualised (only the rows in view are in the DOM, each with `aria-setsize` and
 * `aria-posinset`); End, typeahead and Enter work on the whole list.
 */
export const FiveThousandModels: Story = {
  args: { models: fiveThousand },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("5000 models")).toBeInTheDocument();
    const list = canvas.getByRole("listbox", { name: "Models" });
    await expect(canvas.getAllByRole("option").length).toBeLessThan(40);
    await expect(canvas.getAllByRole("option")[0]).toHaveAttribute("aria-setsize", "5000");
    list.focus();
    await userEvent.keyboard("{End}");
    const active = () => canvasElement.ownerDocument.getElementById(list.getAttribute("aria-activedescendant") ?? "");
    await waitFor(() => expect(active()).toHaveAttribute("aria-posinset", "5000"));
    await userEvent.keyboard("{Home}");
    // Typeahead: the first letters of a name move there, wherever it is in the list.
    const target = fiveThousand.find((model, index) => index > 1000 && /^[a-z]/i.test(model.name));
    const name = target?.name ?? "";
    const firstMatch = fiveThousand.findIndex((model) =>
      model.name.toLowerCase().startsWith(name.slice(0, 4).toLowerCase()),
    );
    await userEvent.keyboard(name.slice(0, 4));
    await waitFor(() => expect(active()).toHaveAttribute("aria-posinset", String(firstMatch + 1)));
    await userEvent.keyboard("{Enter}");
    await expect(args.onChange).toHaveBeenCalledWith(fiveThousand[firstMatch]?.id, fiveThousand[firstMatch]);
  },
};
