import { chatQueries } from "@/lib/api/chat";
import { chatActionFromEvent } from "@/lib/chat/live-chat";
import { reduceChat, type ChatState } from "@/lib/chat/reduce-chat";
import type { LiveResource } from "../live-resource";

/** Chat transcripts: socket replies and unprompted agent messages. Resync refetches the history pages. */
export const liveChat: LiveResource<ChatState> = {
  queryKey: chatQueries.all(),
  keyFor: (event) =>
    event.event === "A2A_RESPONSE" || event.event === "AGENT_MESSAGE"
      ? chatQueries.transcript(event.workspace_id).queryKey
      : null,
  reduce: (state, event) => {
    const action = chatActionFromEvent(event);
    return action ? reduceChat(state, action) : state;
  },
  // Transcripts are never fetched, so this refetches only the history pages they are built from.
  resync: (client) => client.invalidateQueries({ queryKey: chatQueries.all() }),
};
