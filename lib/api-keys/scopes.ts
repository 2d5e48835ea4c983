// What an API key may do. A key holds only the scopes it was created with; each endpoint names the one it needs.
export const API_KEY_SCOPES = ["chats:write", "chats:read", "requests:read", "requests:write"] as const;

export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, { label: string; description: string }> = {
  "chats:write": {
    label: "Send conversations",
    description: "POST /api/v1/conversations: the chat platform pushes conversations and messages.",
  },
  "chats:read": {
    label: "Read conversations and people",
    description: "GET /api/v1/conversations/{id} and /api/v1/subjects: read transcripts, findings and who is in the data.",
  },
  "requests:read": {
    label: "Read requests",
    description: "GET /api/v1/requests/{id}: a data subject request with its status and due dates.",
  },
  "requests:write": {
    label: "Record and work requests",
    description: "POST /api/v1/requests and /api/v1/requests/{id}/{action}: record requests, verify, assign, extend, reject and close them.",
  },
};

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}
