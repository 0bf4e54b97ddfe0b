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

/** One of fixed values, named from `names`: what a control hands `onValue` is always one of them, so it comes typed. */
export interface ChoiceProps<V extends string> {
  values: readonly V[];
  names: Record<V, string>;
  value: V;
  onValue: (value: V) => void;
}

/** A <select> of those values. */
export function OptionsSelect<V extends string>({ id, ...choice }: { id: string } & ChoiceProps<V>) {
  return (
    <select id={id} value={choice.value} onChange={(e) => choice.onValue(e.target.value as V)}>
      <Options values={choice.values} names={choice.names} />
    </select>
  );
}
