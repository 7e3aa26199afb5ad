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
# Three kinds of gap, each row says which (`kind`):
#
# * **(a) target vs actual** — a target and an achieved value for the same indicator and
#   population, in the same report (`scope = same_report`) or another report of the same
#   bureau (`same_bureau`). A plan's target often looks forward, so read the gap as "how far
#   the last stated level is from the stated aim".
# * **(b) completion** — explicit completion statements (完成全年指标的…%, 累计完成…%),
#   compared with 100 %.
# * **(c) national reference** — achieved values against the national targets in the
#   indicator catalog (中国妇女/儿童发展纲要, 健康中国2030), with year and source.
#
# `signed_gap` is positive when the actual is better than the target (the sign follows the
# indicator's polarity: for a mortality rate, lower is better). A bureau is the report's named
# place, else its `doc_id`; duplicate reports are counted once.

# %%
from healthdata.analysis import data_dir_from_env, load_tables
from healthdata.analysis import figures as hf
from healthdata.analysis import targets as tg

hf.setup_notebook()
t = load_tables(data_dir_from_env())
gaps = tg.target_gaps(t["observations"], t["documents"], t["indicators"])
hf.show_table(tg.gap_summary(gaps))

# %% [markdown]
# ## (a) Did bureaus reach the targets they set themselves?

# %%
hf.gap_figure(gaps, "target_vs_actual", "目标与实际：各局自定目标的差距",
              "Target vs actual for the same indicator and population (positive = better)")

# %%
own = gaps[gaps["kind"] == "target_vs_actual"]
hf.show_table(
    own[["scope", "bureau", "name_zh", "population", "actual", "target", "target_comparator",
         "signed_gap", "met", "actual_quote", "actual_cite", "target_quote", "target_cite"]],
    max_rows=200,
)

# %% [markdown]
# ## (b) How much of their annual tasks do bureaus say they completed?

# %%
hf.gap_figure(gaps, "completion", "任务完成情况",
              "Explicit completion statements against 100 % (positive = more than completed)",
              label="subject")

# %%
done = gaps[gaps["kind"] == "completion"]
hf.show_table(
    done[["bureau", "subject", "actual", "signed_gap", "met", "actual_quote", "actual_cite",
          "title"]],
    max_rows=200,
)

# %% [markdown]
# ## (c) How do reported levels compare with the national targets?
#
# Each achieved value against each national reference for its indicator (the reference's year
# and source are in the table). A bureau's figure may be for a sub-population (农村, 城区)
# while the national target is for everyone: check `population` before concluding.

# %%
hf.gap_figure(gaps, "national_reference", "与国家目标的差距",
              "Reported actual values vs national reference targets (positive = better)")

# %%
ref = gaps[gaps["kind"] == "national_reference"]
hf.show_table(
    ref[["bureau", "name_zh", "population", "actual", "unit", "target_comparator", "target",
         "reference_year", "reference_source", "signed_gap", "met", "actual_quote",
         "actual_cite"]],
    max_rows=300,
)
