/** Korean, the default language. Written in plain 해요체. */
export const ko = {
  'app.name': '고래',
  'app.nameLatin': 'Gorae',
  'app.tagline': '브라우저에서 바로 실습하는 도커 교실',
  'app.documentTitle': '고래 · 브라우저 도커 교실',
  'header.languageSwitch': 'English',
  'header.languageSwitchLabel': '영어로 보기',
  'status.starting': '준비 중',
  'status.idle': '입력 대기',
  'status.running': '실행 중',
  'terminal.label': '도커 실습 터미널',
  'terminal.welcome': '고래 터미널에 오신 걸 환영해요!',
  'terminal.hint': "먼저 'docker run hello-world'를 입력해 보세요. 쓸 수 있는 명령어는 'help'로 볼 수 있어요.",
  'error.notIsolated': '이 페이지가 교차 출처 격리(cross-origin isolation) 상태가 아니라서 일부 컨테이너가 제대로 동작하지 않을 수 있어요.',
  'error.startFailed': '고래를 시작하지 못했어요. 페이지를 새로 고쳐 주세요.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof ko;
export type Messages = Readonly<Record<MessageKey, string>>;
