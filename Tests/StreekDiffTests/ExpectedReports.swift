/// The exact reports of `ReportLanguageTests.yearDiff()` in both languages (the HTML with its style sheet
/// left out). Read them as a reviewer would: every label in one language, every number in its format.
enum ExpectedReports {
    static let nlText = #"""
            --- old.md
            +++ new.md

            Blokken gewijzigd: 1; rijen toegevoegd: 1, verwijderd: 1; waarden gewijzigd: 2; getallen gewijzigd: 2.
            Grootste relatieve veranderingen:
              Assen, Aandeel (t): 57% → 60,5% (+3,5 procentpunt; +6,1%)
              Assen, Inwoners 2020 (t): 68.000 → 68.500 (+500; +0,7%)
              `= t.inwoners[Assen]`: 68.000 → 68.500 (+500; +0,7%)

            Instellingen
              ~ jaar: 2019 → 2020

            Invoerbestanden
              ~ Data/bevolking.csv: sha256 e45872f29918… → sha256 ec8a0c7c0bee…

            Tabel “Bevolking 2020” (t)
              ~ bijschrift: Bevolking 2019 → Bevolking 2020
              ~ kop van kolom inwoners: Inwoners 2019 → Inwoners 2020
              - rij Hoogeveen: Inwoners 2019: 55.000; Aandeel: 40%
              + rij Meppel: Inwoners 2020: 33.500; Aandeel: 38%
              ~ Assen, Inwoners 2020: 68.000 → 68.500 (+500)
              ~ Assen, Aandeel: 57% → 60,5% (+3,5 procentpunt)

            Getallen vóór de eerste kop
              ~ `= $jaar` (regel 6): Bevolking in 2020
                  2019 → 2020

            Getallen onder “Bevolking in 2020”
              ~ `= t.inwoners[Assen]` (regel 8): Assen had 68.500 inwoners.
                  68.000 → 68.500 (+500)

            """#

    static let nlMarkdown = #"""
            # Verschillen: `old.md` → `new.md`

            ## Samenvatting

            - Blokken gewijzigd: 1; rijen toegevoegd: 1, verwijderd: 1; waarden gewijzigd: 2; getallen gewijzigd: 2.
            - Grootste relatieve veranderingen:
              - Assen, Aandeel (t): 57% → 60,5% (+3,5 procentpunt; +6,1%)
              - Assen, Inwoners 2020 (t): 68.000 → 68.500 (+500; +0,7%)
              - \`= t.inwoners\[Assen\]\`: 68.000 → 68.500 (+500; +0,7%)

            ## Instellingen

            - Gewijzigd jaar: 2019 → 2020

            ## Invoerbestanden

            - Gewijzigd Data/bevolking.csv: sha256 e45872f29918… → sha256 ec8a0c7c0bee…

            ## Tabel “Bevolking 2020” (t)

            - Gewijzigd bijschrift: Bevolking 2019 → Bevolking 2020
            - Gewijzigd kop van kolom inwoners: Inwoners 2019 → Inwoners 2020
            - Verwijderd rij Hoogeveen: Inwoners 2019: 55.000; Aandeel: 40%
            - Toegevoegd rij Meppel: Inwoners 2020: 33.500; Aandeel: 38%
            - Gewijzigd Assen, Inwoners 2020: 68.000 → 68.500 (+500)
            - Gewijzigd Assen, Aandeel: 57% → 60,5% (+3,5 procentpunt)

            ## Getallen vóór de eerste kop

            - Gewijzigd `= $jaar` (regel 6): Bevolking in **2020**
              - 2019 → 2020

            ## Getallen onder “Bevolking in 2020”

            - Gewijzigd `= t.inwoners[Assen]` (regel 8): Assen had **68.500** inwoners.
              - 68.000 → 68.500 (+500)

            """#

    static let nlHTML = #"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>Verschillen: old.md → new.md</title>
            <style>…</style>
            </head>
            <body>
            <h1>Verschillen: old.md → new.md</h1>
            <section class="summary">
            <h2>Samenvatting</h2>
            <ul>
            <li>Blokken gewijzigd: 1; rijen toegevoegd: 1, verwijderd: 1; waarden gewijzigd: 2; getallen gewijzigd: 2.</li>
            <li>Grootste relatieve veranderingen:
            <ul>
            <li>Assen, Aandeel (t): 57% → 60,5% (+3,5 procentpunt; +6,1%)</li>
            <li>Assen, Inwoners 2020 (t): 68.000 → 68.500 (+500; +0,7%)</li>
            <li>`= t.inwoners[Assen]`: 68.000 → 68.500 (+500; +0,7%)</li>
            </ul>
            </li>
            </ul>
            </section>
            <section>
            <h2>Instellingen</h2>
            <table>
            <thead><tr><th></th><th>Oud: old.md</th><th>Nieuw: new.md</th><th>Verschil</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row">jaar</th><td class="old">2019</td><td class="new">2020</td><td class="difference"></td></tr>
            </tbody>
            </table>
            </section>
            <section>
            <h2>Invoerbestanden</h2>
            <table>
            <thead><tr><th></th><th>Oud: old.md</th><th>Nieuw: new.md</th><th>Verschil</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row">Data/bevolking.csv</th><td class="old">sha256 e45872f29918…</td><td class="new">sha256 ec8a0c7c0bee…</td><td class="difference"></td></tr>
            </tbody>
            </table>
            </section>
            <section>
            <h2>Tabel “Bevolking 2020” (t)</h2>
            <table class="layout">
            <thead><tr><th>Gemeente</th><th class="number">Inwoners 2020</th><th class="number">Aandeel</th></tr></thead>
            <tbody>
            <tr class="changed"><td class="cell">Assen</td><td class="cell cell-changed number"><del>68.000</del> → <ins>68.500</ins> <small>(+500)</small></td><td class="cell cell-changed number"><del>57%</del> → <ins>60,5%</ins> <small>(+3,5 procentpunt)</small></td></tr>
            <tr class="same"><td class="cell">Emmen</td><td class="cell number">107.000</td><td class="cell number">61,5%</td></tr>
            <tr class="added"><td class="cell">Meppel</td><td class="cell number">33.500</td><td class="cell number">38%</td></tr>
            <tr class="removed"><td class="cell">Hoogeveen</td><td class="cell number">55.000</td><td class="cell number">40%</td></tr>
            </tbody>
            </table>
            <ul class="other">
            <li class="changed">bijschrift: Bevolking 2019 → Bevolking 2020</li>
            <li class="changed">kop van kolom inwoners: Inwoners 2019 → Inwoners 2020</li>
            </ul>
            </section>
            <section>
            <h2>Getallen vóór de eerste kop</h2>
            <table>
            <thead><tr><th></th><th>Oud: old.md</th><th>Nieuw: new.md</th><th>Verschil</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row"><code>= $jaar</code> (regel 6)</th><td class="old">Bevolking in <del>2019</del></td><td class="new">Bevolking in <ins>2020</ins></td><td class="difference">2019 → 2020</td></tr>
            </tbody>
            </table>
            </section>
            <section>
            <h2>Getallen onder “Bevolking in 2020”</h2>
            <table>
            <thead><tr><th></th><th>Oud: old.md</th><th>Nieuw: new.md</th><th>Verschil</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row"><code>= t.inwoners[Assen]</code> (regel 8)</th><td class="old">Assen had <del>68.000</del> inwoners.</td><td class="new">Assen had <ins>68.500</ins> inwoners.</td><td class="difference">68.000 → 68.500 (+500)</td></tr>
            </tbody>
            </table>
            </section>
            </body>
            </html>

            """#

    static let enText = #"""
            --- old.md
            +++ new.md

            Blocks changed: 1; rows added: 1, removed: 1; values changed: 2; figures changed: 2.
            Largest relative changes:
              Assen, Aandeel (t): 57% → 60.5% (+3.5 pp; +6.1%)
              Assen, Inwoners 2020 (t): 68,000 → 68,500 (+500; +0.7%)
              `= t.inwoners[Assen]`: 68,000 → 68,500 (+500; +0.7%)

            Header
              ~ jaar: 2019 → 2020

            Input files
              ~ Data/bevolking.csv: sha256 e45872f29918… → sha256 ec8a0c7c0bee…

            Table “Bevolking 2020” (t)
              ~ caption: Bevolking 2019 → Bevolking 2020
              ~ label of column inwoners: Inwoners 2019 → Inwoners 2020
              - row Hoogeveen: Inwoners 2019: 55,000; Aandeel: 40%
              + row Meppel: Inwoners 2020: 33,500; Aandeel: 38%
              ~ Assen, Inwoners 2020: 68,000 → 68,500 (+500)
              ~ Assen, Aandeel: 57% → 60.5% (+3.5 pp)

            Figures before the first heading
              ~ `= $jaar` (line 6): Bevolking in 2020
                  2019 → 2020

            Figures under “Bevolking in 2020”
              ~ `= t.inwoners[Assen]` (line 8): Assen had 68.500 inwoners.
                  68,000 → 68,500 (+500)

            """#

    static let enMarkdown = #"""
            # Differences: `old.md` → `new.md`

            ## Summary

            - Blocks changed: 1; rows added: 1, removed: 1; values changed: 2; figures changed: 2.
            - Largest relative changes:
              - Assen, Aandeel (t): 57% → 60.5% (+3.5 pp; +6.1%)
              - Assen, Inwoners 2020 (t): 68,000 → 68,500 (+500; +0.7%)
              - \`= t.inwoners\[Assen\]\`: 68,000 → 68,500 (+500; +0.7%)

            ## Header

            - Changed jaar: 2019 → 2020

            ## Input files

            - Changed Data/bevolking.csv: sha256 e45872f29918… → sha256 ec8a0c7c0bee…

            ## Table “Bevolking 2020” (t)

            - Changed caption: Bevolking 2019 → Bevolking 2020
            - Changed label of column inwoners: Inwoners 2019 → Inwoners 2020
            - Removed row Hoogeveen: Inwoners 2019: 55,000; Aandeel: 40%
            - Added row Meppel: Inwoners 2020: 33,500; Aandeel: 38%
            - Changed Assen, Inwoners 2020: 68,000 → 68,500 (+500)
            - Changed Assen, Aandeel: 57% → 60.5% (+3.5 pp)

            ## Figures before the first heading

            - Changed `= $jaar` (line 6): Bevolking in **2020**
              - 2019 → 2020

            ## Figures under “Bevolking in 2020”

            - Changed `= t.inwoners[Assen]` (line 8): Assen had **68.500** inwoners.
              - 68,000 → 68,500 (+500)

            """#

    static let enHTML = #"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Differences: old.md → new.md</title>
            <style>…</style>
            </head>
            <body>
            <h1>Differences: old.md → new.md</h1>
            <section class="summary">
            <h2>Summary</h2>
            <ul>
            <li>Blocks changed: 1; rows added: 1, removed: 1; values changed: 2; figures changed: 2.</li>
            <li>Largest relative changes:
            <ul>
            <li>Assen, Aandeel (t): 57% → 60.5% (+3.5 pp; +6.1%)</li>
            <li>Assen, Inwoners 2020 (t): 68,000 → 68,500 (+500; +0.7%)</li>
            <li>`= t.inwoners[Assen]`: 68,000 → 68,500 (+500; +0.7%)</li>
            </ul>
            </li>
            </ul>
            </section>
            <section>
            <h2>Header</h2>
            <table>
            <thead><tr><th></th><th>Old: old.md</th><th>New: new.md</th><th>Difference</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row">jaar</th><td class="old">2019</td><td class="new">2020</td><td class="difference"></td></tr>
            </tbody>
            </table>
            </section>
            <section>
            <h2>Input files</h2>
            <table>
            <thead><tr><th></th><th>Old: old.md</th><th>New: new.md</th><th>Difference</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row">Data/bevolking.csv</th><td class="old">sha256 e45872f29918…</td><td class="new">sha256 ec8a0c7c0bee…</td><td class="difference"></td></tr>
            </tbody>
            </table>
            </section>
            <section>
            <h2>Table “Bevolking 2020” (t)</h2>
            <table class="layout">
            <thead><tr><th>Gemeente</th><th class="number">Inwoners 2020</th><th class="number">Aandeel</th></tr></thead>
            <tbody>
            <tr class="changed"><td class="cell">Assen</td><td class="cell cell-changed number"><del>68,000</del> → <ins>68,500</ins> <small>(+500)</small></td><td class="cell cell-changed number"><del>57%</del> → <ins>60.5%</ins> <small>(+3.5 pp)</small></td></tr>
            <tr class="same"><td class="cell">Emmen</td><td class="cell number">107,000</td><td class="cell number">61.5%</td></tr>
            <tr class="added"><td class="cell">Meppel</td><td class="cell number">33,500</td><td class="cell number">38%</td></tr>
            <tr class="removed"><td class="cell">Hoogeveen</td><td class="cell number">55,000</td><td class="cell number">40%</td></tr>
            </tbody>
            </table>
            <ul class="other">
            <li class="changed">caption: Bevolking 2019 → Bevolking 2020</li>
            <li class="changed">label of column inwoners: Inwoners 2019 → Inwoners 2020</li>
            </ul>
            </section>
            <section>
            <h2>Figures before the first heading</h2>
            <table>
            <thead><tr><th></th><th>Old: old.md</th><th>New: new.md</th><th>Difference</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row"><code>= $jaar</code> (line 6)</th><td class="old">Bevolking in <del>2019</del></td><td class="new">Bevolking in <ins>2020</ins></td><td class="difference">2019 → 2020</td></tr>
            </tbody>
            </table>
            </section>
            <section>
            <h2>Figures under “Bevolking in 2020”</h2>
            <table>
            <thead><tr><th></th><th>Old: old.md</th><th>New: new.md</th><th>Difference</th></tr></thead>
            <tbody>
            <tr class="changed"><th scope="row"><code>= t.inwoners[Assen]</code> (line 8)</th><td class="old">Assen had <del>68.000</del> inwoners.</td><td class="new">Assen had <ins>68.500</ins> inwoners.</td><td class="difference">68,000 → 68,500 (+500)</td></tr>
            </tbody>
            </table>
            </section>
            </body>
            </html>

            """#
}
