// Supervision of embedded Neo4j: when its process dies the driver is replaced by a fresh one on the
// restarted database, with a backing-off schedule; meanwhile the state says `restarting`, so the
// Database answers DatabaseUnavailableError (503) instead of hanging. External databases are only
// up or down.
import { EventEmitter } from 'node:events';
import type { Driver } from 'neo4j-driver';
import { logger } from '../../server/logger';
import type { EmbeddedDatabaseConfig } from './config';
import { createDriver, verify, type DatabaseConnection, type DatabaseInfo } from './driver';
import { EmbeddedStartError, startEmbeddedNeo4j, type EmbeddedExit, type EmbeddedNeo4j } from './embedded';

/** Restart schedule after the embedded database dies; one object, a comment per field. */
const SUPERVISION = {
  /** Wait before the first restart attempt. */
  firstDelayMs: 1_000,
  /** Each failed attempt doubles the wait, up to this. */
  maxDelayMs: 30_000,
  /** A database that has run this long is healthy again: the next death starts from firstDelayMs. */
  stableAfterMs: 60_000,
};

/** `up`: answering; `restarting`: embedded Neo4j died and is being started again; `down`: closed. */
export type DatabaseState = 'up' | 'restarting' | 'down';

export interface LastExit {
  at: string;
  reason: string;
  code: number | null;
  signal: string | null;
}

export interface SupervisionStatus {
  state: DatabaseState;
  /** Successful restarts since open(). */
  restarts: number;
  lastExit: LastExit | null;
  /** From the death to the restarted database answering, for the last restart. */
  lastRestartMs: number | null;
  /** When the current process (or, externally, the driver) came up. */
  upSince: string | null;
}

export interface RestartEvent {
  generation: number;
  connection: DatabaseConnection;
}

/** What a restart replaces: the driver, the embedded process and its URI and password (info is updated in place). */
export interface LiveConnection {
  driver: Driver;
  info: DatabaseInfo;
  password: string;
  embedded: EmbeddedNeo4j | undefined;
}

export class Supervisor {
  private _state: DatabaseState = 'up';
  private restarts = 0;
  private lastExit: LastExit | null = null;
  private lastRestartMs: number | null = null;
  private upSince = new Date();
  private delayMs = SUPERVISION.firstDelayMs;
  private restartTimer: NodeJS.Timeout | undefined;
  private stableTimer: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly events = new EventEmitter();
  private _generation = 0;

  constructor(
    readonly live: LiveConnection,
    private readonly embeddedConfig: EmbeddedDatabaseConfig | undefined,
  ) {
    if (live.embedded) this.supervise(live.embedded);
  }

  get state(): DatabaseState {
    return this._state;
  }

  /** Counts restarts: each one brings a new driver (and maybe a new URI). */
  get generation(): number {
    return this._generation;
  }

  connection(): DatabaseConnection {
    const { boltUri, user, database } = this.live.info;
    return { uri: boltUri, user, password: this.live.password, database };
  }

  onRestart(listener: (event: RestartEvent) => void): () => void {
    this.events.on('restart', listener);
    return () => {
      this.events.off('restart', listener);
    };
  }

  status(): SupervisionStatus {
    return {
      state: this._state,
      restarts: this.restarts,
      lastExit: this.lastExit,
      lastRestartMs: this.lastRestartMs,
      upSince: this._state === 'up' ? this.upSince.toISOString() : null,
    };
  }

  /** Stops supervising, then closes the driver and stops the embedded process. */
  async close(): Promise<void> {
    this.closing = true;
    this._state = 'down';
    clearTimeout(this.restartTimer);
    clearTimeout(this.stableTimer);
    this.events.removeAllListeners();
    await this.live.driver.close();
    await this.live.embedded?.stop();
  }

  private supervise(embedded: EmbeddedNeo4j): void {
    embedded.onExit((exit) => this.onEmbeddedExit(embedded, exit));
    clearTimeout(this.stableTimer);
    this.stableTimer = setTimeout(() => {
      this.delayMs = SUPERVISION.firstDelayMs;
    }, SUPERVISION.stableAfterMs);
    this.stableTimer.unref();
  }

  private onEmbeddedExit(embedded: EmbeddedNeo4j, exit: EmbeddedExit): void {
    if (this.closing || embedded !== this.live.embedded) return;
    clearTimeout(this.stableTimer);
    this._state = 'restarting';
    this.lastExit = { at: exit.at.toISOString(), reason: exit.reason, code: exit.code, signal: exit.signal };
    logger.error(
      { exitCode: exit.code, signal: exit.signal, stderr: exit.stderrTail, neo4jPid: embedded.pid, restartInMs: this.delayMs },
      `embedded Neo4j died (${exit.reason}); restarting it / 嵌入式 Neo4j 意外退出，正在重启`,
    );
    const dead = this.live.driver;
    void dead.close().catch(() => undefined);
    this.scheduleRestart(exit.at.getTime());
  }

  private scheduleRestart(diedAt: number): void {
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, SUPERVISION.maxDelayMs);
    this.restartTimer = setTimeout(() => void this.restart(diedAt), delay);
    this.restartTimer.unref();
  }

  private async restart(diedAt: number): Promise<void> {
    const config = this.embeddedConfig;
    if (!config || this.closing) return;
    const previousPort = this.live.embedded?.port ?? config.port;
    let started: EmbeddedNeo4j | undefined;
    try {
      // The same port keeps the URI analysts were shown; a port picked for us (0) that someone took
      // meanwhile is given up for a new free one.
      try {
        started = await startEmbeddedNeo4j({ ...config, port: previousPort });
      } catch (error) {
        if (!(error instanceof EmbeddedStartError && error.failure === 'port_taken' && config.port === 0)) throw error;
        started = await startEmbeddedNeo4j({ ...config, port: 0 });
      }
      const driver = createDriver(started.uri, this.live.info.user, started.password);
      try {
        await verify(driver, { ...this.live.info, boltUri: started.uri });
      } catch (error) {
        await driver.close();
        throw error;
      }
      if (this.closing) {
        await driver.close();
        await started.stop();
        return;
      }
      this.live.embedded = started;
      this.live.driver = driver;
      this.live.info.boltUri = started.uri;
      this.live.password = started.password;
      this._state = 'up';
      this.upSince = new Date();
      this.restarts += 1;
      this._generation += 1;
      this.lastRestartMs = Date.now() - diedAt;
      this.supervise(started);
      logger.info(
        { uri: started.uri, neo4jPid: started.pid, restarts: this.restarts, downMs: this.lastRestartMs },
        'embedded Neo4j restarted / 嵌入式 Neo4j 已重启',
      );
      this.events.emit('restart', { generation: this._generation, connection: this.connection() } satisfies RestartEvent);
    } catch (error) {
      await started?.stop().catch(() => undefined);
      if (this.closing) return;
      logger.error({ err: error, retryInMs: this.delayMs }, 'embedded Neo4j did not restart; trying again / 嵌入式 Neo4j 重启失败，将再次尝试');
      this.scheduleRestart(diedAt);
    }
  }
}
