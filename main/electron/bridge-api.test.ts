import { describe, expect, it } from 'vitest';
import { bridgeArguments, bridgeFromArgv } from './bridge-api.ts';

describe('the bridge', () => {
  it('round-trips through the renderer argv', () => {
    const argv = ['/opt/Roundtable/roundtable', '--type=renderer', ...bridgeArguments({ version: '0.1.0', hubUrl: 'http://127.0.0.1:4010/' })];
    expect(bridgeFromArgv(argv)).toEqual({ kind: 'electron', version: '0.1.0', hubUrl: 'http://127.0.0.1:4010' });
  });

  it('is frozen, so the page cannot change what it was told', () => {
    const bridge = bridgeFromArgv(bridgeArguments({ version: '1.2.3', hubUrl: 'http://h:4010' }));
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('is absent when the window was not opened by the app', () => {
    expect(bridgeFromArgv(['electron', '--type=renderer'])).toBeNull();
    expect(bridgeFromArgv(['--roundtable-hub-url=http://h:4010'])).toBeNull();
  });
});
