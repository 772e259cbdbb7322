"""A small client for a running ``attrib serve`` (standard library only: it must start fast).

``attrib check --server URL`` sends each draft with the local configuration to
``POST URL/api/check`` and prints the findings as if they had been found locally.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from attrib.errors import InputError

__all__ = ["post_json", "check_remote"]


def post_json(url: str, payload: dict[str, Any], timeout: float = 120.0) -> Any:
    """POST JSON, return the decoded JSON answer; a failure is an InputError with the server's reason."""
    if not url.startswith(("http://", "https://")):
        raise InputError(f"--server {url}: give an http:// or https:// address")
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as exc:
        try:
            reason = json.loads(exc.read()).get("error", exc.reason)
        except (ValueError, AttributeError):
            reason = exc.reason
        raise InputError(f"server {url}: {exc.code} {reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise InputError(f"server {url}: cannot connect ({getattr(exc, 'reason', exc)})") from None
    except ValueError as exc:
        raise InputError(f"server {url}: answer is not JSON ({exc})") from None


def check_remote(server: str, text: str, path: str, config: Any, markdown: bool | None = None) -> list[Any]:
    """``check_text`` run by a server: the same findings, positions in ``text``."""
    from attrib.check import findings_from_json

    payload: dict[str, Any] = {"text": text, "path": path, "config": {
        "select": list(config.select), "ignore": list(config.ignore), "severity": dict(config.severity),
        "min-severity": config.min_severity}}
    if markdown is not None:
        payload["markdown"] = markdown
    answer = post_json(server.rstrip("/") + "/api/check", payload)
    if not isinstance(answer, dict) or not isinstance(answer.get("findings"), list):
        raise InputError(f"server {server}: answer has no 'findings' list")
    return findings_from_json(answer["findings"])
