import { v7 } from 'uuid';

/**
 * A new visit id, made on the tablet at the first save: a UUID version 7 (RFC 9562). Its first
 * 48 bits are the time, so a tablet's ids rise and a synced batch lands at the end of the
 * server's indexes instead of on hundreds of random pages; with random (version 4) ids the
 * commit of each batch cost more than its inserts. The time tells nothing that the visit's
 * `recordedAt` does not already say. The server accepts any UUID, so older tablets still sync.
 */
export function newVisitId(): string {
  return v7();
}
