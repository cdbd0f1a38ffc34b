/**
 * docker build PATH: the context and Dockerfile read on the client, then BuildKit (the
 * default) or, with DOCKER_BUILDKIT=0, the classic builder.
 */
import type { CommandContext } from '../../context';
import { buildkitBuild } from './build-buildkit';
import { LEGACY_NOTICE, legacyBuild } from './build-legacy';
import { readBuildRequest } from './build-request';

export async function build(ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const legacy = io.env.DOCKER_BUILDKIT === '0';
  if (legacy) io.stderr.write(LEGACY_NOTICE);
  const request = readBuildRequest(ctx);
  if ('kind' in request) {
    if (request.kind === 'no-context') {
      const message = `unable to prepare context: path "${ctx.args[0]}" not found`;
      io.stderr.write(legacy ? `${message}\n` : `ERROR: failed to build: ${message}\n`);
      return 1;
    }
    if (legacy) {
      io.stderr.write(`invalid argument "${request.tag}" for "-t, --tag" flag: ${request.message}\nSee 'docker build --help'.\n`);
      return 125;
    }
    io.stderr.write(`ERROR: failed to build: invalid tag "${request.tag}": ${request.message}\n`);
    return 1;
  }
  return legacy ? legacyBuild(ctx, request) : buildkitBuild(ctx, request);
}
