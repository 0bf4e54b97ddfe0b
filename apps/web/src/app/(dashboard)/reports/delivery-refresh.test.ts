import type { DeliveryView } from "@antdash/api";
import { describe, expect, it } from "vitest";
import { deliveryRefreshMs } from "./delivery-refresh";

const delivery = (state: DeliveryView["state"]) => ({ state }) as DeliveryView;

describe("deliveryRefreshMs", () => {
  it("asks every 2 s while a delivery is pending or sending", () => {
    expect(deliveryRefreshMs([delivery("sent"), delivery("pending")])).toBe(2_000);
    expect(deliveryRefreshMs([null, delivery("sending")])).toBe(2_000);
  });

  it("asks every 30 s once every delivery has its outcome, or before the list has loaded", () => {
    expect(deliveryRefreshMs([delivery("sent"), delivery("failed"), null])).toBe(30_000);
    expect(deliveryRefreshMs([])).toBe(30_000);
    expect(deliveryRefreshMs(undefined)).toBe(30_000);
  });
});
