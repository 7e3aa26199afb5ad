# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 · Target gaps — how far from the aim
#
# Three different questions, each answered on its own (the counts below are never added
# across kinds):
#
# * **(a) own target vs achieved level** — every target a report sets, beside every achieved
#   value a reader would set it against: the same indicator and unit, a compatible population
#   (an unqualified rate pairs with an unqualified or whole-group target; a qualified one with
#   the same group), from the **same report** first, else another report of the same named
#   bureau for the same year. Each pair shows both sentences; targets with no such value are
#   listed too.
# * **(b) completion** — completion statements in percent (完成全年指标的…%, 累计完成…%),
#   judged against the share of the year elapsed at the date the report gives (40 % at the end
#   of May is on track); counts and money stated with completion words are not included.
# * **(c) national reference** — achieved levels against the national target *in force in the
#   report's year* (2011–2020 programmes, then 2021–2030); when the year is unknown the row
#   says so. One chart per unit: per-100k, ‰ and % gaps are not put on one axis.
#
# A figure stated as `95%以上` is a lower bound and `30%左右` a range: a verdict is given only
# when the stated figures decide it. `signed_gap` is positive when the actual is better than
# the target. A bureau is the report's named place, else the report itself; duplicate reports
# are counted once. Every cite links to the raw text with the quote highlighted.

# %%
from healthdata.analysis import data_dir_from_env, load_tables
from healthdata.analysis import figures as hf
from healthdata.analysis import targets as tg
from healthdata.analysis.data import load_raw_texts

hf.setup_notebook()
DATA_DIR = data_dir_from_env()
t = load_tables(DATA_DIR)
texts = load_raw_texts(t["manifest"], data_dir=DATA_DIR)
gaps = tg.readable(tg.target_gaps(t["observations"], t["documents"], t["indicators"], texts))
hf.show_table(tg.gap_summary(gaps))

# %% [markdown]
# ## (a) Did bureaus reach the targets they set themselves?
#
# The nearest achieved value of each paired target (in the report's text), as a gap from the
# target; hover for both quotes.

# %%
own = gaps[gaps["kind"] == "target_vs_actual"]
paired = own[own["scope"] != "unpaired"]
for fig in hf.gap_figures_by_unit(paired[paired["nearest"].fillna(False).astype(bool)],
                                  "target_vs_actual", "目标与实际：各局自定目标的差距",
                                  "Own target vs achieved level (positive = better than target)"):
    fig.show()

# %% [markdown]
# Every candidate pair, with both sentences. `n_candidates` > 1 means the report states more
# than one achieved value that fits the target; `nearest` marks the one closest in the text.

# %%
hf.show_table(
    paired[["bureau", "name_zh", "population", "actual_stated", "target_stated", "verdict",
            "actual_sentence", "target_sentence", "signed_gap", "scope", "nearest",
            "n_candidates", "actual_cite", "target_cite"]],
    max_rows=200,
)

# %% [markdown]
# Targets with no achieved value to set beside them (in the report or another report of the
# same bureau for the same year): listed, not dropped.

# %%
hf.show_table(
    own[own["scope"] == "unpaired"][["bureau", "name_zh", "population", "target_stated",
                                     "target_sentence", "target_cite"]],
    max_rows=200,
)

# %% [markdown]
# ## (b) How far along are the tasks bureaus report on?
#
# `expected` is the share of the year that had passed at the date stated with the figure;
# without a date only a completed task gets a verdict.

# %%
done = gaps[gaps["kind"] == "completion"]
for fig in hf.gap_figures_by_unit(done, "completion", "任务完成进度",
                                  "Completion against the share of the year elapsed "
                                  "(positive = ahead)", label="subject"):
    fig.show()

# %%
hf.show_table(
    done[["bureau", "subject", "actual_stated", "expected", "verdict", "actual_sentence", "note",
          "actual_cite"]],
    max_rows=200,
)

# %% [markdown]
# ## (c) How do reported levels compare with the national target in force?
#
# One chart per unit. A bureau's figure may be for a sub-population (农村, 城区) while the
# national target is for everyone: check `population` before concluding.

# %%
ref = gaps[gaps["kind"] == "national_reference"]
for fig in hf.gap_figures_by_unit(ref, "national_reference", "与国家目标的差距",
                                  "Achieved level vs the national target in force "
                                  "(positive = better)"):
    fig.show()

# %%
hf.show_table(
    ref[["bureau", "year", "name_zh", "population", "actual_stated", "unit", "target_stated",
         "verdict", "actual_sentence", "reference_year", "reference_source", "note",
         "signed_gap", "actual_cite"]],
    max_rows=300,
)
