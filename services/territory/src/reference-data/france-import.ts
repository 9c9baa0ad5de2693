// Loads the map of France into the territory tables. Runs at every start and does nothing when
// the stored rows come from the installed package version; otherwise replaces them all in one
// transaction (readers see the old map or the new one, never half of each).
import type { DataSource } from 'typeorm';
import { installedPackageVersion, readFranceMap, REFERENCE_PACKAGE } from './france-map';
import { ReferenceDataRepository } from './reference-data.repository';

export interface ImportReport {
  /** False when the stored map already came from the installed package version. */
  imported: boolean;
  packageVersion: string;
  /** The version the rows came from before, when they were replaced. */
  previousVersion: string | null;
  counts?: Record<string, number>;
  durationMs: number;
}

export async function importFrance(dataSource: DataSource, options: { force?: boolean; now?: () => Date } = {}): Promise<ImportReport> {
  const started = Date.now();
  const installed = installedPackageVersion();
  const repository = new ReferenceDataRepository();

  const before = await repository.storedVersion(dataSource.manager, REFERENCE_PACKAGE);
  if (before === installed && !options.force) return { imported: false, packageVersion: installed, previousVersion: before, durationMs: Date.now() - started };

  return dataSource.transaction(async (manager) => {
    // Two service instances starting together must not both import: the second waits, then finds it done.
    await repository.lockImport(manager);
    const previous = await repository.storedVersion(manager, REFERENCE_PACKAGE);
    if (previous === installed && !options.force) return { imported: false, packageVersion: installed, previousVersion: previous, durationMs: Date.now() - started };

    const map = readFranceMap();
    await repository.replaceTerritories(manager, map.rows);
    const durationMs = Date.now() - started;
    await repository.recordImport(manager, { source: REFERENCE_PACKAGE, packageVersion: map.packageVersion, importedAt: (options.now ?? (() => new Date()))(), counts: map.counts, durationMs });
    return { imported: true, packageVersion: map.packageVersion, previousVersion: previous, counts: map.counts, durationMs };
  });
}
