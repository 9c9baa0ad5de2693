// A raw `COPY … FROM STDIN` on a pg client, through pg's own protocol hooks (the workspace has
// no pg-copy-streams): the baseline the benchmarks measure the service against.
import type { Client } from 'pg';

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

class CopyIn {
  private error?: Error;
  constructor(
    private readonly sql: string,
    private readonly chunks: readonly Buffer[],
    private readonly done: (error?: Error) => void,
  ) {}
  submit(connection: CopyConnection): void {
    connection.query(this.sql);
  }
  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }
  handleCommandComplete(): void {
    // The command tag carries nothing the caller needs; completion is signalled by readyForQuery.
  }
  handleError(error: Error): void {
    this.error = error;
  }
  handleReadyForQuery(): void {
    this.done(this.error);
  }
}

export function copyIn(client: Client, sql: string, chunks: readonly Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    client.query(new CopyIn(sql, chunks, (error) => (error ? reject(error) : resolve())) as never);
  });
}
