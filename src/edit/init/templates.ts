// The templates coop init starts a library from, shipped with coop in
// templates/: runbooks for the usual scenarios (the six procedures of the
// shipped plan made general, and four more a continuity plan usually has),
// and the systems a small office usually depends on. They name two contacts
// that coop init writes: plan-owner and it-provider.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../vendor/yaml.js';
import { packageRoot } from '../../library/locate.js';

export interface ScenarioTemplate {
  id: string;
  title: string;
  summary: string;
  /** Absolute path of the template file. */
  path: string;
}

export interface SystemTemplate {
  id: string;
  name: string;
}

export function templatesFolder(): string {
  return join(packageRoot(), 'templates');
}

export const SYSTEMS_TEMPLATE = 'systems.yaml';

/** Every scenario there is a template for, in the order coop init offers them. */
export function scenarioTemplates(): ScenarioTemplate[] {
  const dir = join(templatesFolder(), 'runbooks');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const { id, title, summary } = parse(readFileSync(path, 'utf8')) as ScenarioTemplate;
      return { id, title, summary, path };
    });
}

export function systemTemplates(): SystemTemplate[] {
  const { systems } = parse(readFileSync(join(templatesFolder(), SYSTEMS_TEMPLATE), 'utf8')) as {
    systems: SystemTemplate[];
  };
  return systems.map(({ id, name }) => ({ id, name }));
}
