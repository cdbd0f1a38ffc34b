import { condition, containersOf, hasImage, ranCommand } from './conditions';
import type { GoalContext, Lesson } from './types';

/** hello-world containers that ran to the end and printed their greeting. */
const finishedHelloRuns = (c: GoalContext) =>
  containersOf(c, 'hello-world').filter((x) => x.state === 'exited' && x.exitCode === 0);

export const firstContainer: Lesson = {
  id: 'first-container',
  number: 1,
  title: { ko: '첫 컨테이너', en: 'Your first container' },
  intro: {
    ko: '프로그램을 직접 설치하다 보면 버전이 안 맞거나 필요한 라이브러리가 빠져서 실패하곤 해요. 도커는 프로그램과 그 프로그램에 필요한 모든 것을 이미지 하나로 묶고, 그 이미지로 컨테이너를 만들어 실행해요. 그래서 내 노트북에서도, 회사 서버에서도, 클라우드에서도 똑같이 돌아가요.\n\n컨테이너는 가상 머신처럼 운영체제 전체를 복사하지 않아요. 호스트의 커널을 함께 쓰면서 따로 격리된 프로세스일 뿐이라서 1초도 안 걸려 시작해요. 이번 레슨에서는 가장 작은 이미지인 hello-world로 첫 컨테이너를 실행하고, 그때 도커 안에서 일어나는 여섯 단계를 하나씩 살펴봐요.',
    en: 'Installing programs by hand often fails on a wrong version or a missing library. Docker packs a program and everything it needs into an image and runs it as a container, so it behaves the same on a laptop, a company server or a cloud.\n\nA container does not copy a whole operating system like a virtual machine does: it is an isolated process sharing the host\'s kernel, so it starts in well under a second. In this lesson you run your first container from the tiny hello-world image and follow the six steps Docker takes behind it.',
  },
  concepts: [1, 2, 3, 4],
  steps: [
    {
      id: 'client-and-daemon',
      title: { ko: '클라이언트와 데몬 만나기', en: 'Meet the client and the daemon' },
      instruction: {
        ko: '터미널에 입력하는 `docker`는 클라이언트예요. 클라이언트는 일을 직접 하지 않고, 요청을 도커 데몬(서버)에 보내요. 이미지를 내려받고 컨테이너를 만들고 실행하는 건 모두 데몬이 해요.\n\n`docker version`을 입력해서 Client와 Server 두 부분이 따로 나오는 걸 확인해 봐요.',
        en: 'The `docker` you type is the client. It does no work itself: it sends requests to the Docker daemon (the server), which pulls images and creates and runs containers.\n\nType `docker version` and see the Client and the Server reported separately.',
      },
      commands: ['docker version'],
      hints: [
        { ko: '명령 블록을 누르면 터미널에 대신 입력해 줘요.', en: 'Click a command block and it is typed into the terminal for you.' },
        { ko: '`docker --version`은 클라이언트 버전 한 줄만 보여 줘요. 서버까지 보려면 `docker version`이에요.', en: '`docker --version` prints only the client\'s version; `docker version` shows the server too.' },
      ],
      explanation: {
        ko: '위쪽 Client는 방금 실행한 docker 명령 자체이고, 아래쪽 Server(Engine)는 뒤에서 요청을 기다리는 데몬이에요. 앞으로 입력하는 모든 docker 명령은 이 둘 사이의 대화예요.',
        en: 'Client is the docker command you just ran; Server (Engine) is the daemon waiting behind it. Every docker command from now on is a conversation between the two.',
      },
      goal: [
        ranCommand('version', { ko: '`docker version`으로 클라이언트와 서버를 확인했어요.', en: 'You checked the client and the server with `docker version`.' }, (cmd) => !cmd.args.includes('--version')),
      ],
      solution: ['docker version'],
      errors: ['unknown-command'],
    },
    {
      id: 'first-run',
      title: { ko: 'hello-world 실행하기', en: 'Run hello-world' },
      instruction: {
        ko: '이제 첫 컨테이너를 실행해요. `docker run hello-world`를 입력하고, 인사말이 나오기 전에 어떤 줄들이 지나가는지 눈여겨봐요.',
        en: 'Now run your first container: type `docker run hello-world` and watch the lines that pass before the greeting.',
      },
      commands: ['docker run hello-world'],
      hints: [
        { ko: '이미지 이름은 `hello-world`예요. 가운데에 하이픈(-)이 있어요.', en: 'The image is `hello-world`, with a hyphen.' },
        { ko: '처음에는 이미지를 내려받느라 조금 기다려야 해요.', en: 'The first time, it takes a moment to pull the image.' },
      ],
      explanation: {
        ko: '방금 여섯 단계가 일어났어요. ① 클라이언트가 데몬에 요청을 보냈어요. ② 데몬이 내 컴퓨터의 이미지 캐시를 찾아봤어요. ③ 없어서 "Unable to find image \'hello-world:latest\' locally"가 나왔어요. ④ 데몬이 Docker Hub에서 이미지를 내려받아 캐시에 넣었어요(Pull complete). ⑤ 그 이미지로 컨테이너를 만들었어요. ⑥ 컨테이너가 이미지에 적힌 프로그램을 실행했고, 그 출력이 터미널로 돌아왔어요. 그림에서도 이 흐름을 다시 볼 수 있어요.',
        en: 'Six steps just happened: (1) the client sent the request to the daemon; (2) the daemon looked in its local image cache; (3) the image was not there, hence "Unable to find image \'hello-world:latest\' locally"; (4) the daemon pulled it from Docker Hub into the cache (Pull complete); (5) it created a container from the image; (6) the container ran the image\'s program and its output streamed back to your terminal. The diagram replays the flow.',
      },
      goal: [
        hasImage('hello-world', { ko: 'hello-world 이미지를 내려받았어요.', en: 'The hello-world image has been pulled.' }),
        condition(
          { ko: 'hello-world 컨테이너가 끝까지 실행되어 인사말을 출력했어요.', en: 'A hello-world container ran to the end and printed its greeting.' },
          (c) => finishedHelloRuns(c).length >= 1,
        ),
      ],
      solution: ['docker run hello-world'],
      errors: ['unable-to-find-image', 'pull-access-denied'],
    },
    {
      id: 'image-cache',
      title: { ko: '캐시에 남은 이미지 보기', en: 'See the image in the cache' },
      instruction: {
        ko: '내려받은 이미지는 데몬의 이미지 캐시에 남아 있어요. `docker images`로 목록을 봐요. 이미지 이름(REPOSITORY), 태그(TAG), ID, 크기가 나와요.',
        en: 'The pulled image stays in the daemon\'s image cache. List it with `docker images`: repository, tag, ID and size.',
      },
      commands: ['docker images'],
      hints: [{ ko: '`docker image ls`도 같은 명령이에요.', en: '`docker image ls` is the same command.' }],
      explanation: {
        ko: 'TAG의 latest는 이미지의 버전 표시예요. 태그를 적지 않으면 도커는 latest를 써요. 그래서 hello-world는 hello-world:latest와 같아요.',
        en: 'The latest in TAG marks a version; with no tag Docker uses latest, so hello-world means hello-world:latest.',
      },
      goal: [
        ranCommand('images', { ko: '`docker images`로 이미지 목록을 봤어요.', en: 'You listed the images with `docker images`.' }),
      ],
      solution: ['docker images'],
    },
    {
      id: 'second-run',
      title: { ko: '한 번 더 실행하기', en: 'Run it again' },
      instruction: {
        ko: '같은 명령 `docker run hello-world`를 한 번 더 입력해요. 이번에는 무엇이 빠졌는지 처음과 비교해 봐요.',
        en: 'Type the same `docker run hello-world` once more and compare with the first time: what is missing?',
      },
      commands: ['docker run hello-world'],
      hints: [
        { ko: '터미널에서 ↑ 키를 누르면 앞에서 입력한 명령을 다시 불러올 수 있어요.', en: 'Press ↑ in the terminal to recall an earlier command.' },
      ],
      explanation: {
        ko: '이번에는 "Unable to find image"도, Pull complete도 없었어요. 이미지가 이미 캐시에 있어서 ③과 ④ 단계를 건너뛰고 바로 컨테이너를 만들었기 때문이에요. 그리고 같은 이미지에서 새 컨테이너가 하나 더 생겼어요.',
        en: 'No "Unable to find image", no Pull complete: the image was in the cache, so steps 3 and 4 were skipped and a container was made at once — a second container from the same image.',
      },
      goal: [
        condition(
          { ko: 'hello-world 컨테이너가 두 번 이상 실행되었어요.', en: 'hello-world containers have run at least twice.' },
          (c) => finishedHelloRuns(c).length >= 2,
        ),
        condition(
          { ko: '마지막 실행은 이미지를 다시 내려받지 않고 캐시에서 찾았어요.', en: 'The last run found the image in the cache instead of pulling it again.' },
          (c) => {
            const lookups = c.events.filter((e) => e.topic === '/images/lookup' && /hello-world/.test((e.payload as { ref: string }).ref));
            const last = lookups.at(-1);
            return last !== undefined && (last.payload as { found: boolean }).found;
          },
        ),
      ],
      solution: ['docker run hello-world'],
    },
    {
      id: 'list-containers',
      title: { ko: '끝난 컨테이너 찾기', en: 'Find the finished containers' },
      instruction: {
        ko: '`docker ps`는 지금 실행 중인 컨테이너만 보여 줘요. hello-world 컨테이너는 인사말을 출력하고 바로 끝났으니 보이지 않아요. 끝난 것까지 모두 보려면 `-a`를 붙여 `docker ps -a`를 입력해요.',
        en: '`docker ps` shows only running containers; the hello-world ones printed their greeting and ended. Add `-a` to see them all: `docker ps -a`.',
      },
      commands: ['docker ps', 'docker ps -a'],
      hints: [
        { ko: '`docker container ls -a`도 같은 목록을 보여 줘요.', en: '`docker container ls -a` shows the same list.' },
      ],
      explanation: {
        ko: 'STATUS의 Exited (0)은 프로그램이 정상으로 끝났다는 뜻이에요. 컨테이너 두 개가 보이죠? 실행할 때마다 이미지에서 새 컨테이너가 만들어지고, 이름(NAMES)은 따로 주지 않으면 도커가 무작위로 붙여요.',
        en: 'Exited (0) in STATUS means the program ended normally. There are two containers: each run makes a new one from the image, and Docker makes up a NAME when you give none.',
      },
      goal: [
        ranCommand('ps', { ko: '`docker ps -a`로 끝난 컨테이너까지 모두 봤어요.', en: 'You listed every container, finished ones too, with `docker ps -a`.' }, (cmd) =>
          cmd.args.some((a) => a === '-a' || a === '--all' || /^-[a-z]*a[a-z]*$/.test(a)),
        ),
      ],
      solution: ['docker ps -a'],
    },
  ],
  summary: {
    ko: '첫 컨테이너를 실행했어요! 클라이언트는 요청을 보내고 데몬이 일을 해요. 이미지가 없으면 레지스트리에서 내려받아 캐시에 두고, 다음부터는 캐시에서 바로 꺼내 써요. 실행할 때마다 이미지에서 새 컨테이너가 만들어져요.',
    en: 'You ran your first container. The client asks, the daemon works; a missing image is pulled from the registry into the cache and reused from there; every run makes a new container from the image.',
  },
};
