/** One server-sent event: its `data` lines joined by `\n`, and the other fields when the event set them. */
export interface SseEvent {
  data: string;
  event?: string;
  id?: string;
  retry?: number;
}
