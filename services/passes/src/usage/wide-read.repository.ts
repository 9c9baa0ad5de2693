// Queries only: the settings of reads that aggregate every key of a dimension of a national
// programme (10^5 distributors or places, each over up to 8 counter shards). Two settings, for these reads only (SET LOCAL ends
// with their transaction):
//  - work_mem: hashing or sorting 10^5 groups spills to disk at PostgreSQL's default (4 MB);
//  - no index scans: walking the primary key in key order reads about one page per counter row
//    (a key's shards sit wherever their rows were last updated), 4× slower at national scale
//    than reading the dimension's pages once (bitmap or sequential scan) and hashing the groups.
import type { DataSource, EntityManager } from 'typeorm';

export const WIDE_READ_WORK_MEM = '64MB';

export function wideRead<T>(dataSource: DataSource, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL work_mem = '${WIDE_READ_WORK_MEM}'`);
    await manager.query(`SET LOCAL enable_indexscan = off`);
    return read(manager);
  });
}
