import { condition, containersOf, imageOf, operandImage, ranCommand, runsOf } from './conditions';
import { dockerCommands } from './commands';
import type { GoalContext, Lesson } from './types';

/** Images other than alpine that sit on alpine's layers with at least one more of their own. */
function imagesOnAlpine(c: GoalContext) {
  const alpine = imageOf(c, 'alpine');
  if (!alpine) return [];
  return c.snapshot.images.filter(
    (image) =>
      image.id !== alpine.id &&
      image.layers.length > alpine.layers.length &&
      alpine.layers.every((layer, i) => image.layers[i]?.chainId === layer.chainId),
  );
}

/** Containers from alpine whose own layer holds an added or changed file. */
function changedAlpineContainers(c: GoalContext) {
  return containersOf(c, 'alpine').filter((x) => c.facts.changes(x.id).some((change) => change.kind !== 'D' && change.path !== '/root' && change.path !== '/root/.ash_history'));
}

export const layers: Lesson = {
  id: 'layers',
  number: 3,
  title: { ko: '레이어와 유니온 파일 시스템', en: 'Layers and the union filesystem' },
  intro: {
    ko: '이미지는 읽기만 할 수 있는 레이어를 층층이 쌓은 거예요. 맨 아래에는 alpine 같은 베이스 이미지의 레이어가 있고, 무언가 바뀔 때마다 그 위에 레이어가 하나씩 올라가요. 컨테이너가 보는 파일 시스템은 이 레이어들을 겹쳐 하나로 보여 준 것(유니온 파일 시스템)이에요.\n\n컨테이너를 만들면 맨 위에 그 컨테이너만의 쓰기 레이어가 하나 더 생겨요. 컨테이너 안에서 파일을 바꾸면 그 쓰기 레이어에만 기록되고, 아래의 이미지 레이어는 그대로예요. 이번 레슨에서 직접 확인해요. alpine 이미지는 미리 내려받아 두었어요.',
    en: 'An image is a stack of read-only layers. At the bottom lie the layers of a base image such as alpine; every change adds a layer on top. What a container sees is all the layers merged into one view: the union filesystem.\n\nA container adds one writable layer of its own on top. Files changed inside the container are written there only; the image\'s layers below stay as they are. You will see it for yourself; alpine has been pulled for you.',
  },
  concepts: [6, 7, 11],
  start: ['docker pull alpine'],
  steps: [
    {
      id: 'history',
      title: { ko: '이미지의 레이어 보기', en: 'Look at an image\'s layers' },
      instruction: {
        ko: '`docker history alpine`으로 alpine 이미지가 어떻게 쌓였는지 봐요. 맨 아래 줄이 가장 먼저 만든 레이어예요.',
        en: 'See how the alpine image was stacked with `docker history alpine`. The bottom line is the first layer made.',
      },
      commands: ['docker history alpine'],
      hints: [{ ko: '`docker image history alpine`도 같은 명령이에요.', en: '`docker image history alpine` is the same.' }],
      explanation: {
        ko: 'ADD 줄이 alpine의 파일 전체(7.99MB)를 담은 바탕 레이어예요. CMD 줄은 크기가 0B예요. 시작 명령만 정하고 파일은 바꾸지 않았기 때문이에요.',
        en: 'The ADD line is the base layer holding all of alpine\'s files (7.99MB). The CMD line is 0B: it only sets the start command and changes no files.',
      },
      goal: [
        ranCommand('history', { ko: '`docker history alpine`으로 레이어를 봤어요.', en: 'You looked at the layers with `docker history alpine`.' }, (cmd, _r, c) => operandImage(c, cmd) === imageOf(c, 'alpine')?.id),
      ],
      solution: ['docker history alpine'],
      errors: ['no-such-image'],
    },
    {
      id: 'change-file',
      title: { ko: '컨테이너 안에서 파일 만들기', en: 'Make a file inside a container' },
      instruction: {
        ko: '`note`라는 이름의 컨테이너에서 파일을 하나 만들어요. `sh -c "…"`는 따옴표 안의 명령을 셸로 실행해요.',
        en: 'Make a file in a container named `note`. `sh -c "…"` runs the quoted command with the shell.',
      },
      commands: ['docker run --name note alpine sh -c "echo hello > /greeting.txt"'],
      hints: [
        { ko: '이미 `note`라는 컨테이너가 있다면 `docker rm note`로 지우고 다시 해요.', en: 'If a container named `note` exists already, remove it with `docker rm note` first.' },
      ],
      explanation: {
        ko: '/greeting.txt는 note 컨테이너의 쓰기 레이어에 만들어졌어요. 컨테이너는 이미 끝났지만, 지우기 전까지 쓰기 레이어는 남아 있어요.',
        en: '/greeting.txt went into note\'s writable layer. The container has ended, but its layer stays until the container is removed.',
      },
      goal: [
        condition({ ko: 'alpine 컨테이너 안에서 새 파일을 만들었어요.', en: 'A new file was made inside an alpine container.' }, (c) => changedAlpineContainers(c).length > 0),
      ],
      solution: ['docker run --name note alpine sh -c "echo hello > /greeting.txt"'],
      errors: ['name-in-use'],
    },
    {
      id: 'diff',
      title: { ko: '바뀐 것 확인하기', en: 'See what changed' },
      instruction: {
        ko: '`docker diff note`는 컨테이너가 이미지와 비교해 무엇을 바꿨는지 보여 줘요.',
        en: '`docker diff note` shows what the container changed compared with its image.',
      },
      commands: ['docker diff note'],
      hints: [{ ko: 'A는 추가(Added), C는 변경(Changed), D는 삭제(Deleted)예요.', en: 'A is added, C changed, D deleted.' }],
      explanation: {
        ko: '`A /greeting.txt` 한 줄이 보여요. 컨테이너의 쓰기 레이어에 든 것이 바로 이것뿐이에요.',
        en: 'One line, `A /greeting.txt`: that is all the container\'s writable layer holds.',
      },
      goal: [ranCommand('diff', { ko: '`docker diff`로 컨테이너의 변경 사항을 봤어요.', en: 'You saw the container\'s changes with `docker diff`.' })],
      solution: ['docker diff note'],
      errors: ['no-such-container'],
    },
    {
      id: 'image-unchanged',
      title: { ko: '이미지는 그대로인지 확인하기', en: 'Check that the image did not change' },
      instruction: {
        ko: '같은 alpine 이미지로 새 컨테이너를 만들어 그 파일을 찾아봐요. `--rm`은 컨테이너가 끝나면 바로 지워 주는 옵션이에요.',
        en: 'Make a new container from the same alpine image and look for the file. `--rm` removes the container as soon as it ends.',
      },
      commands: ['docker run --rm alpine cat /greeting.txt'],
      hints: [{ ko: '오류가 나는 게 맞아요. 무슨 뜻인지 생각해 봐요.', en: 'An error is expected here: think about what it means.' }],
      explanation: {
        ko: '"No such file or directory"가 나왔어요. note 컨테이너의 변경은 note의 쓰기 레이어에만 있고, alpine 이미지는 조금도 바뀌지 않았어요. 새 컨테이너는 깨끗한 alpine에서 시작해요.',
        en: '"No such file or directory": note\'s change lives only in note\'s writable layer and the alpine image did not change at all. A new container starts from a clean alpine.',
      },
      goal: [
        condition({ ko: '새 alpine 컨테이너에서 /greeting.txt를 찾아봤어요.', en: 'You looked for /greeting.txt in a new alpine container.' }, (c) =>
          dockerCommands(c.commands, 'run').some(({ record }) => /greeting\.txt/.test(record.line) && !/--name[ =]note\b/.test(record.line) && !/>\s*\/greeting\.txt/.test(record.line)),
        ),
      ],
      solution: ['docker run --rm alpine cat /greeting.txt'],
      errors: ['file-not-in-container'],
    },
    {
      id: 'commit',
      title: { ko: '컨테이너를 이미지로 만들기', en: 'Turn the container into an image' },
      instruction: {
        ko: '`docker commit note greeting`은 note 컨테이너의 쓰기 레이어를 새 레이어로 굳혀서, alpine 레이어 위에 얹은 새 이미지 `greeting`을 만들어요.',
        en: '`docker commit note greeting` freezes note\'s writable layer into a new layer and makes a new image, `greeting`, with it on top of alpine\'s layers.',
      },
      commands: ['docker commit note greeting', 'docker images'],
      hints: [{ ko: '`docker container commit note greeting`도 같아요. 태그를 붙이려면 `greeting:1.0`처럼 써요.', en: '`docker container commit note greeting` is the same; add a tag as in `greeting:1.0`.' }],
      explanation: {
        ko: '`docker images`에 alpine과 greeting이 둘 다 7.99MB로 보이지만, 디스크를 두 배로 쓰지는 않아요. greeting은 alpine의 바탕 레이어를 함께 쓰고 자기 레이어 하나만 더 가졌어요. 그림에서 두 이미지가 같은 레이어를 나눠 쓰는 걸 볼 수 있어요.',
        en: '`docker images` shows alpine and greeting at 7.99MB each, yet the disk does not hold it twice: greeting shares alpine\'s base layer and adds a single layer of its own. The diagram shows the two images sharing it.',
      },
      goal: [
        condition({ ko: 'alpine 레이어 위에 레이어를 하나 더 얹은 새 이미지가 있어요.', en: 'There is a new image with a layer on top of alpine\'s.' }, (c) => imagesOnAlpine(c).length > 0),
        condition({ ko: 'alpine의 바탕 레이어를 두 이미지가 함께 써요.', en: 'Two images share alpine\'s base layer.' }, (c) => {
          const base = imageOf(c, 'alpine')?.layers[0];
          return base !== undefined && (c.snapshot.layers[base.chainId]?.sharedBy ?? 0) >= 2;
        }),
      ],
      solution: ['docker commit note greeting'],
      errors: ['no-such-container'],
    },
    {
      id: 'new-history',
      title: { ko: '새 이미지의 레이어 보기', en: 'Look at the new image\'s layers' },
      instruction: {
        ko: '`docker history greeting`을 `docker history alpine`과 비교해 봐요. 맨 위에 무엇이 더해졌나요?',
        en: 'Compare `docker history greeting` with `docker history alpine`. What was added on top?',
      },
      commands: ['docker history greeting'],
      hints: [{ ko: '아래 두 줄은 alpine과 똑같아요.', en: 'The bottom two lines are alpine\'s.' }],
      explanation: {
        ko: '맨 위에 commit으로 만든 레이어가 하나 생겼어요. 크기는 greeting.txt 한 파일만큼이에요. 이미지를 고칠 때마다 이렇게 바뀐 부분만 레이어로 더해지니, 새 버전을 받을 때도 바뀐 레이어만 내려받으면 돼요.',
        en: 'A layer made by commit sits on top, the size of greeting.txt alone. Every change adds only what changed, which is why updating an image downloads only the new layers.',
      },
      goal: [
        ranCommand('history', { ko: '새 이미지의 레이어를 `docker history`로 봤어요.', en: 'You looked at the new image\'s layers with `docker history`.' }, (cmd, _r, c) => {
          const id = operandImage(c, cmd);
          return id !== undefined && imagesOnAlpine(c).some((image) => image.id === id);
        }),
      ],
      solution: ['docker history greeting'],
      errors: ['no-such-image'],
    },
    {
      id: 'run-new-image',
      title: { ko: '새 이미지로 실행하기', en: 'Run the new image' },
      instruction: {
        ko: '이번에는 greeting 이미지로 새 컨테이너를 만들어 같은 파일을 읽어 봐요.',
        en: 'Now make a new container from the greeting image and read the same file.',
      },
      commands: ['docker run --rm greeting cat /greeting.txt'],
      hints: [{ ko: '이미지 이름만 alpine에서 greeting으로 바꾸면 돼요.', en: 'Only the image name changes, from alpine to greeting.' }],
      explanation: {
        ko: 'hello가 출력됐어요. 파일이 이제 이미지의 레이어에 들어 있어서, 이 이미지로 만든 컨테이너는 모두 처음부터 그 파일을 가져요.',
        en: 'It printed hello. The file is now in one of the image\'s layers, so every container made from this image starts with it.',
      },
      goal: [
        condition({ ko: '새 이미지로 만든 컨테이너가 정상으로 실행되었어요.', en: 'A container from the new image ran successfully.' }, (c) =>
          imagesOnAlpine(c).some((image) => runsOf(c, image.id).some((run) => run.exitCodes.includes(0))),
        ),
      ],
      solution: ['docker run --rm greeting cat /greeting.txt'],
      errors: ['pull-access-denied'],
    },
  ],
  summary: {
    ko: '이미지는 읽기 전용 레이어의 묶음이고, 컨테이너는 그 위에 자기만의 쓰기 레이어를 하나 더 가져요. 컨테이너 안의 변경은 이미지에 영향을 주지 않고, `docker commit`으로 굳혀야 새 이미지의 레이어가 돼요. 같은 레이어는 여러 이미지가 나눠 써서 공간을 아껴요.',
    en: 'An image is a set of read-only layers; a container adds a writable layer of its own. Changes in a container never reach the image unless `docker commit` turns them into a new image\'s layer. Images share identical layers and save space.',
  },
};
