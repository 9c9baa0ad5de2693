// Per-request batching: a list of applications asks for each one's documents at once.
import DataLoader from 'dataloader';
import type { DocumentEntity } from '../documents/document.entity';
import type { DocumentRepository } from '../documents/document.repository';
import type { ApplicationRepository } from './application.repository';

export function createApplicationLoaders(applications: ApplicationRepository, documents: DocumentRepository) {
  return {
    /** The documents of each application's latest submission, keyed `<placeId>:<programmeId>`. */
    applicationDocuments: new DataLoader(async (keys: readonly string[]) => {
      const pairs = keys.map((key) => {
        const [placeId, programmeId] = key.split(':');
        return { placeId, programmeId };
      });
      const links = await applications.latestDocumentIds(pairs);
      const byId = new Map((await documents.findByIds([...new Set(links.map((l) => l.documentId))])).map((d) => [d.id, d]));
      return keys.map((key) => links.filter((l) => `${l.placeId}:${l.programmeId}` === key).flatMap((l) => byId.get(l.documentId) ?? []) as DocumentEntity[]);
    }),
  };
}
