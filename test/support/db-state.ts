import { ContactModel } from '../../api/src/modules/contact/contact.model';
import { ResponseModel } from '../../api/src/modules/response/response.model';

/**
 * Everything stored in the test's database, as plain JSON, so a failing case can assert
 * that nothing at all changed.
 */
export async function storedState(): Promise<string> {
  const [contacts, responses] = await Promise.all([
    ContactModel.find().sort({ _id: 1 }).lean().exec(),
    ResponseModel.find().sort({ _id: 1 }).lean().exec(),
  ]);
  return JSON.stringify({ contacts, responses });
}

/** Empties contacts and responses (workspaces stay), for tests that need a clean slate. */
export async function clearContactData(): Promise<void> {
  await Promise.all([ContactModel.deleteMany({}).exec(), ResponseModel.deleteMany({}).exec()]);
}
