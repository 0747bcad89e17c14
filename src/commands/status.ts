import { UserError } from '../util/errors.js';

export async function run(): Promise<number> {
  throw new UserError('coop status is not available in this build yet');
}
