// Every statement on documents and the bytes the PostgreSQL store keeps. The service's rules
// decide what is written; the reads and writes of a transaction take its manager.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { DocumentEntity } from './document.entity';

export class DocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<DocumentEntity | null> {
    return manager.getRepository(DocumentEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<DocumentEntity[]> {
    return manager.getRepository(DocumentEntity).findBy({ id: In([...ids]) });
  }

  /** Locks the document for the rest of the transaction: one upload at a time is accepted. */
  lockById(manager: EntityManager, id: string): Promise<DocumentEntity | null> {
    return manager.getRepository(DocumentEntity).createQueryBuilder('d').setLock('pessimistic_write').where('d.id = :id', { id }).getOne();
  }

  save(manager: EntityManager, document: DocumentEntity): Promise<DocumentEntity> {
    return manager.getRepository(DocumentEntity).save(document);
  }

  async insertContent(manager: EntityManager, documentId: string, content: Buffer): Promise<void> {
    await manager.query(`INSERT INTO document_content (document_id, content) VALUES ($1, $2)`, [documentId, content]);
  }

  async readContent(documentId: string): Promise<Buffer | undefined> {
    const rows: Array<{ content: Buffer }> = await this.dataSource.query(`SELECT content FROM document_content WHERE document_id = $1`, [documentId]);
    return rows[0]?.content;
  }

  /** The programmes whose applications include the document. */
  async programmesSubmittedTo(documentId: string): Promise<string[]> {
    const rows: Array<{ programme_id: string }> = await this.dataSource.query(`SELECT DISTINCT programme_id FROM application_document WHERE document_id = $1`, [documentId]);
    return rows.map((r) => r.programme_id);
  }
}
