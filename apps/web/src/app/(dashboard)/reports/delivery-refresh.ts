import type { DeliveryView } from "@antdash/api";

/**
 * How often a list showing deliveries asks again: every 2 s while one of them is still on its way (pending or
 * sending), so its outcome appears without reloading, else every 30 s.
 */
export function deliveryRefreshMs(deliveries: readonly (DeliveryView | null)[] | undefined): number {
  const onItsWay = deliveries?.some((d) => d !== null && (d.state === "pending" || d.state === "sending"));
  return onItsWay ? 2_000 : 30_000;
}
