// Every lint rule, in the order `coop lint --rules` lists them: by family, as
// docs/lint.md groups them (structure, flow, people, policy, exercises, hygiene, config).
import type { Rule } from '../rule.js';
import { rule as duplicateRunbookId } from './duplicate-runbook-id.js';
import { rule as duplicateContactId } from './duplicate-contact-id.js';
import { rule as duplicateSystemId } from './duplicate-system-id.js';
import { rule as duplicateStepId } from './duplicate-step-id.js';
import { rule as runbookIdMismatch } from './runbook-id-mismatch.js';
import { rule as unknownContact } from './unknown-contact.js';
import { rule as unknownSystem } from './unknown-system.js';
import { rule as unknownStep } from './unknown-step.js';
import { rule as decisionTooFewChoices } from './decision-too-few-choices.js';
import { rule as duplicateAnswer } from './duplicate-answer.js';
import { rule as checkTimeoutMissing } from './check-timeout-missing.js';
import { rule as checkOnFailureMissing } from './check-on-failure-missing.js';
import { rule as unreachableStep } from './unreachable-step.js';
import { rule as noPathToEnd } from './no-path-to-end.js';
import { rule as branchFallthrough } from './branch-fallthrough.js';
import { rule as contactNoReach } from './contact-no-reach.js';
import { rule as phoneInvalid } from './phone-invalid.js';
import { rule as ownerMissing } from './owner-missing.js';
import { rule as runbookNamesNobody } from './runbook-names-nobody.js';
import { rule as alternatesCycle } from './alternates-cycle.js';
import { rule as reviewOverdue } from './review-overdue.js';
import { rule as reviewedInFuture } from './reviewed-in-future.js';
import { rule as systemRtoRpoMissing } from './system-rto-rpo-missing.js';
import { rule as systemNotCovered } from './system-not-covered.js';
import { rule as exerciseIdMismatch } from './exercise-id-mismatch.js';
import { rule as duplicateExerciseItem } from './duplicate-exercise-item.js';
import { rule as exerciseUnknownRunbook } from './exercise-unknown-runbook.js';
import { rule as exerciseUnknownStep } from './exercise-unknown-step.js';
import { rule as exerciseUnknownObjective } from './exercise-unknown-objective.js';
import { rule as exerciseUnknownContact } from './exercise-unknown-contact.js';
import { rule as injectOutOfOrder } from './inject-out-of-order.js';
import { rule as objectiveNotExercised } from './objective-not-exercised.js';
import { rule as exerciseRoleMissing } from './exercise-role-missing.js';
import { rule as duplicateImprovementId } from './duplicate-improvement-id.js';
import { rule as improvementUnknownReference } from './improvement-unknown-reference.js';
import { rule as improvementOverdue } from './improvement-overdue.js';
import { rule as rtoExceedsMtd } from './rto-exceeds-mtd.js';
import { rule as recoveryExceededRto } from './recovery-exceeded-rto.js';
import { rule as contactVerifiedStale } from './contact-verified-stale.js';
import { rule as controlCharacter } from './control-character.js';
import { rule as checkCommandUnreadable } from './check-command-unreadable.js';
import { rule as unknownRule } from './unknown-rule.js';

export const RULES: readonly Rule[] = [
  duplicateRunbookId,
  duplicateContactId,
  duplicateSystemId,
  duplicateStepId,
  runbookIdMismatch,
  unknownContact,
  unknownSystem,
  unknownStep,
  decisionTooFewChoices,
  duplicateAnswer,
  checkTimeoutMissing,
  checkOnFailureMissing,
  unreachableStep,
  noPathToEnd,
  branchFallthrough,
  contactNoReach,
  phoneInvalid,
  ownerMissing,
  runbookNamesNobody,
  alternatesCycle,
  reviewOverdue,
  reviewedInFuture,
  systemRtoRpoMissing,
  systemNotCovered,
  rtoExceedsMtd,
  recoveryExceededRto,
  contactVerifiedStale,
  exerciseIdMismatch,
  duplicateExerciseItem,
  exerciseUnknownRunbook,
  exerciseUnknownStep,
  exerciseUnknownObjective,
  exerciseUnknownContact,
  injectOutOfOrder,
  objectiveNotExercised,
  exerciseRoleMissing,
  duplicateImprovementId,
  improvementUnknownReference,
  improvementOverdue,
  controlCharacter,
  checkCommandUnreadable,
  unknownRule,
];
