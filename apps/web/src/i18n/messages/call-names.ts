import { CALL_LABELS, STATUS_LABELS } from "@antdash/api/labels";

/**
 * The names of a call's direction, outcome (per direction) and class: the API's shared labels, so the pages, the
 * charts, the TV and the exports all say the same words. Spread into the message domains that show calls.
 */
export const callNames = {
  vi: {
    directions: CALL_LABELS.vi.directions,
    statuses: STATUS_LABELS.vi,
    classes: CALL_LABELS.vi.classes,
  },
  en: {
    directions: CALL_LABELS.en.directions,
    statuses: STATUS_LABELS.en,
    classes: CALL_LABELS.en.classes,
  },
};
