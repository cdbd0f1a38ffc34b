import { condition, containersOf, runsOf, succeeded } from './conditions';
import { dockerCommands, hasFlag } from './commands';
import { CTRL_P_Q, type GoalContext, type Lesson } from './types';

const isShell = (command: string) => /^(?:\/bin\/)?(?:sh|ash|bash)$/.test(command);

/** alpine containers whose main program is a shell. */
const shells = (c: GoalContext) => containersOf(c, 'alpine').filter((x) => isShell(x.command));

export const insideContainers: Lesson = {
  id: 'inside-containers',
  number: 4,
  title: { ko: '컨테이너 안으로', en: 'Inside a container' },
  intro: {
    ko: '지금까지는 컨테이너가 할 일을 하고 바로 끝났어요. 이번에는 컨테이너 안에서 셸을 띄우고 직접 들어가 봐요. `-i`는 키보드 입력을 컨테이너에 이어 주고, `-t`는 컨테이너에 터미널을 붙여 줘요. 둘을 합쳐 `-it`로 써요.\n\n컨테이너는 격리된 프로세스예요. 컨테이너 안에서는 자기 프로세스만 보이고, 다른 컨테이너의 프로세스는 보이지도 건드릴 수도 없어요. 파일 시스템도 컨테이너마다 따로예요. alpine 이미지는 미리 내려받아 두었어요. alpine에는 bash가 없으니 셸은 `sh`를 써요.',
    en: 'So far containers did their job and ended at once. Now you start a shell in a container and go inside. `-i` connects your keyboard to the container and `-t` gives it a terminal; together, `-it`.\n\nA container is an isolated process: inside, it sees only its own processes and can neither see nor touch another container\'s; each has its own filesystem too. alpine has been pulled for you; it has no bash, so the shell is `sh`.',
  },
  concepts: [2, 9],
  start: ['docker pull alpine'],
  steps: [
    {
      id: 'run-it',
      title: { ko: '셸로 들어가기', en: 'Go in with a shell' },
      instruction: {
        ko: '`docker run -it --name box alpine sh`로 컨테이너 안의 셸을 띄워요. 프롬프트가 `/ #`로 바뀌면 컨테이너 안이에요. 안에서 `ps`로 프로세스를 보고, `hostname`으로 컨테이너의 이름을 확인한 다음, `exit`로 나와요.',
        en: 'Start a shell in a container with `docker run -it --name box alpine sh`. When the prompt turns into `/ #` you are inside. Look at the processes with `ps`, the host name with `hostname`, then leave with `exit`.',
      },
      commands: ['docker run -it --name box alpine sh', 'ps', 'hostname', 'exit'],
      hints: [
        { ko: '`ps`에 보이는 프로세스는 sh(PID 1)와 방금 실행한 ps뿐이에요.', en: '`ps` shows only sh (PID 1) and the ps you just ran.' },
        { ko: '`bash`를 쓰면 "executable file not found"가 나와요. alpine에는 `sh`만 있어요.', en: '`bash` gives "executable file not found": alpine only has `sh`.' },
      ],
      explanation: {
        ko: '컨테이너 안에서 sh는 PID 1이에요. 호스트에 다른 프로그램이 아무리 많이 돌아도 컨테이너 안에서는 보이지 않아요. hostname은 컨테이너 ID의 앞 12글자예요. `exit`로 PID 1인 셸이 끝나면 컨테이너도 함께 멈춰요.',
        en: 'Inside, sh is PID 1; whatever else runs on the host stays invisible. The host name is the first 12 characters of the container ID. When `exit` ends the shell, PID 1, the container stops with it.',
      },
      goal: [
        condition({ ko: '`-it`로 alpine 컨테이너의 셸을 띄웠어요.', en: 'You started a shell in an alpine container with `-it`.' }, (c) =>
          shells(c).length > 0 && dockerCommands(c.commands, 'run').some(({ command }) => hasFlag(command.args, 'i', 'interactive') && hasFlag(command.args, 't', 'tty')),
        ),
        condition({ ko: '`exit`로 셸을 끝내서 컨테이너가 멈췄어요.', en: 'You ended the shell with `exit` and the container stopped.' }, (c) => shells(c).some((x) => x.state === 'exited')),
      ],
      solution: ['docker run -it --name box alpine sh', 'ps', 'hostname', 'exit'],
      errors: ['executable-not-found', 'name-in-use', 'not-a-tty'],
    },
    {
      id: 'start-again',
      title: { ko: '멈춘 컨테이너 다시 켜기', en: 'Start the stopped container again' },
      instruction: {
        ko: '멈춘 컨테이너는 지우지 않는 한 남아 있어요. `docker start box`로 다시 켜고 `docker ps`로 Up 상태인지 확인해요.',
        en: 'A stopped container stays until removed. Start it again with `docker start box` and check with `docker ps` that it is Up.',
      },
      commands: ['docker start box', 'docker ps'],
      hints: [{ ko: '컨테이너 이름 대신 ID 앞부분을 써도 돼요.', en: 'The start of the ID works as well as the name.' }],
      explanation: {
        ko: '컨테이너가 다시 셸을 실행하고, 입력을 기다리며 계속 켜져 있어요. 이번에는 터미널을 붙이지 않았으니 화면은 그대로예요.',
        en: 'The container runs its shell again and stays up, waiting for input. No terminal was attached this time, so your screen did not change.',
      },
      goal: [
        condition({ ko: '셸 컨테이너가 실행 중이에요(Up).', en: 'The shell container is running (Up).' }, (c) => shells(c).some((x) => x.state === 'running')),
      ],
      solution: ['docker start box'],
      errors: ['no-such-container'],
    },
    {
      id: 'exec',
      title: { ko: '실행 중인 컨테이너에 들어가기', en: 'Enter a running container' },
      instruction: {
        ko: '`docker exec -it box sh`는 실행 중인 컨테이너 안에 셸을 하나 더 띄워요. 안에서 `ps`를 입력해 프로세스가 몇 개인지 보고, `exit`로 나와요.',
        en: '`docker exec -it box sh` starts one more shell inside the running container. Type `ps` to count the processes, then `exit`.',
      },
      commands: ['docker exec -it box sh', 'ps', 'exit'],
      hints: [{ ko: '멈춘 컨테이너에는 exec를 쓸 수 없어요. 앞 단계에서 켰는지 확인해요.', en: 'exec does not work on a stopped container: check it was started in the previous step.' }],
      explanation: {
        ko: '이번 `ps`에는 sh가 두 개 보여요. PID 1은 컨테이너의 원래 셸이고, 다른 하나가 exec로 띄운 셸이에요. exec로 띄운 셸은 `exit`해도 컨테이너는 계속 실행돼요. PID 1이 아니니까요.',
        en: 'This `ps` shows two shells: PID 1 is the container\'s own, the other came with exec. Leaving the exec shell does not stop the container, since it is not PID 1.',
      },
      goal: [
        condition({ ko: '`docker exec`로 실행 중인 컨테이너 안에 프로세스를 띄웠어요.', en: 'You started a process in the running container with `docker exec`.' }, (c) =>
          c.events.some((e) => e.topic === '/tasks/exec-started' && shells(c).some((x) => x.id === e.payload.containerId)),
        ),
        condition({ ko: 'exec 셸에서 나온 뒤에도 컨테이너는 계속 실행 중이에요.', en: 'The container still runs after you left the exec shell.' }, (c) =>
          shells(c).some((x) => x.state === 'running') && succeeded(c, 'exec').length > 0,
        ),
      ],
      solution: ['docker exec -it box sh', 'ps', 'exit'],
      errors: ['not-running', 'no-such-container'],
    },
    {
      id: 'attach-detach',
      title: { ko: '붙었다가 켜 둔 채 빠져나오기', en: 'Attach, then detach leaving it running' },
      instruction: {
        ko: '`docker attach box`는 컨테이너의 원래 셸(PID 1)에 터미널을 다시 붙여요. 엔터를 한 번 누르면 `/ #` 프롬프트가 보여요. 여기서 `exit`를 하면 컨테이너가 멈추니까, 대신 Ctrl+P에 이어 Ctrl+Q를 눌러서 컨테이너를 켜 둔 채로 빠져나와요.',
        en: '`docker attach box` connects your terminal to the container\'s own shell (PID 1) again; press Enter once to see the `/ #` prompt. `exit` here would stop the container, so leave it running instead: Ctrl+P, then Ctrl+Q.',
      },
      commands: ['docker attach box', CTRL_P_Q],
      hints: [
        { ko: 'Ctrl 키를 누른 채로 P, 이어서 Q를 눌러요. "read escape sequence"가 나오면 성공이에요.', en: 'Hold Ctrl and press P, then Q. "read escape sequence" means it worked.' },
      ],
      explanation: {
        ko: '"read escape sequence"는 터미널만 떼어 냈다는 뜻이에요. 컨테이너 안의 셸은 여전히 돌고 있어요. exec는 새 프로세스를 띄우고, attach는 이미 돌고 있는 PID 1에 붙는다는 차이를 기억해요.',
        en: '"read escape sequence" means only the terminal was detached; the shell inside keeps running. exec starts a new process, attach joins the PID 1 already running.',
      },
      goal: [
        condition({ ko: '`docker attach`로 컨테이너에 다시 붙었어요.', en: 'You attached to the container with `docker attach`.' }, (c) => dockerCommands(c.commands, 'attach').length > 0),
        condition({ ko: 'Ctrl+P Ctrl+Q로 빠져나와서 컨테이너가 계속 실행 중이에요.', en: 'You left with Ctrl+P Ctrl+Q and the container still runs.' }, (c) => {
          const attaches = dockerCommands(c.commands, 'attach');
          const last = attaches.at(-1);
          // docker attach says "read escape sequence" when Ctrl+P Ctrl+Q detaches it
          return last !== undefined && /read escape sequence/.test(last.record.stderr) && shells(c).some((x) => x.state === 'running');
        }),
      ],
      solution: ['docker attach box', CTRL_P_Q],
      errors: ['no-such-container', 'not-running'],
    },
    {
      id: 'isolation',
      title: { ko: '다른 컨테이너에서 들여다보기', en: 'Look from another container' },
      instruction: {
        ko: 'box가 켜져 있는 동안 다른 컨테이너에서 `ps`를 실행해 봐요. box의 셸이 보일까요?',
        en: 'While box is running, run `ps` in another container. Will box\'s shell show up?',
      },
      commands: ['docker run --rm alpine ps', 'docker run --rm alpine hostname -i'],
      hints: [{ ko: '`docker ps`(컨테이너 목록)와 컨테이너 안의 `ps`(프로세스 목록)는 다른 명령이에요.', en: '`docker ps` (the container list) and `ps` inside a container (its processes) are different commands.' }],
      explanation: {
        ko: '새 컨테이너의 ps에는 자기 자신(PID 1)만 보여요. box의 셸은 같은 컴퓨터에서 돌고 있지만, 컨테이너마다 프로세스 공간(네임스페이스)이 따로라서 서로 볼 수 없어요. 네트워크도 따로예요. `hostname -i`를 해 보면 컨테이너마다 172.17.0.x 같은 자기 IP 주소를 받은 게 보여요. 가상 머신처럼 운영체제를 통째로 복사하지 않고도 이렇게 격리돼요.',
        en: 'The new container\'s ps sees only itself, PID 1. box\'s shell runs on the same machine, but each container has its own process namespace, so neither sees the other. The network is separate too: `hostname -i` shows each container with an IP address of its own, such as 172.17.0.x. All this isolation comes without copying a whole operating system as a VM would.',
      },
      goal: [
        condition({ ko: '셸 컨테이너가 켜져 있는 동안 다른 컨테이너에서 `ps`를 실행했어요.', en: 'You ran `ps` in another container while the shell container was running.' }, (c) =>
          shells(c).some((x) => x.state === 'running') && runsOf(c, 'alpine').some((run) => run.args[0] === 'ps' && run.exitCodes.includes(0)),
        ),
      ],
      solution: ['docker run --rm alpine ps'],
    },
    {
      id: 'clean-up',
      title: { ko: '정리하기', en: 'Clean up' },
      instruction: {
        ko: '실행 중인 box를 한 번에 멈추고 지우려면 `docker rm -f box`를 써요. 그냥 `docker rm box`를 먼저 해 보면 어떤 메시지가 나오는지도 확인해 봐요.',
        en: 'To stop and remove the running box in one go, use `docker rm -f box`. Try plain `docker rm box` first to see what it says.',
      },
      commands: ['docker rm box', 'docker rm -f box'],
      hints: [
        { ko: '`docker stop box`도 되지만, sh는 종료 신호(SIGTERM)를 무시해서 10초 뒤에야 강제로 끝나요.', en: '`docker stop box` works too, but sh ignores SIGTERM, so it is killed only after 10 seconds.' },
      ],
      explanation: {
        ko: '`-f`는 실행 중인 컨테이너를 강제로 끝내고(SIGKILL) 지워요. 컨테이너가 사라지면 그 안의 쓰기 레이어도 함께 사라져요.',
        en: '`-f` kills the running container (SIGKILL) and removes it, writable layer and all.',
      },
      goal: [
        condition({ ko: '셸 컨테이너가 모두 지워졌어요.', en: 'The shell containers are gone.' }, (c) => shells(c).length === 0 && dockerCommands(c.commands, 'rm').length > 0),
      ],
      solution: ['docker rm -f box'],
      errors: ['remove-running-container', 'no-such-container'],
    },
  ],
  summary: {
    ko: '`docker run -it`로 컨테이너 안에 들어가고, `docker exec -it`로 실행 중인 컨테이너에 새 셸을 띄우고, `docker attach`로 원래 프로세스에 다시 붙었어요. PID 1이 끝나면 컨테이너도 멈추고, Ctrl+P Ctrl+Q는 켜 둔 채로 빠져나와요. 컨테이너끼리는 서로의 프로세스를 볼 수 없어요.',
    en: '`docker run -it` took you inside, `docker exec -it` added a shell to a running container, and `docker attach` rejoined its own process. When PID 1 ends the container stops; Ctrl+P Ctrl+Q leaves it running. Containers cannot see each other\'s processes.',
  },
};
