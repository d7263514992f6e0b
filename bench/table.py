"""The one table the bench prints: our figure, its anchor from the same run, target, verdict."""

from __future__ import annotations

from dataclasses import dataclass

from .measure import Timing


@dataclass(frozen=True)
class Row:
    what: str
    ours: str
    anchor: str
    target: str = ""
    verdict: str = ""  # PASS, MISS or "" (a figure without a target)


def seconds(value: float) -> str:
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"


def timing(t: Timing, *, wall: bool = True) -> str:
    """'118 ms ±6 ms (n=5; wall 410 ms)', or '> 120 s (stopped)' for a capped run."""
    if t.capped:
        return f"> {seconds(t.wall_median)} wall (stopped)"
    spread = f" ±{seconds(t.spread)}" if len(t.cpu) > 1 else ""
    extra = f"; wall {seconds(t.wall_median)}" if wall else ""
    return f"{seconds(t.median)}{spread} (n={len(t.cpu)}{extra})"


def rate(count: float, t: Timing, unit: str) -> str:
    """Throughput from the median and the fastest/slowest runs: '412 pages/s (398-420, n=3)'."""
    if t.capped:
        return f"< {count / t.cpu[0]:,.0f} {unit}/s (stopped)"
    fast, slow = count / min(t.cpu), count / max(t.cpu)
    spread = f" ({slow:,.0f}-{fast:,.0f}, n={len(t.cpu)})" if len(t.cpu) > 1 else " (n=1)"
    return f"{count / t.median:,.0f} {unit}/s{spread}"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def render(rows: list[Row]) -> str:
    head = ["what", "ours", "anchor (same run)", "target", ""]
    body = [[r.what, r.ours, r.anchor, r.target, r.verdict] for r in rows]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(cells) + " |" for cells in body]
    return "\n".join(out)
