/** One labelled text field of the typed-goal and typed-rate forms: what it asks, an example, its test id. */
export function TypedField({
  label,
  value,
  placeholder,
  onChange,
  testId,
  decimal = false,
}: {
  label: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  testId: string;
  /** Numbers: phones show their numeric keyboard (with the decimal separator). */
  decimal?: boolean;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="text"
        inputMode={decimal ? 'decimal' : undefined}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
    </label>
  );
}
