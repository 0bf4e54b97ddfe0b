// @jsxRuntime automatic
/**
 * The fills that keep the report readable in grey-scale print: a hatch and a dot pattern beside the solid greys.
 * One hidden SVG holds them; every chart of the document refers to them by id from the print CSS.
 */
export function PatternDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" className="print-defs">
      <defs>
        <pattern
          id="print-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#fff" />
          <rect width="2.2" height="6" fill="#000" />
        </pattern>
        <pattern id="print-dots" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#fff" />
          <circle cx="2.5" cy="2.5" r="1.3" fill="#000" />
        </pattern>
      </defs>
    </svg>
  );
}
