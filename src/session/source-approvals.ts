/**
 * Data on another host is downloaded only once the viewer agrees (see source-agreement.ts): a
 * load waits on the address's approval, given when the viewer clicks — or at once for our own
 * origin and for an address agreed to earlier in this tab.
 */
export class SourceApprovals {
  private readonly entries = new Map<string, { promise: Promise<void>; resolve: () => void }>();

  private entry(url: string) {
    let entry = this.entries.get(url);
    if (!entry) {
      let resolve = () => undefined as void;
      const promise = new Promise<void>((r) => (resolve = r));
      entry = { promise, resolve };
      this.entries.set(url, entry);
    }
    return entry;
  }

  /** Resolves once the viewer has agreed to download from `url`. */
  waitFor(url: string): Promise<void> {
    return this.entry(url).promise;
  }

  approve(url: string): void {
    this.entry(url).resolve();
  }
}
