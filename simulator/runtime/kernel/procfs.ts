/**
 * /proc of a container: the kernel's view of its processes (one directory per pid with
 * cmdline, comm, status, stat, environ, cwd) and of the machine (cpuinfo, meminfo,
 * uptime, loadavg, version, mounts). Made fresh for every access, so it is always now.
 */
import { InodeFs } from '../../fs/inode-fs';
import type { FileSystem } from '../../fs';
import type { ContainerKernel } from './container-kernel';
import { hostInfo, memoryFigures, uptimeSeconds } from './host-info';

const TICKS = 100;

function cpuinfo(): string {
  let out = '';
  for (let i = 0; i < hostInfo.ncpu; i++) {
    out += [
      ['processor', String(i)],
      ['vendor_id', 'GenuineIntel'],
      ['cpu family', '6'],
      ['model', '85'],
      ['model name', 'Intel(R) Xeon(R) CPU @ 2.20GHz'],
      ['stepping', '7'],
      ['cpu MHz', '2200.000'],
      ['cache size', '39424 KB'],
      ['physical id', '0'],
      ['siblings', String(hostInfo.ncpu)],
      ['core id', String(i)],
      ['cpu cores', String(hostInfo.ncpu)],
      ['flags', 'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch avx2 bmi1 bmi2 avx512f avx512dq'],
      ['bogomips', '4400.00'],
      ['address sizes', '46 bits physical, 48 bits virtual'],
    ]
      .map(([k, v]) => `${k}${k!.length < 8 ? '\t\t' : '\t'}: ${v}`)
      .join('\n');
    out += '\n\n';
  }
  return out;
}

function meminfo(kernel: ContainerKernel): string {
  const { used, free, available } = memoryFigures(kernel.memoryKiB());
  const rows: Array<[string, number]> = [
    ['MemTotal', hostInfo.memTotalKiB],
    ['MemFree', free],
    ['MemAvailable', available],
    ['Buffers', hostInfo.buffersKiB],
    ['Cached', hostInfo.cachedKiB],
    ['SwapCached', 0],
    ['Active', Math.round(used * 0.6)],
    ['Inactive', Math.round(hostInfo.cachedKiB * 0.7)],
    ['SwapTotal', 0],
    ['SwapFree', 0],
    ['Shmem', hostInfo.sharedKiB],
  ];
  return rows.map(([k, v]) => `${`${k}:`.padEnd(16)}${String(v).padStart(8)} kB`).join('\n') + '\n';
}

const STATE_NAMES: Record<string, string> = { R: 'R (running)', S: 'S (sleeping)', T: 'T (stopped)', Z: 'Z (zombie)' };

export function buildProcFs(kernel: ContainerKernel): FileSystem {
  const fs = new InodeFs({ rootMode: 0o555, now: () => kernel.config.clock.now() });
  const file = (path: string, content: string): void => fs.writeFile(path, content, { mode: 0o444 });
  const uptime = uptimeSeconds();
  file('/cpuinfo', cpuinfo());
  file('/meminfo', meminfo(kernel));
  file('/uptime', `${uptime.toFixed(2)} ${(uptime * hostInfo.ncpu * 0.97).toFixed(2)}\n`);
  const procs = kernel.processes();
  file('/loadavg', `0.08 0.03 0.01 1/${procs.length + 180} ${procs.reduce((m, p) => Math.max(m, p.hostPid), 0)}\n`);
  file('/version', `Linux version ${hostInfo.release} (buildd@lcy02-amd64-010) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) ${hostInfo.version}\n`);
  file(
    '/mounts',
    [
      'overlay / overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/layers,upperdir=/var/lib/docker/overlay2/diff,workdir=/var/lib/docker/overlay2/work 0 0',
      'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
      'tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0',
      'devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666 0 0',
      'sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0',
      'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k,inode64 0 0',
      '/dev/sda1 /etc/resolv.conf ext4 rw,relatime 0 0',
      '/dev/sda1 /etc/hostname ext4 rw,relatime 0 0',
      '/dev/sda1 /etc/hosts ext4 rw,relatime 0 0',
    ].join('\n') + '\n',
  );
  for (const proc of procs) {
    const info = kernel.info(proc);
    const dir = `/${info.pid}`;
    fs.mkdir(dir, 0o555);
    const comm = (proc.argv[0] ?? '').split('/').pop()!.slice(0, 15);
    file(`${dir}/cmdline`, proc.argv.map((a) => `${a}\0`).join(''));
    file(`${dir}/comm`, `${comm}\n`);
    file(`${dir}/environ`, proc.env.map((e) => `${e}\0`).join(''));
    fs.symlink(proc.cwd, `${dir}/cwd`);
    file(
      `${dir}/status`,
      [
        `Name:\t${comm}`,
        'Umask:\t0022',
        `State:\t${STATE_NAMES[info.state] ?? info.state}`,
        `Tgid:\t${info.pid}`,
        `Pid:\t${info.pid}`,
        `PPid:\t${info.ppid}`,
        `Uid:\t${info.uid}\t${info.uid}\t${info.uid}\t${info.uid}`,
        `Gid:\t${info.gid}\t${info.gid}\t${info.gid}\t${info.gid}`,
        `VmSize:\t${String(info.vszKiB).padStart(8)} kB`,
        `VmRSS:\t${String(info.rssKiB).padStart(8)} kB`,
        'Threads:\t1',
      ].join('\n') + '\n',
    );
    const ticks = Math.round((info.cpuMs / 1000) * TICKS);
    const start = Math.round(((info.startMs - (kernel.config.clock.now() - uptime * 1000)) / 1000) * TICKS);
    const tty = info.tty === '?' ? 0 : 34816;
    file(
      `${dir}/stat`,
      `${info.pid} (${comm}) ${info.state} ${info.ppid} ${info.pid} ${info.pid} ${tty} -1 4194560 0 0 0 0 ${ticks} 0 0 0 20 0 1 0 ${Math.max(0, start)} ${info.vszKiB * 1024} ${Math.ceil(info.rssKiB / 4)} 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n`,
    );
  }
  return fs;
}
