import { SelectField, SliderField } from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FormProvider, type SubmitHandler, useForm } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { focusSlider } from "../forms/focus-slider";
import { everyKindModel } from "../forms/models";

/**
 * An app that owns its react-hook-form form, typed with its own values, and wraps the library's fields in its own
 * <FormProvider>. It runs in the `forms` project (newest peers) and in `forms-lowest` (the floors of the peer
 * ranges); `tsc -p test/peer-range/tsconfig.lowest.json` typechecks it against the lowest peers' types too.
 */
interface AppValues {
  n: number;
  resolution?: string;
  note: string;
}

const compiled = compileParameterForm(everyKindModel);
const field = (name: string) => {
  const found = compiled.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

// The app's own schema, with the same zod the library validates with (one copy: zod is a peer).
const appSchema = z.object({ n: z.number(), resolution: z.optional(z.string()), note: z.string() });

function AppForm({ onValid }: { onValid: SubmitHandler<AppValues> }) {
  const form = useForm<AppValues>({ defaultValues: { n: 2, note: "mine" } });
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onValid)}>
        {/* Through the app's provider, and with the app's typed control: both typecheck and run. */}
        <SliderField field={field("n")} />
        <SelectField field={field("resolution")} control={form.control} />
        <input aria-label="Note" {...form.register("note")} />
        <button type="submit">Save</button>
      </form>
    </FormProvider>
  );
}

describe("an app-owned <FormProvider> around the library's fields", () => {
  it("one react-hook-form: the slider reads and writes the app's form", async () => {
    const user = userEvent.setup();
    const onValid = vi.fn<SubmitHandler<AppValues>>();
    render(<AppForm onValid={onValid} />);
    expect(screen.getByRole("slider", { name: /^Images/ })).toHaveAttribute("aria-valuenow", "2");
    const thumb = focusSlider(/^Images/);
    await user.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "3");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    const values = onValid.mock.calls[0]?.[0];
    expect(values).toEqual({ n: 3, note: "mine" });
    expect(appSchema.safeParse(values).success).toBe(true);
  });
});
