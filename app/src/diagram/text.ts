/** Words the diagram and its details share. */
import { t, tf } from '../i18n';
import type { ContainerStateSnapshot } from '../engine/engine';

/** "종료됨 (코드 0)", "실행 중"… */
export function stateText(state: ContainerStateSnapshot, exitCode: number): string {
  if (state === 'created' || state === 'running' || state === 'paused') return t(`diagram.state.${state}`);
  if (state === 'exited') return tf('diagram.state.exited', { code: exitCode });
  return tf('diagram.state.other', { state });
}
