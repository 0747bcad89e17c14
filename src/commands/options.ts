/** Options every command accepts (declared on the program in src/main/program.ts). */
export interface GlobalOptions {
  runbooks?: string;
  color?: boolean;
}
