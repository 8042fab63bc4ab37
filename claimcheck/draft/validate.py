"""Make a draft pass the project's own validation, as it stands.

Each drafted figure is loaded by `claimcheck.load.load_figures` and each drafted claim checked by its
kind in the engine, one at a time. A figure the loader refuses is dropped (its number stays in the
article for a person to add); a claim the engine refuses becomes `unverifiable` with the engine's
reason in its review note; a figure no claim uses gets an `unverifiable` claim of its own. The result
is then loaded whole with `claimcheck.engine.load_inputs`, which must pass.

A proposed claim whose computed value contradicts the stated one grossly (the other direction, or more
than `GROSS_MISS` times larger or smaller) is held back as `unverifiable` too, with the computed result
in its review note. Such a miss is either an error in the article or figures the rules paired wrongly,
and on the dev corpus the wrong pairings were the ones that happened, in one sentence as well as across
sentences; which it is, a person decides. A draft must not accuse on a guess, so the note spells out the
check to restore if the pairing is right. Near misses, the errors articles make most, stay proposed.
"""

from __future__ import annotations

import math
import tempfile
from collections import namedtuple
from pathlib import Path

from ..config import DEFAULT_TOLERANCES
from ..errors import InputError
from ..load import load_article, load_figures
from ..metadata import load_metadata
from .claims import DraftClaim
from .figures import DraftFigure

GROSS_MISS = 3.0  # a would-be contradiction this many times off (or of the other sign) is held back

ROW = namedtuple("ROW", "id quote kind subject stated computed members expect needs note periods review line")


def _row(claim: DraftClaim) -> ROW:
    return ROW(claim.id, claim.quote, claim.kind, claim.subject, claim.stated, claim.computed, claim.members,
               claim.expect, claim.needs, claim.note, claim.periods, claim.review, 0)


def make_checkable(article_path: Path, toml_path: Path, figures: list[DraftFigure], claims: list[DraftClaim],
                   out: tuple[Path, Path] | None = None) -> tuple[list[DraftFigure], list[DraftClaim]]:
    """The figures and claims as they pass validation; with `out` (the figures and claims paths), also written there
    and loaded from there."""
    from . import write_tables
    from ..engine import load_inputs
    from ..kinds import KINDS, Context

    text = load_article(article_path)
    metadata = load_metadata(toml_path, text)
    with tempfile.TemporaryDirectory() as folder:
        figures_path, claims_path = Path(folder) / "figures.csv", Path(folder) / "claims.csv"
        for _ in range(5):
            write_tables(figures, [], figures_path, claims_path)
            try:
                loaded = load_figures(figures_path, text, metadata) if figures else {}
                break
            except InputError as error:
                bad = {p.line - 2 for p in error.problems if p.line}
                if not bad:
                    raise
                figures = [f for i, f in enumerate(figures) if i not in bad]
        ids = {f.id for f in figures}
        context = Context(loaded, DEFAULT_TOLERANCES, metadata)
        checked: list[DraftClaim] = []
        for claim in claims:
            if any(u not in ids for u in claim.uses):
                continue
            try:
                verdict = KINDS[claim.kind].check(_row(claim), context)
                miss = gross_miss(verdict)
                if miss:
                    restore = "; ".join(f"{name} to {getattr(claim, name)}" for name in
                                        ("kind", "computed", "members", "expect", "periods") if getattr(claim, name))
                    checked.append(DraftClaim(claim.id, claim.quote, "unverifiable", stated=claim.stated,
                                              needs="figures a person has paired (review)",
                                              review=f"Needs review: the rule '{claim.rule}' paired "
                                                     f"{claim.computed or claim.members}, which computes {miss}. "
                                                     "Either the article is wrong or the pairing is, so it is not "
                                                     "proposed as a contradiction: if these are the figures the "
                                                     f"article means, set {restore}.",
                                              rule=claim.rule, uses=(claim.stated,)))
                else:
                    checked.append(claim)
            except Exception as error:  # the engine's reason goes to the reviewer
                reason = str(error).splitlines()[0]
                if claim.stated and claim.kind != "unverifiable":
                    checked.append(DraftClaim(claim.id, claim.quote, "unverifiable", stated=claim.stated,
                                              needs="a check the draft could not set up (review)",
                                              review=f"Needs review: the rule '{claim.rule}' proposed {claim.kind} "
                                                     f"{claim.computed or claim.members}, which the engine refused: "
                                                     f"{reason}.", rule=claim.rule, uses=(claim.stated,)))
        used = {u for c in checked for u in c.uses}
        for f in figures:
            if f.id not in used:
                checked.append(DraftClaim("", f.quote, "unverifiable", stated=f.id,
                                          needs=f"data the article does not give about {f.entity}'s {f.metric}",
                                          review="Needs review: a number no rule used; say what would settle it.",
                                          rule="a number no other rule used", uses=(f.id,)))
        checked.sort(key=lambda c: (text.find(c.quote), c.kind))
        for i, c in enumerate(checked, 1):
            c.id = f"D{i:02d}"
        # written where they are kept (so that the check a person runs next reuses this load), and put back as they
        # were if they do not pass: a failed draft never replaces tables drafted before
        kept_figures, kept_claims = out or (figures_path, claims_path)
        before = {path: path.read_bytes() for path in (kept_figures, kept_claims) if path.is_file()}
        write_tables(figures, checked, kept_figures, kept_claims)
        try:
            if figures:  # a draft with no figure at all is left for a person to fill; the loader would refuse it
                load_inputs(article_path, kept_figures, kept_claims, toml_path)  # must pass as it stands
        except Exception:
            for path in (kept_figures, kept_claims):
                if path in before:
                    path.write_bytes(before[path])
                else:
                    path.unlink(missing_ok=True)
            raise
    return figures, checked


def gross_miss(verdict) -> str:
    """Why a would-be contradiction is too far off to propose from a draft, or '' when it is not.

    Gross: the stated and computed intervals lie on opposite sides of zero, or the nearest their magnitudes
    come is more than GROSS_MISS times apart (an interval that reaches zero has magnitudes from zero up, so
    against a stated 5% a computed 0.0% to 0.2% is 25 times off). Only kinds with a stated and a computed
    value are judged; ranks and signs are not."""
    if verdict.verdict != "inconsistent" or verdict.stated_interval is None or verdict.computed_interval is None:
        return ""
    stated, computed = verdict.stated_interval, verdict.computed_interval
    if stated.lo > 0 > computed.hi or stated.hi < 0 < computed.lo:
        return f"{verdict.computed} against a stated {verdict.stated}, the other direction"

    def magnitudes(interval) -> tuple[float, float]:
        if interval.lo <= 0 <= interval.hi:
            return 0.0, max(-interval.lo, interval.hi)
        return tuple(sorted((abs(interval.lo), abs(interval.hi))))

    (s_low, s_high), (c_low, c_high) = magnitudes(stated), magnitudes(computed)
    small_high, large_low = (s_high, c_low) if s_high < c_low else (c_high, s_low) if c_high < s_low else (1.0, 1.0)
    closest = math.inf if small_high == 0 else large_low / small_high
    if closest > GROSS_MISS:
        return f"{verdict.computed} against a stated {verdict.stated}, more than {GROSS_MISS:g} times off"
    return ""
