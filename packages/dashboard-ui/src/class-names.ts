/**
 * The class names a component asks for, mapped by its host: the web passes its CSS module (hashed names), the print
 * view passes nothing and styles the plain names. A name the map lacks stays as it is.
 */
export type ClassMap = Readonly<Record<string, string | undefined>>;

export function cx(classes: ClassMap | undefined, ...names: (string | false | null | undefined)[]): string {
  return names
    .filter((name): name is string => Boolean(name))
    .map((name) => classes?.[name] ?? name)
    .join(" ");
}
