/** The editor's texts (app/src/editor/): Korean first; English must have every key. */
export const editorKo = {
  'editor.title': '편집기',
  'editor.toggle.open': '편집기 열기',
  'editor.toggle.close': '편집기 닫기',
  'editor.tree.label': '홈 폴더의 파일',
  'editor.tree.home': '~ (홈 폴더)',
  'editor.tree.empty': '파일이 없어요.',
  'editor.action.newFile': '새 파일',
  'editor.action.newFolder': '새 폴더',
  'editor.action.rename': '이름 바꾸기',
  'editor.action.delete': '지우기',
  'editor.action.ok': '확인',
  'editor.action.cancel': '취소',
  'editor.prompt.newFile': '{dir}에 만들 파일 이름',
  'editor.prompt.newFolder': '{dir}에 만들 폴더 이름',
  'editor.prompt.rename': '{name}의 새 이름',
  'editor.confirm.delete': '{name}을 지울까요? 되돌릴 수 없어요.',
  'editor.confirm.deleteFolder': '{name} 폴더와 그 안의 파일을 모두 지울까요? 되돌릴 수 없어요.',
  'editor.error.emptyName': '이름을 적어 주세요.',
  'editor.error.slash': '이름에는 /를 쓸 수 없어요.',
  'editor.error.dots': '. 이나 ..은 이름으로 쓸 수 없어요.',
  'editor.error.exists': '같은 이름이 벌써 있어요.',
  'editor.error.fs': '파일을 바꾸지 못했어요: {message}',
  'editor.error.binary': '이 파일은 글자로 된 파일이 아니라서 열 수 없어요.',
  'editor.empty': '왼쪽 목록에서 파일을 골라 열어 보세요. Dockerfile을 열면 바로 빌드할 수 있어요.',
  'editor.loading': '편집기를 불러오고 있어요…',
  'editor.loadFailed': '편집기를 불러오지 못했어요. 페이지를 새로 고쳐 보세요.',
  'editor.fileLabel': '{path} 편집',
  'editor.status.saved': '저장했어요',
  'editor.status.modified': '저장 전',
  'editor.status.removed': '열어 둔 파일이 터미널에서 지워졌어요.',
  'editor.build': '빌드',
  'editor.build.label': '{file}을 빌드해요: 저장하고 터미널에 docker build 명령을 입력해요',
  'editor.build.busy': '터미널에서 명령이 끝나기를 기다리고 있어요',
  'editor.result.heading': '지난 빌드 결과',
  'editor.result.running': '빌드하고 있어요…',
  'editor.result.step': '{index}단계',
  'editor.result.failed': '빌드가 실패했어요.',
  'editor.result.ok': '빌드가 끝났어요.',
  'editor.mark.cached': '캐시 사용',
  'editor.mark.changed': '이 줄이 바뀌었어요',
  'editor.mark.files': '복사할 파일이 바뀌었어요',
  'editor.mark.new': '이 바탕 이미지 위에서는 빌드한 적이 없어서 새로 만들었어요',
  'editor.mark.noCache': '--no-cache로 빌드해서 캐시를 쓰지 않았어요',
  'editor.mark.after': '앞 단계가 바뀌어서 다시 만들었어요',
  'editor.mark.built': '새로 만들었어요',
  'editor.mark.failed': '이 단계에서 빌드가 멈췄어요',
  'editor.mark.stale': '빌드한 뒤에 파일을 고쳤어요. 다시 빌드하면 새로 표시해요.',
  'editor.marker.parseError': '문법 오류',
  'editor.help.FROM':
    '새 빌드 단계를 시작하고, 바탕이 될 이미지를 정해요. 이 이미지의 레이어 위에 아래 명령들이 새 레이어를 하나씩 쌓아요. `FROM alpine`이나 `FROM node:20 AS build`처럼 써요.',
  'editor.help.RUN':
    '빌드하는 동안 임시 컨테이너 안에서 명령을 실행하고, 그때 바뀐 파일을 새 레이어로 저장해요. 패키지를 설치하거나 파일을 만들 때 써요. 명령과 바탕이 그대로면 다음 빌드에서는 캐시를 다시 써요.',
  'editor.help.CMD':
    '컨테이너가 시작될 때 기본으로 실행할 명령을 정해요. `docker run 이미지 명령`처럼 명령을 따로 주면 CMD 대신 그 명령이 실행돼요. `CMD ["cat", "/hello.txt"]`처럼 JSON 배열(exec 형식)로 쓰는 게 좋아요.',
  'editor.help.LABEL':
    '이미지에 `키=값` 형태의 정보를 붙여요. 만든 사람, 버전, 설명 같은 것을 적어 두면 `docker inspect`로 확인할 수 있어요. 새 레이어는 만들지 않아요.',
  'editor.help.EXPOSE':
    '컨테이너 안의 프로그램이 어느 포트에서 연결을 기다리는지 적어 둬요. 설명일 뿐이라 포트를 실제로 열지는 않아요. 호스트에서 접속하려면 `docker run -p`로 포트를 이어 줘야 해요.',
  'editor.help.ENV':
    '환경 변수를 정해요. 아래의 빌드 명령뿐 아니라 이 이미지로 만든 컨테이너 안에서도 그 값이 보여요. `ENV 이름=값` 형식으로 써요.',
  'editor.help.ADD':
    '빌드 컨텍스트의 파일을 이미지 안으로 복사해요. COPY와 비슷하지만, 로컬 tar 압축 파일은 풀어서 넣고 URL에서 받아 올 수도 있어요. 특별한 이유가 없다면 뜻이 분명한 COPY를 써요.',
  'editor.help.COPY':
    '빌드 컨텍스트(docker build에 준 폴더)의 파일과 폴더를 이미지 안의 경로로 복사해서 새 레이어를 만들어요. 복사할 파일의 내용이 바뀌면 이 단계부터는 캐시를 쓸 수 없어요.',
  'editor.help.ENTRYPOINT':
    '컨테이너가 시작될 때 언제나 실행할 프로그램을 정해요. CMD가 같이 있으면 CMD는 이 프로그램에 넘길 기본 인자가 돼요. 바꾸려면 `docker run --entrypoint`를 써야 해요.',
  'editor.help.VOLUME':
    '이 경로에 볼륨을 쓰겠다고 표시해요. 컨테이너를 만들 때마다 이 경로에 볼륨이 연결돼서, 컨테이너를 지워도 그 안의 데이터는 남아 있을 수 있어요.',
  'editor.help.USER':
    '아래의 RUN 명령과 컨테이너의 프로그램을 어느 사용자(와 그룹)로 실행할지 정해요. root가 아닌 사용자로 실행하면 더 안전해요.',
  'editor.help.WORKDIR':
    '작업 폴더를 정해요. 아래의 RUN, CMD, ENTRYPOINT, COPY, ADD가 이 폴더를 기준으로 움직이고, 폴더가 없으면 새로 만들어요. `RUN cd …` 대신 써요.',
  'editor.help.ARG':
    '빌드할 때만 쓰는 변수를 정해요. `docker build --build-arg 이름=값`으로 값을 바꿀 수 있고, ENV와 달리 완성된 이미지의 컨테이너에는 남지 않아요.',
  'editor.help.ONBUILD':
    '다른 Dockerfile이 이 이미지를 FROM으로 쓸 때 실행될 명령을 미리 심어 둬요. 지금 하는 빌드에서는 실행되지 않아요.',
  'editor.help.STOPSIGNAL':
    '`docker stop`이 컨테이너를 멈출 때 첫 번째 프로세스(PID 1)에 보낼 신호를 정해요. 정하지 않으면 SIGTERM을 보내요.',
  'editor.help.HEALTHCHECK':
    '컨테이너가 제대로 일하고 있는지 주기적으로 확인할 명령을 정해요. 결과는 `docker ps`의 상태에 healthy 또는 unhealthy로 나타나요.',
  'editor.help.SHELL':
    'RUN, CMD, ENTRYPOINT를 셸 형식으로 썼을 때 쓸 셸을 바꿔요. 기본값은 `["/bin/sh", "-c"]`이고, JSON 배열로만 쓸 수 있어요.',
  'editor.help.MAINTAINER':
    '예전에 이미지를 만든 사람을 적던 명령이에요. 이제는 쓰지 않고, 대신 `LABEL org.opencontainers.image.authors="이름"`을 써요.',
  'editor.complete.image': '내장 레지스트리의 이미지',
} satisfies Record<string, string>;

export type EditorMessageKey = keyof typeof editorKo;

export const editorEn: Readonly<Record<EditorMessageKey, string>> = {
  'editor.title': 'Editor',
  'editor.toggle.open': 'Open the editor',
  'editor.toggle.close': 'Close the editor',
  'editor.tree.label': 'Files in your home folder',
  'editor.tree.home': '~ (home folder)',
  'editor.tree.empty': 'No files yet.',
  'editor.action.newFile': 'New file',
  'editor.action.newFolder': 'New folder',
  'editor.action.rename': 'Rename',
  'editor.action.delete': 'Delete',
  'editor.action.ok': 'OK',
  'editor.action.cancel': 'Cancel',
  'editor.prompt.newFile': 'Name of the new file in {dir}',
  'editor.prompt.newFolder': 'Name of the new folder in {dir}',
  'editor.prompt.rename': 'New name for {name}',
  'editor.confirm.delete': 'Delete {name}? This cannot be undone.',
  'editor.confirm.deleteFolder': 'Delete the folder {name} and everything in it? This cannot be undone.',
  'editor.error.emptyName': 'Please type a name.',
  'editor.error.slash': 'A name cannot contain /.',
  'editor.error.dots': '. and .. cannot be used as names.',
  'editor.error.exists': 'Something with that name is already there.',
  'editor.error.fs': 'The file could not be changed: {message}',
  'editor.error.binary': 'This file is not text, so it cannot be opened here.',
  'editor.empty': 'Pick a file on the left to open it. Open a Dockerfile to build it right away.',
  'editor.loading': 'Loading the editor…',
  'editor.loadFailed': 'The editor could not be loaded. Try reloading the page.',
  'editor.fileLabel': 'Editing {path}',
  'editor.status.saved': 'Saved',
  'editor.status.modified': 'Not saved yet',
  'editor.status.removed': 'The open file was deleted in the terminal.',
  'editor.build': 'Build',
  'editor.build.label': 'Build {file}: save it and type docker build into the terminal',
  'editor.build.busy': 'Waiting for the terminal to finish its command',
  'editor.result.heading': 'Last build',
  'editor.result.running': 'Building…',
  'editor.result.step': 'Step {index}',
  'editor.result.failed': 'The build failed.',
  'editor.result.ok': 'The build finished.',
  'editor.mark.cached': 'Cache used',
  'editor.mark.changed': 'This line changed',
  'editor.mark.files': 'The files to copy changed',
  'editor.mark.new': 'Nothing was built on this base image before, so it was built fresh',
  'editor.mark.noCache': 'Built with --no-cache, so the cache was not used',
  'editor.mark.after': 'Rebuilt because an earlier step changed',
  'editor.mark.built': 'Built fresh',
  'editor.mark.failed': 'The build stopped at this step',
  'editor.mark.stale': 'The file was edited after this build. Build again to refresh these marks.',
  'editor.marker.parseError': 'Syntax error',
  'editor.help.FROM':
    'Starts a new build stage and picks the image it is based on. Each instruction below adds a layer on top of that image’s layers. Written as `FROM alpine` or `FROM node:20 AS build`.',
  'editor.help.RUN':
    'Runs a command in a temporary container during the build and saves the files it changed as a new layer. Use it to install packages or create files. If the command and its base are unchanged, the next build reuses the cache.',
  'editor.help.CMD':
    'Sets the command a container runs by default. A command given to `docker run image command` replaces it. Prefer the JSON array (exec) form, as in `CMD ["cat", "/hello.txt"]`.',
  'editor.help.LABEL':
    'Attaches `key=value` metadata to the image, such as the author, a version or a description; `docker inspect` shows it. It adds no layer.',
  'editor.help.EXPOSE':
    'Documents the ports the program in the container listens on. It does not open them: publish a port with `docker run -p` to reach it from the host.',
  'editor.help.ENV':
    'Sets an environment variable for the build steps below and for every container made from the image. Written as `ENV NAME=value`.',
  'editor.help.ADD':
    'Copies files from the build context into the image. Like COPY, but it unpacks local tar archives and can fetch URLs. Unless you need that, COPY says what it does more plainly.',
  'editor.help.COPY':
    'Copies files and folders from the build context (the folder given to docker build) to a path in the image, as a new layer. When the copied files change, the cache stops at this step.',
  'editor.help.ENTRYPOINT':
    'Sets the program a container always runs. A CMD alongside it becomes its default arguments. Only `docker run --entrypoint` replaces it.',
  'editor.help.VOLUME':
    'Marks a path as a volume. Each new container gets a volume mounted there, so its data can outlive the container.',
  'editor.help.USER':
    'Sets the user (and group) for the RUN instructions below and for the container’s program. Running as a user other than root is safer.',
  'editor.help.WORKDIR':
    'Sets the working folder for the RUN, CMD, ENTRYPOINT, COPY and ADD instructions below, creating it when missing. Use it instead of `RUN cd …`.',
  'editor.help.ARG':
    'Declares a variable for the build only. `docker build --build-arg NAME=value` changes it; unlike ENV it does not stay in the image’s containers.',
  'editor.help.ONBUILD':
    'Plants an instruction that runs when another Dockerfile uses this image in its FROM. It does not run in this build.',
  'editor.help.STOPSIGNAL':
    'Sets the signal `docker stop` sends to the container’s first process (PID 1). SIGTERM when not set.',
  'editor.help.HEALTHCHECK':
    'Sets a command that checks now and then whether the container is working. `docker ps` shows the result as healthy or unhealthy.',
  'editor.help.SHELL':
    'Changes the shell used by RUN, CMD and ENTRYPOINT in shell form. The default is `["/bin/sh", "-c"]`; it must be written as a JSON array.',
  'editor.help.MAINTAINER':
    'The old way to name an image’s author. It is deprecated: use `LABEL org.opencontainers.image.authors="name"` instead.',
  'editor.complete.image': 'Image in the built-in registry',
};
