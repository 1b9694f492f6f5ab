import type { ReactNode } from 'react';

/** A labelled form control with an optional help line. */
export function Field({ label, help, children }: { label: string; help?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child, which the label wraps
    <label className="field">
      <span className="field-label">{label}</span>
      {children}
      {help && <span className="field-help">{help}</span>}
    </label>
  );
}
