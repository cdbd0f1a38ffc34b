/**
 * The docker client Gorae imitates, as `docker version` (client section, printed even without
 * a daemon) and `docker --version` report it for the real 28.2.2 linux/amd64 build.
 */
export const clientVersion = {
  version: '28.2.2',
  apiVersion: '1.50',
  goVersion: 'go1.24.3',
  gitCommit: 'e6534b4',
  built: 'Fri May 30 12:07:14 2025',
  os: 'linux',
  arch: 'amd64',
  context: 'default',
} as const;
