"""The table of resolved place names (normalize/places.json) says what jionlp itself says."""
from __future__ import annotations

from importlib import metadata

from healthdata.normalize import places


def test_the_table_is_made_with_the_installed_jionlp():
    # regenerate with `python -m healthdata.normalize.places` after changing the jionlp pin
    assert places.place_table() is not None, f"places.json is not from jionlp {metadata.version('jionlp')}"


def test_the_table_holds_every_known_place_name_and_nothing_else():
    assert set(places.place_table()) == places.known_place_names()


def test_table_entries_agree_with_jionlp_on_a_sample():
    names = sorted(places.place_table())
    sample = names[::40] + ["潞城市", "长治市", "天津市", "萨尔图区", "义乌市", "阳江市"]
    for name in sample:
        assert places.place_table().get(name) == places.gazetteer_place(name), name


def test_a_historical_name_resolves_to_its_current_place_from_the_table():
    # 潞城市 (a county-level city) became 潞城区 of 长治市 in 2018: still a county-level bureau
    assert places.resolve_place("潞城市") == {"province": "山西省", "city": "长治市", "county": "潞城区",
                                            "admin_level": "county"}
    assert places.resolve_place("北京市")["admin_level"] == "province"
    assert places.resolve_place("卫生局") is None
