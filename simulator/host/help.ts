/**
 * The host shell's `help`: what can be typed at the prompt. Korean when the
 * session's LANG is Korean (the app's default), English otherwise.
 */
import type { CommandIO } from '../util/io';

const ko = `고래 터미널에서 쓸 수 있는 명령어예요.

  docker ...        도커 클라이언트예요. 먼저 'docker run hello-world'를 입력해 보세요.
  docker --help     도커 명령어 목록을 보여 줘요.
  help              지금 보고 있는 이 안내를 다시 보여 줘요.
  clear             화면을 깨끗하게 지워요.
  echo TEXT         글자를 그대로 출력해요. 'echo $?'는 바로 전 명령의 종료 코드를 보여 줘요.
  pwd, env, export  현재 폴더와 환경 변수를 보거나 바꿔요.
  ls, cd, cat       파일 목록을 보고, 폴더를 옮기고, 파일 내용을 봐요.
  mkdir, touch      폴더와 빈 파일을 만들어요.
  cp, mv, rm, rmdir 파일을 복사하고, 옮기고, 지워요.
  echo hi > a.txt   '>'는 출력을 파일에 저장해요 ('>>'는 뒤에 덧붙여요).

단축키: ↑/↓ 이전 명령, Tab 자동 완성, Ctrl+C 실행 중단, Ctrl+L 화면 지우기
`;

const en = `Commands you can use in the Gorae terminal:

  docker ...        The Docker client. Start with 'docker run hello-world'.
  docker --help     Lists Docker's commands.
  help              Shows this help again.
  clear             Clears the screen.
  echo TEXT         Prints text. 'echo $?' shows the exit status of the last command.
  pwd, env, export  Show or change the working directory and environment.
  ls, cd, cat       List files, change directory, print files.
  mkdir, touch      Make directories and empty files.
  cp, mv, rm, rmdir Copy, move and remove files.
  echo hi > a.txt   '>' saves output to a file ('>>' appends).

Keys: Up/Down history, Tab completion, Ctrl+C interrupt, Ctrl+L clear screen
`;

export function hostHelpText(env: Readonly<Record<string, string>>): string {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.startsWith('ko') ? ko : en;
}

export function help(_args: string[], io: CommandIO): number {
  io.stdout.write(hostHelpText(io.env));
  return 0;
}
