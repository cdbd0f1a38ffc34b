import { describe, expect, it } from 'vitest';
import { clientVersion } from '../spec/version';
import captured from './testdata/client-version.json';

describe('clientVersion', () => {
  it('matches `docker version` and `docker --version` of the real client', () => {
    const real = JSON.parse(captured.json) as Record<string, string>;
    expect(clientVersion).toEqual({
      version: real.Version,
      apiVersion: real.ApiVersion,
      goVersion: real.GoVersion,
      gitCommit: real.GitCommit,
      built: real.BuildTime,
      os: real.Os,
      arch: real.Arch,
      context: real.Context,
    });
    expect(captured.short).toBe(`Docker version ${clientVersion.version}, build ${clientVersion.gitCommit}\n`);
  });
});
