import { callWhere, type ResolvableFilter } from "../calls/call-where";

/** Collects the parameters of one statement built from several fragments, numbering them $1, $2... */
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder of a new parameter. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** callWhere (the one definition of what a filter matches) numbered after the parameters so far. */
  where(filter: ResolvableFilter): string {
    const fragment = callWhere(filter, this.values.length + 1);
    this.values.push(...fragment.params);
    return fragment.sql;
  }
}
