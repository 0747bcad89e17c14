// What a review goes through, in the order a person reads the runbook: its
// warnings, then each step with the ways out of it, then everyone it names.
// Each item has a key that stays the same while the runbook does (step ids,
// answers, contact ids), so an answers file, the record and the minutes name
// it the same way.
import { branchWords } from '../../render/branch-wording.js';
import {
  contactsOfRunbook,
  missingContactWords,
  type ContactView,
  type RunbookView,
  type StepView,
} from '../../library/view.js';

export type ReviewItemKind = 'warning' | 'step' | 'branch' | 'contact';

export interface ReviewItem {
  /** `warning:1`, `step:shut-down-computers`, `branch:director-in-office:Yes`, `contact:executive-director`. */
  key: string;
  kind: ReviewItemKind;
  /** What is being looked at, in a line: the step's words, the branch, the contact's name. */
  text: string;
  /** The step a branch leaves, or the contact, by id. */
  of?: string;
  /** For a branch: the answer or outcome it follows (what an answers file names). */
  label?: string;
  /** What else the person should see to judge it: why, warning, command, when last verified. */
  details: string[];
}

function branchItems(step: StepView): ReviewItem[] {
  return step.branches.flatMap((branch) => {
    const words = branchWords(branch);
    if (!words) return [];
    const label = branch.kind === 'next' ? 'next' : branch.label;
    const sentence = `${words.lead}${words.condition ? ` ${words.condition},` : ''} ${words.action}`;
    return [
      {
        key: `branch:${step.id}:${label}`,
        kind: 'branch' as const,
        text: `Step ${step.number}: ${sentence}`,
        of: step.id,
        label,
        details: [],
      },
    ];
  });
}

function stepDetails(step: StepView): string[] {
  return [
    step.why ? `Why: ${step.why}` : '',
    step.warning ? `Warning: ${step.warning}` : '',
    step.command ? `Runs: ${step.command}${step.timeout ? ` (at most ${step.timeout})` : ''}` : '',
    step.contacts.length ? `Call: ${step.contacts.map((c) => c.name).join(', ')}` : '',
  ].filter(Boolean);
}

function contactDetails(contact: ContactView): string[] {
  if (!contact.known) return [];
  return [
    contact.hours ? `Hours: ${contact.hours}` : '',
    contact.verified ? `Last verified ${contact.verified}` : 'Never verified',
  ].filter(Boolean);
}

function contactText(contact: ContactView): string {
  if (!contact.known) return `${contact.id} (${missingContactWords(contact)})`;
  const ways = [contact.phone, contact.email, contact.reach].filter(Boolean).join(' · ');
  return `${contact.name}${contact.role ? `, ${contact.role}` : ''}: ${ways || 'no way to reach them'}`;
}

export function reviewItems(view: RunbookView): ReviewItem[] {
  const contacts = [...(view.owner ? [view.owner] : []), ...contactsOfRunbook(view)].filter(
    (c, i, all) => all.findIndex((other) => other.id === c.id) === i,
  );
  return [
    ...view.warnings.map((text, i) => ({
      key: `warning:${i + 1}`,
      kind: 'warning' as const,
      text: `Warning ${i + 1}: ${text}`,
      details: [],
    })),
    ...view.steps.flatMap((step) => [
      {
        key: `step:${step.id}`,
        kind: 'step' as const,
        text: `Step ${step.number}: ${step.text}`,
        of: step.id,
        details: stepDetails(step),
      },
      ...branchItems(step),
    ]),
    ...contacts.map((c) => ({
      key: `contact:${c.id}`,
      kind: 'contact' as const,
      text: contactText(c),
      of: c.id,
      details: contactDetails(c),
    })),
  ];
}
