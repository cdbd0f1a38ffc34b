import { describe, expect, it } from 'vitest';
import { BufferWriter } from '../../util/io';
import { describeConformance, readConformanceText } from '../../testing/conformance.node';
import { DOCKER_TABLE, formatTable, TabWriter, type TabWriterOptions } from './tabwriter';

/** Writes `src` in the given chunk sizes and flushes, returning the output. */
function layout(src: string, opts: TabWriterOptions, chunk = src.length || 1): string {
  const out = new BufferWriter();
  const w = new TabWriter(out, opts);
  for (let i = 0; i < src.length; i += chunk) w.write(src.slice(i, i + chunk));
  w.flush();
  return out.text();
}

const opts = (minWidth: number, tabWidth: number, padding: number, padChar: string, extra: Partial<TabWriterOptions> = {}) => ({
  minWidth,
  tabWidth,
  padding,
  padChar,
  ...extra,
});

describe('TabWriter', () => {
  it.each([
    ['empty input', opts(8, 0, 1, '.'), '', ''],
    ['only newlines', opts(8, 0, 1, '.'), '\n\n\n', '\n\n\n'],
    ['lines without tabs', opts(8, 0, 1, '.'), 'a\nb\nc', 'a\nb\nc'],
    ['a lone tab', opts(8, 0, 1, '.'), '\t', ''],
    ['one column', opts(8, 0, 1, '.'), '*\t*', '*.......*'],
    ['trailing tab', opts(8, 0, 1, '.'), '*\t*\t', '*.......*'],
    ['empty cell line', opts(8, 0, 1, '.'), '\t\n', '........\n'],
    ['terminated last cell', opts(8, 0, 1, '.'), 'e) foo\tbar\t\n', 'e) foo..bar.....\n'],
    ['minwidth 1', opts(1, 0, 0, '.'), '1\t2\t3\t4\n11\t222\t3333\t44444\n', '1.2..3...4\n11222333344444\n'],
    ['formfeed ends the columns', opts(1, 0, 0, '.'), '1\t2\t3\t4\f11\t222\t3333\t44444\n', '1234\n11222333344444\n'],
    [
      'wide characters',
      opts(8, 0, 1, '.'),
      '本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n',
      '本......b.......c\naa......本本本..cccc....ddddd\naaa.....bbbb\n',
    ],
    [
      'right alignment',
      opts(8, 0, 1, ' ', { alignRight: true }),
      'a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n',
      '       a       è       c\n      aa     èèè    cccc   ddddd\n     aaa    èèèè\n',
    ],
    [
      'column blocks',
      opts(4, 0, 1, '-'),
      '4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
      '4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n666666-666666-666666----4444\n1------1------999999999-0000000000\n',
    ],
    ['soft tabs kept', opts(4, 0, 0, '.'), 'a\t\tb', 'a.......b'],
    ['empty soft columns discarded', opts(4, 0, 0, '.', { discardEmptyColumns: true }), 'a\v\vb', 'a...b'],
    ['hard tabs not discarded', opts(4, 0, 0, '.', { discardEmptyColumns: true }), 'a\t\tb', 'a.......b'],
    [
      'tab padding',
      opts(8, 8, 1, '\t'),
      '4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n',
      '4444\t\t333\t22\t1\t333\n999999999\t22\n7\t\t22\n',
    ],
    ['debug bars', opts(8, 0, 1, '.', { debug: true }), '*\t*\t', '*.......|*'],
    ['debug section break', opts(1, 0, 0, '.', { debug: true }), '1\t2\f11\t222\n', '1|2\n---\n11|222\n'],
  ])('%s', (_name, o, src, expected) => {
    expect(layout(src, o)).toBe(expected);
    expect(layout(src, o, 1)).toBe(expected);
    expect(layout(src, o, 3)).toBe(expected);
  });

  it('writes lines as soon as a line without a tab arrives', () => {
    const out = new BufferWriter();
    const w = new TabWriter(out);
    w.write('A\tB\n');
    expect(out.text()).toBe('');
    w.write('done\n');
    expect(out.text()).toBe('A         B\ndone\n');
  });

  it('lays out Docker tables with minwidth 10 and padding 3', () => {
    expect(formatTable('DRIVER\tVOLUME NAME\nlocal\tdata\n')).toBe('DRIVER    VOLUME NAME\nlocal     data\n');
    expect(formatTable('NAME\tIMAGE\n웹서버\tnginx\n고래-데이터베이스\tpostgres\n')).toBe(
      'NAME                IMAGE\n웹서버              nginx\n고래-데이터베이스   postgres\n',
    );
  });

  it('rejects negative settings', () => {
    expect(() => new TabWriter(new BufferWriter(), { ...DOCKER_TABLE, padding: -1 })).toThrow(RangeError);
  });
});

/** Builds a Docker table: the header row, then one line per row, each cell tab-separated. */
function dockerTable(header: string[], rows: string[][]): string {
  return formatTable([header, ...rows].map((r) => r.join('\t') + '\n').join(''));
}

const PS_HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
const psRow = (ports: string, names: string) => [
  'container_id',
  'busybox:latest',
  '"top"',
  'About a minute ago',
  'Up 1 minute',
  ports,
  names,
];

describeConformance('Docker CLI golden tables', () => {
  const golden = (...path: string[]) => readConformanceText('docker_cli_golden', 'cli', 'command', ...path);

  it('docker ps', () => {
    const rows = [psRow('', 'c1'), psRow('', 'c2'), psRow('80-82/tcp', 'c3'), psRow('81/udp', 'c4'), psRow('8.8.8.8:82->82/tcp', 'c5')];
    expect(dockerTable(PS_HEADER, rows)).toBe(golden('container', 'testdata', 'container-list-without-format.golden'));
  });

  it('docker ps --no-trunc', () => {
    const rows = [psRow('', 'c1'), psRow('', 'c2,foo/bar')];
    expect(dockerTable(PS_HEADER, rows)).toBe(golden('container', 'testdata', 'container-list-without-format-no-trunc.golden'));
  });

  it('docker network ls', () => {
    const table = dockerTable(['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], [['123454321', 'network_1', '09.7.01', 'global']]);
    expect(table).toBe(golden('network', 'testdata', 'network-list.golden'));
  });

  it('docker volume ls', () => {
    const rows = [
      ['local', 'baz'],
      ['bar', 'foo'],
      ['local', 'volume'],
    ];
    expect(dockerTable(['DRIVER', 'VOLUME NAME'], rows)).toBe(golden('volume', 'testdata', 'volume-list-without-format.golden'));
  });

  it('docker history (empty last column)', () => {
    const header = ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'];
    const simple = dockerTable(header, [['123456789012', 'Less than a second ago', '', '0B', 'none']]);
    expect(simple).toBe(golden('image', 'testdata', 'history-command-success.simple.golden'));
    const platform = dockerTable(header, [['123456789012', 'Less than a second ago', '', '0B', '']]);
    expect(platform).toBe(golden('image', 'testdata', 'history-command-success.platform.golden'));
    const nonHuman = dockerTable(
      ['IMAGE', 'CREATED AT', 'CREATED BY', 'SIZE', 'COMMENT'],
      [['abcdef', '2017-01-01T12:00:03Z', 'rose', '0', 'new history item!']],
    );
    expect(nonHuman).toBe(golden('image', 'testdata', 'history-command-success.non-human.golden'));
  });

  it('a custom table format with one tab per line', () => {
    const text =
      'CONTAINER ID\tIMAGE CREATED/STATUS/  PORTS  .NAMES STATUS\n' +
      'conta\t"ubuntu" 24 hours ago//.FOOBAR_BAZ \n' +
      'conta\t"ubuntu" 24 hours ago//.FOOBAR_BAR \n';
    expect(formatTable(text)).toBe(
      readConformanceText('docker_cli_golden', 'cli', 'command', 'formatter', 'testdata', 'container-context-write-special-headers.golden'),
    );
  });

  it('docker system df --format with a header', () => {
    const rows = [
      ['Images', '0'],
      ['Containers', '0'],
      ['Local Volumes', '0'],
      ['Build Cache', '0'],
    ];
    expect(dockerTable(['TYPE', 'ACTIVE'], rows)).toBe(
      readConformanceText('docker_cli_golden', 'cli', 'command', 'formatter', 'testdata', 'disk-usage-context-write-custom.golden'),
    );
  });

  it('the header of an empty list', () => {
    // Docker 28's `docker images` table: REPOSITORY TAG IMAGE ID CREATED SIZE
    expect(dockerTable(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], [])).toBe(
      'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n',
    );
  });
});
