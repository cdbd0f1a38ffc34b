/**
 * What Docker's messages mean, in plain words. The lesson panel shows the entry that
 * matches what the last command wrote to standard error.
 */
import type { Text } from './types';

export interface ErrorNote {
  id: string;
  /** Matches Docker's own text (tested against the engine's output). */
  pattern: RegExp;
  title: Text;
  explanation: Text;
}

export const errorNotes: readonly ErrorNote[] = [
  {
    id: 'unable-to-find-image',
    pattern: /Unable to find image '[^']+' locally/,
    title: { ko: "Unable to find image '…' locally", en: "Unable to find image '…' locally" },
    explanation: {
      ko: '오류가 아니라 안내예요. 데몬이 내 컴퓨터의 이미지 저장소를 먼저 찾아봤는데 그 이미지가 없었다는 뜻이에요. 바로 이어서 레지스트리(Docker Hub)에서 내려받기 시작해요.',
      en: 'Not an error but a notice: the daemon looked in its local image store first and did not find the image, so it goes on to pull it from the registry (Docker Hub).',
    },
  },
  {
    id: 'pull-access-denied',
    pattern: /pull access denied for [^,]+, repository does not exist/,
    title: { ko: 'pull access denied … repository does not exist', en: 'pull access denied … repository does not exist' },
    explanation: {
      ko: '레지스트리에 그런 이름의 저장소가 없어요. 이미지 이름에 오타가 없는지 먼저 확인해요. 내가 만든 이미지라면 `docker images`에 그 이름이 있는지, `docker build -t 이름 .`으로 태그를 붙였는지도 살펴봐요.',
      en: 'The registry has no repository by that name. Check the image name for typos first; for an image you built yourself, check `docker images` and that you tagged it with `docker build -t name .`.',
    },
  },
  {
    id: 'no-such-container',
    pattern: /No such container: \S+/,
    title: { ko: 'No such container', en: 'No such container' },
    explanation: {
      ko: '그 이름이나 ID를 가진 컨테이너가 없어요. `docker ps -a`로 컨테이너 목록을 보고 이름(NAMES)이나 ID의 앞부분을 다시 확인해요. 이미 `docker rm`으로 지운 컨테이너일 수도 있어요.',
      en: 'No container has that name or ID. List them with `docker ps -a` and check the NAMES column or the start of the ID. It may also have been removed with `docker rm` already.',
    },
  },
  {
    id: 'no-such-image',
    pattern: /No such image: \S+/,
    title: { ko: 'No such image', en: 'No such image' },
    explanation: {
      ko: '내 컴퓨터에 그 이미지가 없어요. `docker images`로 목록을 확인해요. 필요하면 `docker pull 이름`으로 먼저 내려받아요.',
      en: 'This machine has no such image. Check `docker images`, and pull it first with `docker pull name` if you need it.',
    },
  },
  {
    id: 'image-in-use',
    pattern: /conflict: unable to (?:remove repository reference|delete) \S+ \(must (?:be )?force(?:d)?\) - (?:container \S+ is using its referenced image|image is being used by)/,
    title: { ko: 'conflict: unable to remove repository reference … is using its referenced image', en: 'conflict: … container … is using its referenced image' },
    explanation: {
      ko: '이 이미지로 만든 컨테이너가 아직 남아 있어서 지울 수 없어요. 컨테이너는 멈춰 있어도 이미지의 레이어 위에 놓여 있거든요. 메시지에 나온 컨테이너를 `docker rm`으로 먼저 지우고 다시 해 봐요.',
      en: 'A container made from this image still exists, so the image cannot go: even a stopped container sits on the image\'s layers. Remove the container named in the message with `docker rm`, then try again.',
    },
  },
  {
    id: 'remove-running-container',
    pattern: /cannot remove container "[^"]*": container is running|You cannot remove a running container/,
    title: { ko: 'cannot remove container …: container is running', en: 'cannot remove container …: container is running' },
    explanation: {
      ko: '실행 중인 컨테이너는 바로 지울 수 없어요. `docker stop`으로 먼저 멈추거나, 멈추면서 지우려면 `docker rm -f`를 써요.',
      en: 'A running container cannot be removed as it is. Stop it first with `docker stop`, or stop and remove it in one go with `docker rm -f`.',
    },
  },
  {
    id: 'name-in-use',
    pattern: /Conflict\. The container name "[^"]+" is already in use/,
    title: { ko: 'The container name … is already in use', en: 'The container name … is already in use' },
    explanation: {
      ko: '같은 이름의 컨테이너가 이미 있어요. 컨테이너 이름은 하나뿐이어야 해요. 멈춰 있는 컨테이너도 이름을 차지하니 `docker rm 이름`으로 지우거나, 다른 이름을 붙여요.',
      en: 'A container with that name exists already, and names are unique. Even a stopped container keeps its name: remove it with `docker rm name` or pick another name.',
    },
  },
  {
    id: 'invalid-name',
    pattern: /Invalid container name \([^)]*\), only/,
    title: { ko: 'Invalid container name', en: 'Invalid container name' },
    explanation: {
      ko: '컨테이너 이름은 두 글자 이상이고 영문자, 숫자, `_`, `.`, `-`만 쓸 수 있어요. 첫 글자는 영문자나 숫자여야 해요.',
      en: 'A container name needs at least two characters: letters, digits, `_`, `.` and `-`, starting with a letter or digit.',
    },
  },
  {
    id: 'not-running',
    pattern: /container [0-9a-f]{64} is not running/,
    title: { ko: 'container … is not running', en: 'container … is not running' },
    explanation: {
      ko: '멈춰 있는 컨테이너에는 `docker exec`로 들어갈 수 없어요. 실행 중인 프로세스 옆에 새 프로세스를 띄우는 명령이라서요. `docker start`로 먼저 시작해요.',
      en: '`docker exec` starts a new process beside a running one, so it cannot enter a stopped container. Start it first with `docker start`.',
    },
  },
  {
    id: 'executable-not-found',
    pattern: /exec: "[^"]+": executable file not found in \$PATH/,
    title: { ko: 'executable file not found in $PATH', en: 'executable file not found in $PATH' },
    explanation: {
      ko: '이미지 안에 그 프로그램이 없어요. 예를 들어 alpine에는 `bash`가 없고 `sh`만 있어요. `docker run -it alpine sh`처럼 이미지에 있는 프로그램을 골라요.',
      en: 'The image has no such program. alpine, for one, has `sh` but no `bash`: run `docker run -it alpine sh` with a program the image has.',
    },
  },
  {
    id: 'not-a-tty',
    pattern: /the input device is not a TTY|stdin is not a terminal/,
    title: { ko: 'the input device is not a TTY', en: 'the input device is not a TTY' },
    explanation: {
      ko: '`-t`는 터미널이 있을 때만 쓸 수 있어요. 입력을 파이프로 넘길 때는 `-t` 없이 `-i`만 써요.',
      en: '`-t` needs a terminal. When input comes through a pipe, use `-i` alone.',
    },
  },
  {
    id: 'unknown-command',
    pattern: /docker: unknown command: docker \S+|is not a docker command/,
    title: { ko: 'unknown command', en: 'unknown command' },
    explanation: {
      ko: '도커가 모르는 명령이에요. 철자를 확인해요. `docker --help`를 입력하면 쓸 수 있는 명령이 모두 나와요.',
      en: 'Docker does not know this command; check the spelling. `docker --help` lists every command.',
    },
  },
  {
    id: 'unknown-flag',
    pattern: /unknown (?:shorthand )?flag: /,
    title: { ko: 'unknown flag', en: 'unknown flag' },
    explanation: {
      ko: '이 명령에는 그런 옵션이 없어요. 옵션은 명령 바로 뒤, 이미지 이름 앞에 써요. `docker 명령 --help`로 쓸 수 있는 옵션을 볼 수 있어요.',
      en: 'This command has no such option. Options go right after the command, before the image name; `docker COMMAND --help` lists them.',
    },
  },
  {
    id: 'requires-arguments',
    pattern: /'docker [a-z ]+' requires (?:at least|exactly|at most) \d+ argument/,
    title: { ko: 'requires at least 1 argument', en: 'requires at least 1 argument' },
    explanation: {
      ko: '명령 뒤에 무엇을 대상으로 할지 빠졌어요. 예를 들어 `docker run` 뒤에는 이미지 이름이, `docker rm` 뒤에는 컨테이너 이름이나 ID가 와야 해요.',
      en: 'The command is missing what to act on: `docker run` needs an image name, `docker rm` a container name or ID.',
    },
  },
  {
    id: 'no-dockerfile',
    pattern: /unable to prepare context: unable to evaluate symlinks in Dockerfile path|failed to read dockerfile|open Dockerfile: no such file or directory/,
    title: { ko: 'Dockerfile을 찾을 수 없어요', en: 'No Dockerfile found' },
    explanation: {
      ko: '빌드 컨텍스트 폴더에 Dockerfile이 없어요. `cd hello`로 Dockerfile이 있는 폴더에 들어가서 `docker build -t hello .`를 실행해요. 마지막 `.`은 "지금 이 폴더"라는 뜻이에요.',
      en: 'The build context folder has no Dockerfile. `cd hello` into the folder that has one and run `docker build -t hello .`; the final `.` means "this folder".',
    },
  },
  {
    id: 'build-step-failed',
    pattern: /failed to solve: process "[^"]*" did not complete successfully: exit code: \d+|The command '[^']*' returned a non-zero code: \d+/,
    title: { ko: 'RUN 단계가 실패했어요', en: 'A RUN step failed' },
    explanation: {
      ko: 'Dockerfile의 RUN 명령이 0이 아닌 종료 코드로 끝나서 빌드가 멈췄어요. 바로 위에 그 단계가 출력한 내용과, `>>>`로 표시된 Dockerfile 줄이 나와 있어요. 명령을 고치고 다시 빌드하면 그 앞 단계들은 캐시에서 가져와요.',
      en: 'A RUN command in the Dockerfile ended with a non-zero exit code, so the build stopped. Just above are that step\'s output and the Dockerfile line marked `>>>`. Fix the command and build again: the steps before it come from the cache.',
    },
  },
  {
    id: 'build-source-missing',
    pattern: /failed to calculate checksum of ref [^ ]+: "[^"]+": not found|COPY failed: file not found in build context/,
    title: { ko: '복사할 파일이 빌드 컨텍스트에 없어요', en: 'The file to copy is not in the build context' },
    explanation: {
      ko: 'COPY나 ADD가 가리키는 파일이 빌드 컨텍스트(`docker build` 끝에 준 폴더)에 없어요. 파일 이름과 위치를 확인하고, `.dockerignore`가 그 파일을 빼고 있지 않은지도 살펴봐요. 경로는 컨텍스트 폴더를 기준으로 적어요.',
      en: 'The file COPY or ADD names is not in the build context (the folder given at the end of `docker build`). Check the name and place, and that `.dockerignore` does not leave it out. Paths are relative to the context folder.',
    },
  },
  {
    id: 'file-not-in-container',
    pattern: /can't open '[^']+': No such file or directory|cat: [^:]+: No such file or directory/,
    title: { ko: 'No such file or directory', en: 'No such file or directory' },
    explanation: {
      ko: '그 컨테이너의 파일 시스템에는 그 파일이 없어요. 컨테이너마다 자기 파일 시스템을 따로 가져요. 다른 컨테이너에서 만든 파일은 이미지에 들어가지 않았다면 보이지 않아요.',
      en: 'That container\'s filesystem has no such file. Each container has its own; a file made in another container is not there unless it went into the image.',
    },
  },
];

/** The note for the last matching message in `stderr`, if any. */
export function explainError(stderr: string): ErrorNote | undefined {
  let best: { note: ErrorNote; at: number } | undefined;
  for (const note of errorNotes) {
    const match = note.pattern.exec(stderr);
    if (match && (!best || match.index >= best.at)) best = { note, at: match.index };
  }
  return best?.note;
}
