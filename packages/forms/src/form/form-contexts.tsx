import { type ReactNode, useContext } from "react";
import { type FormAddons, FormAddonsContext, type Slot, useSlot } from "./form-addons";
import { ModelEndpointContext, type ModelEndpointState } from "./model-endpoint-context";
import { ModelFormContext } from "./model-form-context";
import { type OptionNotes, OptionNotesContext } from "./option-notes";
import type { UseModelParameterFormReturn } from "./use-model-parameter-form";

/** Provides option notes from an add-on inside the form (e.g. prices), else any the app provides around it. */
function OptionNotesHost({ slot, children }: { slot: Slot<OptionNotes | undefined>; children: ReactNode }) {
  const outer = useContext(OptionNotesContext);
  return <OptionNotesContext.Provider value={useSlot(slot) ?? outer}>{children}</OptionNotesContext.Provider>;
}

/** @internal Everything `<ModelParameterForm>` provides to what it renders: the headless form, the endpoint, add-ons. */
export function FormContexts(props: {
  headless: UseModelParameterFormReturn;
  endpoint: ModelEndpointState;
  addons: FormAddons;
  children: ReactNode;
}) {
  return (
    <ModelFormContext.Provider value={props.headless}>
      <ModelEndpointContext.Provider value={props.endpoint}>
        <FormAddonsContext.Provider value={props.addons}>
          <OptionNotesHost slot={props.addons.optionNotes}>{props.children}</OptionNotesHost>
        </FormAddonsContext.Provider>
      </ModelEndpointContext.Provider>
    </ModelFormContext.Provider>
  );
}

/** @internal What the submit button adds after its label (the cost from a price estimate), subscribed on its own. */
export function SubmitNote({ slot }: { slot: Slot<string | undefined> }) {
  const note = useSlot(slot);
  // The separator is the button's own text, so the accessible name reads "Generate · $0.09".
  return note ? (
    <>
      {" · "}
      <span data-mf-slot="submit-note">{note}</span>
    </>
  ) : null;
}
