#!/usr/bin/python3
"""A stand-in for Slack's incoming webhooks (no Slack to run here), written from Slack's documented
contract (api.slack.com/messaging/webhooks, "Handling errors"): a POST of a JSON object with "text"
(and optional "blocks") to a hook URL answers 200 "ok"; otherwise a plain-text error code:
400 invalid_payload (not JSON / not an object), 400 no_text (neither text nor blocks),
403 action_prohibited, 403 invalid_token (a revoked hook), 404 no_service (no such hook: removed or
disabled), 404 team_disabled, 404 channel_not_found, 410 channel_is_archived.

    slack-webhook-standin.py RECORD_FILE [--tls CERT KEY]

Listens on a free port of 127.0.0.1 and prints it on stdout. Known hooks (last path segment):
"good" posts, "prohibited" is refused by the workspace, "revoked" has a revoked token, "team-disabled"
belongs to a disabled workspace, "channel-gone" to a deleted channel, "archived" to an archived channel,
"broken" fails with 500; any other path is no_service. Every request is appended to RECORD_FILE as one
JSON line {"path", "contentType", "body"} so a test can check what arrived. With --tls it speaks HTTPS
with that certificate (a self-signed one shows that clients verify certificates).
"""
import json
import ssl
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

RECORD = sys.argv[1]
# The hooks that exist, and the documented error each one answers a valid message with (None: "ok").
KNOWN = {
    "good": None,
    "prohibited": (403, "action_prohibited"),
    "revoked": (403, "invalid_token"),
    "team-disabled": (404, "team_disabled"),
    "channel-gone": (404, "channel_not_found"),
    "archived": (410, "channel_is_archived"),
    "broken": None,
}


class Hook(BaseHTTPRequestHandler):
    def answer(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        with open(RECORD, "a", encoding="utf-8") as f:
            f.write(json.dumps({"path": self.path, "contentType": self.headers.get("Content-Type"),
                                "body": raw.decode("utf-8", "replace")}) + "\n")
        hook = self.path.rstrip("/").rsplit("/", 1)[-1]
        if not self.path.startswith("/services/") or hook not in KNOWN:
            return self.answer(404, "no_service")
        if hook == "broken":
            return self.answer(500, "internal_error")
        try:
            payload = json.loads(raw)
        except ValueError:
            return self.answer(400, "invalid_payload")
        if not isinstance(payload, dict):
            return self.answer(400, "invalid_payload")
        if not payload.get("text") and not payload.get("blocks"):
            return self.answer(400, "no_text")
        if "blocks" in payload and not isinstance(payload["blocks"], list):
            return self.answer(400, "invalid_blocks")
        if KNOWN[hook]:
            return self.answer(*KNOWN[hook])
        return self.answer(200, "ok")

    def do_GET(self):
        self.answer(405, "method_not_allowed")

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Hook)
if sys.argv[2:3] == ["--tls"]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
