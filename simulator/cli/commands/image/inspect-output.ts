/**
 * How `docker inspect` prints what it found (docker/cli's inspect package): with no format,
 * the daemon's JSON re-indented by 4 spaces inside one array; with `--format json`, each
 * object compact on its own line; with a template, the template's output per object.
 */
import { ociImageConfig } from '../../../daemon/image-inspect';
import { asRawMaps, executeTemplate, GoTime, markMap, parseTemplate, TemplateError } from './go-template';

/** encoding/json's string escapes on top of JSON.stringify's. */
function goEscapes(json: string): string {
  return json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** json.Indent of `[raw,raw,…]` with four spaces, plus the newline the CLI adds. */
export function indentedArray(elements: readonly unknown[]): string {
  if (elements.length === 0) return '[]\n';
  return `${goEscapes(JSON.stringify(elements, null, 4))}\n`;
}

/** json.NewEncoder(out).Encode(element): compact, HTML characters escaped. */
export function jsonLine(element: unknown): string {
  return `${goEscapes(JSON.stringify(element)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}\n`;
}

/** Adds Go zero values the JSON left out, invisible to JSON.stringify. */
function withZeros<T extends object>(obj: T, zeros: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(zeros)) {
    if (!(key in obj)) Object.defineProperty(obj, key, { value, enumerable: false });
  }
  return obj;
}

/**
 * The image inspect JSON as the CLI's typed image.InspectResponse: omitted fields present as
 * zero values, maps marked as maps, LastTagTime a time.
 */
export function typedImage(raw: Record<string, unknown>): Record<string, unknown> {
  const image = structuredClone(raw);
  if (image.Config) image.Config = ociImageConfig(image.Config as Parameters<typeof ociImageConfig>[0]);
  const config = (image.Config ?? null) as Record<string, unknown> | null;
  if (config) {
    for (const key of ['ExposedPorts', 'Volumes', 'Labels']) if (config[key]) markMap(config[key] as object);
    withZeros(config, {
      User: '',
      ExposedPorts: markMap({}),
      Env: [],
      Entrypoint: [],
      Cmd: [],
      Volumes: markMap({}),
      WorkingDir: '',
      Labels: markMap({}),
      StopSignal: '',
      ArgsEscaped: false,
      Healthcheck: null,
      OnBuild: [],
      Shell: [],
    });
  }
  const graph = image.GraphDriver as { Data?: object } | undefined;
  if (graph?.Data) markMap(graph.Data);
  withZeros(image.RootFS as object, { Layers: [] });
  const metadata = image.Metadata as { LastTagTime: unknown };
  metadata.LastTagTime = new GoTime(String(metadata.LastTagTime));
  return withZeros(image, {
    Created: '',
    Container: '',
    ContainerConfig: null,
    Variant: '',
    OsVersion: '',
    VirtualSize: 0,
    Descriptor: null,
    Manifests: [],
  });
}

export interface Output {
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
}

/**
 * Writes the found elements and the collected errors the way inspect.Inspect does. A template
 * runs on the typed object first, then on the raw JSON (where missing keys give "<no value>").
 * Returns the exit status.
 */
export function writeInspect(io: Output, format: string, found: ReadonlyArray<{ raw: Record<string, unknown>; typed: unknown }>, errors: readonly string[]): number {
  if (format === '') {
    io.stdout.write(indentedArray(found.map((f) => f.raw)));
  } else if (format === 'json') {
    // The CLI re-encodes what it decoded: the typed object, in struct order.
    io.stdout.write(found.map((f) => jsonLine(f.typed)).join(''));
  } else {
    let nodes;
    try {
      nodes = parseTemplate(format);
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      io.stderr.write(`template parsing error: template: :1: ${err.message}\n`);
      return 64;
    }
    const all = [...errors];
    let out = '';
    for (const f of found) {
      try {
        out += `${executeTemplate(nodes, f.typed)}\n`;
      } catch (err) {
        if (!(err instanceof TemplateError)) throw err;
        try {
          out += `${executeTemplate(nodes, asRawMaps(f.raw))}\n`;
        } catch (err2) {
          if (!(err2 instanceof TemplateError)) throw err2;
          all.push(`template parsing error: template: :1: executing "" ${err2.message}`);
        }
      }
    }
    io.stdout.write(out);
    errors = all;
  }
  if (errors.length === 0) return 0;
  io.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}
