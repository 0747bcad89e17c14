import { stepContacts } from '../../format/model.js';
import { CONTACTS_FILE } from '../../library/paths.js';
import type { Path } from '../../library/source-file.js';
import { unknownReference } from '../references.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'unknown-contact',
    severity: 'error',
    category: 'structure',
    description: 'An owner, notify, step contacts or alternates entry names no contact in contacts.yaml.',
  },
  runbook({ runbook, directory, at }) {
    const check = (id: string, path: Path) => {
      const message = unknownReference(id, directory.contacts, 'contact', CONTACTS_FILE);
      if (message) at(path, message);
    };
    if (runbook.owner !== undefined) check(runbook.owner, ['owner']);
    for (const [i, id] of (runbook.notify ?? []).entries()) check(id, ['notify', i]);
    for (const [s, step] of runbook.steps.entries()) {
      for (const [i, id] of stepContacts(step).entries()) check(id, ['steps', s, 'contacts', i]);
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
