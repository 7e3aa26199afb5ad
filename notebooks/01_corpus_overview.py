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
# # 01 · Corpus overview — what the reports are
#
# The data package turns Chinese health-bureau work summaries and plans (工作总结, 工作计划)
# into tables. This notebook says what is in it: which raw files were read, how many reports
# they held, what kind of reports they are and at which administrative level.
#
# **Bureau.** Few reports name the bureau that wrote them. Throughout these notebooks a
# *bureau* is the report's named place (`place`, e.g. 潞城市) when it has one, and otherwise the
# report itself, labelled by its title (with its position, 第N篇, where titles repeat): an
# unnamed report counts as its own bureau. Reports that repeat another report (`duplicate_of`)
# are counted once.
#
# The data package read is the one named by the environment variable `HEALTHDATA_DATA_DIR`,
# or the package's own shipped data when it is unset.

# %%
from healthdata.analysis import data_dir_from_env, load_tables, canonical_documents, cite
from healthdata.analysis import figures as hf

hf.setup_notebook()
DATA_DIR = data_dir_from_env()
t = load_tables(DATA_DIR)
docs, manifest = t["documents"], t["manifest"]
canon = canonical_documents(docs)
hf.say(
    "Data package: <code>{}</code>. {} raw files, {} reports ({} once duplicates are "
    "counted once), {} bureaus of which {} are named places; {} stated values and {} problems.",
    DATA_DIR or "shipped with healthdata", len(manifest), len(docs), len(canon),
    canon["bureau"].nunique(), canon.loc[canon["bureau_named"], "bureau"].nunique(),
    len(t["observations"]), len(t["problems"]),
)

# %% [markdown]
# ## Which raw files were read, and how many reports did each hold?
#
# One row per raw file from the build's manifest. A file whose status is not `ok` yielded no
# report; notebook 05 lists why.

# %%
hf.show_table(manifest[["path", "bytes", "format", "encoding", "status", "n_reports"]], max_rows=50)

# %% [markdown]
# ## What kinds of report are they, and at which administrative level?
#
# Most of the corpus is county- and city-level half-year summaries; plans and combined
# summary-and-plan reports are the rest. The level is what the report says of itself
# (县, 市, 区); `unknown` when it does not say.

# %%
hf.corpus_figure(docs)

# %% [markdown]
# ## The reports, one by one
#
# Every report with its bureau, type, period and where it sits in its raw file
# (`cite` = `file:start-end`, character offsets into the decoded raw text). Year is only
# given where the body states it.

# %%
table = docs.assign(cite=cite(docs))
table = table.merge(canon[["doc_id", "bureau"]], on="doc_id", how="left")
hf.show_table(
    table[["doc_id", "bureau", "title", "doc_type", "period", "year", "admin_level", "topic",
           "duplicate_of", "cite"]],
    max_rows=200,
)

# %% [markdown]
# ## How much does each report say in numbers and in problems?
#
# Values (rates, counts, money) and admitted problems per report: the reports that feed the
# later notebooks most.

# %%
obs, probs = t["observations"], t["problems"]
per_doc = (
    docs.assign(doc_id=docs["doc_id"].astype(str), cite=cite(docs))[
        ["doc_id", "title", "admin_level", "cite"]]
    .merge(obs.assign(doc_id=obs["doc_id"].astype(str)).groupby("doc_id").size()
           .rename("n_values").reset_index(), on="doc_id", how="left")
    .merge(probs.assign(doc_id=probs["doc_id"].astype(str)).groupby("doc_id").size()
           .rename("n_problems").reset_index(), on="doc_id", how="left")
    .fillna({"n_values": 0, "n_problems": 0})
    .astype({"n_values": int, "n_problems": int})
    .sort_values("n_values", ascending=False)
)
hf.show_table(per_doc, max_rows=200)
