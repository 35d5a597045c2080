import type { ModelEndpoint } from "@model-forms/client";
import {
  defaultWidgets,
  type FieldComponentProps,
  ModelParameterForm,
  PriceEstimate,
  resolveFieldComponent,
  type WidgetComponents,
} from "@model-forms/forms";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Profiler } from "react";
import { describe, expect, it, vi } from "vitest";
import { focusSlider } from "./focus-slider";
import { everyKindModel } from "./models";

/** Renders of the form root: it is the only component that calls useForm. */
const rootRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock("react-hook-form", async (importOriginal) => {
  const actual = await importOriginal<typeof import("react-hook-form")>();
  return {
    ...actual,
    useForm: (...args: Parameters<typeof actual.useForm>) => {
      rootRenders.count++;
      return actual.useForm(...args);
    },
  };
});

/** Commits per field (a Profiler around each default widget) and of the price leaf. */
const commits = new Map<string, number>();
const count = (id: string) => commits.set(id, (commits.get(id) ?? 0) + 1);
function ProfiledField(props: FieldComponentProps) {
  const Component = resolveFieldComponent(props.field);
  return (
    <Profiler id={props.field.name} onRender={(id) => count(id)}>
      <Component {...props} />
    </Profiler>
  );
}
const profiled: WidgetComponents = Object.fromEntries(
  Object.keys(defaultWidgets).map((widget) => [widget, ProfiledField]),
);

// The every-kind model priced per resolution (plus an auto line) and per reference image.
const endpoint: ModelEndpoint = {
  parameters: everyKindModel.parameters,
  parameterWarnings: [],
  pricing: [
    { billable: "output_image", unit: "image", cost_usd: 0.04, resolution: "1024x1024" },
    { billable: "output_image", unit: "image", cost_usd: 0.03, resolution: "1024x768" },
    { billable: "output_image", unit: "image", cost_usd: 0.03, resolution: "768x1024" },
    { billable: "output_image", unit: "image", cost_usd: 0.02, resolution: "auto" },
    { billable: "input_image", unit: "image", cost_usd: 0.005 },
  ],
};

function setup() {
  render(
    <ModelParameterForm model={everyKindModel} endpoint={endpoint} components={profiled} showCost>
      <Profiler id="price" onRender={() => count("price")}>
        <PriceEstimate />
      </Profiler>
    </ModelParameterForm>,
  );
  const reset = () => {
    commits.clear();
    rootRenders.count = 0;
  };
  reset();
  return reset;
}

const fieldCommits = () => Object.fromEntries([...commits].filter(([id, n]) => id !== "price" && n > 0));

describe("render cost with a live price", { timeout: 20_000 }, () => {
  it("typing 20 prompt characters re-renders nothing, the price included", async () => {
    const user = userEvent.setup();
    setup();
    const price = screen.getByRole("status", { name: "Estimated cost" });
    expect(price).toHaveTextContent("$0.02");
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a lighthouse at dusk");
    console.log(`[render-cost] price, prompt x20: root ${rootRenders.count}, commits ${JSON.stringify([...commits])}`);
    expect(rootRenders.count).toBe(0);
    expect(fieldCommits()).toEqual({});
    expect(commits.get("price") ?? 0).toBe(0);
  });

  it("a slider step the price reads re-renders only that slider and the price", async () => {
    const user = userEvent.setup();
    const reset = setup();
    const thumb = focusSlider("Images");
    reset();
    await user.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "2");
    expect(screen.getByRole("status", { name: "Estimated cost" })).toHaveTextContent("$0.04");
    expect(screen.getByRole("button", { name: "Generate · $0.04" })).toBeInTheDocument();
    console.log(
      `[render-cost] price, n slider step: root ${rootRenders.count}, fields ${JSON.stringify(fieldCommits())}, price ${commits.get("price")}`,
    );
    expect(rootRenders.count).toBe(0);
    expect(Object.keys(fieldCommits())).toEqual(["n"]);
    // One price render per step: the price watches values only (where a field started is read, not subscribed to).
    expect(commits.get("price")).toBe(1);
    reset();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("status", { name: "Estimated cost" })).toHaveTextContent("$0.06");
    expect(rootRenders.count).toBe(0);
    expect(fieldCommits()).toEqual({ n: 1 });
    expect(commits.get("price")).toBe(1);
  });

  it("a resolution choice re-renders that picker and the price, not the other fields (option notes are stable)", async () => {
    const user = userEvent.setup();
    const reset = setup();
    const group = screen.getByRole("radiogroup", { name: "Resolution" });
    expect(within(group).getByRole("radio", { name: "1:1 1024×1024 $0.04" })).toBeChecked();
    const tile = within(group).getByRole("radio", { name: "4:3 1024×768 $0.03" });
    reset();
    await user.click(tile);
    expect(tile).toBeChecked();
    expect(tile).toHaveAccessibleName("4:3 1024×768 $0.03");
    expect(screen.getByRole("status", { name: "Estimated cost" })).toHaveTextContent("$0.03");
    expect(rootRenders.count).toBe(0);
    expect(Object.keys(fieldCommits())).toEqual(["resolution"]);
    expect(commits.get("price")).toBeGreaterThanOrEqual(1);
  });

  it("a slider step the price does not read re-renders only that slider", async () => {
    const user = userEvent.setup();
    const reset = setup();
    const thumb = focusSlider("Guidance");
    reset();
    await user.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "7.5");
    expect(rootRenders.count).toBe(0);
    expect(Object.keys(fieldCommits())).toEqual(["guidance"]);
    expect(commits.get("price") ?? 0).toBe(0);
  });
});
