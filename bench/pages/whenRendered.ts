/** Resolves once `ready()` holds and the frame showing it has been produced (the next task after that frame). */
export function whenRendered(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => {
      if (ready()) setTimeout(resolve, 0);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

declare global {
  interface Window {
    /** Called by bench/run.mjs with the notes as plain paragraphs; resolves when the last one is on screen. */
    __benchLoad(paragraphs: string[]): Promise<void>;
  }
}
