import { ModelParameterForm } from "@model-forms/forms";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { everyKindModel } from "./models";

// A fresh module: Radix Select is not in yet when the form mounts (no preloadWidgets()).
const trigger = () => screen.getByRole("combobox", { name: "Quality" });

describe("a select before Radix Select is in (pointer)", () => {
  it("shows a plain closed trigger; one press opens Radix's list; the choice is shown and sent", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<ModelParameterForm model={everyKindModel} defaultValues={{ prompt: "a fox" }} onSubmit={onSubmit} />);
    const closed = trigger();
    expect(closed).toHaveAttribute("aria-expanded", "false");
    expect(closed).toHaveAttribute("data-state", "closed");
    expect(closed).toHaveTextContent("medium");
    // Radix's root (its hidden native <select> for form autofill among the rest) is not mounted.
    expect(document.querySelector("select")).toBeNull();
    // The chunk arrives while the form sits there: nothing changes under the user (no swap on its own).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(trigger()).toBe(closed);
    await user.click(closed);
    const listbox = await screen.findByRole("listbox");
    expect(listbox).toBeInTheDocument();
    // Radix's trigger took the place of the plain one, opened (the rest of the page is aria-hidden while it is).
    expect(closed.isConnected).toBe(false);
    expect(document.querySelector('[data-mf-slot="select-trigger"]')).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByRole("option", { name: "high" }));
    expect(trigger()).toHaveTextContent("high");
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ quality: "high" });
  });

  it("a select mounted once Radix Select is in still costs one button until used; its first press opens at once", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={everyKindModel} />);
    expect(document.querySelector("select")).toBeNull();
    const closed = trigger();
    await user.click(closed);
    // No fetch to wait for: the list is there as the press ends.
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    expect(closed.isConnected).toBe(false);
  });
});
