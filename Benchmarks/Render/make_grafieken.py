# Writes Benchmarks/Render/grafieken.md: a fixed notebook of 40 chart directives over the quick-scan data
# (every chart form), used by Benchmarks/run-render.sh to time `streek render` with figure files. Run from
# Benchmarks/Render/ after changing the recipe.
cities = ["Hoogeveen", "Emmen", "Meppel", "Assen", "Coevorden"]
parts = ["# Prestatieproef: veertig grafieken\n",
         "Een vast notebook met veertig grafieken over de gegevens van de quick scan, om de snelheid van\n"
         "`streek render` met figuurbestanden te meten (zie `Benchmarks/run-render.sh`). Het is geen rapport.\n",
         "```streek setup\nparam jaar = 2016\nyears jaar: 2011, 2016\n```\n",
         "```streek\nmutaties = load \"migratie/verhuismutaties.csv\" | derive saldo = vestiging - vertrek\n"
         "stromen = load \"migratie/verhuisstromen.csv\"\nvo = load \"onderwijs/vo_leerlingen.csv\"\n```\n"]
n = 0
def chart(body):
    global n
    n += 1
    parts.append(f"```streek chart\n{body}\n```\n")
for c in cities:
    k = c.lower()
    chart(f'partners_{k} = stromen | partners of "{c}" | top 12 by totaal | select partner, saldo | sort saldo\nformat saldo signed\ncaption "Verhuissaldo van {c} met zijn partners"')
    chart(f'inuit_{k} = stromen | partners of "{c}" | top 8 by totaal | select partner, instroom, uitstroom\ny instroom, uitstroom\ncaption "Instroom en uitstroom, {c}"')
    chart(f'vo_{k} = vo | filter schoolgemeente == "{c}" | select woongemeente, leerlingen\ncaption "Leerlingen in {c} naar woongemeente"')
    chart(f'lijn_{k} = mutaties | filter gemeente == "{c}" | select jaar, vestiging, vertrek\ntype line\nx jaar\ny vestiging, vertrek\ncaption "Vestiging en vertrek, {c}"')
    chart(f'index_{k} = mutaties | filter gemeente == "{c}" | select jaar, vestiging, vertrek\ntype line\nx jaar\ny vestiging, vertrek\nindex 2011\ncaption "Index 2011 = 100, {c}"')
chart('saldo = mutaties | filter jaar == $jaar | select gemeente, saldo | sort saldo\nformat saldo signed\ncaption "Verhuissaldo {$jaar}"')
chart('saldo_staand = mutaties | filter jaar == $jaar | select gemeente, saldo | sort saldo\norientation vertical\nformat saldo signed')
chart('stippen = mutaties | select gemeente, jaar, saldo\ntype dot\nseries jaar\nformat saldo signed')
chart('stippen_vestiging = mutaties | select gemeente, jaar, vestiging\ntype dot\nseries jaar')
chart('panelen = mutaties | select gemeente, jaar, vestiging, vertrek\nx jaar\ny vestiging, vertrek\nfacet gemeente')
chart('lijnen = mutaties | select gemeente, jaar, vestiging\ntype line\nx jaar\nseries gemeente')
chart('indexen = mutaties | select gemeente, jaar, vestiging\ntype line\nx jaar\nseries gemeente\nindex 2011')
chart('groepen = mutaties | filter jaar == $jaar | select gemeente, vestiging, vertrek\ny vestiging, vertrek')
chart('stapel = mutaties | filter jaar == $jaar | select gemeente, vestiging, vertrek\ny vestiging, vertrek\nstack')
chart('procent = mutaties | filter jaar == $jaar | select gemeente, vestiging, vertrek\ny vestiging, vertrek\nstack percent')
chart('stenden = load "onderwijs/stenden_studenten.csv" | select vestigingsplaats, herkomstgebied, studenten\nx vestigingsplaats\nseries herkomstgebied\nstack')
chart('banen = load "werk/banen.csv" | select gemeente, banen | sort banen desc\norientation vertical')
chart('binding = load "winkelen/koopbinding.csv" | select gemeente, goederen, binding_pct\nx gemeente\nseries goederen\nformat binding_pct percent')
chart('steden = load "binding/binding_steden.csv"\nx naar\ny score\nfacet van')
chart('bestedingen = load "winkelen/bestedingen_niet_dagelijks.csv" | select bestemming, bestedingen_mln_euro | sort bestedingen_mln_euro desc\nformat bestedingen_mln_euro decimals 1')
assert n == 40, n
open("grafieken.md", "w").write("\n".join(parts))
