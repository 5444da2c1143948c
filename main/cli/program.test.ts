import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliHint, shellWord } from './program.ts';
import { printWelcome } from './serve.ts';

describe('CLI hints carry the data folder in use', () => {
  it.each([
    ['/srv/roundtable', 'linux', '/srv/roundtable'],
    ['/home/an/.local/share/roundtable/hub', 'linux', '/home/an/.local/share/roundtable/hub'],
    ['/Users/an/Library/Application Support/Roundtable/hub', 'darwin', "'/Users/an/Library/Application Support/Roundtable/hub'"],
    ["/srv/it's", 'linux', "'/srv/it'\\''s'"],
    ['C:\\Users\\An\\AppData\\Roaming\\Roundtable\\hub', 'win32', 'C:\\Users\\An\\AppData\\Roaming\\Roundtable\\hub'],
    ['C:\\Users\\Nguyễn An\\Roundtable', 'win32', '"C:\\Users\\Nguyễn An\\Roundtable"'],
  ])('%s on %s is the shell word %s', (path, platform, word) => {
    expect(shellWord(path, platform)).toBe(word);
  });

  it('names the folder after the command', () => {
    expect(cliHint('passcode reset', '/tmp/room a', 'linux')).toBe("npm run cli -- passcode reset --data '/tmp/room a'");
  });

  afterEach(() => vi.restoreAllMocks());

  it('the hub’s welcome tells how to reset the passcode of this data folder, not the default one', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    printWelcome({ url: 'http://127.0.0.1:4010', roomUrls: [], firstPasscode: '1234-5678-9012' }, '/srv/room-b');
    expect(written.join('')).toContain('npm run cli -- passcode reset --data /srv/room-b');
  });
});
