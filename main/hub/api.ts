/** What the embedding code (the serve command, the Electron utility process, tests) needs of a hub. */
export interface HubOptions {
  /** Folder for the database, the blob store and the logs; created if missing. */
  dataDir: string;
  /** 0 picks a free port (tests). Default 4010. */
  port?: number;
  /** Default 0.0.0.0 (the room's tablets must reach it). */
  host?: string;
  /** Folder of the built web client served at `/`; null serves none. Default: dist/renderer of this checkout. */
  webRoot?: string | null;
  /** Also log to stdout (the file log in <dataDir>/logs is always written). Default true. */
  logToConsole?: boolean;
  /** Load the demo meeting (id `demo`) if the hub holds no meeting yet. Default false. */
  seedDemo?: boolean;
  /** Devices must pair (pairing code / room QR) before they may read anything. */
  requirePairing?: boolean;
  /** How long a staff session lasts, in hours (fractions allowed). Default 24. */
  sessionHours?: number;
  /**
   * How often every open connection's session and device are checked against the store, so that an expired session,
   * or one ended by another process (the CLI's passcode reset), is told even when its screen sends nothing.
   * Every command is checked anyway. Default 5000 ms.
   */
  sessionSweepMs?: number;
  /** Set by a supervisor that restarts a crashed hub: how the previous process ended, for the log. */
  restartedAfter?: string;
  /**
   * Serve plain HTTP and WebSockets, for a test room: no certificate, and every screen shows a warning. Default false:
   * HTTPS and secure WebSockets with the room's own certificate (main/hub/tls/).
   */
  insecureHttp?: boolean;
  /**
   * The plain-HTTP port that hands out the room CA and its instructions and sends everything else to HTTPS.
   * Default: 80 when the hub listens on 443, else the hub's port + 1 (0 when the hub's port is 0). Unused with insecureHttp.
   */
  caPort?: number;
}

/** What a TLS hub tells its embedder about its certificate. */
export interface RunningHubTls {
  /** SHA-256 of the room CA's certificate, 64 lowercase hex: the room QR carries it, the desktop app pins it. */
  fingerprint: string;
  /** The room CA's certificate (PEM): a client in Node trusts the hub with it (`ca`). */
  caPem: string;
  /** The plain-HTTP page with the CA and the steps, e.g. http://127.0.0.1:4011/ */
  caUrl: string;
  caPort: number;
}

export interface RunningHub {
  /** e.g. https://127.0.0.1:4010 (http:// with insecureHttp) — the loopback address for this machine. */
  url: string;
  /** Addresses a tablet on the room network can open (one per non-internal IPv4 interface), or [url]. */
  roomUrls: string[];
  port: number;
  /** The admin passcode, only on the first start of a data folder (it is stored hashed); null afterwards. */
  firstPasscode: string | null;
  /** The room's certificate; null when the hub serves plain HTTP (insecureHttp). */
  tls: RunningHubTls | null;
  close(): Promise<void>;
  /** Writes an error that is about to end the process to the hub log, and waits until it is on disk (crash.ts). */
  logFatal?(error: unknown, origin: string): Promise<void>;
}
