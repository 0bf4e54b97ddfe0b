/** The simulator's only reads of the environment. */
export interface SimulatorEnv {
  appId: string | undefined;
  appSecret: string | undefined;
}

export function readSimulatorEnv(): SimulatorEnv {
  return {
    appId: process.env.ANTRING_APP_ID || undefined,
    appSecret: process.env.ANTRING_APP_SECRET || undefined,
  };
}
