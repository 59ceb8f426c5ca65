/**
 * Resolves in a task of its own: a message to ourselves, which browsers do not delay as they do
 * nested timers (a timer nested five deep waits at least 4 ms). For work sliced in a loop; a
 * single step into the next task can also use `inNextTask` (session/next-task.ts, a timer).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
