/**
 * One drawable element of a chart, prepared outside the chart code (labels translated, link built); on the
 * dashboard it is a link to the calls it counts, in the printed report it has no link.
 */
export interface ChartDatum {
  /** The API's value: "BUSY", "to_ab", a DID number, a bucket's label... */
  key: string;
  /** What the viewer reads. */
  label: string;
  value: number;
  /** The calls this element counts (none in print). */
  href?: string;
  /** "BUSY: 123 calls", in the viewer's language. */
  aria: string;
  /** The class that colours it (the host's: a CSS module's on the web, a plain name in print). */
  tone: string;
}
