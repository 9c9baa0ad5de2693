// Exports places as a CSV file in the national standard: open-data fields only (no IBAN, no
// contact people, no qualification record), so anyone may download it.
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { PlaceFilter, PlaceRepository } from './place.repository';
import { headerLine, rowFromPlace, rowsToCsv } from './standard-csv';

export class PlaceExportService {
  constructor(
    private readonly places: PlaceRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  async exportCsv(filter: PlaceFilter): Promise<string> {
    const parts = [headerLine()];
    for await (const batch of this.places.scan(filter)) {
      const owners = new Map((await this.organisations.findByIds([...new Set(batch.map((p) => p.organisationId))])).map((o) => [o.id, o]));
      parts.push(
        rowsToCsv(
          batch.map((place) => {
            const owner = owners.get(place.organisationId);
            return rowFromPlace(place, owner ? (owner.siret ?? owner.rna ?? owner.siren) : null);
          }),
        ),
      );
    }
    return parts.join('');
  }
}
