/** A short, readable device name from a user agent ("Chrome on Android"), for the hub's device list. */
export function describeUserAgent(userAgent: string): string {
  const browser =
    /Edg\//.test(userAgent) ? 'Edge'
    : /Firefox\//.test(userAgent) ? 'Firefox'
    : /(Chrome|Chromium)\//.test(userAgent) ? 'Chrome'
    : /Safari\//.test(userAgent) ? 'Safari'
    : 'Browser';
  const system =
    /Android/.test(userAgent) ? 'Android'
    : /iPad|iPhone|iPod/.test(userAgent) ? 'iOS'
    : /Windows/.test(userAgent) ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent) ? 'macOS'
    : /Linux/.test(userAgent) ? 'Linux'
    : null;
  return system ? `${browser} on ${system}` : browser;
}
