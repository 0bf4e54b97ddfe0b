import { describe, expect, it } from "vitest";
import { fillGlossaryText, KPI_GLOSSARY, KPI_GLOSSARY_TERMS } from "./kpi-glossary";
import { callKindOf, type KpiCounts, kpisFromCounts, outboundAvgTalkSeconds, ZERO_KPI_COUNTS } from "./kpis";
import { callKpisSchema } from "./output-schemas";

const DEFAULTS = { serviceLevelSeconds: 20, shortAbandonSeconds: 5 };

describe("kpisFromCounts", () => {
  it("applies the definitions", () => {
    const counts: KpiCounts = {
      inbound: {
        offered: 100,
        answered: 70,
        abandoned: 20,
        shortAbandoned: 4,
        answeredWithinServiceLevel: 48,
        answeredWaitSeconds: 70 * 12.5,
        abandonedDurationSeconds: 20 * 31,
      },
      outbound: { attempts: 40, connected: 10, busy: 7, connectedTalkSeconds: 1234 },
      internal: { calls: 9 },
    };
    expect(kpisFromCounts(counts, DEFAULTS)).toEqual({
      inbound: {
        offered: 100,
        answered: 70,
        missed: 30,
        abandoned: 20,
        shortAbandoned: 4,
        answerRate: 0.7,
        abandonRate: 0.1667, // (20 − 4) / (100 − 4)
        serviceLevel: 0.5, // 48 / (100 − 4)
        serviceLevelSeconds: 20,
        asaSeconds: 12.5,
        avgAbandonWaitSeconds: 31,
      },
      outbound: { attempts: 40, connected: 10, connectRate: 0.25, busy: 7 },
      internal: { calls: 9 },
    });
    expect(outboundAvgTalkSeconds(counts)).toBe(123.4);
  });

  it("gives null, never 0, for a rate or mean with nothing to divide by", () => {
    const kpis = kpisFromCounts(ZERO_KPI_COUNTS, { serviceLevelSeconds: 10, shortAbandonSeconds: 0 });
    expect(kpis.inbound).toEqual({
      offered: 0,
      answered: 0,
      missed: 0,
      abandoned: 0,
      shortAbandoned: 0,
      answerRate: null,
      abandonRate: null,
      serviceLevel: null,
      serviceLevelSeconds: 10,
      asaSeconds: null,
      avgAbandonWaitSeconds: null,
    });
    expect(kpis.outbound.connectRate).toBeNull();
    expect(outboundAvgTalkSeconds(ZERO_KPI_COUNTS)).toBeNull();
  });

  it("gives null rates when every offered call was a short abandon, but keeps the answer rate", () => {
    const counts: KpiCounts = {
      ...ZERO_KPI_COUNTS,
      inbound: {
        ...ZERO_KPI_COUNTS.inbound,
        offered: 3,
        abandoned: 3,
        shortAbandoned: 3,
        abandonedDurationSeconds: 6,
      },
    };
    const { inbound } = kpisFromCounts(counts, DEFAULTS);
    expect(inbound.abandonRate).toBeNull();
    expect(inbound.serviceLevel).toBeNull();
    expect(inbound.answerRate).toBe(0);
    expect(inbound.asaSeconds).toBeNull();
    expect(inbound.avgAbandonWaitSeconds).toBe(2);
  });
});

describe("callKindOf", () => {
  it("splits by class, then direction", () => {
    expect(callKindOf("trunking", "to_ab")).toBe("inbound");
    expect(callKindOf("trunking", "from_ab")).toBe("outbound");
    expect(callKindOf("one_one", "to_ab")).toBe("internal");
    expect(callKindOf("one_one", "from_ab")).toBe("internal");
    expect(callKindOf("other", "to_ab")).toBeNull();
  });
});

describe("the KPI glossary", () => {
  it("explains every KPI key, in both languages, and fills in the thresholds", () => {
    const keys = Object.entries(callKpisSchema.shape).flatMap(([group, schema]) =>
      Object.keys(schema.shape).map((key) => `kpis.${group}.${key}`),
    );
    const explained = KPI_GLOSSARY.map((e) => e.key);
    for (const key of keys.filter((k) => k !== "kpis.inbound.serviceLevelSeconds"))
      expect(explained).toContain(key);
    expect(explained).toContain("outboundAvgTalkSeconds");
    for (const e of KPI_GLOSSARY)
      for (const text of [e.name, e.formula, e.explanation])
        expect(text.vi && text.en && text.vi !== text.en).toBeTruthy();
    const sl = KPI_GLOSSARY.find((e) => e.key === "kpis.inbound.serviceLevel")!;
    const settings = { serviceLevelSeconds: 15, shortAbandonSeconds: 3, serviceLevelTargetPercent: 90 };
    expect(fillGlossaryText(sl.formula.en, settings)).toContain("≤ 15 s");
    expect(fillGlossaryText(sl.explanation.vi, settings)).toContain("90%");
  });

  it("names the IVR outcome as AntRing does (reached the system, not picked up), as the status names do", () => {
    const texts = [
      ...KPI_GLOSSARY.flatMap((e) => [e.name, e.formula, e.explanation]),
      ...KPI_GLOSSARY_TERMS.flatMap((t) => [t.name, t.definition]),
    ];
    for (const text of texts) {
      expect(text.en).not.toMatch(/ended in (the )?(IVR|system)/i);
      expect(text.vi).not.toMatch(/dừng ở IVR/i);
    }
    const missed = KPI_GLOSSARY.find((e) => e.key === "kpis.inbound.missed")!;
    expect(missed.explanation.en).toContain("reached the system, not picked up");
    expect(missed.explanation.vi).toContain("đã vào hệ thống, không ai nhấc máy");
  });
});
