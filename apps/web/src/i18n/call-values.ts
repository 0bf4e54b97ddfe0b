import type { CallClass, Direction, StatusDetail } from "@antdash/antring-core";
import { CALL_LABELS, STATUS_LABELS } from "@antdash/api/labels";

/*
 * AntRing's values of a call's direction, outcome and class, in the order the pages list them (filter menus, charts,
 * the glossary). They are antring-core's lists; the browser bundle cannot import antring-core's entry (it holds the
 * live feed's socket code), so they are read off the shared labels, which name each value once
 * (call-values.test.ts checks they are exactly antring-core's lists).
 */

/** Inbound first, then outbound. */
export const DIRECTION_VALUES = Object.keys(CALL_LABELS.en.directions) as Direction[];
/** Answered first, then the ways a call is not answered. */
export const STATUS_VALUES = Object.keys(STATUS_LABELS.en.any) as StatusDetail[];
export const CLASS_VALUES = Object.keys(CALL_LABELS.en.classes) as CallClass[];
