/**
 * The projects a student's home starts with in the app: the notes' first Dockerfile (an
 * alpine image that prints a greeting, with a development variant beside it) and a static
 * site served by httpd:2.4. `npm run sim` starts with an empty home, as its scripts expect.
 */
import type { HostFs } from './host-fs';

const HELLO_DOCKERFILE = `# 처음 만드는 이미지예요: alpine 위에 인사말 파일을 하나 더해요.
FROM alpine
RUN echo "안녕하세요, 고래에서 만든 이미지예요!" > /hello.txt
CMD ["cat", "/hello.txt"]
`;

const HELLO_DEV_DOCKERFILE = `# 개발용 이미지예요: 같은 파일을 넣고, 셸로 들어가서 살펴봐요.
# 빌드: docker build -f Dockerfile.dev -t hello:dev .
FROM alpine
RUN echo "개발용 이미지예요." > /hello.txt
CMD ["sh"]
`;

const SITE_DOCKERFILE = `# 정적 웹사이트: 이 폴더의 파일을 Apache 웹 서버의 문서 폴더로 복사해요.
FROM httpd:2.4
COPY ./ /usr/local/apache2/htdocs/
`;

const SITE_INDEX = `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>고래 웹사이트</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<h1>컨테이너에서 보내는 페이지예요</h1>
<p>이 페이지는 httpd:2.4 이미지로 만든 컨테이너가 보내고 있어요.</p>
</body>
</html>
`;

const SITE_CSS = `body { font-family: sans-serif; margin: 3rem; color: #123; }
h1 { color: #1d63ed; }
`;

/** Writes the starter projects under `home` (hello/, site/), leaving anything already there alone. */
export function addStarterProjects(fs: HostFs, home: string): void {
  const files: Array<[string, string]> = [
    ['hello/Dockerfile', HELLO_DOCKERFILE],
    ['hello/Dockerfile.dev', HELLO_DEV_DOCKERFILE],
    ['site/Dockerfile', SITE_DOCKERFILE],
    ['site/.dockerignore', 'Dockerfile\n.dockerignore\n'],
    ['site/index.html', SITE_INDEX],
    ['site/style.css', SITE_CSS],
  ];
  for (const [path, content] of files) {
    const full = `${home}/${path}`;
    const dir = full.slice(0, full.lastIndexOf('/'));
    try {
      fs.mkdir(dir, 0o755);
    } catch {
      // already there
    }
    try {
      fs.stat(full);
    } catch {
      fs.writeFile(full, content);
    }
  }
}
