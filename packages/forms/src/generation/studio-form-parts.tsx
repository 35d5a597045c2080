import { type ReactNode, useLayoutEffect } from "react";
import { createPortal } from "react-dom";
import type { ValueChange } from "../core/migrate-values";
import type { CompiledForm } from "../core/types";
import { useModelFormContext } from "../form/model-form-context";
import { useImageRequest } from "../form/use-image-request";
import type { UseModelParameterFormReturn } from "../form/use-model-parameter-form";
import { RequestPreview } from "../preview/request-preview";
import type { PresetStore } from "./create-preset-store";
import type { RememberedValues, ValuesPersistence } from "./create-values-persistence";
import { ModelPresets } from "./model-presets";
import { RememberValues } from "./remember-values";
import { ResetToDefaults } from "./reset-to-defaults";

/** The live request body, rendered where the studio's output column asks (a portal keeps the form's context). */
function StudioRequestPreview({ preview }: { preview?: { baseUrl?: string; apiKey?: string } }) {
  const { request } = useImageRequest();
  return <RequestPreview request={request} baseUrl={preview?.baseUrl} apiKey={preview?.apiKey} />;
}

/** @internal Props of {@link StudioFormParts}. */
export interface StudioFormPartsProps {
  onForm(form: UseModelParameterFormReturn): void;
  persistence?: ValuesPersistence;
  onRestore(restored: { remembered: RememberedValues; changes: ValueChange[]; compiled: CompiledForm }): void;
  presets?: PresetStore;
  onPresetApplied(changes: ValueChange[]): void;
  price?: ReactNode;
  priceClassName?: string;
  toolsHost: HTMLElement | null;
  requestHost: HTMLElement | null;
  preview?: { baseUrl?: string; apiKey?: string };
}

/**
 * @internal What `ImageStudio` renders inside its `ModelParameterForm`: it hands the headless form up (for reuse
 * and references), remembers values, and puts presets, reset and the request preview where the layout wants them
 * while they keep reading the form's context.
 */
export function StudioFormParts(props: StudioFormPartsProps) {
  const modelForm = useModelFormContext();
  const { onForm } = props;
  useLayoutEffect(() => {
    if (modelForm) onForm(modelForm);
  }, [modelForm, onForm]);
  return (
    <>
      {props.persistence && modelForm ? (
        <RememberValues
          persistence={props.persistence}
          onRestore={(restored) => props.onRestore({ ...restored, compiled: modelForm.compiled })}
        />
      ) : null}
      {props.toolsHost
        ? createPortal(
            <>
              {props.presets ? (
                <ModelPresets store={props.presets} onApply={(_preset, changes) => props.onPresetApplied(changes)} />
              ) : null}
              <ResetToDefaults />
            </>,
            props.toolsHost,
          )
        : null}
      {props.price != null && props.price !== false ? (
        <div data-mf-slot="studio-price" className={props.priceClassName}>
          {props.price}
        </div>
      ) : null}
      {props.requestHost ? createPortal(<StudioRequestPreview preview={props.preview} />, props.requestHost) : null}
    </>
  );
}
