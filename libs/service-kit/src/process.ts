// How a service process lives and dies: one clear line when start-up fails, a graceful stop
// on SIGINT/SIGTERM (drain HTTP, stop consumers, flush the outbox, close connections).
import { InfrastructureUnavailableError } from '@pass-numerique/messaging';
import { ConfigError } from './config';
import { startTracingFromEnvironment, type RunningTracing } from './tracing';

export async function runProcess(name: string, start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  let running: { stop(): Promise<void> };
  // Registered before anything starts, so that the first request and event are traced too.
  let tracing: RunningTracing | undefined;
  try {
    tracing = startTracingFromEnvironment(name);
    running = await start();
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(`${name}: ${error.message}\n`);
    else if (error instanceof InfrastructureUnavailableError) process.stderr.write(`${name}: ${error.message}\n`);
    else process.stderr.write(`${name}: failed to start: ${(error as Error).message ?? error}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => {
      process.stderr.write(`${name}: still stopping after 15 s on ${signal}; exiting\n`);
      process.exit(1);
    }, 15_000);
    force.unref();
    await running.stop();
    // The last spans (the stop's own work) leave before the process does.
    await tracing?.shutdown().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
