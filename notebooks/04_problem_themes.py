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
# Reports end their achievements with what is not working (存在问题, 不足, 差距) and admit more
# in running text. Each problem carries zero or more themes from the vocabulary.
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
hf.say("{} problems from {} reports; {} carry no theme.", len(P), P["doc_id"].nunique(),
       len(unthemed))

# %% [markdown]
# ## Which problems do most bureaus raise, and does it differ by level?

# %%
hf.theme_figure(freq)

# %%
overall = freq[freq["admin_level"] == "all"].sort_values("n_bureaus", ascending=False)
examples = th.bureau_themes(P, PT, D).drop_duplicates("theme_id")[
    ["theme_id", "example_text", "example_cite"]]
hf.show_table(
    overall.merge(examples, on="theme_id", how="left")[
        ["theme_id", "name_zh", "name_en", "n_bureaus", "n_bureaus_at_level", "share",
         "n_problems", "example_text", "example_cite"]],
    max_rows=50,
)

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
#
# Kept and counted so the vocabulary can grow from evidence.

# %%
hf.show_table(unthemed, max_rows=50)

# %% [markdown]
# ## Every problem, with its themes and source
#
# The problem statements as the reports word them, so a reader can check each count above.

# %%
allp = th.bureau_problems(P, D)
hf.show_table(allp[["problem_id", "bureau", "admin_level", "origin", "themes", "text", "cite"]],
              max_rows=1000)
