import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConf, nginxConf } from '../../registry/catalog/nginx-files';
import { httpdConf } from '../../registry/catalog/httpd';
import { HTTPD_FOREGROUND, NGINX_ENTRYPOINT, NGINX_ENTRYPOINT_D, PACKAGED_DEFAULT_CONF } from '../../registry/catalog/server-scripts';
import { procsText } from '../../runtime/kernel/syscalls';
import { userlandWasm } from '../programs.node';
import { runProgram, startProgram, type RunningProgram } from '../testing/run-program.node';

const SIGHUP = 1;
const SIGINT = 2;
const SIGQUIT = 3;
const SIGKILL = 9;
const SIGUSR1 = 10;
const SIGTERM = 15;
const SIGWINCH = 28;

const HTTPD_CONF = '/usr/local/apache2/conf/httpd.conf';
const httpdFiles = { [HTTPD_CONF]: httpdConf, '/usr/local/apache2/logs/': '' };
const nginxFiles = {
  '/etc/nginx/nginx.conf': nginxConf,
  '/etc/nginx/conf.d/default.conf': defaultConf,
  '/etc/nginx/mime.types': 'types {\n    text/html  html htm shtml;\n}\n',
  '/run/': '',
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** httpd's error log line: the time matched, everything else exact. */
const apacheLine = (rest: string) => `\\[\\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6} \\d{4}\\] ${esc(rest)}`;
/** nginx's error log line: the time matched, everything else exact. */
const nginxLine = (rest: string) => `\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} ${esc(rest)}`;
const lines = (patterns: string[]) => new RegExp(`^${patterns.join('\n')}\n$`);

const AH00558 =
  "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message";
const httpdStart = [
  esc(AH00558),
  esc(AH00558),
  apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations'),
  apacheLine("[core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'"),
];

/** Gives a started server time to do anything it might wrongly do (such as end). */
const settle = () => new Promise((r) => setTimeout(r, 300));

/**
 * Waits until every process of the container sits in a blocking call a signal interrupts
 * (pause, wait). A signal that lands between a program's sigtake() and its pause() stays
 * queued until the next one, so the tests signal servers only once they wait.
 */
async function idle(p: RunningProgram, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const waiting = () => p.kernel.processes().every((proc) => proc.state !== 'running' || proc.pending?.interruptible === true);
  while (!waiting()) {
    if (Date.now() > deadline) throw new Error(`not idle:\n${procsText(p.kernel)}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function stillRunning(p: RunningProgram): Promise<boolean> {
  const ended = await Promise.race([p.exited.then(() => true), settle().then(() => false)]);
  return !ended;
}

describe('httpd', () => {
  it('logs what docker run httpd:2.4 logs and runs until SIGWINCH, the image stop signal', async () => {
    const p = await startProgram('httpd', ['httpd', '-DFOREGROUND'], { files: httpdFiles, cwd: '/usr/local/apache2' });
    await p.waitFor('AH00094');
    await idle(p);
    expect(await stillRunning(p)).toBe(true);
    expect(new TextDecoder().decode(p.fs.readFile('/usr/local/apache2/logs/httpd.pid'))).toBe('1\n');
    // the parent and the event MPM's StartServers 3 children, all with the parent's command line
    const ps = procsText(p.kernel).trim().split('\n').map((l) => l.split(' '));
    expect(ps.map((f) => [f[1], f.slice(9).join(' ')])).toEqual([
      ['0', 'httpd\x1f-DFOREGROUND'],
      ['1', 'httpd\x1f-DFOREGROUND'],
      ['1', 'httpd\x1f-DFOREGROUND'],
      ['1', 'httpd\x1f-DFOREGROUND'],
    ]);
    p.signal(SIGWINCH);
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toMatch(lines([...httpdStart, apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully')]));
    expect(p.stdout()).toBe('');
    expect(p.fs.exists('/usr/local/apache2/logs/httpd.pid')).toBe(false);
  });

  it.each([SIGTERM, SIGINT])('shuts down on signal %i as on SIGTERM', async (sig) => {
    const p = await startProgram('httpd', ['httpd', '-DFOREGROUND'], { files: httpdFiles });
    await p.waitFor('AH00094');
    await idle(p);
    p.signal(sig);
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toMatch(lines([...httpdStart, apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00491: caught SIGTERM, shutting down')]));
  });

  it('restarts on SIGHUP and SIGUSR1, reading its configuration again', async () => {
    const p = await startProgram('httpd', ['httpd', '-DFOREGROUND'], { files: httpdFiles });
    await p.waitFor('AH00094');
    await idle(p);
    p.signal(SIGHUP);
    await p.waitFor('AH00494');
    await idle(p);
    p.signal(SIGUSR1);
    await p.waitFor('AH00493');
    await idle(p);
    p.signal(SIGTERM);
    expect(await p.exited).toBe(0);
    const again = [esc(AH00558), ...httpdStart.slice(2)];
    expect(p.stderr()).toMatch(
      lines([
        ...httpdStart,
        apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00494: SIGHUP received.  Attempting to restart'),
        ...again,
        apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00493: SIGUSR1 received.  Doing graceful restart'),
        ...again,
        apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00491: caught SIGTERM, shutting down'),
      ]),
    );
  });

  it('replaces a child that dies', async () => {
    const p = await startProgram('httpd', ['httpd', '-DFOREGROUND'], { files: httpdFiles });
    await p.waitFor('AH00094');
    await idle(p);
    await settle();
    p.kernel.signal(2, SIGKILL);
    await p.waitFor('AH00052');
    await settle();
    await idle(p);
    expect(p.kernel.processes().map((proc) => proc.pid)).toEqual([1, 3, 4, 5]);
    p.signal(SIGTERM);
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toMatch(lines([...httpdStart, apacheLine('[core:notice] [pid 1:tid 1] AH00052: child pid 2 exit signal Killed (9)'), apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00491: caught SIGTERM, shutting down')]));
  });

  it('httpd -k graceful-stop signals the server named by the pid file', async () => {
    const p = await startProgram('httpd', ['httpd', '-DFOREGROUND'], { files: httpdFiles });
    await p.waitFor('AH00094');
    await idle(p);
    const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
    await p.kernel.spawn(p.kernel.process(2)!, '/bin/httpd', ['httpd', '-k', 'graceful-stop'], env, '/', [null, null, null]);
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toContain('AH00492: caught SIGWINCH, shutting down gracefully');
  });

  it('warns about a stale pid file', async () => {
    const p = await startProgram('httpd', ['httpd', '-DFOREGROUND'], { files: { ...httpdFiles, '/usr/local/apache2/logs/httpd.pid': '7\n' } });
    await p.waitFor('AH00094');
    await idle(p);
    p.signal(SIGWINCH);
    await p.exited;
    expect(p.stderr()).toMatch(
      lines([
        ...httpdStart.slice(0, 2),
        apacheLine('[core:warn] [pid 1:tid 1] AH00098: pid file /usr/local/apache2/logs/httpd.pid overwritten -- Unclean shutdown of previous Apache run?'),
        ...httpdStart.slice(2),
        apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully'),
      ]),
    );
  });

  it('prints its version with -v', async () => {
    const r = await runProgram('httpd', ['httpd', '-v'], { files: httpdFiles });
    expect(r).toMatchObject({ status: 0, stdout: 'Server version: Apache/2.4.63 (Unix)\nServer built:   Apr 29 2025 01:40:23\n', stderr: '' });
  });

  it('fails when its configuration file is missing', async () => {
    const r = await runProgram('httpd', ['httpd', '-DFOREGROUND']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('httpd: Could not open configuration file /usr/local/apache2/conf/httpd.conf: No such file or directory\n');
  });

  it('checks the configuration with -t', async () => {
    const r = await runProgram('httpd', ['httpd', '-t'], { files: httpdFiles });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: `${AH00558}\nSyntax OK\n` });
  });

  it('says nothing about the server name once ServerName is set', async () => {
    const r = await runProgram('httpd', ['httpd', '-t'], { files: { ...httpdFiles, [HTTPD_CONF]: `${httpdConf}ServerName localhost\n` } });
    expect(r.stderr).toBe('Syntax OK\n');
  });

  it('falls back to 127.0.0.1 when the host name does not resolve', async () => {
    const r = await runProgram('httpd', ['httpd', '-t'], { files: { ...httpdFiles, '/etc/hosts': '127.0.0.1\tlocalhost\n' }, hostname: 'abc123' });
    expect(r.stderr).toBe(
      "AH00557: httpd: apr_sockaddr_info_get() failed for abc123\nAH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 127.0.0.1. Set the 'ServerName' directive globally to suppress this message\nSyntax OK\n",
    );
  });

  it('detaches (its first process ends) without -DFOREGROUND', async () => {
    const r = await runProgram('httpd', ['httpd'], { files: httpdFiles });
    expect(r).toMatchObject({ status: 0, stderr: `${AH00558}\n` });
  });

  it('prints usage for an unknown option', async () => {
    const r = await runProgram('httpd', ['httpd', '-z'], { files: httpdFiles });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^httpd: illegal option -- z\nUsage: httpd \[-D name\] \[-d directory\] \[-f file\]\n {13}\[-C "directive"\]/);
  });
});

const nginxStart = [
  nginxLine('[notice] 1#1: using the "epoll" event method'),
  nginxLine('[notice] 1#1: nginx/1.27.5'),
  nginxLine('[notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) '),
  nginxLine('[notice] 1#1: OS: Linux 6.8.0-48-generic'),
  nginxLine('[notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
  nginxLine('[notice] 1#1: start worker processes'),
];

/** nginx's lines for one process, in order, among all the output. */
function linesOf(output: string, pid: number): string[] {
  return output
    .split('\n')
    .filter((l) => l.includes(`] ${pid}#${pid}: `))
    .map((l) => l.replace(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} /, ''));
}

async function startNginx(files: Record<string, string> = nginxFiles): Promise<RunningProgram> {
  const p = await startProgram('nginx', ['nginx', '-g', 'daemon off;'], { files });
  await p.waitFor('start worker process ');
  await settle();
  await idle(p);
  return p;
}

const workerPids = (p: RunningProgram) => [...p.stderr().matchAll(/start worker process (\d+)/g)].map((m) => Number(m[1]));

/** The pid of the n-th worker the master started, once it has. */
async function workerPid(p: RunningProgram, n: number): Promise<number> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const pid = workerPids(p)[n];
    if (pid !== undefined) return pid;
    if (Date.now() > deadline) throw new Error(`no worker #${n}:\n${p.stderr()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('nginx', () => {
  it('logs what docker run nginx logs and shows its master and workers as nginx does', async () => {
    const p = await startNginx({ ...nginxFiles, '/etc/nginx/nginx.conf': nginxConf.replace('worker_processes  auto;', 'worker_processes  2;') });
    expect(await stillRunning(p)).toBe(true);
    expect(p.stderr()).toMatch(lines([...nginxStart, nginxLine('[notice] 1#1: start worker process 2'), nginxLine('[notice] 1#1: start worker process 3')]));
    const ps = procsText(p.kernel).trim().split('\n').map((l) => l.split(' ').slice(9).join(' '));
    expect(ps).toEqual(['nginx: master process nginx -g daemon off;', 'nginx: worker process', 'nginx: worker process']);
    expect(new TextDecoder().decode(p.fs.readFile('/run/nginx.pid'))).toBe('1\n');
  });

  it('shuts down gracefully on SIGQUIT, the image stop signal', async () => {
    const p = await startNginx();
    const workers = workerPids(p);
    expect(workers.length).toBeGreaterThan(0);
    p.signal(SIGQUIT);
    expect(await p.exited).toBe(0);
    const out = p.stderr();
    for (const w of workers) {
      expect(linesOf(out, w)).toEqual([`[notice] ${w}#${w}: gracefully shutting down`, `[notice] ${w}#${w}: exiting`, `[notice] ${w}#${w}: exit`]);
    }
    const master = linesOf(out, 1).slice(nginxStart.length + workers.length);
    expect(master[0]).toBe('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(master[1]).toMatch(/^\[notice\] 1#1: signal 17 \(SIGCHLD\) received from \d+$/);
    expect(master.filter((l) => / exited with code 0$/.test(l)).sort()).toEqual(workers.map((w) => `[notice] 1#1: worker process ${w} exited with code 0`).sort());
    expect(master.at(-1)).toBe('[notice] 1#1: exit');
    expect(p.fs.exists('/run/nginx.pid')).toBe(false);
  });

  it('exits at once on SIGTERM', async () => {
    const p = await startNginx();
    const w = await workerPid(p, 0);
    p.signal(SIGTERM);
    expect(await p.exited).toBe(0);
    const out = p.stderr();
    expect(linesOf(out, 1)).toContain('[notice] 1#1: signal 15 (SIGTERM) received, exiting');
    expect(linesOf(out, w)).toEqual([`[notice] ${w}#${w}: exiting`, `[notice] ${w}#${w}: exit`]);
    expect(linesOf(out, 1).at(-1)).toBe('[notice] 1#1: exit');
  });

  it('starts a new worker when one dies, and new workers on SIGHUP', async () => {
    const p = await startNginx({ ...nginxFiles, '/etc/nginx/nginx.conf': nginxConf.replace('worker_processes  auto;', 'worker_processes  1;') });
    const first = await workerPid(p, 0);
    p.kernel.signal(first, SIGKILL);
    await p.waitFor(`worker process ${first} exited on signal 9`);
    const second = await workerPid(p, 1);
    await settle();
    await idle(p);
    expect(second).toBeGreaterThan(first);
    p.signal(SIGHUP);
    await p.waitFor('reconfiguring');
    await p.waitFor(`${second}#${second}: exit\n`);
    await settle();
    await idle(p);
    p.signal(SIGQUIT);
    expect(await p.exited).toBe(0);
    const master = linesOf(p.stderr(), 1);
    const third = await workerPid(p, 2);
    expect(master).toEqual(
      expect.arrayContaining([
        `[alert] 1#1: worker process ${first} exited on signal 9`,
        `[notice] 1#1: start worker process ${second}`,
        '[notice] 1#1: signal 1 (SIGHUP) received, reconfiguring',
        '[notice] 1#1: reconfiguring',
        `[notice] 1#1: start worker process ${third}`,
        `[notice] 1#1: worker process ${second} exited with code 0`,
      ]),
    );
  });

  it('nginx -s quit signals the master named by the pid file', async () => {
    const p = await startNginx();
    const worker = await workerPid(p, 0);
    const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
    await p.kernel.spawn(p.kernel.process(worker)!, '/bin/nginx', ['nginx', '-s', 'quit'], env, '/', [null, null, null]);
    expect(await p.exited).toBe(0);
    expect(linesOf(p.stderr(), 1)).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
  });

  it('prints its version with -v, on stderr', async () => {
    const r = await runProgram('nginx', ['nginx', '-v'], { files: nginxFiles });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: 'nginx version: nginx/1.27.5\n' });
    const V = await runProgram('nginx', ['nginx', '-V'], { files: nginxFiles });
    expect(V.stderr).toMatch(/^nginx version: nginx\/1\.27\.5\nbuilt by gcc 12\.2\.0 \(Debian 12\.2\.0-14\) \nbuilt with OpenSSL .*\nTLS SNI support enabled\nconfigure arguments: --prefix=\/etc\/nginx /);
  });

  it('tests its configuration with -t', async () => {
    const r = await runProgram('nginx', ['nginx', '-t'], { files: nginxFiles });
    expect(r).toMatchObject({
      status: 0,
      stderr: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
    });
  });

  it('reports a broken configuration as nginx words it', async () => {
    const broken = { ...nginxFiles, '/etc/nginx/conf.d/default.conf': 'server {\n    listen 80;\n    location / {\n    }\n' };
    const r = await runProgram('nginx', ['nginx', '-t'], { files: broken });
    expect(r.status).toBe(1);
    const msg = 'unexpected end of file, expecting "}" in /etc/nginx/conf.d/default.conf:5';
    expect(r.stderr).toMatch(lines([nginxLine(`[emerg] 1#1: ${msg}`), esc(`nginx: [emerg] ${msg}`), esc('nginx: configuration file /etc/nginx/nginx.conf test failed')]));
    const start = await runProgram('nginx', ['nginx', '-g', 'daemon off;'], { files: { ...nginxFiles, '/etc/nginx/conf.d/default.conf': 'server {\n    listen 80\n}\n' } });
    expect(start.status).toBe(1);
    expect(start.stderr).toMatch(lines([nginxLine('[emerg] 1#1: unexpected "}" in /etc/nginx/conf.d/default.conf:3'), esc('nginx: [emerg] unexpected "}" in /etc/nginx/conf.d/default.conf:3')]));
  });

  it('fails without its configuration file', async () => {
    const r = await runProgram('nginx', ['nginx', '-g', 'daemon off;']);
    expect(r.status).toBe(1);
    const msg = 'open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)';
    expect(r.stderr).toMatch(lines([nginxLine(`[emerg] 1#1: ${msg}`), esc(`nginx: [emerg] ${msg}`)]));
  });

  it('cannot signal a master that is not running', async () => {
    const r = await runProgram('nginx', ['nginx', '-s', 'reload'], { files: nginxFiles });
    expect(r.status).toBe(1);
    const msg = 'open() "/run/nginx.pid" failed (2: No such file or directory)';
    expect(r.stderr).toMatch(lines([nginxLine('[notice] 1#1: signal process started'), nginxLine(`[error] 1#1: ${msg}`), esc(`nginx: [error] ${msg}`)]));
  });
});

/** The image's shell: a built sh (dash, or BusyBox's) once the userland has one. */
const bin = fileURLToPath(new URL('../bin/', import.meta.url));
const shell = existsSync(`${bin}dash.wasm`) ? 'dash' : existsSync(`${bin}busybox.wasm`) ? 'busybox' : null;
const shellWorks =
  shell !== null &&
  (await runProgram(shell === 'dash' ? 'dash' : 'busybox', ['sh', '-c', 'echo ok'], { timeoutMs: 5000 }).catch(() => null))?.stdout === 'ok\n';

describe.skipIf(!shellWorks)('the images start-up scripts', () => {
  const enc = new TextEncoder();
  const install = (scripts: Record<string, string>) => ({
    ...Object.fromEntries(Object.entries(scripts).map(([path, text]) => [path, enc.encode(text)])),
    ...(shell === 'dash' ? { '/bin/sh': userlandWasm('dash') } : {}),
  });
  // /bin/sh as a file of its own (not BusyBox's link) before dash is written there
  const shFile: Record<string, string> = shell === 'dash' ? { '/bin/sh': '' } : {};

  it('docker run nginx: the entrypoint configures, then nginx starts', async () => {
    const scripts = { '/docker-entrypoint.sh': NGINX_ENTRYPOINT, ...Object.fromEntries(NGINX_ENTRYPOINT_D.map(([name, text]) => [`/docker-entrypoint.d/${name}`, text])) };
    // the kernel runs a #! script as its interpreter with the script's path; argv as sh gets it
    const p = await startProgram('/docker-entrypoint.sh', ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], {
      files: { ...nginxFiles, ...shFile, '/etc/nginx/conf.d/default.conf': PACKAGED_DEFAULT_CONF, '/etc/os-release': 'ID=debian\n', '/docker-entrypoint.d/': '' },
      install: install(scripts),
    });
    await p.waitFor('start worker process ', 15_000);
    await settle();
    await idle(p);
    expect(p.stdout()).toBe(
      [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        '',
      ].join('\n'),
    );
    expect(new TextDecoder().decode(p.fs.readFile('/etc/nginx/conf.d/default.conf'))).toBe(defaultConf);
    expect(p.stderr()).toMatch(new RegExp(`^${nginxStart.join('\n')}\n`));
    p.signal(SIGQUIT);
    expect(await p.exited).toBe(0);
  }, 30_000);

  it('httpd-foreground removes a stale pid file and execs httpd -DFOREGROUND', async () => {
    const p = await startProgram('/usr/local/bin/httpd-foreground', ['httpd-foreground'], {
      files: { ...httpdFiles, ...shFile, '/usr/local/apache2/logs/httpd.pid': '7\n' },
      install: { ...install({ '/usr/local/bin/httpd-foreground': HTTPD_FOREGROUND }), '/usr/local/bin/httpd': userlandWasm('httpd') },
      cwd: '/usr/local/apache2',
    });
    await p.waitFor('AH00094', 15_000);
    await idle(p);
    expect(p.stderr()).not.toContain('AH00098');
    p.signal(SIGWINCH);
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toMatch(lines([...httpdStart, apacheLine('[mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully')]));
  }, 30_000);
});
