// Figures below a programme's totals (a commune, a distributor, a place, a public) describe few
// people where few were helped: a commune with two hand-outs all but names two residents. Signed-in
// callers (programme staff, funders' auditors, partners) read them as they are; the anonymous
// public reads them only through open data (openPassFigures), where no published cell describes
// fewer than OPEN_DATA_THRESHOLD people and complementary cells are suppressed so that nothing can
// be recovered by subtraction — which per-entity answers could not guarantee.
import { DomainError } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';

export function requireDetailReader(identity: Identity): void {
  if (identity.role === 'public') {
    throw new DomainError('FORBIDDEN', 'figures by territory, distributor, place or public are published for everyone in openPassFigures, where small counts are suppressed');
  }
}
