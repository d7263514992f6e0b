"""The policy: which severity each check has, what fails the run, and what a person approved.

A policy file is TOML (read with the standard library's ``tomllib``) laid over the built-in
default, so a division's file only says what it changes. Everything is validated up front: a
misspelt check id or severity is a :class:`PolicyError` (exit 2), never a silently ignored rule,
because a gate that quietly ignores its configuration is worse than no gate.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import PolicyError
from ..model import FORMATS, SECTION_KINDS
from .default_policy import DEFAULT_POLICY_TOML
from .findings import OFF, SEVERITIES, Approval, Finding

FAIL_ON = (*SEVERITIES, "never")
FORMAT_KEYS = ("required_sections", "per_title_sections", "title_fields", "metadata")
TITLE_FIELDS = ("code", "grade")
METADATA_FIELDS = ("date", "status")
APPROVAL_KEYS = ("check", "section", "title", "contains", "file", "reason", "approved_by", "date", "expires")


@dataclass(frozen=True, slots=True)
class FormatRules:
    """What one published form prints, so the document checks know what to expect."""

    required_sections: tuple[str, ...] = ()
    per_title_sections: tuple[str, ...] = ()
    title_fields: tuple[str, ...] = ()
    metadata: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ApprovalRule:
    """An approval and the findings it covers (every given field must match)."""

    approval: Approval
    check: str | None = None
    section: str | None = None
    title: str | None = None
    contains: str | None = None
    file: str | None = None

    def matches(self, finding: Finding) -> bool:
        if self.check is not None and self.check != finding.check:
            return False
        if self.section is not None and self.section != finding.section:
            return False
        if self.title is not None and _norm(self.title) != _norm(finding.title or ""):
            return False
        if self.contains is not None:
            haystack = _norm(f"{finding.message} {finding.evidence or ''}")
            if _norm(self.contains) not in haystack:
                return False
        if self.file is not None:
            path = finding.location.file
            if not (fnmatch.fnmatch(path, self.file) or fnmatch.fnmatch(Path(path).name, self.file)):
                return False
        return True


@dataclass(frozen=True)
class Policy:
    """A validated policy. ``severities`` maps every check id to a severity or ``off``."""

    fail_on: str
    severities: Mapping[str, str]
    sections: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    formats: Mapping[str, FormatRules] = field(default_factory=dict)
    approvals: tuple[ApprovalRule, ...] = ()
    source: str = "built-in default"

    def severity(self, check: str, section: str | None = None) -> str:
        """The severity of ``check``, a per-section rule taking precedence over the global one."""
        if section is not None and check in self.sections.get(section, {}):
            return self.sections[section][check]
        return self.severities[check]

    def enabled(self, check: str) -> bool:
        """A check runs unless it is off everywhere (globally and in every section rule)."""
        if self.severities[check] != OFF:
            return True
        return any(rules.get(check, OFF) != OFF for rules in self.sections.values())

    def rules_for(self, fmt: str) -> FormatRules:
        return self.formats.get(fmt, FormatRules())

    def apply(self, findings: list[Finding], *, today: date) -> list[Finding]:
        """Give each finding its severity and approval; drop findings whose severity is ``off``."""
        out: list[Finding] = []
        for finding in findings:
            severity = self.severity(finding.check, finding.section)
            if severity == OFF:
                continue
            finding = finding.with_severity(severity)
            for rule in self.approvals:
                expired = rule.approval.expires is not None and rule.approval.expires < today
                if not expired and rule.matches(finding):
                    finding = finding.approved(rule.approval)
                    break
            out.append(finding)
        return out


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def default_policy_text() -> str:
    return DEFAULT_POLICY_TOML


def load_policy(path: str | Path | None = None, *, fail_on: str | None = None) -> Policy:
    """The built-in policy, with the file at ``path`` laid over it, and ``fail_on`` over both."""
    base = tomllib.loads(DEFAULT_POLICY_TOML)
    source = "built-in default"
    if path is not None:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"cannot read policy {path}: {getattr(exc, 'strerror', None) or exc}") from exc
        try:
            user = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"policy {path} is not valid TOML: {exc}") from exc
        except RecursionError as exc:  # tomllib recurses once per level of nested arrays/tables
            raise PolicyError(f"policy {path} nests its values deeper than a policy can (it needs two levels)") from exc
        base = _merge(base, user, source)
    if fail_on is not None:
        base["fail_on"] = fail_on
    return _build(base, source)


def _merge(base: dict[str, Any], user: dict[str, Any], source: str) -> dict[str, Any]:
    """Overlay a user policy on the default: tables merge key by key, approvals come from the user."""
    unknown = set(user) - {"version", "fail_on", "checks", "sections", "formats", "approved"}
    if unknown:
        raise PolicyError(
            f"policy {source}: unknown key {sorted(unknown)[0]!r}; valid keys: "
            "version, fail_on, checks, sections, formats, approved"
        )
    if user.get("version", 1) != 1:
        raise PolicyError(f"policy {source}: version {user['version']!r} is not supported (this specdiff reads 1)")
    merged = dict(base)
    for key in ("fail_on", "approved"):
        if key in user:
            merged[key] = user[key]
    merged["checks"] = {**base.get("checks", {}), **_table(user, "checks", source)}
    sections = {k: dict(v) for k, v in base.get("sections", {}).items()}
    for kind, rules in _table(user, "sections", source).items():
        sections.setdefault(kind, {}).update(_table({kind: rules}, kind, source))
    merged["sections"] = sections
    formats = {k: dict(v) for k, v in base.get("formats", {}).items()}
    for fmt, rules in _table(user, "formats", source).items():
        formats.setdefault(fmt, {}).update(_table({fmt: rules}, fmt, source))
    merged["formats"] = formats
    return merged


def _table(data: Mapping[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PolicyError(f"policy {source}: {key!r} must be a table")
    return value


def _build(data: dict[str, Any], source: str) -> Policy:
    known = set(tomllib.loads(DEFAULT_POLICY_TOML)["checks"])
    fail_on = data.get("fail_on", "error")
    if fail_on not in FAIL_ON:
        raise PolicyError(f"policy {source}: fail_on {fail_on!r} is not one of {', '.join(FAIL_ON)}")
    severities = {check: _severity(sev, check, source, known) for check, sev in data["checks"].items()}
    sections: dict[str, dict[str, str]] = {}
    approvals: list[ApprovalRule] = [_approval(entry, None, source, known) for entry in _list(data, "approved", source)]
    for kind, rules in data.get("sections", {}).items():
        if kind not in SECTION_KINDS:
            raise PolicyError(f"policy {source}: unknown section {kind!r}; valid sections: {', '.join(SECTION_KINDS)}")
        for entry in _list(rules, "approved", source):
            approvals.append(_approval(entry, kind, source, known))
        sections[kind] = {
            check: _severity(sev, check, source, known) for check, sev in rules.items() if check != "approved"
        }
    formats = {name: _format_rules(name, rules, source) for name, rules in data.get("formats", {}).items()}
    return Policy(fail_on, severities, sections, formats, tuple(approvals), source)


def _severity(value: Any, check: str, source: str, known: set[str]) -> str:
    if check not in known:
        raise PolicyError(f"policy {source}: unknown check {check!r}; see specdiff check --print-default-policy")
    if value not in (*SEVERITIES, OFF):
        raise PolicyError(f"policy {source}: {check} = {value!r} is not one of error, warning, info, off")
    return str(value)


def _list(data: Mapping[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise PolicyError(f"policy {source}: {key!r} must be an array of tables ([[{key}]])")
    return value


def _format_rules(name: str, rules: Mapping[str, Any], source: str) -> FormatRules:
    if name not in FORMATS:
        raise PolicyError(f"policy {source}: unknown format {name!r}; valid formats: {', '.join(FORMATS)}")
    allowed = {
        "required_sections": SECTION_KINDS,
        "per_title_sections": SECTION_KINDS,
        "title_fields": TITLE_FIELDS,
        "metadata": METADATA_FIELDS,
    }
    values: dict[str, tuple[str, ...]] = {}
    for key, value in rules.items():
        if key not in allowed:
            raise PolicyError(f"policy {source}: formats.{name}.{key} is unknown; valid keys: {', '.join(FORMAT_KEYS)}")
        if not isinstance(value, list) or any(v not in allowed[key] for v in value):
            raise PolicyError(f"policy {source}: formats.{name}.{key} must be a list of {', '.join(allowed[key])}")
        values[key] = tuple(value)
    return FormatRules(**values)


def _approval(entry: Mapping[str, Any], section: str | None, source: str, known: set[str]) -> ApprovalRule:
    where = f"policy {source}: approval {entry.get('reason', entry)!r}"
    unknown = set(entry) - set(APPROVAL_KEYS)
    if unknown:
        raise PolicyError(f"{where}: unknown key {sorted(unknown)[0]!r}; valid keys: {', '.join(APPROVAL_KEYS)}")
    for key in ("reason", "approved_by"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise PolicyError(f"{where}: '{key}' is required (a person must say who approved it and why)")
    check = entry.get("check")
    if check is not None and check not in known:
        raise PolicyError(f"{where}: unknown check {check!r}")
    if section is None and check is None:
        raise PolicyError(f"{where}: 'check' is required outside a [sections.*] table")
    section = entry.get("section", section)
    if section is not None and section not in SECTION_KINDS:
        raise PolicyError(f"{where}: unknown section {section!r}")
    approval = Approval(
        reason=entry["reason"].strip(),
        approved_by=entry["approved_by"].strip(),
        date=_date(entry.get("date"), "date", where, required=True) or date.min,
        expires=_date(entry.get("expires"), "expires", where, required=False),
    )
    return ApprovalRule(approval, check, section, entry.get("title"), entry.get("contains"), entry.get("file"))


def _date(value: Any, key: str, where: str, *, required: bool) -> date | None:
    if value is None:
        if required:
            raise PolicyError(f"{where}: '{key}' is required (YYYY-MM-DD)")
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise PolicyError(f"{where}: {key} {value!r} is not a date (YYYY-MM-DD)") from None


__all__ = ["ApprovalRule", "FormatRules", "Policy", "default_policy_text", "load_policy"]
