import { useEffect, useMemo, useState } from 'react';
import type { PreloadDevice } from '../../../shared/protocol/index.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';

/** Tablets needing attention first (failed, not done), then by delegate name, then by device. */
export function sortPreload(devices: readonly PreloadDevice[]): PreloadDevice[] {
  const rank = (d: PreloadDevice) => (d.failed.length > 0 ? 0 : d.mustPurge ? 1 : d.documentsDone < d.documentsTotal ? 2 : 3);
  return [...devices].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.delegateName ?? '\uffff').localeCompare(b.delegateName ?? '\uffff', 'vi') ||
      a.deviceName.localeCompare(b.deviceName, 'vi') ||
      a.deviceId.localeCompare(b.deviceId),
  );
}

/**
 * Each tablet's preload state for a meeting, as staff see it (the tablet's own preloader is features/preload):
 * `preload.list` when shown and after each reconnection, then the pushes. Sorted for a list.
 */
export function useDevicePreload(meetingId: string) {
  const { rows, error } = usePreloadRows(meetingId);
  const devices = useMemo(() => (rows ? sortPreload([...rows.values()]) : null), [rows]);
  return { devices, error };
}

/**
 * The same rows by device, unsorted: for a screen that looks each one up (the seat map), which need not sort 1,500
 * names on every push while a room signs in.
 */
export function usePreloadRows(meetingId: string): { rows: ReadonlyMap<string, PreloadDevice> | null; error: HubError | null } {
  const client = useHubClient();
  const connected = useHubState((s) => s.connection.status === 'connected');
  const [devices, setDevices] = useState<Map<string, PreloadDevice> | null>(null);
  const [error, setError] = useState<HubError | null>(null);

  useEffect(() => {
    let stopped = false;
    const off = client.on('preload.changed', ({ meetingId: id, devices: rows }) => {
      if (id !== meetingId || stopped) return;
      setDevices((held) => {
        const next = new Map(held ?? []);
        for (const device of rows) next.set(device.deviceId, device);
        return next;
      });
    });
    if (connected) {
      client
        .send('preload.list', { meetingId })
        .then(({ devices: list }) => {
          if (stopped) return;
          setDevices(new Map(list.map((d) => [d.deviceId, d])));
          setError(null);
        })
        .catch((failure: unknown) => !stopped && setError(toHubError(failure)));
    }
    return () => {
      stopped = true;
      off();
    };
  }, [client, meetingId, connected]);

  return { rows: devices, error };
}
