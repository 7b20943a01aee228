// An element's height as a CSS variable on the document, kept up to date: a page that fills the viewport
// below the header (the chain view's canvas) reads it instead of guessing the header's height.
import { useLayoutEffect, type RefObject } from 'react';

export function usePublishedHeight(ref: RefObject<HTMLElement | null>, variable: `--${string}`): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(variable, `${element.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(variable);
    };
  }, [ref, variable]);
}
