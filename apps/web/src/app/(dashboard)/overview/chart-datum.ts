/** One drawable, clickable element of a chart, prepared outside the chart code (labels translated, link built). */
export interface ChartDatum {
  /** The API's value: "BUSY", "to_ab", a DID number, a bucket's label... */
  key: string;
  /** What the viewer reads. */
  label: string;
  value: number;
  /** The calls this element counts. */
  href: string;
  /** "BUSY: 123 calls", in the viewer's language. */
  aria: string;
  /** A class of charts.module.css that colours it. */
  tone: string;
}
