/**
 * The phone's "your texts are ready — see them" jump: a link to the outputs that
 * sticks to the bottom of the viewport while the outputs are off screen (an
 * IntersectionObserver hides it once they are in view), so a reader who types
 * far above the outputs still sees that something changed. Updates are
 * announced through one polite live region, debounced so a screen reader hears
 * one sentence after a pause in typing, not one per keystroke.
 */
export interface JumpMessages {
  /** "{{count}} texts are ready — see them" (plural forms chosen by the caller). */
  ready: (count: number) => string;
  waiting: string;
  updated: string;
}

const ANNOUNCE_AFTER_MS = 1200;

export class OutputJump {
  private outputsInView = false;
  private touched = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly link: HTMLAnchorElement,
    private readonly live: HTMLElement,
    outputs: HTMLElement,
    private readonly m: JumpMessages,
  ) {
    new IntersectionObserver((entries) => {
      for (const e of entries) this.outputsInView = e.isIntersecting;
      this.sync();
    }).observe(outputs);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const heading = outputs.querySelector<HTMLElement>('h2[tabindex]') ?? outputs;
      outputs.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    });
  }

  /** After each composition: `count` texts shown (0 while the form still lacks something). */
  update(count: number): void {
    this.touched = true;
    this.link.textContent = count ? this.m.ready(count) : this.m.waiting;
    this.sync();
    clearTimeout(this.timer);
    if (!count) return;
    this.timer = setTimeout(() => {
      // Only worth saying while the reader cannot see the outputs change.
      if (!this.outputsInView) this.live.textContent = `${this.m.ready(count)}. ${this.m.updated}`;
    }, ANNOUNCE_AFTER_MS);
  }

  /** Hidden until the next update(), e.g. while an error summary has the reader's attention. */
  pause(): void {
    this.touched = false;
    clearTimeout(this.timer);
    this.sync();
  }

  private sync(): void {
    this.link.hidden = !this.touched || this.outputsInView;
  }
}
