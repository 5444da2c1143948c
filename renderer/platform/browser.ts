import { webStorage, type Platform } from './port.ts';
import { describeUserAgent } from './deviceName.ts';

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    // The hub serves the web build it ships with: its version (hub.welcome) is the client's.
    appVersion: null,
    hubUrl: globalThis.location.origin,
    deviceName: describeUserAgent(globalThis.navigator?.userAgent ?? ''),
    storage: webStorage(),
  };
}
