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
# else its `doc_id`; a report that duplicates another is counted once. When a bureau states
# the same figure more than once, the row keeps the most recent report's value and says how
# many mentions there were. Where the report prints the numerator and denominator, the row
# carries a 95 % Wilson interval. Masked values (`x%`) are not rates and are left out here
# (see notebook 05).

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
# is in the raw file. Horizontal bars are Wilson intervals, drawn only where the counts are
# printed next to the rate.

# %%
hf.coverage_figure(coverage)

# %% [markdown]
# ## Every value, with its source
#
# `cite` is `file:start-end` of the quoted characters in the raw text; `n_mentions` counts how
# often the bureau stated this indicator for this population.

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
# A rate computed from its printed numerator and denominator, with the 95 % Wilson interval
# (statsmodels). These are the figures a reader can recompute.

# %%
with_ci = coverage[coverage["ci_low"].notna()]
hf.show_table(
    with_ci[["bureau", "name_zh", "numerator", "denominator", "value", "ci_low", "ci_high",
             "quote", "cite"]],
    max_rows=100,
)
