import { describe, expect, it } from "vitest";
import { breachJump, nextPanel, type PanelId, PANELS, rotationSeconds } from "./rotation";

describe("wallboard rotation", () => {
  it("shows every panel in turn and starts over", () => {
    const seen: PanelId[] = [PANELS[0]];
    for (let i = 0; i < PANELS.length; i++) seen.push(nextPanel(seen.at(-1)!, []));
    expect(seen).toEqual([...PANELS, PANELS[0]]);
  });

  it("holds on the breached panel while the breach lasts", () => {
    expect(nextPanel("kpis", ["kpis"])).toBe("kpis");
    expect(nextPanel("kpis", ["kpis"])).toBe("kpis");
  });

  it("goes to a breached panel at once, and rotates among breached panels only", () => {
    expect(breachJump("agents", ["kpis"])).toBe("kpis");
    expect(breachJump("kpis", ["kpis"])).toBeNull();
    expect(breachJump("agents", [])).toBeNull();
    expect(nextPanel("kpis", ["kpis", "missed"])).toBe("missed");
    expect(nextPanel("missed", ["kpis", "missed"])).toBe("kpis");
  });

  it("reads the interval from the URL within bounds", () => {
    expect(rotationSeconds(undefined)).toBe(15);
    expect(rotationSeconds("20")).toBe(20);
    expect(rotationSeconds(["8", "9"])).toBe(8);
    expect(rotationSeconds("1")).toBe(5);
    expect(rotationSeconds("99999")).toBe(600);
    expect(rotationSeconds("soon")).toBe(15);
  });
});
