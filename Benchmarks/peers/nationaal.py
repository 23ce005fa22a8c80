#!/usr/bin/env python3
"""The query of Benchmarks/Render/nationaal.md in polars, for a side-by-side benchmark.

Loads the synthetic national origin->destination table, computes instroom, uitstroom and saldo per
municipality and year, and the 15 partners with the largest two-way total per municipality and year
(ties by partner code), then prints the same tables (top rows) and figures the notebook shows.
Moves within a municipality are not counted; a missing count is skipped in sums, as in Streek.

Usage: python nationaal.py Data/synthetic/flows_national.csv
"""
import sys

import polars as pl


def main() -> None:
    path = sys.argv[1]
    stromen = pl.read_csv(path, comment_prefix="#", schema_overrides={"personen": pl.Float64})
    flows = stromen.filter(pl.col("herkomst") != pl.col("bestemming"))

    uit = flows.group_by("herkomst", "jaar").agg(uitstroom=pl.col("personen").sum()).rename({"herkomst": "plaats"})
    naar = flows.group_by("bestemming", "jaar").agg(instroom=pl.col("personen").sum()).rename({"bestemming": "plaats"})
    saldi = (naar.join(uit, on=["plaats", "jaar"], how="full", coalesce=True)
             .with_columns(saldo=pl.col("instroom") - pl.col("uitstroom")))

    outgoing = flows.select(plaats="herkomst", partner="bestemming", jaar="jaar", uitstroom="personen")
    incoming = flows.select(plaats="bestemming", partner="herkomst", jaar="jaar", instroom="personen")
    pairs = (outgoing.join(incoming, on=["plaats", "partner", "jaar"], how="full", coalesce=True)
             .with_columns(totaal=pl.col("instroom").fill_null(0) + pl.col("uitstroom").fill_null(0),
                           saldo=pl.col("instroom") - pl.col("uitstroom")))
    partners15 = (pairs.sort(["totaal", "partner"], descending=[True, False])
                  .group_by("plaats", "jaar", maintain_order=True).head(15))

    print(f"rows {stromen.height}, moves {stromen['personen'].sum():.0f}")
    print(saldi.sort("saldo", descending=True, nulls_last=True).head(10))
    print(f"balances {saldi.height} rows, saldo {saldi['saldo'].sum():.0f}")
    first = partners15.filter((pl.col("plaats") == "GM0001") & (pl.col("jaar") == 2011))
    print(first)
    print(f"top 15: {partners15.height} rows, totaal {partners15['totaal'].sum():.0f}")


if __name__ == "__main__":
    main()
