import { useEffect, useState } from 'react';
import { useHubState } from '../../client/react.tsx';

/**
 * The time by the hub's clock (room PCs and projectors often have wrong clocks; the hub is the reference),
 * ticking on the second.
 */
export function useHubClock(): Date {
  const offset = useHubState((s) => s.hub?.clockOffsetMs ?? 0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(Date.now());
      timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, []);
  return new Date(now + offset);
}
