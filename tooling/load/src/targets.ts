/** One measured number beside its target (issue 16), with PASS or MISS. */
export interface Verdict {
  pass: boolean;
  line: string;
}

export function atLeast(label: string, value: number, target: number, unit: string): Verdict {
  const pass = Number.isFinite(value) && value >= target;
  return {
    pass,
    line: `${label.padEnd(52)} ${fmt(value)} ${unit}  (target >= ${fmt(target)} ${unit})  ${pass ? "PASS" : "MISS"}`,
  };
}

export function atMost(label: string, value: number, target: number, unit: string): Verdict {
  const pass = Number.isFinite(value) && value <= target;
  return {
    pass,
    line: `${label.padEnd(52)} ${fmt(value)} ${unit}  (target <= ${fmt(target)} ${unit})  ${pass ? "PASS" : "MISS"}`,
  };
}

export function holds(label: string, pass: boolean, detail: string): Verdict {
  return { pass, line: `${label.padEnd(52)} ${detail}  ${pass ? "PASS" : "MISS"}` };
}

function fmt(value: number): string {
  return Number.isFinite(value) ? (Number.isInteger(value) ? String(value) : value.toFixed(1)) : "n/a";
}
