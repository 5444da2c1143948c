import { createHash } from 'node:crypto';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A UUID derived from the CA, so the same CA always gives the same profile (installing it twice replaces it). */
function uuidOf(seed: Buffer, salt: string): string {
  const h = createHash('sha256').update(salt).update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/**
 * An Apple configuration profile (iPadOS, macOS) holding the room CA as a trusted root (payload
 * com.apple.security.root); managed-device services (MDM) take the same file. Unsigned: the device shows it as
 * "Not Verified", which is why the page asks people to compare the fingerprint.
 */
export function mobileconfig(caDer: Buffer, roomLabel: string): string {
  const name = xml(`Roundtable room CA ${roomLabel}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadCertificateFileName</key>
      <string>roundtable-room-ca.cer</string>
      <key>PayloadContent</key>
      <data>${caDer.toString('base64')}</data>
      <key>PayloadDescription</key>
      <string>Trusts the Roundtable hub of this meeting room.</string>
      <key>PayloadDisplayName</key>
      <string>${name}</string>
      <key>PayloadIdentifier</key>
      <string>vn.roundtable.room-ca.${uuidOf(caDer, 'cert')}</string>
      <key>PayloadType</key>
      <string>com.apple.security.root</string>
      <key>PayloadUUID</key>
      <string>${uuidOf(caDer, 'cert')}</string>
      <key>PayloadVersion</key>
      <integer>1</integer>
    </dict>
  </array>
  <key>PayloadDisplayName</key>
  <string>${name}</string>
  <key>PayloadIdentifier</key>
  <string>vn.roundtable.room.${uuidOf(caDer, 'profile')}</string>
  <key>PayloadType</key>
  <string>Configuration</string>
  <key>PayloadUUID</key>
  <string>${uuidOf(caDer, 'profile')}</string>
  <key>PayloadVersion</key>
  <integer>1</integer>
</dict>
</plist>
`;
}
