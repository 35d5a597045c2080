import { SearchableSelectField, SelectField } from "@model-forms/forms";
import type { CompileOptions } from "@model-forms/forms/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { OptionNotesContext } from "../packages/forms/src/form/option-notes";
import { FieldExample, FieldGallery } from "./support/field-example";

const thousand = {
  style: { type: "enum", values: Array.from({ length: 1000 }, (_, i) => `style-${String(i).padStart(4, "0")}`) },
};
const forty = {
  sampler: { type: "enum", values: Array.from({ length: 40 }, (_, i) => `sampler_${i + 1}`), default: "sampler_12" },
};
const styles = { style: { type: "enum", values: ["photographic", "digital-art", "anime", "line-art", "3d-model"] } };

/** A small square icon of one colour, as a data URL (option icons are app-provided image URLs). */
const swatch = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" rx="1" fill="${color}"/></svg>`)}`;
const labelled: CompileOptions = {
  optionLabels: {
    style: {
      photographic: "Photographic",
      "digital-art": "Digital art",
      anime: "Anime",
      "line-art": "Line art",
      "3d-model": "3D model",
    },
  },
  optionIcons: {
    style: {
      photographic: swatch("#0ea5e9"),
      "digital-art": swatch("#a855f7"),
      anime: swatch("#f43f5e"),
      "line-art": swatch("#64748b"),
      "3d-model": swatch("#f59e0b"),
    },
  },
};
const prices: Record<string, string> = { photographic: "$0.04", "digital-art": "$0.05", anime: "$0.03" };

const meta = {
  title: "Fields/SearchableSelectField",
  component: SearchableSelectField,
  parameters: {
    docs: {
      description: {
        component:
          "The select for long and labelled enums (SelectField delegates to it): a search box over 12 options, a virtualised list, app labels and icons, option notes, recent values first (opt-in).",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Closed states: 1,000 values, 40 with a default, labels and icons, prices per option, recent first, disabled, invalid. */
export const AllStates: Story = {
  render: () => (
    <OptionNotesContext.Provider value={(name, value) => (name === "style" ? prices[String(value)] : undefined)}>
      <FieldGallery>
        <FieldExample title="1,000 values" supported={thousand} name="style" Component={SelectField} />
        <FieldExample title="40 values, provider default" supported={forty} name="sampler" Component={SelectField} />
        <FieldExample
          title="Labels and icons"
          supported={styles}
          name="style"
          Component={SelectField}
          compileOptions={labelled}
        />
        <FieldExample
          title="Recent first"
          supported={styles}
          name="style"
          Component={SelectField}
          compileOptions={{ ...labelled, recentFirst: true }}
          defaultValues={{ style: "line-art" }}
        />
        <FieldExample title="Disabled" supported={thousand} name="style" Component={SelectField} disabled />
        <FieldExample
          title="Invalid"
          supported={thousand}
          name="style"
          Component={SelectField}
          error="This style is not available for this account."
        />
      </FieldGallery>
    </OptionNotesContext.Provider>
  ),
};

/** Open: the search box, the virtualised list and the option notes. */
export const Open: Story = {
  render: () => (
    <OptionNotesContext.Provider value={(name, value) => (name === "style" ? prices[String(value)] : undefined)}>
      <div style={{ minHeight: 360 }}>
        <FieldExample title="Style" supported={styles} name="style" Component={SelectField} compileOptions={labelled} />
      </div>
    </OptionNotesContext.Provider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("combobox", { name: "Style" }));
    await expect(canvas.getByRole("listbox", { name: "Style" })).toHaveFocus();
    await expect(canvas.getByRole("option", { name: "Digital art $0.05" })).toBeInTheDocument();
  },
};

/** Keyboard: open, search among 1,000, move with the arrows, choose with Enter; focus returns to the trigger. */
export const KeyboardSearch: Story = {
  render: () => (
    <div style={{ minHeight: 360 }}>
      <FieldExample title="Style" supported={thousand} name="style" Component={SelectField} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Style" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const search = canvas.getByRole("searchbox", { name: "Search Style" });
    await expect(search).toHaveFocus();
    await userEvent.keyboard("99");
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("19 of 1000 options"));
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await waitFor(() => expect(canvas.getByTestId("value-Style")).toHaveTextContent('"style-0199"'));
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await userEvent.keyboard("{End}");
    await waitFor(() => expect(canvas.getByRole("option", { name: "style-0999" })).toHaveAttribute("data-highlighted"));
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByTestId("value-Style")).toHaveTextContent('"style-0999"'));
  },
};

/** Pointer: open, scroll the virtual list with the wheel, pick an option that was not mounted at first. */
export const PointerScroll: Story = {
  render: () => (
    <div style={{ minHeight: 360 }}>
      <FieldExample title="Style" supported={thousand} name="style" Component={SelectField} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("combobox", { name: "Style" }));
    const listbox = canvas.getByRole("listbox", { name: "Style" });
    await expect(canvas.queryByRole("option", { name: "style-0030" })).toBeNull();
    listbox.scrollTop = 30 * 34;
    listbox.dispatchEvent(new Event("scroll"));
    const option = await canvas.findByRole("option", { name: "style-0030" });
    await userEvent.click(option);
    await waitFor(() => expect(canvas.getByTestId("value-Style")).toHaveTextContent('"style-0030"'));
  },
};

/** Recent first: choose two styles, reopen: they lead the list. */
export const RecentFirst: Story = {
  render: () => (
    <div style={{ minHeight: 360 }}>
      <FieldExample
        title="Style"
        supported={styles}
        name="style"
        Component={SelectField}
        compileOptions={{ ...labelled, recentFirst: true }}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Style" });
    await userEvent.click(trigger);
    await userEvent.click(canvas.getByRole("option", { name: "3D model" }));
    await userEvent.click(trigger);
    await userEvent.click(canvas.getByRole("option", { name: "Anime" }));
    await userEvent.click(trigger);
    const names = canvas.getAllByRole("option").map((option) => option.textContent);
    await expect(names.slice(0, 2)).toEqual(["AnimeRecent", "3D modelRecent"]);
  },
};
