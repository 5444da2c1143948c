/** A round table seen from above: the product's mark, in gold on navy. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="8" fill="none" stroke="#c8a04a" strokeWidth="3" />
      {[0, 60, 120, 180, 240, 300].map((angle) => (
        <circle
          key={angle}
          cx={16 + 13 * Math.cos((angle * Math.PI) / 180)}
          cy={16 + 13 * Math.sin((angle * Math.PI) / 180)}
          r="2.4"
          fill={angle === 270 ? '#b42318' : '#c8a04a'}
        />
      ))}
    </svg>
  );
}
