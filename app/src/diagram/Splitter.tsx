import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '../i18n';

export interface SplitterProps {
  /** The diagram pane's width in pixels. */
  width: number;
  min: number;
  max: number;
  onChange(width: number): void;
}

/** The handle between terminal and diagram: drag it, or focus it and use ←/→. */
export function Splitter({ width, min, max, onChange }: SplitterProps) {
  const drag = useRef<{ startX: number; startWidth: number } | undefined>(undefined);
  const clamp = useCallback((w: number) => Math.round(Math.min(max, Math.max(min, w))), [min, max]);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { startX: event.clientX, startWidth: width };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(clamp(drag.current.startWidth - (event.clientX - drag.current.startX)));
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 64 : 16;
    if (event.key === 'ArrowLeft') onChange(clamp(width + step));
    else if (event.key === 'ArrowRight') onChange(clamp(width - step));
    else return;
    event.preventDefault();
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('diagram.resize')}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      tabIndex={0}
      data-testid="splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
