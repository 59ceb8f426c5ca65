import { useId } from 'react';

interface LeverSliderProps {
  testId: string;
  label: string;
  /** The lever's value (a fraction: 0.1 = 10%, or 0.02 = 2 points). */
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value as read aloud and shown next to the slider, e.g. `+10%`. */
  display: string;
  help?: string;
  disabled?: boolean;
  onChange: (value: number) => void;
}

/**
 * A keyboard-usable lever: a labelled `<input type="range">` whose value is also written out.
 * The input counts whole steps (integers), so arrow keys never accumulate rounding errors;
 * the lever's value is steps × step, rounded to the step's decimals.
 */
export function LeverSlider({ testId, label, value, min, max, step, display, help, disabled, onChange }: LeverSliderProps) {
  const id = useId();
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const toSteps = (v: number) => Math.round(v / step);
  const fromSteps = (n: number) => Number((n * step).toFixed(decimals));
  return (
    <div className={`lever${disabled ? ' lever-disabled' : ''}`}>
      <label htmlFor={id} className="lever-label">
        {label}
      </label>
      <input
        id={id}
        type="range"
        data-testid={testId}
        min={toSteps(min)}
        max={toSteps(max)}
        step={1}
        value={toSteps(value)}
        disabled={disabled}
        aria-valuetext={display}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange(fromSteps(Number(e.target.value)))}
      />
      <output htmlFor={id} className="lever-value" data-testid={`${testId}-value`}>
        {display}
      </output>
      {help ? (
        <p id={`${id}-help`} className="lever-help">
          {help}
        </p>
      ) : null}
    </div>
  );
}
