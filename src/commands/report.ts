import { UserError } from '../util/errors.js';

export async function run(): Promise<number> {
  throw new UserError('coop report is not available in this build yet');
}
