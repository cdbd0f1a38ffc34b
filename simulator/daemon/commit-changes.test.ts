import { describe, expect, it } from 'vitest';
import { applyChanges } from './commit-changes';

describe('commit --change', () => {
  const base = { Env: ['PATH=/bin'], Cmd: ['/hello'], WorkingDir: '/' };

  it('sets CMD and ENTRYPOINT in exec and shell form', () => {
    expect(applyChanges(base, ['CMD ["/hello", "x"]']).Cmd).toEqual(['/hello', 'x']);
    expect(applyChanges(base, ['cmd echo hi']).Cmd).toEqual(['/bin/sh', '-c', 'echo hi']);
    expect(applyChanges(base, ['ENTRYPOINT ["/bin/sh"]']).Entrypoint).toEqual(['/bin/sh']);
  });

  it('adds and replaces environment variables, labels, ports and volumes', () => {
    const c = applyChanges(base, ['ENV PATH=/usr/bin A="two words"', 'ENV B legacy form', 'LABEL maintainer=me', 'EXPOSE 80 53/udp', 'VOLUME ["/data"]']);
    expect(c.Env).toEqual(['PATH=/usr/bin', 'A=two words', 'B=legacy form']);
    expect(c.Labels).toEqual({ maintainer: 'me' });
    expect(c.ExposedPorts).toEqual({ '80/tcp': {}, '53/udp': {} });
    expect(c.Volumes).toEqual({ '/data': {} });
  });

  it('resolves a relative WORKDIR and sets USER and STOPSIGNAL', () => {
    const c = applyChanges({ ...base, WorkingDir: '/app' }, ['WORKDIR src', 'USER nobody', 'STOPSIGNAL SIGQUIT']);
    expect(c).toMatchObject({ WorkingDir: '/app/src', User: 'nobody', StopSignal: 'SIGQUIT' });
  });

  it('refuses instructions that change files', () => {
    expect(() => applyChanges(base, ['ADD x /x'])).toThrow('add is not a valid change command');
    expect(() => applyChanges(base, ['RUN true'])).toThrow('run is not a valid change command');
  });
});
