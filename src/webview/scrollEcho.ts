/**
 * Tells the scroll events the page caused itself (following the editor, keeping its place after an
 * update) from the user's. Without it each side would answer the other's scroll with its own,
 * and the two would chase each other. No timers: the page remembers where its own scroll landed,
 * and the first scroll event there is the echo.
 */
export class ScrollEcho {
  #expected: number | undefined;

  /** The page scrolled itself from `from` to `to` (where it really landed, after clamping). */
  scrolled(from: number, to: number): void {
    // Scrolling to where the page already is fires no event: expect none.
    this.#expected = Math.abs(from - to) < 1 ? undefined : to;
  }

  /** Whether the scroll event that left the page at `position` is the page's own; asked once per event. */
  isEcho(position: number): boolean {
    const echo = this.#expected !== undefined && Math.abs(position - this.#expected) < 1;
    this.#expected = undefined;
    return echo;
  }
}
