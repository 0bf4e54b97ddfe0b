/**
 * What one reading does to a rule: start firing, recover, or nothing. A reading with nothing to judge (null)
 * keeps the state, so a quiet window never makes a rule flap. The one rule used both by the live evaluation and by
 * the "last week" preview.
 */
export function alertChange(firing: boolean, reading: boolean | null): "fired" | "recovered" | null {
  if (reading === true && !firing) return "fired";
  if (reading === false && firing) return "recovered";
  return null;
}
