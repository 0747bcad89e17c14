import { stepContacts } from '../../format/model.js';
import { CONTACTS_FILE } from '../../library/paths.js';
import type { Path } from '../../library/source-file.js';
import { unknownReference } from '../references.js';
import type { Runbook } from '../../format/model.js';
import type { Rule } from '../rule.js';

/**
 * Every contact id a runbook names, with where: its owner, its notify list
 * and each step's contacts. A walk says the unknown ones before step 1 too.
 */
export function contactReferences(runbook: Runbook): Array<{ id: string; path: Path }> {
  // Loops, not spreads and flatMap: lint runs this on every runbook, most of whose steps name nobody.
  const found: Array<{ id: string; path: Path }> = [];
  if (runbook.owner !== undefined) found.push({ id: runbook.owner, path: ['owner'] });
  const notify = runbook.notify ?? [];
  for (let i = 0; i < notify.length; i++) found.push({ id: notify[i]!, path: ['notify', i] });
  for (let s = 0; s < runbook.steps.length; s++) {
    const ids = stepContacts(runbook.steps[s]!);
    for (let i = 0; i < ids.length; i++) found.push({ id: ids[i]!, path: ['steps', s, 'contacts', i] });
  }
  return found;
}

export const rule: Rule = {
  meta: {
    id: 'unknown-contact',
    severity: 'error',
    category: 'structure',
    description: 'An owner, notify, step contacts or alternates entry names no contact in contacts.yaml.',
  },
  runbook({ runbook, directory, at }) {
    for (const { id, path } of contactReferences(runbook)) {
      const message = unknownReference(id, directory.contacts, 'contact', CONTACTS_FILE);
      if (message) at(path, message);
    }
  },
  library({ library, directory, report }) {
    for (const contact of library.contacts) {
      contact.value.alternates?.forEach((id, i) => {
        const message = unknownReference(id, directory.contacts, 'contact', CONTACTS_FILE);
        if (message) report({ file: contact.file, path: [...contact.path, 'alternates', i], message });
      });
    }
  },
};
