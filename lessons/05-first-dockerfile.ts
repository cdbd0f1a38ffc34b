import { condition, eventsOf, imageOf, operandImage, ranCommand, runsOf, succeeded } from './conditions';
import { words } from './commands';
import type { CommandRecord, GoalContext, Lesson } from './types';

/** Successful `docker build` commands (plain or DOCKER_BUILDKIT=0, `docker image build` too). */
const builds = (c: GoalContext) => succeeded(c, 'build');

/** The tag a build command gives (-t/--tag), without ":latest". */
function buildTag(record: CommandRecord): string | undefined {
  const w = words(record.line);
  for (let i = 0; i < w.length; i++) {
    const arg = w[i]!;
    if (arg === '-t' || arg === '--tag') return w[i + 1];
    if (arg.startsWith('--tag=')) return arg.slice(6);
    if (arg.startsWith('-t') && arg.length > 2) return arg.slice(2);
  }
  return undefined;
}

/** A build that reused the cache: its build events say a step after FROM came from the cache. */
function usedCache(c: GoalContext, record: CommandRecord): boolean {
  return eventsOf(c, record).some((e) => e.topic === '/build/step' && e.payload.status === 'cached' && !/^FROM\b/i.test(e.payload.instruction));
}

const helloCommand = (c: GoalContext) => c.facts.imageCommand('hello')?.join(' ');

export const firstDockerfile: Lesson = {
  id: 'first-dockerfile',
  number: 5,
  title: { ko: 'Dockerfile 첫걸음', en: 'Your first Dockerfile' },
  intro: {
    ko: '지난 레슨에서는 컨테이너 안에서 파일을 바꾸고 `docker commit`으로 이미지를 만들었어요. 하지만 무엇을 했는지 기록이 남지 않아서 똑같이 다시 만들기 어려워요. Dockerfile은 이미지를 만드는 과정을 한 줄씩 적은 텍스트 파일이에요. 베이스 이미지를 고르고(FROM), 필요한 명령을 실행하고(RUN), 시작 명령을 정해요(CMD).\n\n홈 폴더의 `hello/`에 Dockerfile이 준비되어 있어요. 이걸로 이미지를 빌드하고, 실행하고, 다시 빌드하면서 캐시가 어떻게 쓰이는지 봐요.',
    en: 'Last time you changed a file in a container and made an image with `docker commit`, but nothing recorded what you did, so it is hard to make again. A Dockerfile writes the recipe down line by line: choose a base image (FROM), run commands (RUN), name the start command (CMD).\n\nYour home has a Dockerfile ready in `hello/`. Build an image from it, run it, and build again to see the cache at work.',
  },
  concepts: [7, 10],
  steps: [
    {
      id: 'read-dockerfile',
      title: { ko: 'Dockerfile 읽기', en: 'Read the Dockerfile' },
      instruction: {
        ko: '`cd hello`로 폴더에 들어가서 `cat Dockerfile`로 내용을 봐요. `ls`를 해 보면 `Dockerfile.dev`도 있어요.',
        en: 'Go into the folder with `cd hello` and show the file with `cat Dockerfile`. `ls` shows a `Dockerfile.dev` too.',
      },
      commands: ['cd hello', 'ls', 'cat Dockerfile'],
      hints: [
        { ko: '`#`로 시작하는 줄은 설명(주석)이에요. 빌드할 때는 무시돼요.', en: 'Lines starting with `#` are comments, ignored by the build.' },
        { ko: '`cd ~`로 언제든 홈 폴더로 돌아올 수 있어요.', en: '`cd ~` always takes you back home.' },
      ],
      explanation: {
        ko: 'FROM alpine은 alpine을 바탕으로 쓰겠다는 뜻이에요. RUN은 빌드하는 동안 명령을 실행해 그 결과를 새 레이어로 남겨요. CMD는 컨테이너가 시작할 때 실행할 명령이에요. 명령어는 대소문자를 가리지 않지만 보통 대문자로 써요.',
        en: 'FROM alpine builds on alpine. RUN runs a command during the build and keeps its result as a new layer. CMD is the command a container runs at start. Instructions are case-insensitive but usually written in capitals.',
      },
      goal: [
        condition({ ko: 'Dockerfile의 내용을 `cat`으로 봤어요.', en: 'You showed the Dockerfile with `cat`.' }, (c) =>
          c.commands.some((r) => r.exitCode === 0 && /^\s*cat\s+(?:\S*\/)?Dockerfile\s*$/.test(r.line)),
        ),
      ],
      solution: ['cd hello', 'cat Dockerfile'],
    },
    {
      id: 'build',
      title: { ko: '이미지 빌드하기', en: 'Build the image' },
      instruction: {
        ko: '`docker build -t hello .`로 이미지를 빌드해요. `-t hello`는 이미지에 붙일 이름(태그)이고, 마지막 `.`은 "지금 폴더를 빌드 컨텍스트로 보내라"는 뜻이에요. hello 폴더 안에서 실행해야 해요.',
        en: 'Build the image with `docker build -t hello .`. `-t hello` names (tags) the image; the final `.` sends this folder as the build context. Run it inside the hello folder.',
      },
      commands: ['docker build -t hello .'],
      hints: [
        { ko: '마지막의 점(.)을 빠뜨리기 쉬워요.', en: 'The final dot (.) is easy to forget.' },
        { ko: '`docker build --tag hello .`나 `docker image build -t hello:latest .`도 같은 일을 해요.', en: '`docker build --tag hello .` and `docker image build -t hello:latest .` do the same.' },
        { ko: '옛 강의 자료의 `Step 1/3 : FROM alpine` 같은 출력이 보고 싶으면 `DOCKER_BUILDKIT=0 docker build -t hello .`로 예전 빌더를 써 봐요. 목표는 똑같이 인정돼요.', en: 'To see the `Step 1/3 : FROM alpine` output older tutorials show, use the classic builder: `DOCKER_BUILDKIT=0 docker build -t hello .`. It counts just the same.' },
      ],
      explanation: {
        ko: 'Dockerfile의 명령이 한 단계씩 실행됐어요. FROM에서 alpine을 가져오고(없으면 내려받고), RUN의 결과가 새 레이어가 되고, CMD가 시작 명령으로 기록됐어요. 마지막에 나온 ID가 새 이미지의 ID이고, hello:latest라는 이름이 붙었어요.',
        en: 'The Dockerfile ran step by step: FROM fetched alpine (pulling it if needed), RUN\'s result became a new layer, CMD was recorded as the start command. The ID at the end is the new image\'s, tagged hello:latest.',
      },
      goal: [
        condition({ ko: 'hello라는 이름의 이미지가 있어요.', en: 'There is an image named hello.' }, (c) => imageOf(c, 'hello') !== undefined),
        condition({ ko: 'hello 이미지의 시작 명령이 Dockerfile의 CMD(cat /hello.txt)예요.', en: 'The hello image starts with the Dockerfile\'s CMD (cat /hello.txt).' }, (c) => helloCommand(c) === 'cat /hello.txt'),
      ],
      solution: ['docker build -t hello .'],
      errors: ['no-dockerfile', 'build-step-failed', 'build-source-missing'],
    },
    {
      id: 'history',
      title: { ko: '빌드한 이미지 살펴보기', en: 'Look at the built image' },
      instruction: {
        ko: '`docker images`로 hello 이미지를 찾고, `docker history hello`로 Dockerfile의 각 줄이 어떤 레이어가 됐는지 봐요.',
        en: 'Find hello with `docker images`, then see with `docker history hello` what each Dockerfile line became.',
      },
      commands: ['docker images', 'docker history hello'],
      hints: [{ ko: 'history는 위에서부터 최신 순이에요. 맨 위가 CMD 줄이에요.', en: 'history lists the newest first: CMD is at the top.' }],
      explanation: {
        ko: 'RUN 줄은 파일을 만들었으니 크기가 있는 레이어가 됐고, CMD 줄은 설정만 바꿔서 0B예요. 그 아래는 alpine의 레이어 그대로예요.',
        en: 'The RUN line made a file, so its layer has a size; CMD only changed settings, 0B. Below are alpine\'s layers, unchanged.',
      },
      goal: [
        ranCommand('history', { ko: '`docker history hello`로 레이어를 봤어요.', en: 'You looked at the layers with `docker history hello`.' }, (cmd, _r, c) => {
          const id = operandImage(c, cmd);
          return id !== undefined && id === imageOf(c, 'hello')?.id;
        }),
      ],
      solution: ['docker history hello'],
      errors: ['no-such-image'],
    },
    {
      id: 'run',
      title: { ko: '내 이미지 실행하기', en: 'Run your image' },
      instruction: {
        ko: '`docker run hello`로 방금 만든 이미지를 실행해요. 명령을 따로 적지 않았으니 CMD가 실행돼요.',
        en: 'Run the image you just made with `docker run hello`. No command is given, so CMD runs.',
      },
      commands: ['docker run hello'],
      hints: [{ ko: '"Unable to find image \'hello:latest\'"가 나오면 앞 단계의 빌드가 성공했는지 확인해요.', en: 'If you see "Unable to find image \'hello:latest\'", check that the build succeeded.' }],
      explanation: {
        ko: 'RUN이 빌드할 때 만든 /hello.txt를 CMD의 cat이 읽어서 인사말이 나왔어요. 이미지는 내려받지 않았어요. 내 컴퓨터에서 빌드했으니 이미 캐시에 있거든요.',
        en: 'CMD\'s cat read the /hello.txt that RUN made during the build. Nothing was pulled: you built the image here, so it was already in the cache.',
      },
      goal: [
        condition({ ko: 'hello 이미지로 만든 컨테이너가 정상으로 실행되었어요.', en: 'A container from the hello image ran successfully.' }, (c) =>
          runsOf(c, 'hello').some((run) => run.exitCodes.includes(0) && run.args.join(' ') === 'cat /hello.txt'),
        ),
      ],
      solution: ['docker run hello'],
      errors: ['pull-access-denied'],
    },
    {
      id: 'rebuild',
      title: { ko: '다시 빌드해서 캐시 보기', en: 'Build again and see the cache' },
      instruction: {
        ko: 'Dockerfile을 바꾸지 않고 `docker build -t hello .`를 한 번 더 실행해요. 처음보다 얼마나 빨리 끝나는지, 출력에서 무엇이 달라졌는지 봐요.',
        en: 'Without changing the Dockerfile, run `docker build -t hello .` once more. How much faster is it, and what changed in the output?',
      },
      commands: ['docker build -t hello .'],
      hints: [{ ko: '↑ 키로 앞의 빌드 명령을 불러올 수 있어요.', en: '↑ recalls the earlier build command.' }],
      explanation: {
        ko: '캐시를 쓴 단계에는 CACHED가 나왔어요(예전 빌더에서는 ` ---> Using cache`). 도커는 같은 부모 레이어 위에서 같은 명령을 실행한 적이 있으면 그 결과를 다시 써요. 그래서 RUN을 또 실행하지 않았고, 이미지 ID도 처음과 같아요. 어느 한 줄을 바꾸면 그 줄부터 아래는 다시 실행돼요.',
        en: 'The steps that came from the cache say CACHED (` ---> Using cache` with the classic builder): when Docker has run the same instruction on the same parent layer, it reuses the result. RUN did not run again and the image ID is the same. Change one line and everything from that line down runs again.',
      },
      goal: [
        condition({ ko: 'hello 이미지를 두 번 이상 빌드했어요.', en: 'You built the hello image at least twice.' }, (c) => builds(c).filter(({ record }) => buildTag(record)?.replace(/:latest$/, '') === 'hello').length >= 2),
        condition({ ko: '마지막 빌드가 캐시를 썼어요.', en: 'The last build used the cache.' }, (c) => {
          const last = builds(c).at(-1);
          return last !== undefined && usedCache(c, last.record);
        }),
      ],
      solution: ['docker build -t hello .'],
      errors: ['build-step-failed'],
    },
    {
      id: 'dockerfile-dev',
      title: { ko: '개발용 Dockerfile로 빌드하기', en: 'Build from the development Dockerfile' },
      instruction: {
        ko: 'Dockerfile 이름이 다르면 `-f`로 알려 줘요. `cat Dockerfile.dev`로 내용을 보고, `docker build -f Dockerfile.dev -t hello:dev .`로 빌드해요. 그다음 `docker run -it hello:dev`로 들어가서 `cat /hello.txt`를 확인하고 `exit`로 나와요.',
        en: 'A Dockerfile with another name is given with `-f`. Read `cat Dockerfile.dev`, build it with `docker build -f Dockerfile.dev -t hello:dev .`, then go in with `docker run -it hello:dev`, check `cat /hello.txt` and `exit`.',
      },
      commands: ['cat Dockerfile.dev', 'docker build -f Dockerfile.dev -t hello:dev .', 'docker run -it hello:dev', 'cat /hello.txt', 'exit'],
      hints: [
        { ko: '태그 dev가 버전 표시 역할을 해요. hello:latest와 hello:dev는 같은 저장소의 다른 이미지예요.', en: 'The dev tag marks a variant: hello:latest and hello:dev are two images in one repository.' },
      ],
      explanation: {
        ko: 'Dockerfile.dev의 CMD는 sh라서 컨테이너가 셸로 시작했어요. FROM alpine 단계는 캐시 덕분에 바로 끝났고, RUN은 명령이 달라서 새로 실행됐어요. CMD를 여러 번 쓰면 마지막 것만 남는다는 것도 기억해 둬요.',
        en: 'Dockerfile.dev\'s CMD is sh, so the container started a shell. FROM alpine was instant thanks to the cache; RUN ran again because its command differs. Remember too that with several CMD lines only the last counts.',
      },
      goal: [
        condition({ ko: 'hello:dev 이미지가 있고 시작 명령이 sh예요.', en: 'There is a hello:dev image that starts sh.' }, (c) => c.facts.imageCommand('hello:dev')?.join(' ') === 'sh'),
        condition({ ko: 'hello:dev 이미지로 컨테이너를 실행했어요.', en: 'You ran a container from hello:dev.' }, (c) => runsOf(c, 'hello:dev').some((run) => run.exitCodes.length > 0)),
      ],
      solution: ['docker build -f Dockerfile.dev -t hello:dev .', 'docker run -it hello:dev', 'cat /hello.txt', 'exit'],
      errors: ['no-dockerfile', 'build-step-failed', 'build-source-missing'],
    },
  ],
  summary: {
    ko: 'Dockerfile로 이미지를 만드는 법을 배웠어요. FROM으로 바탕을 고르고, RUN으로 레이어를 더하고, CMD로 시작 명령을 정해요. `docker build -t 이름 .`로 빌드하고, 다시 빌드하면 바뀌지 않은 단계는 캐시에서 가져와요. 이름이 다른 Dockerfile은 `-f`로 골라요.',
    en: 'You built images from Dockerfiles: FROM picks the base, RUN adds layers, CMD names the start command. `docker build -t name .` builds; unchanged steps come from the cache next time; `-f` picks a differently named Dockerfile.',
  },
};
