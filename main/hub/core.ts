import { randomUUID } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnnotationCarrier } from './annotations/carrier.ts';
import { BlobStore } from './blobs.ts';
import type { HubServices } from './kernel/services.ts';
import { buildRegistry } from './commands/index.ts';
import { closeLogger, createLogger, type Logger } from './logger.ts';
import { ensurePasscode } from './passcode.ts';
import { appVersion } from './paths.ts';
import type { PipelineDeps } from './pipeline.ts';
import { openStore, type Store } from './store/store.ts';
import { createGuards, PAIRING_ROTATE_AFTER } from './throttle.ts';
import { FailureLog } from './security/failure-log.ts';
import { LiveConnections } from './live.ts';
import { PairingWatch, pairingCode } from './pairing.ts';
import { FILE_MODE, privateDir, privateFile } from './private-files.ts';

/** The hub without its network: the data folder opened, the commands ready. The CLI's batch work runs on this. */
export interface HubCore {
  dataDir: string;
  store: Store;
  blobs: BlobStore;
  logger: Logger;
  hubId: string;
  version: string;
  firstPasscode: string | null;
  /** The pipeline's collaborators; `broadcast` is replaced once sockets exist. */
  deps: PipelineDeps;
  /** Open connections; the socket layer fills it. */
  live: LiveConnections;
  /** Where tablets reach this hub; set once it listens. */
  setRoomUrls(urls: string[]): void;
  /** The room CA's fingerprint for the room QR; set once the TLS files are loaded (null: plain HTTP). */
  setRoomFingerprint(fingerprint: string | null): void;
  close(): Promise<void>;
}

export function openHubCore(options: { dataDir: string; logToConsole: boolean }): HubCore {
  const dataDir = resolve(options.dataDir);
  // Only the hub's user may read the data folder (keys, personal data, restricted documents): see private-files.ts.
  privateDir(dataDir);
  const logger = createLogger(dataDir, options.logToConsole);
  const dbPath = join(dataDir, 'roundtable.db');
  // Created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode.
  closeSync(openSync(dbPath, 'a', FILE_MODE));
  privateFile(dbPath);
  const store = openStore(dbPath);
  const blobs = new BlobStore(join(dataDir, 'blobs'));
  let hubId = store.getSetting('hub_id');
  if (!hubId) {
    hubId = randomUUID();
    store.setSetting('hub_id', hubId);
  }
  const firstPasscode = ensurePasscode(store);
  pairingCode(store);
  const live = new LiveConnections();
  const carrier = new AnnotationCarrier({ store, blobs, logger, push: (meetingId, rows) => live.pushAnnotations(meetingId, rows) });
  const failures = new FailureLog(store, logger);
  const pairing = new PairingWatch(store, PAIRING_ROTATE_AFTER, (code) => live.pushPairing(code));
  let roomUrls: string[] = [];
  let roomFingerprint: string | null = null;
  const services: HubServices = {
    guards: createGuards(),
    failures,
    pairingMissed: () => {
      if (pairing.missed() !== null) logger.warn({ after: PAIRING_ROTATE_AFTER }, 'pairing code replaced after too many wrong codes');
    },
    pairingRotated: (code) => pairing.rotated(code),
    sessionHours: 24,
    roomUrls: () => roomUrls,
    roomFingerprint: () => roomFingerprint,
    onlineDevices: () => live.onlineDevices(),
    endLiveSessions: (hashes, ended) => live.endSessions(hashes, ended),
    unpairLiveDevice: (deviceId, ended) => live.unpairDevice(deviceId, ended),
    pushHall: (layout, updatedAt) => live.pushHall(layout, updatedAt),
    pushPreload: (meetingId, device) => live.pushPreload(meetingId, device),
    pushAnnotations: (meetingId, rows) => live.pushAnnotations(meetingId, rows),
    carryAnnotations: () => void carrier.kick(),
  };
  return {
    dataDir,
    store,
    blobs,
    logger,
    hubId,
    version: appVersion(),
    firstPasscode,
    deps: { store, registry: buildRegistry(), services, logger, broadcast: () => {} },
    live,
    setRoomUrls: (urls) => {
      roomUrls = urls;
    },
    setRoomFingerprint: (fingerprint) => {
      roomFingerprint = fingerprint;
    },
    async close() {
      failures.close();
      store.close();
      await closeLogger(logger);
    },
  };
}
