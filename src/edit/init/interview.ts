// The coop init interview: the office, who owns the plan, the IT provider and
// its number, which of the usual systems the office has and which scenarios
// it wants runbooks for. What the flags already gave is not asked again.
import { phoneProblem } from '../../lint/phone.js';
import { safeLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrap.js';
import type { Prompter } from '../../walk/drivers/prompter.js';
import type { StarterAnswers } from './starter.js';
import type { ScenarioTemplate, SystemTemplate } from './templates.js';

const required = (what: string) => (text: string) => (text.trim() ? true : `Please give ${what}.`);
const phoneOrNothing = (text: string) => {
  const problem = text.trim() ? phoneProblem(text.trim()) : undefined;
  return problem ? `That number ${problem}.` : true;
};
const optional = (text: string) => text.trim() || undefined;

export async function starterInterview(
  given: Partial<StarterAnswers>,
  catalogue: { systems: SystemTemplate[]; scenarios: ScenarioTemplate[] },
  prompter: Prompter,
  write: (text: string) => unknown,
  width: number,
): Promise<StarterAnswers> {
  const intro =
    'A first library for your office: a few questions, then the files to write are shown before anything is.';
  write(`\n${wrap(intro, width).join('\n')}\n\n`);
  const organization =
    given.organization ??
    (await prompter.input("The office's name, as the binder's cover shows it:", required('a name'))).trim();
  const owner = given.owner ?? {
    name: (await prompter.input('Who owns the plan (their name)?', required('a name'))).trim(),
    phone: optional(await prompter.input('Their phone number (leave it empty if none):', phoneOrNothing)),
  };
  const itProvider = given.itProvider ?? {
    name: (await prompter.input('Who is your IT provider?', required('a name'), 'IT provider')).trim(),
    phone: optional(
      await prompter.input('Its support number (leave it empty if you do not have it to hand):', phoneOrNothing),
    ),
  };
  const systems = given.systems ?? [];
  if (!given.systems)
    for (const system of catalogue.systems)
      if (await prompter.confirm(`Does the office depend on: ${safeLine(system.name)}?`, true)) systems.push(system.id);
  const scenarios = given.scenarios ?? [];
  if (!given.scenarios)
    for (const scenario of catalogue.scenarios)
      if (await prompter.confirm(`A runbook for: ${safeLine(scenario.title)}?`, true)) scenarios.push(scenario.id);
  return {
    organization,
    owner: {
      name: owner.name,
      ...(owner.phone ? { phone: owner.phone } : {}),
      ...(owner.email ? { email: owner.email } : {}),
    },
    itProvider: { name: itProvider.name, ...(itProvider.phone ? { phone: itProvider.phone } : {}) },
    systems,
    scenarios,
  };
}
