import { normalizeParameters } from "@model-forms/client";
import { ResolutionField, useModelParameterForm } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { expect, screen, userEvent, waitFor, within } from "storybook/test";
import { openRouterQwenRecord } from "../fixtures/catalog";
import { OptionNotesContext } from "../packages/forms/src/form/option-notes";
import { FieldExample, FieldGallery } from "./support/field-example";

const sizes = {
  resolution: { type: "enum", values: ["1024x1024", "1536x1024", "1024x1536", "auto"], default: "auto" },
};
const legacySizes = { resolutions: ["1024*1024", "1024*768", "768*1024", "1360*768", "768*1360"] };
const ratios = { resolutions: ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"] };
const tiers = { resolutions: ["1K", "2K", "4K", "auto"] };
const mixed = { resolutions: ["1024*1024", "2K", "16:9", "auto"] };
const scaled = { resolution: { type: "enum", values: ["512x512", "768x768", "1024x1024", "1536x1536", "2048x2048"] } };
const unreadable = { aspect_ratio: { type: "enum", values: ["match_input_image", "1:1", "16:9", "9:16"] } };
const thirteen = { aspect_ratio: openRouterQwenRecord.supported_parameters?.aspect_ratio ?? {} };
const prices: Record<string, string> = { "1024x1024": "$0.04", "1536x1024": "$0.06", "1024x1536": "$0.06" };

const meta = {
  title: "Fields/ResolutionField",
  component: ResolutionField,
  parameters: {
    docs: {
      description: {
        component:
          "The resolution / aspect-ratio picker: opaque values drawn to scale as radio tiles (a select with shape icons beyond 12), an orientation swap, per-option notes, and OpenRouter's aspect_ratio + tier resolution as one control.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** OpenRouter's `aspect_ratio` + `resolution` (tiers) as one control, with both values shown. */
function JoinedExample({ title }: { title: string }) {
  const descriptors = useMemo(
    () => normalizeParameters(openRouterQwenRecord.supported_parameters ?? {}).parameters,
    [],
  );
  const { form, fields } = useModelParameterForm(descriptors, { compileOptions: { prompt: false } });
  const lead = fields.find((field) => field.name === "aspect_ratio");
  const values = useWatch({ control: form.control, name: ["aspect_ratio", "resolution"] });
  if (!lead) return null;
  return (
    <section data-slot="story-example" aria-label={title}>
      <h2 data-slot="story-example-title">{title}</h2>
      <ResolutionField field={lead} control={form.control} />
      <p data-slot="story-value">
        Value:{" "}
        <code data-testid={`value-${title}`}>{JSON.stringify({ aspect_ratio: values[0], resolution: values[1] })}</code>
      </p>
    </section>
  );
}

/** Every readable form as tiles: pixel sizes, legacy `*` sizes, ratios, tiers, mixed, sizes to scale, an unreadable value. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Pixel sizes with auto" supported={sizes} name="resolution" Component={ResolutionField} />
      <FieldExample
        title="Legacy 1024*1024 sizes"
        supported={legacySizes}
        name="resolution"
        Component={ResolutionField}
      />
      <FieldExample title="Aspect ratios" supported={ratios} name="resolution" Component={ResolutionField} />
      <FieldExample title="Tiers" supported={tiers} name="resolution" Component={ResolutionField} />
      <FieldExample title="Mixed forms" supported={mixed} name="resolution" Component={ResolutionField} />
      <FieldExample title="Sizes to scale" supported={scaled} name="resolution" Component={ResolutionField} />
      <FieldExample title="Unreadable value" supported={unreadable} name="aspect_ratio" Component={ResolutionField} />
    </FieldGallery>
  ),
};

/** The other states: beyond 12 (select), joined OpenRouter control, prices per option, app labels, disabled, invalid. */
export const MoreStates: Story = {
  render: () => (
    <OptionNotesContext.Provider value={(name, value) => (name === "priced" ? prices[String(value)] : undefined)}>
      <FieldGallery>
        <FieldExample
          title="Thirteen ratios (select)"
          supported={thirteen}
          name="aspect_ratio"
          Component={ResolutionField}
        />
        <JoinedExample title="OpenRouter aspect ratio + tier" />
        <FieldExample
          title="Prices per option"
          supported={{ priced: sizes.resolution }}
          name="priced"
          Component={ResolutionField}
          defaultValues={{ priced: "1536x1024" }}
        />
        <FieldExample
          title="App labels"
          supported={sizes}
          name="resolution"
          Component={ResolutionField}
          compileOptions={{
            optionLabels: { resolution: { "1024x1024": "Square", "1536x1024": "Wide", "1024x1536": "Tall" } },
          }}
        />
        <FieldExample title="Disabled" supported={sizes} name="resolution" Component={ResolutionField} disabled />
        <FieldExample
          title="Invalid"
          supported={sizes}
          name="resolution"
          Component={ResolutionField}
          error="This provider is out of 1536x1024 capacity."
        />
      </FieldGallery>
    </OptionNotesContext.Provider>
  ),
};

/** Keyboard: Tab into the group, arrows move and choose, the swap button flips orientation. */
export const KeyboardSelection: Story = {
  render: () => <FieldExample title="Resolution" supported={sizes} name="resolution" Component={ResolutionField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const auto = canvas.getByRole("radio", { name: "Auto" });
    auto.focus();
    await userEvent.keyboard("{ArrowLeft}");
    const tall = canvas.getByRole("radio", { name: "2:3 1024×1536" });
    await waitFor(() => expect(tall).toBeChecked());
    await expect(tall).toHaveFocus();
    await userEvent.tab();
    const swap = canvas.getByRole("button", { name: "Swap orientation" });
    await expect(swap).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByTestId("value-Resolution")).toHaveTextContent('"1536x1024"'));
    await expect(canvas.getByRole("radio", { name: "3:2 1536×1024" })).toBeChecked();
  },
};

/** Pointer: click a tile, then the swap button. */
export const PointerSelection: Story = {
  render: () => (
    <FieldExample title="Resolution" supported={legacySizes} name="resolution" Component={ResolutionField} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText("1360×768"));
    await waitFor(() => expect(canvas.getByTestId("value-Resolution")).toHaveTextContent('"1360*768"'));
    await userEvent.click(canvas.getByRole("button", { name: "Swap orientation" }));
    await waitFor(() => expect(canvas.getByTestId("value-Resolution")).toHaveTextContent('"768*1360"'));
  },
};

/** Beyond 12 options: a select with shape icons, by keyboard. */
export const SelectBeyondTwelve: Story = {
  render: () => (
    <FieldExample title="Aspect ratio" supported={thirteen} name="aspect_ratio" Component={ResolutionField} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Aspect ratio" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    await waitFor(() => expect(within(listbox).getByRole("option", { name: "1:1" })).toHaveFocus());
    await userEvent.keyboard("{End}");
    await waitFor(() => expect(within(listbox).getByRole("option", { name: "16:9" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByTestId("value-Aspect ratio")).toHaveTextContent('"16:9"'));
    // Radix's trigger took the plain one's place at the first open (focus kept): query it again.
    await waitFor(() => expect(canvas.getByRole("combobox", { name: "Aspect ratio" })).toHaveFocus());
  },
};

/** The joined OpenRouter control: pointer on the tier, keyboard on the ratio; two request fields. */
export const JoinedOpenRouter: Story = {
  render: () => <JoinedExample title="Aspect ratio and resolution" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "2K" }));
    const trigger = canvas.getByRole("combobox", { name: "Aspect ratio" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    await waitFor(() => expect(within(listbox).getByRole("option", { name: "1:1" })).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}");
    await waitFor(() => expect(within(listbox).getByRole("option", { name: "1:2" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await waitFor(() =>
      expect(canvas.getByTestId("value-Aspect ratio and resolution")).toHaveTextContent(
        '{"aspect_ratio":"1:2","resolution":"2K"}',
      ),
    );
  },
};
