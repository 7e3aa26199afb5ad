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
# # 02 · Coverage rates — how far each bureau's services reach
#
# *Coverage-type* indicators are the catalog's percent indicators where higher is better
# (参合率, 接种率, 系统管理率, 住院分娩率, …), leaving out task-completion and administrative
# rates. Only achieved values (`statement = actual`) count; targets are in notebook 03.
#
# One row per **bureau × indicator × population** — a bureau is the report's named place,
# else the report itself (labelled by its title); a report that duplicates another is counted
# once. When a bureau states
# the same figure more than once, the row keeps the most recent report's value and says how
# many mentions there were. A 95 % Wilson interval is drawn only where the report prints the
# counts **and** numerator / denominator reproduces the stated rate at the precision it is
# written with: counts that give another rate may belong to something else, so they are not
# used (`ci_note` says why). Masked values (`x%`) are not rates and are left out here (see
# notebook 05).

# %%
from healthdata.analysis import data_dir_from_env, load_tables
from healthdata.analysis import coverage as cov
from healthdata.analysis import figures as hf

hf.setup_notebook()
t = load_tables(data_dir_from_env())
coverage = cov.coverage_table(t["observations"], t["documents"], t["indicators"], t["checks"])
hf.say(
    "{} bureau × indicator × population rows over {} coverage indicators and {} bureaus; "
    "{} rows have a Wilson interval.",
    len(coverage), coverage["indicator_id"].nunique(), coverage["bureau"].nunique(),
    int(coverage["ci_low"].notna().sum()),
)

# %% [markdown]
# ## Which coverage indicators do bureaus report most, and how far apart are they?
#
# Bureaus report a few maternal-and-child and insurance indicators again and again; the
# spread across bureaus is small for 住院分娩率 and wide for others.

# %%
hf.show_table(cov.coverage_summary(coverage), max_rows=40)

# %% [markdown]
# ## What rate did each bureau report for each indicator?
#
# One dot per bureau and population, coloured by admin level; hover for the quote and where it
# is in the raw file. Horizontal bars are Wilson intervals, drawn only where the printed counts
# reproduce the rate.

# %%
hf.coverage_figure(coverage)

# %% [markdown]
# ## Every value, with its source
#
# `cite` is `file:start-end` of the quoted characters in the raw text (a link: it opens the raw
# text with the quote highlighted); `n_mentions` counts how often the bureau stated this
# indicator for this population.

# %%
hf.show_table(
    coverage[["bureau", "admin_level", "period", "year", "name_zh", "population", "value",
              "comparator", "ci_low",
              "ci_high", "n_mentions", "quote", "cite"]],
    max_rows=300,
)

# %% [markdown]
# ## Where the counts are given: how precise are the rates?
#
# A rate whose printed numerator and denominator reproduce it, with the 95 % Wilson interval
# (statsmodels). These are the figures a reader can recompute. Below them, the rates printed
# beside counts that do *not* reproduce them: no interval, and why.

# %%
with_ci = coverage[coverage["ci_low"].notna()]
hf.show_table(
    with_ci[["bureau", "name_zh", "numerator", "denominator", "value", "ci_low", "ci_high",
             "quote", "cite"]],
    max_rows=100,
)
refused = coverage[coverage["ci_low"].isna()
                   & ~coverage["ci_note"].astype(str).str.startswith("no counts")]
hf.show_table(refused[["bureau", "name_zh", "value", "ci_note", "quote", "cite"]], max_rows=100)
