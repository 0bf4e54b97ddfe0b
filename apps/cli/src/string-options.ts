type StringOption = { type: "string" };

/** parseArgs options for flags that each take one string value (`--name VALUE`). */
export function stringOptions<const Name extends string>(...names: Name[]): Record<Name, StringOption> {
  const option: StringOption = { type: "string" };
  return Object.fromEntries(names.map((name) => [name, option])) as Record<Name, StringOption>;
}
