import { STATUS_LABELS } from "@antdash/api/labels";

/** Call outcomes named per direction: the API's shared labels (the exports write the same names). */
export const statuses = STATUS_LABELS;
