// What a review writes: reviewed (the day) and reviewed_by (who) into the
// runbook, beside the keys a coordinator would look for them, and verified
// (the day) on each contact the reviewer called to check.
import type { Library, Loaded } from '../../library/library.js';
import type { Runbook } from '../../format/model.js';
import { changeOf, type FileChange } from '../change.js';
import { refuseProblems } from '../own-library.js';
import { listItemById, openYamlFile, setKey, topMapping } from '../yaml-file.js';

/** The keys a contact may have, in the schema's order: verified goes after the last of them. */
const CONTACT_KEYS = ['id', 'name', 'role', 'phone', 'email', 'reach', 'alternates', 'hours', 'notes'];

export interface SignOff {
  day: string;
  person: string;
  /** Contact ids called and found right. */
  verified: string[];
}

export function signOffChanges(
  library: Library,
  entry: Loaded<Runbook>,
  signOff: SignOff,
  env: NodeJS.ProcessEnv,
): FileChange[] {
  refuseProblems(library, entry.file.displayPath, env);
  const runbook = openYamlFile(entry.file.absolutePath, entry.file.displayPath);
  const top = topMapping(runbook);
  setKey(runbook, top, 'reviewed', signOff.day, ['owner', 'source', 'summary', 'title', 'id']);
  setKey(runbook, top, 'reviewed_by', signOff.person, ['reviewed']);
  const changes = [changeOf(runbook)];
  const contactsFile = library.contactsFile;
  if (signOff.verified.length > 0 && contactsFile) {
    refuseProblems(library, contactsFile.displayPath, env);
    const contacts = openYamlFile(contactsFile.absolutePath, contactsFile.displayPath);
    for (const id of signOff.verified) {
      const contact = listItemById(topMapping(contacts), 'contacts', id);
      if (contact) setKey(contacts, contact, 'verified', signOff.day, CONTACT_KEYS);
    }
    changes.push(changeOf(contacts));
  }
  return changes;
}
