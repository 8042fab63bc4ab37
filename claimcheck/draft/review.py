"""The review loop: a draft shown beside its article, each proposed claim with its computed verdict and
what a person should check. Used by notebooks/00-review-draft.ipynb; everything shown is escaped text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from ..config import Tolerances
from ..engine import load_and_check
from ..kinds import Context, Verdict
from ..load import Inputs


@dataclass
class DraftReview:
    inputs: Inputs
    verdicts: list[Verdict]
    paths: dict[str, Path]

    # -- what is on screen --------------------------------------------------------------------------
    def summary(self) -> str:
        counts = pd.Series([v.verdict for v in self.verdicts]).value_counts().to_dict()
        shown = ", ".join(f"{n} {verdict.replace('_', ' ')}" for verdict, n in counts.items())
        return (f"Draft of {self.paths['article'].name} in {self.paths['figures'].parent}: {len(self.inputs.figures)} "
                f"figures and {len(self.verdicts)} claims ({shown}); {len(self.inputs.unreviewed)} rows to review. "
                "A would-be contradiction on an unreviewed row is listed 'to review', never as a finding.")

    def figures(self) -> pd.DataFrame:
        rows = [{"id": f.id, "entity": f.entity, "counterpart": f.counterpart, "metric": f.metric,
                 "period": str(f.period.label), "value": f.text, "qualifier": f.qualifier, "direction": f.direction,
                 "quote": f.quote, "check": f.review} for f in self.inputs.figures.values()]
        return pd.DataFrame(rows)

    def claims(self) -> pd.DataFrame:
        """Each proposed claim with its computed result: verdict (a would-be contradiction is 'to review'),
        explanation, and what to check."""
        rows = []
        for claim, v in zip(self.inputs.claims.itertuples(index=False), self.verdicts):
            verdict = "to review (inconsistent)" if v.verdict == "inconsistent" else v.verdict.replace("_", " ")
            rows.append({"claim": v.claim_id, "kind": v.kind, "quote": v.quote, "verdict": verdict,
                         "stated": v.stated, "computed": v.computed, "explanation": v.explanation,
                         "check": getattr(claim, "review", "")})
        return pd.DataFrame(rows)

    def metadata(self) -> str:
        path = self.paths.get("metadata")
        return path.read_text(encoding="utf-8") if path and path.is_file() else "(no article.toml)"

    def side_by_side(self):
        """The article with every drafted figure marked (hover: its id and labels) beside the figures table."""
        from IPython.display import HTML

        text = self.inputs.article
        marks = sorted(((f.start, f.start + len(f.quote), f) for f in self.inputs.figures.values()), key=lambda m: m[0])
        parts, position = [], 0
        for start, end, f in marks:
            if start < position:
                continue
            parts.append(html.escape(text[position:start]))
            title = html.escape(f"{f.id}: {f.entity}, {f.metric}, {f.period.label}" + (f", {f.direction}" if f.direction else ""),
                                quote=True)
            parts.append(f'<mark title="{title}">{html.escape(text[start:end])}</mark>')
            position = end
        parts.append(html.escape(text[position:]))
        article = "".join(parts).replace("\n", "<br>\n")
        table = self.figures().drop(columns=["quote", "check"]).to_html(index=False, escape=True)
        return HTML('<div style="display:flex;gap:1.5em;align-items:flex-start">'
                    f'<div style="flex:1;min-width:22em;line-height:1.5">{article}</div>'
                    f'<div style="flex:1;overflow-x:auto;font-size:90%">{table}</div></div>')


def open_draft(article_path: str, draft_dir: str, figures_path: str = "", claims_path: str = "",
               metadata_path: str = "", redraft: bool = True, article_date: str = "",
               tolerances: dict | None = None) -> DraftReview:
    """Draft the article into draft_dir (or, with redraft False and tables there, read them) and check the draft."""
    from . import draft

    folder = Path(draft_dir)
    figures = Path(figures_path) if figures_path else folder / "figures.csv"
    claims = Path(claims_path) if claims_path else folder / "claims.csv"
    metadata = Path(metadata_path) if metadata_path else figures.parent / "article.toml"
    if redraft or not (figures.is_file() and claims.is_file()):
        figures, claims = draft(article_path, folder, date.fromisoformat(article_date) if article_date else None)
        metadata = folder / "article.toml"
    inputs, verdicts = load_and_check(article_path, figures, claims, metadata if metadata.is_file() else None,
                                      require_every_figure_used=False)
    if tolerances:
        from ..engine import check_claims

        verdicts = check_claims(inputs, Tolerances.from_mapping(tolerances))
    paths = {"article": Path(article_path), "figures": Path(figures), "claims": Path(claims), "metadata": metadata}
    return DraftReview(inputs, verdicts, paths)


__all__ = ["Context", "DraftReview", "open_draft"]
