// One batch in the database while the next is read and checked: a file's rows are parsed and validated
// in Node while Neo4j works on the previous batch, instead of each waiting for the other. Batches still
// run one after another, in order (their claims on the job node are sequential).

export class OneAhead {
  private pending: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;

  /** Waits for the batch in flight, then starts this one without waiting for it. */
  async start(work: () => Promise<void>): Promise<void> {
    await this.finish();
    this.pending = work().catch((error: unknown) => {
      // Kept, not thrown here: nobody awaits this promise until the next start or finish.
      this.failure = { error };
    });
  }

  /** Waits for the batch in flight; rethrows its failure. */
  async finish(): Promise<void> {
    await this.pending;
    if (this.failure) throw this.failure.error;
  }
}
