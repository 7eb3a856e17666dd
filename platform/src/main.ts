import { ConfigError, readConfig } from "./config";
import { startPlatform } from "./server";

const config = readConfig();
const platform = await startPlatform(config).catch((err: unknown) => {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`[platform] ${err.message}`);
  process.exit(1);
});
platform.ctx.log.info(
  `listening on :${config.port} (data in ${config.dataDir}, provisioner ${config.provisioner})`,
);

let closing = false;
const shutdown = async (signal: string) => {
  if (closing) return;
  closing = true;
  platform.ctx.log.info(`${signal}: stopping agents and closing`);
  await platform.close();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
