import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Which inline form of a card is open (`'done'`, `'dismiss'`, ...), and keyboard focus that
 * goes back to the button that opened it when the form closes (Cancel, Escape, or a save
 * that leaves the card in place), instead of being lost to the page.
 */
export function useInlineForm<Mode extends string>() {
  const [mode, setMode] = useState<Mode | null>(null);
  const triggers = useRef(new Map<Mode, HTMLButtonElement>());
  const returnFocusTo = useRef<Mode | null>(null);

  useEffect(() => {
    if (mode !== null || returnFocusTo.current === null) return;
    triggers.current.get(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [mode]);

  const open = useCallback((next: Mode) => setMode(next), []);
  const close = useCallback(() => {
    returnFocusTo.current = mode;
    setMode(null);
  }, [mode]);
  /** A callback ref for the button that opens the form `target`. */
  const triggerRef = useCallback(
    (target: Mode) => (button: HTMLButtonElement | null) => {
      if (button) triggers.current.set(target, button);
      else triggers.current.delete(target);
    },
    [],
  );

  return { mode, open, close, triggerRef };
}
