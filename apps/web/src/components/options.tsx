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
