import { useCallback, useState } from 'react';
import { openLink } from '../../client/downloadLink.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useHubClient } from '../../client/react.tsx';

export interface OpenDownloadOptions {
  query?: Record<string, string>;
  /** Saved under this name; without one the link opens in a new tab. */
  fileName?: string;
  /** Runs first (e.g. issuing missing badges before printing them); a refusal stops the download. */
  before?: () => Promise<unknown>;
}

/**
 * Opens a hub download (badge sheet, badge PNG) with a one-time link asked for on the click: no token ever sits in
 * the page's links. `pending` while asking, `error` with the hub's refusal.
 */
export function useOpenDownload() {
  const client = useHubClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<HubError | null>(null);
  const open = useCallback(
    async (path: string, options: OpenDownloadOptions = {}) => {
      setPending(true);
      setError(null);
      try {
        await options.before?.();
        openLink(await client.downloadLink(path, options.query), options.fileName);
      } catch (failure) {
        setError(toHubError(failure));
      } finally {
        setPending(false);
      }
    },
    [client],
  );
  return { open, pending, error };
}
