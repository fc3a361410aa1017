import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content width of an element, following resizes, so a chart is drawn at its real
 * pixel size (legible text at 320 px as at 1000 px) instead of being scaled down.
 * `fallback` until measured, and where ResizeObserver is missing (jsdom).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return [ref, width];
}
