// Reading GitHub workflow annotations back, for the github format's tests.

/** A GitHub workflow command, as the runner reads it. */
export const ANNOTATION =
  /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+)(?:,endLine=(\d+))?(?:,endColumn=(\d+))?,title=([^,:]+)::(.*)$/;
