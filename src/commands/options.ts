/** Options every command accepts (declared on the program in src/main/cli.ts). */
export interface GlobalOptions {
  runbooks?: string;
  color?: boolean;
}
