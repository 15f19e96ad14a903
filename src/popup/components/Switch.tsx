/** An on/off switch: a real button with `role="switch"`, so screen readers say "on"/"off". */
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange(checked: boolean): void;
  /** The visible label; it is also the switch's accessible name. */
  children: ComponentChildren;
  /** Extra explanation, read after the name. */
  hint?: ComponentChildren;
  id: string;
  disabled?: boolean;
}

export function Switch({ checked, onChange, children, hint, id, disabled }: SwitchProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="switch-row">
      <div class="switch-text">
        <label id={`${id}-label`} for={id} class="switch-label">
          {children}
        </label>
        {hint && (
          <p id={hintId} class="switch-hint">
            {hint}
          </p>
        )}
      </div>
      <button
        id={id}
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={hintId}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
