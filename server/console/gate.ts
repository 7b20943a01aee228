// How many console queries run at once: per user and in the whole server. Past a cap the request
// is refused at once (429) rather than queued, so a burst of console load never waits on, or holds,
// anything the rest of the server needs.
export interface GateLimits {
  perUser: number;
  total: number;
}

export type GateRefusal = { scope: 'user' | 'server'; limit: number };

export class ConcurrencyGate {
  private running = 0;
  private readonly byUser = new Map<string, number>();

  constructor(private readonly limits: GateLimits) {}

  /** A release function, or which cap is full. */
  enter(user: string): { release: () => void } | { refusal: GateRefusal } {
    const mine = this.byUser.get(user) ?? 0;
    if (mine >= this.limits.perUser) return { refusal: { scope: 'user', limit: this.limits.perUser } };
    if (this.running >= this.limits.total) return { refusal: { scope: 'server', limit: this.limits.total } };
    this.running += 1;
    this.byUser.set(user, mine + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running -= 1;
        const left = (this.byUser.get(user) ?? 1) - 1;
        if (left > 0) this.byUser.set(user, left);
        else this.byUser.delete(user);
      },
    };
  }
}
