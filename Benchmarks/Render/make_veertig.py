# Writes Benchmarks/Render/veertig.md: a fixed 40-directive notebook over the quick-scan data, used by
# Benchmarks/run-render.sh to time `streek render`. Run from Benchmarks/Render/ after changing the recipe.
cities = ["Hoogeveen", "Emmen", "Meppel", "Assen", "Coevorden"]
parts = ["# Prestatieproef: veertig directives\n",
         "Een vast notebook met veertig directives over de gegevens van de quick scan, om de snelheid van\n"
         "`streek render` te meten (zie `Benchmarks/run-render.sh`). Het is geen rapport.\n",
         "```streek setup\nparam jaar = 2016\nyears jaar: 2011, 2016\n```\n"]
n = 0
def block(kind, body):
    global n
    n += 1
    parts.append(f"```streek{(' ' + kind) if kind else ''}\n{body}\n```\n")
block("table", 'mutaties = load "migratie/verhuismutaties.csv" | filter jaar == $jaar\n  | derive saldo = vestiging - vertrek | select gemeente, vestiging, vertrek, saldo | totals "Drenthe totaal"\ncaption "Verhuismutaties {$jaar}"\nformat saldo signed')
block("table", 'beide = load "migratie/verhuismutaties.csv" | derive saldo = vestiging - vertrek\n  | select gemeente, jaar, vestiging, vertrek, saldo | spread jaar: vestiging, vertrek, saldo\ncaption "Verhuismutaties 2011 en 2016"')
block("table", 'groei = from beide | change vestiging_2011 to vestiging_2016 as verschil, procent | sort verschil desc\ncolumns gemeente, vestiging_2011, vestiging_2016, verschil, procent\nformat verschil signed\nformat procent signed decimals 1')
for c in cities:
    key = c.lower()
    block("table", f'top15_{key} = load "migratie/verhuisstromen.csv" | partners of "{c}" | top 15 by totaal\ncaption "Top 15 verhuispartners van {c}"\ncolumns partner "Gemeente", instroom "Naar {c}", uitstroom "Van {c}", totaal "Totaal"')
    block("table", f'saldi_{key} = from top15_{key} | geo partner | filter partner_ring != "overig" | sort saldo desc | top 7\ncolumns partner, saldo\nformat saldo signed')
    block("table", f'vo_{key} = load "onderwijs/vo_leerlingen.csv" | filter schoolgemeente == "{c}" | select woongemeente, leerlingen\n  | percent leerlingen as aandeel | totals "Totaal"\nformat aandeel percent')
block("", 'werkenden = load "werk/werkenden.csv"')
block("table", 'banen = load "werk/banen.csv" | join werkenden on gemeente, jaar | rank banen desc as plaats\ncolumns plaats, gemeente, banen, werkenden')
block("table", 'eigen = load "werk/woon_werk_eigen_gemeente.csv" | rename woongemeente as gemeente | join banen on gemeente, jaar\n  | derive inkomend = banen - personen, uitgaand = werkenden - personen | share personen of banen as aandeel\ncolumns gemeente, banen, personen, inkomend, uitgaand, aandeel\nformat aandeel percent')
block("table", 'binding = load "winkelen/koopbinding.csv" | spread goederen: binding_pct | sort binding_pct_niet_dagelijks desc')
block("table", 'bestedingen = load "winkelen/bestedingen_niet_dagelijks.csv" | percent bestedingen_mln_euro as aandeel decimals 1 | totals "Vijf steden"\nformat bestedingen_mln_euro decimals 1\nformat aandeel percent decimals 1')
block("table", 'zalen = load "voorzieningen/theaterzalen.csv" | group naam: zalen = count(), stoelen = sum(stoelen) | sort stoelen desc')
block("table", 'matrix = load "binding/binding_steden.csv" | spread naar: score')
block("table", 'sterkst = load "binding/binding_steden.csv" | sort score desc | top 5 | rank score as plaats')
block("table", 'stenden = load "onderwijs/stenden_studenten.csv" | spread herkomstgebied: studenten\n  | derive totaal = studenten_onderzoeksgebied + studenten_overig | totals "Totaal"')
block("table", 'balans = load "migratie/verhuisstromen.csv" | balance by periode | filter plaats in ("Hoogeveen", "Emmen", "Meppel", "Assen", "Coevorden")')
block("table", 'score = from mutaties | filter gemeente != "Drenthe totaal" | composite vestiging, vertrek as omvang | sort omvang desc | top 5')
block("table", 'lang = from beide | gather vestiging_2011, vestiging_2016 into reeks, aantal | sort gemeente, reeks')
block("table", 'index = load "migratie/verhuismutaties.csv" | index vestiging by jaar base 2011 per gemeente as index | filter jaar == 2016\nformat index decimals 1')
block("table", 'orientatie = load "migratie/verhuisstromen.csv" | filter herkomst in ("Hoogeveen", "Emmen", "Meppel", "Assen", "Coevorden")\n  | orientation from herkomst to bestemming value personen ranks 2, 3 tolerance 50')
block("table", 'heden = load "migratie/verhuisstromen.csv" | align herkomst to 2019 | align bestemming to 2019 | partners of "Emmen" | top 5 by totaal')
block("table", 'plaatsen = from groei | rank verschil desc as plaats | filter plaats <= 5\ncolumns plaats, gemeente, verschil')
for c in cities:
    key = c.lower()
    block("text", f'from top15_{key} | top 3 by totaal\nbullets "{{partner}}: {{totaal}} verhuizingen ({{saldo as signed}})"')
block("", 'negatief = from mutaties | filter saldo < 0 and gemeente != "Drenthe totaal"')
assert n == 40, n
parts.append("Negatief saldo in `= $jaar`: `= list(negatief.gemeente)`; Drenthe: `= mutaties.saldo[Drenthe totaal] as signed`;\n"
             "Hoogeveen ontving `= top15_hoogeveen.instroom[De Wolden]` personen uit De Wolden; banen in Emmen: `= banen.banen[Emmen]`.\n")
open("veertig.md", "w").write("\n".join(parts))
