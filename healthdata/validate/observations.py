"""pandera schemas for ``observations``, ``checks`` and ``indicators`` (class-based DataFrameModels).

Field descriptions and ``metadata={"unit": ...}`` are meant to be copied into a Frictionless
datapackage.json.  Foreign keys across tables are checked by :func:`check_foreign_keys`.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from healthdata.validate.base import SpannedTable
from healthdata.extract.numbers import quantity_vocab

__all__ = [
    "UNITS",
    "STATEMENTS",
    "COMPARATORS",
    "SECTION_KINDS",
    "ObservationSchema",
    "CheckSchema",
    "IndicatorSchema",
    "check_foreign_keys",
]

UNITS = ["percent", "per_mille", "per_10k", "per_100k", "count", "yuan", "ratio"]
CHANGE_KINDS = ["difference", "relative"]
RATE_UNITS = ["percent", "per_mille", "per_10k", "per_100k", "ratio"]
STATEMENTS = ["actual", "target", "change", "completion", "policy"]
COMPARATORS = ["=", ">=", "<=", "~"]
SECTION_KINDS = ["achievements", "problems", "plans", "other"]
CATEGORIES = [
    "insurance", "immunization", "maternal_child", "mortality", "public_health_services", "health_education",
    "disease_control", "health_supervision", "administration", "medical_services", "essential_drugs",
    "family_planning", "performance",
]


class ObservationSchema(SpannedTable):
    """One row per value stated in a report, traceable to its exact characters in the raw file."""

    obs_id: Series[str] = pa.Field(unique=True, description="Stable id of the observation.")
    doc_id: Series[str] = pa.Field(description="Report (document) the value is stated in; foreign key to documents.doc_id.")
    source_file: Series[str] = pa.Field(description="Raw file name, relative to the raw data folder.")
    source_start: Series[int] = pa.Field(ge=0, description="Offset of the value's first character in the raw file's text.", metadata={"unit": "characters"})
    source_end: Series[int] = pa.Field(ge=1, description="Offset just after the value's last character (incl. its unit when written).", metadata={"unit": "characters"})
    quote: Series[str] = pa.Field(description="The value exactly as written: text[source_start:source_end], e.g. 99.35%, 17/10万, 8.29万人, x%.")
    sentence_start: Series[int] = pa.Field(ge=0, description="Offset of the sentence containing the value.", metadata={"unit": "characters"})
    sentence_end: Series[int] = pa.Field(ge=0, description="Offset just after that sentence.", metadata={"unit": "characters"})
    section_kind: Series[str] = pa.Field(isin=SECTION_KINDS, description="Kind of report section the value sits in (achievements, problems, plans, other).")
    indicator_id: Series[str] = pa.Field(nullable=True, description="Catalog indicator the value measures (foreign key to indicators); null when the catalog has none, see subject.")
    subject: Series[str] = pa.Field(nullable=True, description="What the value is about, as the text names it, with its qualifiers (e.g. 3岁以下儿童系统管理率).")
    population: Series[str] = pa.Field(nullable=True, description="Group the figure is about when the text names one (农村, 城镇职工, 65岁以上老年人).")
    value: Series[float] = pa.Field(nullable=True, description="The number in `unit` (万/亿 applied; a decrease stated as a change, a fall aimed at, a rule lowered, or a level written with a minus, is negative); null when masked in the source.", metadata={"unit": "see unit column"})
    unit: Series[str] = pa.Field(isin=UNITS, description="percent, per_mille, per_10k, per_100k, count, yuan or ratio (a change in percentage points is in percent: see change_kind).")
    count_unit: Series[str] = pa.Field(nullable=True, description="Measure word as written for counts (人, 人次, 例, 家 …; 元 for money); null for rates.")
    unit_implicit: Series[bool] = pa.Field(description="True when the text omits the unit (参合率97以上).")
    redacted: Series[bool] = pa.Field(description="True when a digit is masked in the source (x%, **%, XX2.48元); value is then null.")
    statement: Series[str] = pa.Field(isin=STATEMENTS, description="actual (achieved level), target (goal or plan), change (against an earlier period), completion (progress against a task), policy (a rule the bureau sets).")
    comparator: Series[str] = pa.Field(isin=COMPARATORS, description="How the value compares: = exact, >= at least (以上, 不低于), <= at most (以下, 以内), ~ about (左右, 约, 余).")
    change_kind: Series[str] = pa.Field(nullable=True, isin=CHANGE_KINDS, description="For a change only: difference (in the value's own unit: 提高2.1个百分点 is +2.1 percentage points, 下降0.4个千分点 -0.4 per mille, 增加1062人 +1062) or relative (a percent of the earlier level: 同比增长6.2%); null for every other statement.")
    period_text: Series[str] = pa.Field(nullable=True, description="Period named near the value (上半年, 1—10月, 截止5月底, 全年), as written.")
    flag: Series[str] = pa.Field(nullable=True, description="Why a row looks odd (e.g. a percent outside 0-100 for an actual level); null when nothing is odd.")

    class Config:
        strict = True

    @pa.dataframe_check
    def sentence_contains_value(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["sentence_start"] <= df["source_start"]) & (df["source_end"] <= df["sentence_end"])

    @pa.dataframe_check
    def value_null_iff_redacted(cls, df: pd.DataFrame) -> Series[bool]:
        return df["value"].isna() == df["redacted"].astype(bool)

    @pa.dataframe_check
    def percent_in_range_or_explained(cls, df: pd.DataFrame) -> Series[bool]:
        pct = df["unit"] == "percent"
        outside = pct & df["value"].notna() & ((df["value"] < 0) | (df["value"] > 100))
        explained = df["statement"].isin(["change", "completion"]) | df["flag"].notna()
        return ~outside | explained

    @pa.dataframe_check
    def count_unit_only_for_counts(cls, df: pd.DataFrame) -> Series[bool]:
        is_count = df["unit"].isin(["count", "yuan"])
        return is_count | df["count_unit"].isna()

    @pa.dataframe_check
    def change_kind_only_for_changes(cls, df: pd.DataFrame) -> Series[bool]:
        return df["change_kind"].notna() == (df["statement"] == "change")

    @pa.dataframe_check
    def only_changes_targets_and_signed_values_are_negative(cls, df: pd.DataFrame) -> Series[bool]:
        # a decrease stated as a change, a fall aimed at (力争发病率较上年下降5%: a target of -5%, signed as a change is), or a
        # level written with its minus (自然增长率-1.8‰, 为负0.4‰), or a rule the bureau lowered (县外住院报销比例降低10个
        # 百分点: a policy of -10 points, signed as a change is; 6 of the 11 written sets with one sign it, 5 do not)
        signed = df["quote"].str[:1].isin(list(quantity_vocab()["minus_signs"]) + [quantity_vocab()["minus_word"]])
        return (df["value"].fillna(0) >= 0) | df["statement"].isin(["change", "target", "policy"]) | signed


class CheckSchema(pa.DataFrameModel):
    """A rate recomputed from the numerator and denominator the report prints beside it."""

    check_id: Series[str] = pa.Field(unique=True, description="Stable id of the check.")
    obs_id: Series[str] = pa.Field(description="The rate observation checked; foreign key to observations.obs_id.")
    doc_id: Series[str] = pa.Field(description="Report the rate is stated in.")
    source_file: Series[str] = pa.Field(description="Raw file name, relative to the raw data folder.")
    numerator: Series[float] = pa.Field(ge=0, description="Count used as numerator (e.g. 系统管理2067人).", metadata={"unit": "count"})
    denominator: Series[float] = pa.Field(gt=0, description="Count used as denominator (e.g. 产妇2164人).", metadata={"unit": "count"})
    numerator_start: Series[int] = pa.Field(ge=0, description="Offset of the numerator in the raw text.", metadata={"unit": "characters"})
    numerator_end: Series[int] = pa.Field(ge=1, description="Offset just after the numerator.", metadata={"unit": "characters"})
    denominator_start: Series[int] = pa.Field(ge=0, description="Offset of the denominator in the raw text.", metadata={"unit": "characters"})
    denominator_end: Series[int] = pa.Field(ge=1, description="Offset just after the denominator.", metadata={"unit": "characters"})
    computed: Series[float] = pa.Field(description="numerator / denominator in the rate's unit.", metadata={"unit": "unit of the checked rate"})
    stated: Series[float] = pa.Field(description="The rate as stated.", metadata={"unit": "unit of the checked rate"})
    agrees: Series[bool] = pa.Field(description="True when computed equals stated up to rounding at the stated precision.")
    note: Series[str] = pa.Field(nullable=True, description="Which figures were used, in words.")

    class Config:
        strict = True

    @pa.dataframe_check
    def spans_are_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["numerator_start"] < df["numerator_end"]) & (df["denominator_start"] < df["denominator_end"])


class IndicatorSchema(pa.DataFrameModel):
    """The indicator catalog: one row per indicator, with its latest cited reference target."""

    indicator_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+$", description="Stable indicator id.")
    name_zh: Series[str] = pa.Field(description="Chinese name.")
    name_en: Series[str] = pa.Field(description="English name.")
    category: Series[str] = pa.Field(isin=CATEGORIES, description="Area of health work.")
    unit: Series[str] = pa.Field(isin=RATE_UNITS, description="Unit in which reports state the indicator.")
    polarity: Series[str] = pa.Field(isin=["higher", "lower", "neutral"], description="Which direction is better.")
    aliases: Series[str] = pa.Field(description="Surface forms naming the indicator, joined by '|'.")
    qualified_aliases: Series[str] = pa.Field(nullable=True, description="Generic forms that name it only after a qualifier, as qualifier…alias, joined by '|'.")
    description: Series[str] = pa.Field(description="What the indicator measures, for the public.")
    reference_value: Series[float] = pa.Field(nullable=True, description="Latest national reference target, when one is cited.", metadata={"unit": "see reference_unit"})
    reference_comparator: Series[str] = pa.Field(nullable=True, isin=COMPARATORS, description="How the target compares (<=, >=).")
    reference_unit: Series[str] = pa.Field(nullable=True, isin=RATE_UNITS, description="Unit of the reference target.")
    reference_year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=2000, le=2100, description="Year the target is set for.", metadata={"unit": "year"})
    reference_source: Series[str] = pa.Field(nullable=True, description="Document that sets the target (from reference_targets.csv).")

    class Config:
        strict = True

    @pa.dataframe_check
    def reference_complete(cls, df: pd.DataFrame) -> Series[bool]:
        cols = ["reference_value", "reference_comparator", "reference_unit", "reference_year", "reference_source"]
        n = df[cols].notna().sum(axis=1)
        return (n == 0) | (n == len(cols))


def check_foreign_keys(observations: pd.DataFrame, indicators: pd.DataFrame) -> list[str]:
    """Error messages for observations whose indicator_id is not in the catalog (documents FK is the build's)."""
    known = set(indicators["indicator_id"])
    ids = observations["indicator_id"].dropna()
    bad = ids[~ids.isin(known)]
    errors = []
    for iid, n in bad.value_counts().items():
        errors.append(f"observations.indicator_id {iid!r} ({n} rows) is not in the indicators catalog")
    return errors


# Names the package registry (healthdata.package.TABLES) refers to.
Observations = ObservationSchema
Checks = CheckSchema
Indicators = IndicatorSchema
__all__ += ["Observations", "Checks", "Indicators"]
