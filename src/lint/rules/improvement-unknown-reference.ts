import { CONTACTS_FILE, EXERCISES_FOLDER } from '../../library/paths.js';
import { unknownReference } from '../references.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'improvement-unknown-reference',
    severity: 'error',
    category: 'exercises',
    description: 'A corrective action names an owner, a runbook or an exercise the library does not have.',
  },
  library({ library, directory, report }) {
    for (const item of library.improvements) {
      const { value } = item;
      const check = (key: string, message: string | undefined) => {
        if (message)
          report({
            file: item.file,
            path: [...item.path, key],
            message: `corrective action "${value.id}": ${message}`,
          });
      };
      check('owner', unknownReference(value.owner, directory.contacts, 'contact', CONTACTS_FILE));
      check('runbook', unknownReference(value.runbook, directory.runbooks, 'runbook', 'runbook file'));
      if (value.exercise !== undefined)
        check(
          'exercise',
          unknownReference(value.exercise, directory.exercises, 'exercise', `${EXERCISES_FOLDER}/ folder`),
        );
    }
  },
};
