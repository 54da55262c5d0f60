/** How near the window's top or bottom edge (px) a dragged item starts scrolling it, and the fastest step per frame. */
const EDGE = 100;
const FASTEST = 24;

/**
 * While an item is dragged, holding it near the top or bottom of the window scrolls the window,
 * faster nearer the edge, so an item can be carried past what fits on the screen. Scrolling goes on
 * while the pointer rests there (browsers send no events then); the returned function stops it.
 */
export function startDragAutoScroll(): () => void {
  let step = 0;
  let frame = 0;

  function scroll() {
    frame = 0;
    if (step === 0) return;
    window.scrollBy(0, step);
    frame = requestAnimationFrame(scroll);
  }

  function follow(event: DragEvent) {
    const fromTop = event.clientY;
    const fromBottom = window.innerHeight - event.clientY;
    const speed = (distance: number) => Math.ceil(FASTEST * (1 - Math.max(distance, 0) / EDGE));
    step = fromTop < EDGE ? -speed(fromTop) : fromBottom < EDGE ? speed(fromBottom) : 0;
    if (step !== 0 && frame === 0) frame = requestAnimationFrame(scroll);
  }

  document.addEventListener('dragover', follow);
  return () => {
    document.removeEventListener('dragover', follow);
    cancelAnimationFrame(frame);
    frame = 0;
    step = 0;
  };
}
