"""JSON errors: every failure the API answers is {"error": {"status", "message", "detail"}}.

Bad parameters are 400 (not FastAPI's 422), unknown ids 404; nothing a user sends may
become a 500. The OpenAPI document lists these responses on every route.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, UsageError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error answer: raised by route code, turned into JSON by the handler."""

    def __init__(self, status: int, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


class ErrorBody(BaseModel):
    status: int
    message: str
    detail: Any = None


class ErrorOut(BaseModel):
    """The body of every error answer."""

    error: ErrorBody


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Bad parameters"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "Unknown id"}}


def error_response(status: int, message: str, detail: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message, "detail": detail}}, status_code=status,
                        headers=headers)


#: Renders an error as a page for the UI: (request, status, message) -> response.
HtmlErrors = Callable[[Request, int, str], Response]


def install_error_handlers(app: FastAPI, html: HtmlErrors | None = None) -> None:
    """JSON errors for the API; pages (paths outside /api) get ``html`` error pages if given."""

    def answer(request: Request, status: int, message: str, detail: Any = None,
               headers: dict[str, str] | None = None) -> Response:
        if html is not None and not _is_api(request.url.path):
            return html(request, status, message)
        return error_response(status, message, detail, headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, error: ApiError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
        return answer(request, error.status, error.message, error.detail, headers)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, error: RequestValidationError) -> Response:
        detail = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": str(e.get("msg", ""))}
                  for e in error.errors()]
        where = ", ".join(d["where"] for d in detail)
        return answer(request, 400, f"bad parameter: {where}" if where else "bad request", detail)

    @app.exception_handler(UsageError)
    async def _usage(request: Request, error: UsageError) -> Response:
        return answer(request, 400, str(error))

    @app.exception_handler(InputError)
    async def _input(request: Request, error: InputError) -> Response:
        return answer(request, 400, str(error))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else "error"
        return answer(request, error.status_code, message, headers=getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def _internal(request: Request, error: Exception) -> Response:
        # A bug, not the user's fault: logged with its traceback, answered without internals.
        log.exception("internal error on %s %s", request.method, request.url.path)
        return answer(request, 500, "internal error")


def _is_api(path: str) -> bool:
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"
