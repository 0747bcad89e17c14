// Ctrl-C, a closed terminal or a polite kill outside a prompt (for example
// while a check's command runs) must end the walk the same way Ctrl-C at a
// prompt does: a "paused" event, the resume command on screen, exit 130.
// While these listeners exist Node does not exit on the signal by itself.
export interface InterruptWatch {
  signal: AbortSignal;
  dispose(): void;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export function watchInterrupts(target: Pick<NodeJS.Process, 'on' | 'off'> = process): InterruptWatch {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => controller.abort(signal);
  for (const s of SIGNALS) target.on(s, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const s of SIGNALS) target.off(s, onSignal);
    },
  };
}
