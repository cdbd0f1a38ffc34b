import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface SplitterProps {
  /** The size in pixels of the pane this handle resizes. */
  size: number;
  min: number;
  max: number;
  onChange(size: number): void;
  /** What the handle resizes, for screen readers. */
  label: string;
  /**
   * 'vertical': a bar between two columns (drag sideways, ←/→); 'horizontal': a bar between
   * two rows (drag up and down, ↑/↓).
   */
  orientation?: 'vertical' | 'horizontal';
  /**
   * Which way makes the pane bigger: 1 when it lies before the handle (left of it, above it),
   * -1 when it lies after it (the diagram, right of its handle).
   */
  grows?: 1 | -1;
  testId?: string;
  className?: string;
}

export interface SplitterKeyOptions {
  size: number;
  min: number;
  max: number;
  orientation: 'vertical' | 'horizontal';
  grows: 1 | -1;
  shift: boolean;
}

/**
 * The size a key press asks for, or undefined for a key the splitter leaves alone: the arrows
 * across the bar move it 16 px (64 with Shift), Home and End go to the bounds.
 */
export function sizeForKey(key: string, { size, min, max, orientation, grows, shift }: SplitterKeyOptions): number | undefined {
  const step = shift ? 64 : 16;
  const [less, more] = orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  if (key === less) return clamp(size - grows * step);
  if (key === more) return clamp(size + grows * step);
  if (key === 'Home') return min;
  if (key === 'End') return max;
  return undefined;
}

/**
 * A handle between two panes: drag it with a mouse, a pen or a finger, or focus it and use the
 * arrow keys (Shift for bigger steps), Home and End.
 */
export function Splitter({ size, min, max, onChange, label, orientation = 'vertical', grows = -1, testId = 'splitter', className = '' }: SplitterProps) {
  const drag = useRef<{ start: number; startSize: number } | undefined>(undefined);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  const along = (event: PointerEvent<HTMLDivElement>) => (orientation === 'vertical' ? event.clientX : event.clientY);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { start: along(event), startSize: size };
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(clamp(drag.current.startSize + grows * (along(event) - drag.current.start)));
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = sizeForKey(event.key, { size, min, max, orientation, grows, shift: event.shiftKey });
    if (next === undefined) return;
    onChange(next);
    event.preventDefault();
  };
  return (
    <div
      className={`splitter splitter-${orientation}${className ? ` ${className}` : ''}`}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={size}
      tabIndex={0}
      data-testid={testId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
