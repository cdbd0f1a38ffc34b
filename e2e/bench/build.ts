/** `docker build` (BuildKit, or the classic builder) of a 10-instruction Dockerfile in Node: uncached, and fully cached. */
import { benchEngine, benchIO } from './bench-engine';
import { summarize, type Summary } from './stats';

const DOCKERFILE = `FROM alpine
LABEL org.opencontainers.image.title=bench
ENV GREETING=hello
WORKDIR /app
COPY a.txt .
COPY b.txt .
RUN cat a.txt b.txt > both.txt
EXPOSE 80
USER nobody
CMD ["cat", "/app/both.txt"]
`;

export async function benchBuild(runs: number, builder: 'buildkit' | 'classic'): Promise<{ uncached: Summary; cached: Summary }> {
  const engine = benchEngine();
  let log = '';
  const decoder = new TextDecoder();
  const io = benchIO(engine, false, (chunk) => void (log += typeof chunk === 'string' ? chunk : decoder.decode(chunk)));
  const sh = async (line: string): Promise<void> => {
    log = '';
    const status = await engine.shell.execute(line, io);
    if (status !== 0) throw new Error(`${line}: status ${status}\n${log}`);
  };
  try {
    await engine.warm();
    if (builder === 'classic') await sh('export DOCKER_BUILDKIT=0');
    await sh('docker pull alpine');
    await sh('mkdir app');
    const fs = engine.shell.fs;
    fs.writeFile('/home/student/app/Dockerfile', DOCKERFILE);
    fs.writeFile('/home/student/app/a.txt', 'a\n');
    fs.writeFile('/home/student/app/b.txt', 'b\n');
    await sh('docker build -q --no-cache -t bench /home/student/app');
    const uncached: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      await sh('docker build -q --no-cache -t bench /home/student/app');
      uncached.push(performance.now() - start);
      start = performance.now();
      await sh('docker build -q -t bench /home/student/app');
      cached.push(performance.now() - start);
    }
    return { uncached: summarize(uncached), cached: summarize(cached) };
  } finally {
    await engine.dispose();
  }
}
