import { serverVersion } from '../../../daemon/version';
import { clientVersion } from '../../spec/version';
import type { CommandContext } from '../../context';

/** A "label:<tab>value" line as docker's tabwriter (minwidth 20, padding 1) lays it out. */
const field = (indent: string, label: string, value: string): string => {
  const cell = `${indent}${label}:`;
  return `${cell.padEnd(Math.max(20, cell.length + 1))}${value}\n`;
};

/** docker version: the client's and the server's versions. */
export async function version(ctx: CommandContext): Promise<number> {
  const c = clientVersion;
  const e = serverVersion.engine;
  let out = `Client: ${serverVersion.platform}\n`;
  out += field(' ', 'Version', c.version);
  out += field(' ', 'API version', c.apiVersion);
  out += field(' ', 'Go version', c.goVersion);
  out += field(' ', 'Git commit', c.gitCommit);
  out += field(' ', 'Built', c.built);
  out += field(' ', 'OS/Arch', `${c.os}/${c.arch}`);
  out += field(' ', 'Context', 'default');
  out += `\nServer: ${serverVersion.platform}\n Engine:\n`;
  out += field('  ', 'Version', e.Version);
  out += field('  ', 'API version', `${e.ApiVersion} (minimum version ${e.MinAPIVersion})`);
  out += field('  ', 'Go version', e.GoVersion);
  out += field('  ', 'Git commit', e.GitCommit);
  out += field('  ', 'Built', e.BuildTime);
  out += field('  ', 'OS/Arch', `${e.Os}/${e.Arch}`);
  out += field('  ', 'Experimental', e.Experimental);
  for (const component of serverVersion.components) {
    out += ` ${component.Name}:\n`;
    out += field('  ', 'Version', component.Version);
    for (const [key, value] of Object.entries(component.Details)) out += field('  ', key, value);
  }
  ctx.io.stdout.write(out);
  return 0;
}
