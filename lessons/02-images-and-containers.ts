import { condition, containersOf, hasImage, noImage, ranCommand, shortContainerId } from './conditions';
import type { Lesson } from './types';

export const imagesAndContainers: Lesson = {
  id: 'images-and-containers',
  number: 2,
  title: { ko: '이미지와 컨테이너', en: 'Images and containers' },
  intro: {
    ko: '이미지는 파일 묶음(파일 시스템의 스냅숏)과 시작할 때 실행할 명령을 담은 틀이에요. 한 번 만들어진 이미지는 바뀌지 않아요. 컨테이너는 그 틀로 찍어 낸 실물이라서, 이미지 하나로 컨테이너를 얼마든지 만들 수 있어요.\n\n이번 레슨에서는 `docker run`이 한 번에 하던 일을 하나씩 나눠서 해 봐요. 이미지를 내려받고(pull), 컨테이너를 만들고(create), 시작하고(start), 지우는(rm, rmi) 순서예요. 긴 컨테이너 ID를 짧게 줄여 부르는 방법도 익혀요.',
    en: 'An image is a template: a snapshot of files plus the command to run at start. Once made it never changes. A container is made from that template, and one image can make any number of containers.\n\nThis lesson splits what `docker run` does at once into its parts: pull the image, create a container, start it, and remove them (rm, rmi). You will also refer to containers by a short prefix of their ID.',
  },
  concepts: [5, 6, 8, 9],
  steps: [
    {
      id: 'pull',
      title: { ko: '이미지 내려받기', en: 'Pull an image' },
      instruction: {
        ko: '`docker pull alpine`으로 alpine 이미지를 내려받아요. alpine은 아주 작은 리눅스 배포판이라서 다른 이미지의 바탕(베이스 이미지)으로 자주 쓰여요.',
        en: 'Pull the alpine image with `docker pull alpine`. alpine is a very small Linux distribution, often the base image of others.',
      },
      commands: ['docker pull alpine'],
      hints: [
        { ko: '태그를 적지 않았으니 "Using default tag: latest"가 나와요. alpine은 alpine:latest와 같아요.', en: 'With no tag you get "Using default tag: latest": alpine means alpine:latest.' },
        { ko: '`docker image pull alpine`도 같은 명령이에요.', en: '`docker image pull alpine` does the same.' },
      ],
      explanation: {
        ko: '이미지 이름은 `계정/저장소:태그` 모양이에요. alpine처럼 계정이 없으면 Docker Hub의 공식 이미지(library/alpine)라는 뜻이고, 마지막 줄 docker.io/library/alpine:latest가 전체 이름이에요.',
        en: 'Image names have the form `account/repository:tag`. With no account, as in alpine, it is an official Docker Hub image (library/alpine); the last line, docker.io/library/alpine:latest, is the full name.',
      },
      goal: [hasImage('alpine')],
      solution: ['docker pull alpine'],
      errors: ['pull-access-denied'],
    },
    {
      id: 'images',
      title: { ko: '이미지 목록 보기', en: 'List the images' },
      instruction: {
        ko: '`docker images`로 내 컴퓨터에 있는 이미지를 확인해요. IMAGE ID 열의 12글자를 눈여겨봐요.',
        en: 'Check the images on this machine with `docker images`; note the 12 characters of IMAGE ID.',
      },
      commands: ['docker images'],
      hints: [{ ko: '`docker image ls`도 같은 목록을 보여 줘요.', en: '`docker image ls` shows the same list.' }],
      explanation: {
        ko: 'IMAGE ID는 사실 64글자짜리 sha256 값의 앞부분이에요. 도커는 보기 좋게 12글자만 보여 줘요.',
        en: 'IMAGE ID is the start of a 64-character sha256 value; Docker shows 12 characters to keep it readable.',
      },
      goal: [ranCommand('images', { ko: '`docker images`로 이미지 목록을 봤어요.', en: 'You listed the images with `docker images`.' })],
      solution: ['docker images'],
    },
    {
      id: 'create',
      title: { ko: '컨테이너 만들기만 하기', en: 'Create a container without starting it' },
      instruction: {
        ko: '`docker create alpine echo hello`를 입력해요. 컨테이너를 만들기만 하고 실행하지는 않아요. 출력으로 나오는 긴 문자열이 새 컨테이너의 ID예요.',
        en: 'Type `docker create alpine echo hello`. It creates a container without running it; the long string it prints is the new container\'s ID.',
      },
      commands: ['docker create alpine echo hello'],
      hints: [
        { ko: '이미지 이름 뒤에 쓴 `echo hello`는 이미지의 기본 명령 대신 실행할 명령이에요.', en: 'The `echo hello` after the image name replaces the image\'s default command.' },
      ],
      explanation: {
        ko: '이미지의 파일들이 컨테이너의 디스크로 놓이고, 실행할 명령이 정해졌어요. 하지만 아직 아무 프로그램도 돌지 않아요. 그래서 상태가 Created예요.',
        en: 'The image\'s files became the container\'s disk and the command was set, but nothing runs yet: the state is Created.',
      },
      goal: [
        condition({ ko: 'alpine으로 만든, 아직 시작하지 않은(Created) 컨테이너가 있어요.', en: 'There is a container from alpine that has not been started (Created).' }, (c) =>
          containersOf(c, 'alpine').some((x) => x.state === 'created'),
        ),
      ],
      solution: ['docker create alpine echo hello'],
      errors: ['no-such-image'],
    },
    {
      id: 'ps-all',
      title: { ko: '만들어진 컨테이너 찾기', en: 'Find the created container' },
      instruction: {
        ko: '`docker ps`를 먼저 입력해 봐요. 목록이 비어 있죠? 실행 중인 컨테이너가 없기 때문이에요. 이번에는 `docker ps -a`로 모든 컨테이너를 봐요.',
        en: 'Try `docker ps` first: empty, since nothing runs. Then list every container with `docker ps -a`.',
      },
      commands: ['docker ps', 'docker ps -a'],
      hints: [{ ko: '`docker container ls -a`도 같아요.', en: '`docker container ls -a` is the same.' }],
      explanation: {
        ko: 'STATUS가 Created인 컨테이너가 보여요. CONTAINER ID 열의 앞 몇 글자만으로도 이 컨테이너를 부를 수 있어요. 다른 컨테이너와 겹치지 않을 만큼만 쓰면 돼요.',
        en: 'The container shows up as Created. A few leading characters of its CONTAINER ID are enough to name it, as long as no other ID starts the same way.',
      },
      goal: [
        ranCommand('ps', { ko: '`docker ps -a`로 멈춰 있는 컨테이너까지 봤어요.', en: 'You listed stopped containers too with `docker ps -a`.' }, (cmd) =>
          cmd.args.some((a) => a === '--all' || /^-[a-z]*a[a-z]*$/.test(a)),
        ),
      ],
      solution: ['docker ps -a'],
    },
    {
      id: 'start',
      title: { ko: '짧은 ID로 시작하기', en: 'Start it by a short ID' },
      instruction: {
        ko: '`docker start -a` 뒤에 컨테이너 ID의 앞 네 글자쯤을 붙여 입력해요. 예를 들어 ID가 3f2a9c…라면 `docker start -a 3f2a`예요. `-a`는 컨테이너의 출력을 터미널로 보여 달라는 옵션이에요.',
        en: 'Type `docker start -a` followed by the first four or so characters of the container ID: for an ID 3f2a9c…, `docker start -a 3f2a`. `-a` shows the container\'s output in the terminal.',
      },
      commands: [(c) => `docker start -a ${shortContainerId(c, 'alpine')}`],
      hints: [
        { ko: 'ID는 `docker ps -a`의 CONTAINER ID 열에서 찾아요. 이름(NAMES)을 써도 돼요.', en: 'Find the ID in the CONTAINER ID column of `docker ps -a`; the NAME works too.' },
        { ko: '`-a` 없이 시작하면 출력 대신 컨테이너 ID만 보여요. 출력은 `docker logs`로 볼 수 있어요.', en: 'Without `-a` you only see the ID; `docker logs` shows the output.' },
      ],
      explanation: {
        ko: '`docker run`은 사실 create와 start를 한 번에 한 거예요. 컨테이너가 echo를 실행하고 끝나서 이제 상태가 Exited (0)이에요.',
        en: '`docker run` is create and start in one go. The container ran echo and ended: it is now Exited (0).',
      },
      goal: [
        condition({ ko: 'alpine 컨테이너를 시작해서 프로그램이 정상으로 끝났어요(Exited (0)).', en: 'An alpine container was started and its program ended normally (Exited (0)).' }, (c) =>
          containersOf(c, 'alpine').some((x) => x.state === 'exited' && x.exitCode === 0),
        ),
      ],
      solution: [(c) => `docker start -a ${shortContainerId(c, 'alpine')}`],
      errors: ['no-such-container'],
    },
    {
      id: 'rmi-in-use',
      title: { ko: '쓰이는 이미지 지워 보기', en: 'Try to remove an image in use' },
      instruction: {
        ko: '일부러 실패해 볼 거예요. `docker rmi alpine`으로 alpine 이미지를 지워 봐요. 어떤 메시지가 나오는지 읽어 봐요.',
        en: 'This one is meant to fail: remove the alpine image with `docker rmi alpine` and read the message.',
      },
      commands: ['docker rmi alpine'],
      hints: [{ ko: '`docker image rm alpine`도 같은 명령이에요.', en: '`docker image rm alpine` is the same command.' }],
      explanation: {
        ko: '"conflict: unable to remove repository reference"는 이 이미지로 만든 컨테이너가 아직 있다는 뜻이에요. 컨테이너는 멈춰 있어도 이미지 위에 놓여 있어서, 컨테이너를 먼저 지워야 이미지를 지울 수 있어요.',
        en: '"conflict: unable to remove repository reference" means a container made from the image still exists. Even stopped, it sits on the image, so the container must go first.',
      },
      goal: [
        condition({ ko: '컨테이너가 쓰고 있는 alpine 이미지를 지우려다 거절당했어요.', en: 'Removing the alpine image was refused because a container uses it.' }, (c) =>
          c.commands.some((r) => r.exitCode !== 0 && /conflict: unable to (?:remove|delete)/.test(r.stderr)),
        ),
      ],
      solution: ['docker rmi alpine'],
      errors: ['image-in-use'],
    },
    {
      id: 'rm',
      title: { ko: '컨테이너 지우기', en: 'Remove the container' },
      instruction: {
        ko: '`docker rm` 뒤에 컨테이너 ID 앞부분(또는 이름)을 붙여 컨테이너를 지워요. 지운 뒤 `docker ps -a`로 정말 없어졌는지 확인해요.',
        en: 'Remove the container with `docker rm` and the start of its ID (or its name), then check with `docker ps -a`.',
      },
      commands: [(c) => `docker rm ${shortContainerId(c, 'alpine')}`, 'docker ps -a'],
      hints: [{ ko: '실행 중인 컨테이너는 바로 지울 수 없어요. 이 컨테이너는 이미 끝났으니 괜찮아요.', en: 'A running container cannot be removed as it is; this one has ended, so it is fine.' }],
      explanation: {
        ko: '컨테이너를 지우면 그 안에서 바뀐 내용도 함께 사라져요. 하지만 이미지는 그대로예요. 컨테이너에서 일어난 일은 이미지에 아무 영향도 주지 않아요.',
        en: 'Removing a container removes whatever changed inside it, but the image stays as it was: nothing done in a container touches the image.',
      },
      goal: [
        condition({ ko: 'alpine으로 만든 컨테이너가 하나도 남아 있지 않아요.', en: 'No container made from alpine is left.' }, (c) => containersOf(c, 'alpine').length === 0),
        hasImage('alpine', { ko: 'alpine 이미지는 그대로 남아 있어요.', en: 'The alpine image is still there.' }),
      ],
      solution: [(c) => `docker rm ${shortContainerId(c, 'alpine')}`],
      errors: ['no-such-container', 'remove-running-container'],
    },
    {
      id: 'rmi',
      title: { ko: '이미지 지우기', en: 'Remove the image' },
      instruction: {
        ko: '이제 alpine 이미지를 쓰는 컨테이너가 없어요. `docker rmi alpine`을 다시 입력하고, `docker images`로 목록에서 사라졌는지 확인해요.',
        en: 'No container uses alpine any more. Run `docker rmi alpine` again and check `docker images`.',
      },
      commands: ['docker rmi alpine', 'docker images'],
      hints: [{ ko: 'Untagged는 이름표를 뗐다는 뜻이고, Deleted는 실제로 지웠다는 뜻이에요.', en: 'Untagged means the name was taken off; Deleted means the data went.' }],
      explanation: {
        ko: '이미지를 지우면 그 레이어들도 함께 지워져요(Deleted). 다시 필요하면 언제든 레지스트리에서 내려받으면 돼요.',
        en: 'Removing the image deleted its layers too (Deleted). Pull it again from the registry whenever you need it.',
      },
      goal: [noImage('alpine')],
      solution: ['docker rmi alpine'],
      errors: ['image-in-use', 'no-such-image'],
    },
  ],
  summary: {
    ko: '이미지는 바뀌지 않는 틀이고, 컨테이너는 그 틀로 만든 실물이에요. `docker run`은 pull(필요하면), create, start를 한 번에 해요. 컨테이너는 ID 앞부분이나 이름으로 부를 수 있고, 이미지를 지우려면 그 이미지로 만든 컨테이너부터 지워야 해요.',
    en: 'An image is an unchanging template; a container is made from it. `docker run` pulls (if needed), creates and starts in one go. Containers answer to a short ID prefix or a name, and an image can only be removed once its containers are gone.',
  },
};
