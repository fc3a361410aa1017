// What the standalone scripts' `react` and `react-dom/client` add to Preact's compat layer
// (reactAsPreact in vite.standalone.config.mts): the two things the panel relies on that compat
// lacks, and React's timing of effects. The ES module for React hosts keeps real React.
import { options, type ComponentChildren } from 'preact';
import { createContext, createElement, useContext, useId as useRootLocalId } from 'preact/compat';
import { createRoot as createPreactRoot } from 'preact/compat/client';

// Effects run right after the render, without waiting for a frame, as React's do after a
// commit. Preact's default waits for the next animation frame, which while the page loads comes
// after its first layout and paint, and the panel's query is sent from an effect (Apollo's
// useQuery subscribes there): that wait held back the query.
options.requestAnimationFrame = (flushEffects) => queueMicrotask(flushEffects);

/** What every id that useId() makes under a root starts with. */
const RootIdPrefix = createContext('');
let rootsCreated = 0;

/**
 * React's useId(): unique on the page. Preact's counts from the same start in every root, so two
 * roots (two panels, or a panel beside the sales view) would share ids and mix up their labels.
 */
export function useId(): string {
  return useContext(RootIdPrefix) + useRootLocalId();
}

/** React's createRoot(), with its `identifierPrefix` (Preact's takes no options): each root's ids are its own. */
export function createRoot(container: Element, options?: { identifierPrefix?: string }) {
  rootsCreated += 1;
  const prefix = `${options?.identifierPrefix ?? ''}r${rootsCreated}-`;
  const root = createPreactRoot(container);
  return {
    render(children: ComponentChildren): void {
      root.render(createElement(RootIdPrefix.Provider, { value: prefix }, children));
    },
    unmount(): void {
      root.unmount();
    },
  };
}
