interface Props<V extends string> {
  legend: string
  /** The radios' shared name. */
  name: string
  value: V
  /** Value and label of each choice. */
  options: readonly (readonly [V, string])[]
  onChange: (value: V) => void
}

/** A fieldset of radio buttons, one choice picked. */
export function RadioGroup<V extends string>({ legend, name, value, options, onChange }: Props<V>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([v, text]) => (
        <label key={v} className="radio">
          <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
          {text}
        </label>
      ))}
    </fieldset>
  )
}
