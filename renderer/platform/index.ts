import { browserPlatform } from './browser.ts';
import { electronPlatform, readElectronBridge } from './electron.ts';
import type { Platform } from './port.ts';

export { memoryStorage, webStorage, type KeyValueStorage, type Platform } from './port.ts';

export function detectPlatform(): Platform {
  const bridge = readElectronBridge(globalThis);
  return bridge ? electronPlatform(bridge) : browserPlatform();
}
