/** What every object of one chat reply repeats: the same id and `created` on the completion or on every chunk. */
export interface ChatReplyMeta {
  /** From `newChatCompletionId()`. */
  id: string;
  /** Unix seconds. */
  created: number;
  /** The Workers AI id of the model that served the request (not the alias the client sent). */
  model: string;
}
