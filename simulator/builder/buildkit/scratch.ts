/** `FROM scratch`: an empty root, kept for the builder only. */
import type { Daemon } from '../../daemon/daemon';
import { digestOf } from '../../digest';
import type { ImageConfig } from '../../images/oci';

export function scratchImage(daemon: Daemon): string {
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
    rootfs: { type: 'layers', diff_ids: [] },
    history: [],
  };
  const configBytes = new TextEncoder().encode(JSON.stringify(config));
  const id = digestOf(configBytes);
  if (!daemon.images.has(id)) daemon.images.addHidden({ id, config, configBytes, created: 0, topChainId: '', size: 0 });
  return id;
}
