"""Run every enabled check over a context and judge the result against the policy."""

from __future__ import annotations

from datetime import date

from ..review import Review
from .catalog import CHECKS, CheckSpec
from .context import CheckContext
from .findings import OFF, CheckOutcome, CheckReport, Finding, ReviewNote, at_least


def apply_review(findings: list[Finding], review: Review | None) -> list[Finding]:
    """Findings about changes the reviewer approved in the report become information: a person
    has looked at exactly those changes of exactly these documents (the caller checked the
    sha256s). A finding about several changes needs every one of them approved."""
    if review is None:
        return findings
    approved = review.approved
    out = []
    for finding in findings:
        marks = [approved[c] for c in finding.changes if c in approved]
        if finding.changes and len(marks) == len(finding.changes):
            notes = "; ".join(dict.fromkeys(m.note for m in marks if m.note))
            last = max(marks, key=lambda m: m.time)
            finding = finding.reviewed(ReviewNote(last.reviewer, last.time, notes))
        out.append(finding)
    return out


def _outcome(spec: CheckSpec, severity: str, findings: list[Finding], fail_on: str) -> CheckOutcome:
    open_ = [f for f in findings if f.approval is None and f.review is None]
    if any(at_least(f.severity, fail_on) for f in open_):
        status = "failed"
    elif open_:
        status = "warned"
    else:
        status = "passed"
    return CheckOutcome(spec.id, spec.summary, severity, status, len(findings))


def run_checks(ctx: CheckContext, *, today: date | None = None) -> CheckReport:
    """All checks in catalog order; a check that needs a previous version is skipped without one.

    ``today`` decides which approvals have expired; it is a parameter so runs are reproducible.
    """
    policy = ctx.policy
    today = today or date.today()
    has_previous = ctx.diff is not None or ctx.old is not None
    outcomes: list[CheckOutcome] = []
    findings: list[Finding] = []
    for spec in CHECKS.values():
        severity = policy.severities[spec.id]
        if not policy.enabled(spec.id):
            outcomes.append(CheckOutcome(spec.id, spec.summary, OFF, "skipped", reason="off in the policy"))
            continue
        if spec.scope == "changes" and not has_previous:
            reason = "needs a previous version (--against or --corpus)"
            outcomes.append(CheckOutcome(spec.id, spec.summary, severity, "skipped", reason=reason))
            continue
        found = apply_review(policy.apply(list(spec.run(ctx)), today=today), ctx.review)
        findings.extend(found)
        outcomes.append(_outcome(spec, severity, found, policy.fail_on))
    return CheckReport(
        new=ctx.new_file,
        old=ctx.old_file if has_previous else None,
        fail_on=policy.fail_on,
        outcomes=tuple(outcomes),
        findings=tuple(findings),
        policy=policy.source,
    )


__all__ = ["run_checks"]
