import { describe, expect, it } from 'vitest';
import { appConfig } from '../main/electron/app.ts';
import { startEnv, startPlan } from './start.ts';

const config = (argv: string[], env: Record<string, string | undefined> = {}) =>
  appConfig(startEnv(argv, env), { defaultDataDir: '/home/an/.local/share/roundtable/hub', appPath: '/app' });

describe('npm start says where it writes and listens, and how to change both, before anything else', () => {
  it('by default: the home folder and every interface, each with the flag that changes it', () => {
    const [data, listen] = startPlan(config([]), 'linux');
    expect(data).toContain('/home/an/.local/share/roundtable/hub');
    expect(data).toContain('--data <dir>');
    expect(listen).toContain('every network interface');
    expect(listen).toContain('0.0.0.0');
    expect(listen).toContain('port 4010');
    expect(listen).toContain('--host 127.0.0.1');
    expect(listen).toContain('--port <n>');
  });

  it('takes the flags (over the variables) and says what they mean', () => {
    const chosen = config(['--data', '/srv/room', '--host', '127.0.0.1', '--port', '4020'], { ROUNDTABLE_DATA: '/elsewhere', ROUNDTABLE_PORT: '4030' });
    expect(chosen).toMatchObject({ dataDir: '/srv/room', host: '127.0.0.1', port: 4020 });
    const [data, listen] = startPlan(chosen, 'linux');
    expect(data).toContain('/srv/room');
    expect(listen).toMatch(/this machine only \(127\.0\.0\.1\), port 4020: tablets cannot reach it/);
  });

  it('reads the variables the desktop app reads, and quotes a folder with spaces', () => {
    const chosen = config([], { ROUNDTABLE_DATA: '/Users/an/Room data', ROUNDTABLE_HOST: '192.168.1.10' });
    const [data, listen] = startPlan(chosen, 'darwin');
    expect(data).toContain("'/Users/an/Room data'");
    expect(listen).toMatch(/^Listens on 192\.168\.1\.10, port 4010/);
  });

  it('refuses an unknown flag rather than ignore it', () => {
    expect(() => startEnv(['--dat', '/x'], {})).toThrow();
  });
});
