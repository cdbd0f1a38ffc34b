import type { ImageDefinition } from './types';

/** hello-world: one tiny layer holding /hello, a program that prints Docker's greeting. */
export const helloWorld: ImageDefinition = {
  repository: 'library/hello-world',
  tags: ['latest', 'linux'],
  created: '2025-08-08T19:05:17Z',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['/hello'],
    WorkingDir: '/',
  },
  steps: [
    {
      createdBy: 'COPY hello / # buildkit',
      comment: 'buildkit.dockerfile.v0',
      files: [{ path: 'hello', type: 'file', mode: 0o755, program: 'hello' }],
    },
    { createdBy: 'CMD ["/hello"]', comment: 'buildkit.dockerfile.v0', emptyLayer: true },
  ],
  url: 'https://hub.docker.com/_/hello-world',
  description: 'Hello World! (an example of minimal Dockerization)',
  stars: 2456,
  official: true,
};
