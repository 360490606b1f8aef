import type { Config } from '../config.ts';
import type { Briefbot } from '../core.ts';
import type { Logger } from '../log.ts';

/** What every adapter is given: the core to ask and the logger to write to. */
export interface AdapterDeps {
  core: Briefbot;
  config: Config;
  logger: Logger;
  /** Connection state of the other adapters the app runs, for `/healthz`. */
  peers?: () => Record<string, boolean>;
  /** True while the process is too busy to answer within the platforms' deadline. */
  overloaded?: () => boolean;
}

/** A started adapter, as `main` and `/healthz` see it. */
export interface RunningAdapter {
  name: 'discord' | 'slack' | 'console';
  /** True while the platform connection is up (gateway, socket or HTTP listener). */
  connected(): boolean;
  /** Stops intake, lets in-flight answers finish, closes sockets. */
  stop(): Promise<void>;
}
