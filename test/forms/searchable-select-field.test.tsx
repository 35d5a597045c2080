import type { ImageModel } from "@model-forms/client";
import { ModelParameterForm, SearchableSelectField, SelectField, useModelParameterForm } from "@model-forms/forms";
import type { CompileOptions } from "@model-forms/forms/core";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { OptionNotesContext } from "../../packages/forms/src/form/option-notes";
import { model } from "./models";
import { CustomField, commits, profiledWidgets } from "./widget-profiler";

const thousand = Array.from({ length: 1000 }, (_, i) => `style-${String(i).padStart(4, "0")}`);
const longModel = model("acme/long", [
  { name: "style", kind: "enum", source: "typed", sourceKey: "style", values: thousand },
  { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, default: 1, integer: true, step: 1 },
]);
const shortModel = model("acme/short", [
  { name: "style", kind: "enum", source: "typed", sourceKey: "style", values: ["anime", "line-art", "3d-model"] },
]);
const labelled: CompileOptions = {
  optionLabels: { style: { anime: "Anime", "line-art": "Line art", "3d-model": "3D model" } },
  optionIcons: { style: { anime: "data:image/png;base64,AAAA" } },
};

/** The long field twice in one plain form: directly, and through SelectField (which delegates). */
function Standalone() {
  const { form, fields } = useModelParameterForm(longModel, { compileOptions: { prompt: false } });
  const style = fields.find((f) => f.name === "style");
  return style ? (
    <>
      <SearchableSelectField field={style} control={form.control} />
      <SelectField field={{ ...style, schema: style.schema, label: "Again" }} control={form.control} />
    </>
  ) : null;
}

/** The option the focused search box (or list) points at. */
const activeOption = () =>
  document.getElementById(document.activeElement?.getAttribute("aria-activedescendant") ?? "") as HTMLElement | null;

function setup(target: ImageModel, props: Partial<Parameters<typeof ModelParameterForm>[0]> = {}) {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <ModelParameterForm model={target} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} {...props} />,
  );
  const submit = async () => {
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    return onSubmit.mock.calls.at(-1)?.[0];
  };
  return { user, view, submit, onSubmit, trigger: () => screen.getByRole("combobox", { name: "Style" }) };
}

describe("SearchableSelectField: a 1,000-value enum", () => {
  it("opens a search box and a virtualised list; typing filters; arrows and Enter choose", async () => {
    const { user, trigger, submit } = setup(longModel);
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    act(() => trigger().focus());
    await user.keyboard("{Enter}");
    const search = screen.getByRole("searchbox", { name: "Search Style" });
    expect(search).toHaveFocus();
    const listbox = screen.getByRole("listbox", { name: "Style" });
    expect(trigger()).toHaveAttribute("aria-controls", listbox.id);
    const mounted = within(listbox).getAllByRole("option");
    expect(mounted.length).toBeGreaterThan(5);
    expect(mounted.length).toBeLessThan(30);
    expect(mounted[0]).toHaveAttribute("aria-setsize", "1000");
    await user.keyboard("0999");
    expect(
      within(listbox)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["style-0999"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 of 1000 options");
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveTextContent("style-0999");
    expect(await submit()).toMatchObject({ style: "style-0999" });
  });

  it("End jumps to the last value through the virtual list; Page Down moves a page", async () => {
    const { user, trigger } = setup(longModel);
    act(() => trigger().focus());
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(activeOption()).toHaveTextContent("style-0000"));
    await user.keyboard("{PageDown}");
    expect(activeOption()).toHaveTextContent("style-0007");
    await user.keyboard("{End}");
    await waitFor(() => expect(activeOption()).toHaveTextContent("style-0999"));
    await user.keyboard("{Enter}");
    expect(trigger()).toHaveTextContent("style-0999");
  });

  it("typing on the closed trigger starts a search; Escape closes and gives focus back", async () => {
    const { user, trigger } = setup(longModel);
    act(() => trigger().focus());
    await user.keyboard("5");
    expect(screen.getByRole("searchbox")).toHaveValue("5");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(trigger()).toHaveFocus();
  });

  it("Enter with no match neither chooses nor submits", async () => {
    const { user, trigger, onSubmit } = setup(longModel);
    act(() => trigger().focus());
    await user.keyboard("{Enter}zzz");
    expect(screen.getByText("No matching option")).toBeInTheDocument();
    await user.keyboard("{Enter}");
    expect(onSubmit).not.toHaveBeenCalled();
    expect(trigger()).toHaveTextContent("style-0000");
  });

  it("pointer: click opens, a click on an option chooses, a press outside closes", async () => {
    const { user, trigger, submit } = setup(longModel);
    await user.click(trigger());
    await user.click(screen.getByRole("option", { name: "style-0003" }));
    expect(trigger()).toHaveTextContent("style-0003");
    await user.click(trigger());
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    await user.click(screen.getByRole("textbox", { name: "Prompt" }));
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(await submit()).toMatchObject({ style: "style-0003" });
  });
});

describe("SearchableSelectField: labels, icons, notes, recent first", () => {
  it("a short enum with app labels and icons gets the labelled list (no search box), by keyboard", async () => {
    const { user, trigger, view, submit } = setup(shortModel, { compileOptions: labelled });
    expect(trigger()).toHaveTextContent("Anime");
    expect(view.container.querySelector('img[data-mf-slot="long-select-icon"]')).toHaveAttribute("alt", "");
    act(() => trigger().focus());
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("searchbox")).toBeNull();
    expect(screen.getByRole("listbox")).toHaveFocus();
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Anime", "Line art", "3D model"]);
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(trigger()).toHaveTextContent("3D model");
    expect(await submit()).toMatchObject({ style: "3d-model" });
  });

  it("shows option notes", async () => {
    const user = userEvent.setup();
    render(
      <OptionNotesContext.Provider
        value={(name, value) => (name === "style" ? `+$0.0${String(value).length}` : undefined)}
      >
        <ModelParameterForm model={shortModel} compileOptions={labelled} />
      </OptionNotesContext.Provider>,
    );
    await user.click(screen.getByRole("combobox", { name: "Style" }));
    expect(screen.getByRole("option", { name: "Line art +$0.08" })).toBeInTheDocument();
  });

  it("recent first (opt-in): chosen values lead the list next time", async () => {
    const { user, trigger } = setup(longModel, { compileOptions: { recentFirst: ["style"] } });
    await user.click(trigger());
    await user.keyboard("0500{Enter}");
    await user.click(trigger());
    await user.keyboard("0042{Enter}");
    await user.click(trigger());
    const options = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(options.slice(0, 3).map((o) => o.textContent)).toEqual([
      "style-0042Recent",
      "style-0500Recent",
      "style-0000",
    ]);
  });

  it("SelectField keeps the Radix select for short unlabelled enums, and both stay overridable", () => {
    const { view } = setup(shortModel);
    expect(view.container.querySelector('[data-mf-slot="select-trigger"]')).not.toBeNull();
    expect(view.container.querySelector('[data-mf-slot="long-select"]')).toBeNull();
    view.unmount();
    setup(longModel, { components: { select: CustomField } });
    expect(screen.getByLabelText("custom style", { selector: "output" })).toHaveTextContent("select");
  });

  it("works on its own and through SelectField inside any react-hook-form form", async () => {
    const user = userEvent.setup();
    render(<Standalone />);
    await user.click(screen.getByRole("combobox", { name: "Style" }));
    await user.keyboard("0007{Enter}");
    expect(screen.getByRole("combobox", { name: "Again" })).toHaveTextContent("style-0007");
  });
});

describe("SearchableSelectField: render cost", () => {
  it("opening, filtering and choosing re-render only this field", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={longModel} components={profiledWidgets} />);
    commits.clear();
    await user.click(screen.getByRole("combobox", { name: "Style" }));
    await user.keyboard("012{ArrowDown}{Enter}");
    expect(screen.getByRole("combobox", { name: "Style" })).toHaveTextContent("style-0120");
    expect([...commits.keys()]).toEqual(["style"]);
  });
});
