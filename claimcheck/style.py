"""One palette and one set of labels for verdicts, shared by the HTML, the PDF and every chart."""

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
VERDICT_COLORS = {
    "consistent": "#009E73",
    "consistent_within_rounding": "#56B4E9",
    "inconsistent": "#D55E00",
    "unverifiable": "#8C8C8C",
    "opinion": "#CC79A7",
}
# Colour is never the only signal: each verdict also has an icon and a word.
VERDICT_ICONS = {
    "consistent": "✓",
    "consistent_within_rounding": "≈",
    "inconsistent": "✗",
    "unverifiable": "?",
    "opinion": "❝",
}
VERDICT_LABELS = {
    "consistent": "consistent",
    "consistent_within_rounding": "consistent within rounding",
    "inconsistent": "inconsistent",
    "unverifiable": "unverifiable",
    "opinion": "opinion",
}
# Severity decides the colour of text that several claims cover.
VERDICT_SEVERITY = ["inconsistent", "consistent_within_rounding", "consistent", "unverifiable", "opinion"]
FLOW_COLORS = {"exports": "#0072B2", "imports": "#E69F00", "turnover": "#000000", "implied": "#8C8C8C"}

EXTERNAL_COLORS = {"supported": "#009E73", "contradicted": "#D55E00", "mixed": "#E69F00", "no_source": "#8C8C8C"}
EXTERNAL_ICONS = {"supported": "✓", "contradicted": "✗", "mixed": "±", "no_source": "∅"}
EXTERNAL_LABELS = {"supported": "supported", "contradicted": "contradicted", "mixed": "mixed", "no_source": "no source"}
