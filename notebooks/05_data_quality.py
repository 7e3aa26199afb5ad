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
# # 05 · Data quality — how far each number can be trusted
#
# What the build could not read, what the sites hid, which counts printed beside a rate do not
# reproduce it (an unverified pairing, not a disagreement in the source), which reports repeat
# others, and which values are not yet linked to
# an indicator in the catalog. Unlike the other notebooks, duplicate reports are kept here:
# this is about the package as built.

# %%
from healthdata.analysis import data_dir_from_env, load_tables
from healthdata.analysis import figures as hf
from healthdata.analysis import quality as q

hf.setup_notebook()
t = load_tables(data_dir_from_env())
O, D, C, M = t["observations"], t["documents"], t["checks"], t["manifest"]
hf.show_table(q.quality_summary(O, D, C, M), float_format="{:.3f}")

# %% [markdown]
# ## Which raw files failed to build?

# %%
hf.show_table(q.failed_files(M), max_rows=100)

# %% [markdown]
# ## Which reports hide their numbers?
#
# Sites that resell reports mask digits (`x%`, `**%`, `XX2.48元`). Masked values are kept
# as rows with no value, never as zero.

# %%
masked = q.masked_rates(O, D)
hf.masked_figure(masked)

# %%
hf.show_table(masked, max_rows=100, float_format="{:.3f}")
hf.show_table(q.masked_examples(O, n=15))

# %% [markdown]
# ## Do the rates follow from the counts printed beside them?
#
# Where a report gives a numerator and denominator next to a rate (产妇2164人，系统管理2067人 …
# 95.52%), the build recomputes the rate. `reproduces` says whether the counts give the stated
# rate at the precision it is written with. When they do not, the counts were probably paired
# with the wrong rate (a count of records, everyone examined rather than the elderly): the
# pairing is unverified, so it is neither evidence of an error in the report nor used for an
# interval (notebook 02).

# %%
hf.show_table(q.check_results(C, O), max_rows=100)
unverified = q.unverified_pairings(C, O)
hf.say("{} of {} pairings of counts and rate are unverified:", len(unverified), len(C))
hf.show_table(unverified, max_rows=100)

# %% [markdown]
# ## Which reports repeat another?
#
# Repeats are found by near-duplicate matching; the analyses count each repeated report once.

# %%
hf.show_table(q.duplicate_reports(D), max_rows=100)

# %% [markdown]
# ## How many values are linked to a catalog indicator?
#
# Counts and money are mostly programme-specific and stay unlinked; for rates, an unlinked
# phrase is a candidate for the catalog.

# %%
hf.link_figure(q.link_rates(O))

# %%
hf.show_table(q.unlinked_values(O), max_rows=60)
