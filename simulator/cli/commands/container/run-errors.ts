import { errorText } from '../../context';

/**
 * The status docker run/create exit with for an error: 127 when the command was not found,
 * 126 when it could not be invoked, 125 for any other failure of Docker itself.
 */
export function runErrorStatus(text: string): number {
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(text)) return 127;
  if (/permission denied|is a directory/.test(text)) return 126;
  return 125;
}

/** Docker 28's form: "docker: <error>\n\nRun '<command> --help' for more information". */
export function reportRunError(stderr: { write(s: string): void }, commandPath: string, err: unknown): number {
  const text = errorText(err);
  stderr.write(`docker: ${text}\n\nRun '${commandPath} --help' for more information\n`);
  return runErrorStatus(text);
}
