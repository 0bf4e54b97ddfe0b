/** A select's <option>s: one a value, in the values' order, named from `names`. */
export function Options<V extends string>({
  values,
  names,
}: {
  values: readonly V[];
  names: Record<V, string>;
}) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {names[value]}
        </option>
      ))}
    </>
  );
}

/** A <select> of those values: what it hands `onValue` is always one of them, so it comes typed as one. */
export function OptionsSelect<V extends string>({
  id,
  values,
  names,
  value,
  onValue,
}: {
  id: string;
  values: readonly V[];
  names: Record<V, string>;
  value: V;
  onValue: (value: V) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onValue(e.target.value as V)}>
      <Options values={values} names={names} />
    </select>
  );
}
