import type { Platform } from './index.ts';
import { webStorage } from './index.ts';
import { describeUserAgent } from './deviceName.ts';
import { version } from './version.ts';

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    appVersion: version,
    hubUrl: globalThis.location.origin,
    deviceName: describeUserAgent(globalThis.navigator?.userAgent ?? ''),
    storage: webStorage(),
  };
}
