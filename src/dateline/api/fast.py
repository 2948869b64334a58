"""Plainly valid query strings answered without FastAPI's per-request validation.

On every request FastAPI walks a route's dependency tree and validates each declared query
parameter with pydantic: for /api/events and /api/timeline (fifteen parameters, three
dependencies) that was over half the CPU of a small answer (measured with cProfile on the
100k-event store). :class:`FastRoute` builds, once per route, a plan from the same
declarations (the types, lengths, ranges and patterns of ``Query(...)``) and reads the query
string itself when every parameter is *plainly* valid: a declared name given once, a
non-empty value that is one of the declared words, canonical digits within the declared
range, or a string within the declared length (and of the declared pattern, ASCII only).
It then calls the route's own dependencies and endpoint, as FastAPI would. Anything else
(an unknown form, a repeated name, an empty value, any doubt) goes to FastAPI's handler, so
every parameter error and its message are FastAPI's. A route with path, header, cookie or
body parameters, or a dependency that is not ``async``, is always left to FastAPI.
tests/api/test_fast.py holds both paths to the same answers.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import annotated_types
import fastapi.routing
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

_CANONICAL_INT = re.compile(r"0|[1-9][0-9]{0,17}")
_PLAIN_ASCII = re.compile(r"[ -~]*")  # printable ASCII: where Python's re and pydantic's regex agree
_INVALID = object()
#: The attribute that marks an endpoint whose plainly valid requests FastRoute may answer.
FAST = "dateline_fast_params"

Check = Callable[[str], Any]  # the value, or _INVALID when FastAPI must judge it


@dataclass(frozen=True)
class Param:
    alias: str
    name: str
    check: Check
    default: Any
    required: bool


@dataclass(frozen=True)
class Plan:
    """How to call one dependant (the endpoint or a dependency) from checked values."""

    call: Callable[..., Coroutine[Any, Any, Any]]
    params: tuple[Param, ...]
    request_name: str | None
    dependencies: tuple[tuple[str, Plan, bool], ...]  # (argument name, plan, use_cache)

    def all_params(self) -> list[Param]:
        return [*self.params, *(p for _, sub, _ in self.dependencies for p in sub.all_params())]

    def check(self, values: dict[str, str]) -> dict[int, Any] | None:
        """Every parameter's value (by ``id`` of its Param), or None if one is not plainly valid."""
        checked: dict[int, Any] = {}
        for param in self.all_params():
            raw = values.get(param.alias)
            if raw is None:
                if param.required:
                    return None
                checked[id(param)] = param.default
                continue
            value = param.check(raw)
            if value is _INVALID:
                return None
            checked[id(param)] = value
        return checked

    async def solve(self, request: Request, checked: dict[int, Any], cache: dict[Any, Any]) -> Any:
        """Call the dependencies, depth first and each once, then this call (as FastAPI does)."""
        kwargs: dict[str, Any] = {}
        for name, sub, use_cache in self.dependencies:
            if use_cache and sub.call in cache:
                kwargs[name] = cache[sub.call]
            else:
                kwargs[name] = cache[sub.call] = await sub.solve(request, checked, cache)
        for param in self.params:
            kwargs[param.name] = checked[id(param)]
        if self.request_name is not None:
            kwargs[self.request_name] = request
        return await self.call(**kwargs)


def plan_of(dependant: Dependant) -> Plan | None:
    """A plan for ``dependant``, or None if FastAPI must always handle it."""
    if (dependant.call is None or not inspect.iscoroutinefunction(dependant.call) or dependant.path_params
            or dependant.header_params or dependant.cookie_params or dependant.body_params
            or any(getattr(dependant, name, None) for name in (
                "websocket_param_name", "http_connection_param_name", "response_param_name",
                "background_tasks_param_name", "security_scopes_param_name"))):
        return None
    params = []
    for field in dependant.query_params:
        check = check_of(field.field_info.annotation, field.field_info.metadata)
        if check is None:
            return None
        required = field.field_info.is_required()
        params.append(Param(field.alias, field.name, check, None if required else field.default, required))
    dependencies = []
    for sub in dependant.dependencies:
        plan = plan_of(sub)
        if plan is None or sub.name is None:
            return None
        dependencies.append((sub.name, plan, sub.use_cache))
    return Plan(dependant.call, tuple(params), dependant.request_param_name, tuple(dependencies))


def check_of(annotation: Any, metadata: list[Any]) -> Check | None:
    """A check for a parameter of this type and these constraints, or None if it has a kind
    this module does not judge (FastAPI then handles every request of the route)."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            return None
        annotation = rest[0]
    if typing.get_origin(annotation) is typing.Literal:
        words = frozenset(typing.get_args(annotation))
        if metadata or not all(isinstance(w, str) for w in words):
            return None
        return lambda value: value if value in words else _INVALID
    low: int | None = None
    high: int | None = None
    shortest, longest, pattern = 1, None, None
    for item in metadata:
        if isinstance(item, annotated_types.Ge) and isinstance(item.ge, int):
            low = item.ge
        elif isinstance(item, annotated_types.Le) and isinstance(item.le, int):
            high = item.le
        elif isinstance(item, annotated_types.MinLen):
            shortest = max(shortest, item.min_length)
        elif isinstance(item, annotated_types.MaxLen):
            longest = item.max_length
        elif type(item).__name__ == "_PydanticGeneralMetadata" and set(vars(item)) == {"pattern"}:
            pattern = re.compile(item.pattern)
        else:
            return None
    if annotation is int and shortest == 1 and longest is None and pattern is None:
        def integer(value: str) -> Any:
            if not _CANONICAL_INT.fullmatch(value):
                return _INVALID
            number = int(value)
            if (low is not None and number < low) or (high is not None and number > high):
                return _INVALID
            return number

        return integer
    if annotation is str and low is None and high is None:
        def text(value: str) -> Any:
            if len(value) < shortest or (longest is not None and len(value) > longest):
                return _INVALID
            if pattern is not None and not (_PLAIN_ASCII.fullmatch(value) and pattern.search(value)):
                return _INVALID
            return value

        return text
    return None


def read(query: QueryParams, known: set[str]) -> dict[str, str] | None:
    """The query's values by name, or None if a name is given twice or a value is empty."""
    items = query.multi_items()
    values = dict(items)
    if len(values) != len(items) or any(not values[name] for name in values.keys() & known):
        return None
    return values


class FastRoute(APIRoute):
    """An APIRoute that answers plainly valid query strings itself (see the module's doc)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        full = super().get_route_handler()
        # Only endpoints that answer a Response themselves (routes.api_get marks them):
        # FastAPI's handler would otherwise serialize their answer through the response model.
        plan = plan_of(_dependant(self)) if getattr(self.endpoint, FAST, False) else None
        if plan is None:
            return full
        known = {param.alias for param in plan.all_params()}

        async def handler(request: Request) -> Response:
            values = read(request.query_params, known)
            checked = plan.check(values) if values is not None else None
            if checked is None or getattr(request.app, "dependency_overrides", None):
                return await full(request)
            answer: Response = await plan.solve(request, checked, {})
            return answer

        return handler


def _dependant(route: APIRoute) -> Dependant:
    """The dependant FastAPI's own handler of ``route`` uses: the route's, or (FastAPI >= 0.16x,
    a route of an included router) the one of the inclusion being built."""
    var = getattr(fastapi.routing, "_effective_route_context_var", None)
    context = var.get() if var is not None else None
    if context is not None and getattr(context, "original_route", None) is route:
        found: Dependant = context.dependant
        return found
    return route.dependant
