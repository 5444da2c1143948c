import type { ScreenName } from './screens.ts';

/** Line icons for the five screens, drawn in currentColor. */
export function ScreenIcon({ screen }: { screen: ScreenName }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.8, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  return (
    <svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true">
      {screen === 'tablet' ? (
        <>
          <rect x="5" y="2.5" width="14" height="19" rx="2" {...common} />
          <path d="M10.5 18.5h3" {...common} />
        </>
      ) : screen === 'console' ? (
        <>
          <rect x="2.5" y="4" width="19" height="12" rx="1.5" {...common} />
          <path d="M8 20h8M12 16v4" {...common} />
          <path d="M9 10l2 2 4-4" {...common} />
        </>
      ) : screen === 'secretariat' ? (
        <>
          <path d="M6 3h9l3 3v15H6z" {...common} />
          <path d="M9 10h6M9 14h6M9 18h4" {...common} />
        </>
      ) : screen === 'checkin' ? (
        <>
          <circle cx="10" cy="8" r="3.5" {...common} />
          <path d="M3.5 20c.8-3.6 3.4-5.5 6.5-5.5 1.6 0 3 .5 4.1 1.4" {...common} />
          <path d="M15 18l2 2 4-4" {...common} />
        </>
      ) : (
        <>
          <rect x="2.5" y="3.5" width="19" height="12" rx="1" {...common} />
          <path d="M12 15.5v5M8 20.5h8" {...common} />
        </>
      )}
    </svg>
  );
}
