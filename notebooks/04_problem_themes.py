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
# # 04 · Problem themes — what bureaus admit is going wrong
#
# Reports end their achievements with what is not working (存在问题, 问题与对策, 薄弱环节, 不足)
# and admit more in running text (但…仍不足, 尚未形成, 形势严峻). Each problem carries zero or
# more themes from the vocabulary (`healthdata/vocab/themes.yaml`: the subject of the problem —
# staff, money, buildings, diseases, systems — and the failure words that make `execution`).
#
# Counts here are of **bureaus, not mentions**: a bureau listing three workforce problems
# counts once for 人才队伍不足. A bureau is the report's named place, else its `doc_id`
# (an unnamed report is its own bureau); duplicate reports are counted once. Shares are out of
# all bureaus at that level, including those that admit no problem.

# %%
from healthdata.analysis import data_dir_from_env, load_tables
from healthdata.analysis import figures as hf
from healthdata.analysis import themes as th

hf.setup_notebook()
t = load_tables(data_dir_from_env())
P, PT, D, T = t["problems"], t["problem_themes"], t["documents"], t["themes"]
freq = th.theme_frequency(P, PT, D, T)
unthemed = th.unthemed_problems(P, PT, D)
n_unthemed, n_problems, share_unthemed = th.unthemed_share(P, PT)
hf.say("{} problems from {} reports; {} carry no theme.", n_problems, P["doc_id"].nunique(), n_unthemed)

# %% [markdown]
# ## How many problems does no theme explain?
#
# A problem without a theme is left out of every count below. The share should be small; when it
# is not, the counts understate what bureaus raise and the vocabulary needs to grow (see the
# table of terms no theme covers at the end).

# %%
if n_problems == 0:
    hf.say("There are no problems in this data package, so there is nothing to theme.")
elif share_unthemed <= 0.10:
    hf.say("{} of {} problems ({}) have no theme: a small share; the counts below cover "
           "nearly every problem.", n_unthemed, n_problems, f"{share_unthemed:.0%}")
else:
    hf.say("<strong>Warning: {} of {} problems ({}) have no theme.</strong> That is not a small "
           "share: the counts below leave these problems out, so they understate what bureaus "
           "raise. The problems are listed below, with the terms the vocabulary misses.",
           n_unthemed, n_problems, f"{share_unthemed:.0%}")

# %% [markdown]
# ## Which problems do most bureaus raise, and does it differ by level?

# %%
hf.theme_figure(freq)

# %%
overall = freq[freq["admin_level"] == "all"].sort_values("n_bureaus", ascending=False)
hf.show_table(
    overall[["theme_id", "name_zh", "name_en", "n_bureaus", "n_bureaus_at_level", "share",
             "n_problems"]],
    max_rows=50,
)

# %% [markdown]
# ## Example problems per theme, with their cites
#
# Up to three problems per theme, each from a different bureau, as the reports word them;
# the cite is `raw file:start-end`, the characters of the problem in its source file.

# %%
examples = th.theme_examples(P, PT, D, per_theme=3)
names = T[["theme_id", "name_zh"]] if len(T) else None
if names is not None:
    examples = examples.merge(names, on="theme_id", how="left")[
        ["theme_id", "name_zh", "bureau", "text", "cite"]]
hf.show_table(examples, max_rows=100)

# %% [markdown]
# ## Which themes come together?
#
# Cells count bureaus raising both themes; the diagonal counts bureaus raising the theme.

# %%
hf.cooccurrence_figure(th.theme_cooccurrence(P, PT, D), T)

# %% [markdown]
# ## Is the difference between admin levels more than chance?
#
# Per theme, Fisher's exact test on bureaus raising / not raising it × admin level
# (permutation p-value for more than two levels), Holm-adjusted across themes. Bureaus of
# unknown level are left out.

# %%
test = th.theme_level_test(P, PT, D)
hf.say("<strong>Caveat:</strong> {}", test.attrs.get("caveat", th.SMALL_SAMPLE_CAVEAT))
hf.show_table(
    test[["theme_id", "table", "test", "p_value", "p_holm", "min_expected", "n_bureaus"]],
    max_rows=50, float_format="{:.3f}",
)

# %% [markdown]
# ## Which problems does no theme explain yet?

# %%
hf.show_table(unthemed, max_rows=50)

# %% [markdown]
# ## Terms not covered by any theme
#
# The problem statements cut into words (jieba, on the Simplified matching text), without
# problem wording (不足, 薄弱, 有待) and everyday report words: the most frequent words that no
# theme keyword covers. A topic word high in this list is a candidate for the vocabulary.

# %%
hf.show_table(th.uncovered_terms(P["text"].tolist(), top=30), max_rows=30)

# %% [markdown]
# ## Every problem, with its themes and source
#
# The problem statements as the reports word them, so a reader can check each count above.

# %%
allp = th.bureau_problems(P, D)
hf.show_table(allp[["problem_id", "bureau", "admin_level", "origin", "themes", "text", "cite"]],
              max_rows=1000)
