"""The Frictionless ``datapackage.json``, generated from the pandera models of the tables."""
from __future__ import annotations

import json

from healthdata.package.registry import TABLES, model_of

PACKAGE_NAME = "healthdata-reports"

_FRICTIONLESS_TYPES = {"str": "string", "string": "string", "object": "string", "int64": "integer",
                       "Int64": "integer", "float64": "number", "Float64": "number", "bool": "boolean",
                       "boolean": "boolean"}


def frictionless_type(dtype: str) -> str:
    """Table Schema type of a pandas/pandera dtype name ("any" for one without a mapping)."""
    return "string" if dtype.startswith("str") else _FRICTIONLESS_TYPES.get(dtype, "any")


def field_descriptor(name: str, column) -> dict:
    """Frictionless Table Schema field for one pandera column."""
    ftype = frictionless_type(str(column.dtype))
    field = {"name": name, "type": ftype}
    if column.description:
        field["description"] = column.description
    unit = (column.metadata or {}).get("unit") if getattr(column, "metadata", None) else None
    if unit:
        field["unit"] = unit
    constraints = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        if "allowed_values" in stats:
            constraints["enum"] = sorted(stats["allowed_values"], key=str)
        numeric = ftype in ("integer", "number")
        for stat, num_key, str_key in (("min_value", "minimum", "minLength"), ("max_value", "maximum", "maxLength")):
            if stats.get(stat) is not None:
                constraints[num_key if numeric else str_key] = stats[stat]
    if constraints:
        field["constraints"] = constraints
    return field


def descriptor() -> dict:
    """The Frictionless Data Package descriptor, generated from the schemas."""
    resources_ = []
    for name, spec in TABLES.items():
        schema = model_of(name).to_schema()
        fields = [field_descriptor(col, schema.columns[col]) for col in schema.columns]
        table_schema = {"fields": fields, "primaryKey": list(spec.primary_key)}
        fks = [{"fields": col, "reference": {"resource": parent, "fields": pcol}} for col, parent, pcol in spec.foreign_keys]
        if fks:
            table_schema["foreignKeys"] = fks
        resources_.append({
            "name": name,
            "path": f"{name}.parquet",
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "description": " ".join((schema.description or model_of(name).__doc__ or "").split()),
            "schema": table_schema,
        })
    return {
        "name": PACKAGE_NAME,
        "title": "Indicators and problems stated in Chinese health-bureau work reports",
        "description": ("Every value (rates, counts, money) and every admitted problem stated in the work summaries "
                        "and plans of Chinese health bureaus, each traced to its characters in a raw file."),
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": [{"title": "Scraped web pages of health-bureau work summaries and plans (data/raw)"}],
        "resources": resources_,
    }


def descriptor_text() -> str:
    """``datapackage.json`` as the build writes it (same schemas, same bytes)."""
    return json.dumps(descriptor(), ensure_ascii=False, indent=2) + "\n"
