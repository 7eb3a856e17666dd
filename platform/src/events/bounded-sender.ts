/** The part of a WebSocket the sender needs. */
export type SendTarget = { send(data: string, cb: (err?: Error) => void): void };

/**
 * Sends frames with at most `limit` in flight; beyond that new frames are dropped (and
 * counted) rather than buffered without bound behind a slow client (contract §3.1: 256).
 */
export function boundedSender(target: SendTarget, limit: number, onDrop: (dropped: number) => void) {
  let inFlight = 0;
  let dropped = 0;
  return (frame: string): boolean => {
    if (inFlight >= limit) {
      dropped += 1;
      onDrop(dropped);
      return false;
    }
    inFlight += 1;
    target.send(frame, () => {
      inFlight -= 1;
    });
    return true;
  };
}
