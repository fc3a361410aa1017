// Unique indexes settle the product's races (one contact per external id or email, one
// stored answer per delivery, one open follow-up per contact and kind), and every path
// that hits one must say so with a duplicate-key error (code 11000) whose `keyPattern`
// names the index's fields: the loser reads the winner, and a contact update that takes
// another contact's identifier is told which one (isDuplicateKeyOn).
import { MongoBulkWriteError, ObjectId, type Collection, type Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '../../api/src/db/errors';
import { ContactModel } from '../../api/src/modules/contact/contact.model';
import { FollowUpModel } from '../../api/src/modules/follow-up/follow-up.model';
import { ResponseModel } from '../../api/src/modules/response/response.model';
import {
  createIndexesOf,
  openModelConnection,
  openTestDatabase,
  recordDuplicateKeyReports,
  tallyRace,
  withClients,
  type DuplicateKeyReport,
  type TestDatabase,
} from './support';

const CLIENTS = 50;

interface ContactKeys {
  _id: ObjectId;
  workspaceId: string;
  externalIdKey: string;
  emailKey: string;
  name?: string;
}

let database: TestDatabase;
let connection: Connection;
let reports: DuplicateKeyReport[];

beforeAll(async () => {
  database = await openTestDatabase('unique', { monitorCommands: true });
  reports = recordDuplicateKeyReports(database.client);
  connection = await openModelConnection(database.name);
  // The product's own unique indexes, as the app creates them at boot.
  await createIndexesOf(connection, [ContactModel, ResponseModel, FollowUpModel]);
});

afterAll(async () => {
  await connection.close();
  await database.drop();
});

describe('concurrent inserts of one unique key', () => {
  // The product's races, each settled by a compound unique index that starts with workspaceId;
  // `ownFields` is what differs between the attempts.
  const races = [
    {
      race: 'two first answers of a new contact',
      collection: 'contacts',
      key: { workspaceId: 'acme', externalIdKey: 'id:new-contact' },
      ownFields: (index: number) => ({ emailKey: `none:${index}` }),
    },
    {
      race: 'duplicate deliveries of one answer',
      collection: 'responses',
      key: { workspaceId: 'acme', source: 'widget', sourceId: 'delivery-1' },
      ownFields: (index: number) => ({ score: index % 11 }),
    },
    {
      race: 'two agents opening the same follow-up',
      collection: 'follow_ups',
      key: { workspaceId: 'acme', openKey: 'open:contact-1:THANK' },
      ownFields: (index: number) => ({ createdBy: `agent-${index}` }),
    },
  ];

  test.each(races)(
    `$race: ${CLIENTS} concurrent inserts into $collection, exactly one succeeds, ${CLIENTS - 1} get code 11000`,
    async ({ collection, key, ownFields }) => {
      const outcome = await withClients(CLIENTS, (clients) =>
        tallyRace(
          clients.map((client, index) =>
            client
              .db(database.name)
              .collection(collection)
              .insertOne({ ...key, ...ownFields(index) }),
          ),
        ),
      );

      expect(outcome.otherErrors).toEqual([]);
      expect(outcome.succeeded).toHaveLength(1);
      expect(outcome.duplicateKeys).toBe(CLIENTS - 1);
      const stored = await database.db.collection(collection).find(key).toArray();
      expect(stored.map((document) => document._id)).toEqual([outcome.succeeded[0]?.insertedId]);
    },
  );
});

describe('every unique violation answers E11000 with keyPattern and keyValue', () => {
  const holder: ContactKeys = {
    _id: new ObjectId(),
    workspaceId: 'acme',
    externalIdKey: 'id:taken',
    emailKey: 'email:taken@example.com',
  };
  const other: ContactKeys = {
    _id: new ObjectId(),
    workspaceId: 'acme',
    externalIdKey: 'id:other',
    emailKey: 'email:other@example.com',
  };
  const byExternalId = {
    keyPattern: { workspaceId: 1, externalIdKey: 1 },
    keyValue: { workspaceId: 'acme', externalIdKey: 'id:taken' },
  };
  const byEmail = {
    keyPattern: { workspaceId: 1, emailKey: 1 },
    keyValue: { workspaceId: 'acme', emailKey: 'email:taken@example.com' },
  };
  let contacts: Collection<ContactKeys>;

  function freshContact(label: string): ContactKeys {
    return { _id: new ObjectId(), workspaceId: 'acme', externalIdKey: `id:${label}`, emailKey: `email:${label}` };
  }

  /** The write must fail the way the product checks (isDuplicateKeyError) and the server must name the key. */
  async function expectDuplicateKey(write: Promise<unknown>, expected: Omit<DuplicateKeyReport, 'code'>) {
    const error: unknown = await write.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(isDuplicateKeyError(error)).toBe(true);
    expect(reports).toEqual([{ code: 11000, ...expected }]);
    // A single-document write's error carries them too (contact updates read keyPattern to
    // name the taken identifier); the driver's bulk errors keep only code and index.
    if (!(error instanceof MongoBulkWriteError)) expect(error).toMatchObject({ code: 11000, ...expected });
    return error;
  }

  async function storedContacts(): Promise<Document[]> {
    return contacts.find().sort({ externalIdKey: 1 }).toArray();
  }

  beforeEach(async () => {
    contacts = database.db.collection<ContactKeys>('contacts');
    await contacts.deleteMany({});
    await contacts.insertMany([holder, other]);
    reports.splice(0);
  });

  test('insertOne of a taken key', async () => {
    await expectDuplicateKey(contacts.insertOne({ ...freshContact('new'), externalIdKey: 'id:taken' }), byExternalId);
    expect(await storedContacts()).toEqual([other, holder]);
  });

  test('insertMany (ordered: false) with one taken key: the others land', async () => {
    const first = freshContact('a');
    const last = freshContact('c');
    const error = await expectDuplicateKey(
      contacts.insertMany([first, { ...freshContact('b'), emailKey: holder.emailKey }, last], { ordered: false }),
      byEmail,
    );
    expect(error).toBeInstanceOf(MongoBulkWriteError);
    expect((error as MongoBulkWriteError).writeErrors).toMatchObject([{ index: 1, code: 11000 }]);
    expect(await storedContacts()).toEqual([first, last, other, holder]);
  });

  test('updateOne $set onto a taken key: the document is unchanged', async () => {
    await expectDuplicateKey(
      contacts.updateOne({ _id: other._id }, { $set: { externalIdKey: holder.externalIdKey } }),
      byExternalId,
    );
    expect(await storedContacts()).toEqual([other, holder]);
  });

  test('upsert that would insert a taken key: nothing is inserted', async () => {
    await expectDuplicateKey(
      contacts.updateOne(
        { workspaceId: 'acme', externalIdKey: 'id:new' },
        { $set: { emailKey: holder.emailKey } },
        { upsert: true },
      ),
      byEmail,
    );
    expect(await storedContacts()).toEqual([other, holder]);
  });

  test('findOneAndUpdate $set onto a taken key: the document is unchanged', async () => {
    await expectDuplicateKey(
      contacts.findOneAndUpdate(
        { _id: other._id, workspaceId: 'acme' },
        { $set: { emailKey: holder.emailKey } },
        { returnDocument: 'after' },
      ),
      byEmail,
    );
    expect(await storedContacts()).toEqual([other, holder]);
  });

  test('bulkWrite updateOne onto a taken key (ordered: false): the other update lands', async () => {
    const error = await expectDuplicateKey(
      contacts.bulkWrite(
        [
          { updateOne: { filter: { _id: other._id }, update: { $set: { externalIdKey: holder.externalIdKey } } } },
          { updateOne: { filter: { _id: holder._id }, update: { $set: { name: 'kept' } } } },
        ],
        { ordered: false },
      ),
      byExternalId,
    );
    expect((error as MongoBulkWriteError).writeErrors).toMatchObject([{ index: 0, code: 11000 }]);
    expect(await storedContacts()).toEqual([other, { ...holder, name: 'kept' }]);
  });

  test('insertOne of a taken _id', async () => {
    await expectDuplicateKey(contacts.insertOne({ ...freshContact('new'), _id: holder._id }), {
      keyPattern: { _id: 1 },
      keyValue: { _id: holder._id },
    });
    expect(await storedContacts()).toEqual([other, holder]);
  });
});
