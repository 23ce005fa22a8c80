#!/usr/bin/env bash
# Seed corpora from the project itself: every notebook (whole and cut at its headings), every data file,
# and pairs of rendered files for the diff.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
rm -rf seeds && mkdir -p seeds/FuzzNotebook seeds/FuzzCSV seeds/FuzzDiff

for notebook in "$root"/Notebooks/*.md "$root"/Tests/StreekNotebookTests/Golden/*/Notebooks/*.md; do
    name=$(basename "$notebook" .md)
    cp "$notebook" "seeds/FuzzNotebook/$name.md"
    # Sections of a notebook are smaller seeds the fuzzer mutates faster.
    awk -v prefix="seeds/FuzzNotebook/$name-" '/^#/ { n++ } { print > (prefix n ".md") }' "$notebook"
done
printf 'P:jaar=2011\n' | cat - "$root/Notebooks/handleiding.md" > seeds/FuzzNotebook/handleiding-param.md

find "$root/Data" -name '*.csv' | while read -r file; do
    cp "$file" "seeds/FuzzCSV/$(echo "${file#"$root"/Data/}" | tr / _)"
done

# The diff reads two rendered files: each section of a render (with the header line) against itself with
# its figures changed, plus whole renders against each other.
rendered=("$root"/Rendered/*.md)
for file in "${rendered[@]}"; do
    name=$(basename "$file" .md)
    header=$(head -n 1 "$file")
    tail -n +2 "$file" | awk -v prefix="seeds/section-" '/^#/ { n++ } { print > (prefix n) }'
    for section in seeds/section-*; do
        { echo "$header"; cat "$section"; printf '\0'; echo "$header"; sed 's/1/2/g; s/Emmen/Assen/' "$section"; } \
            > "seeds/FuzzDiff/$name-$(basename "$section")"
    done
    rm -f seeds/section-*
done
for old in "${rendered[@]}"; do
    for new in "${rendered[@]}"; do
        { cat "$old"; printf '\0'; cat "$new"; } > "seeds/FuzzDiff/$(basename "$old" .md)--$(basename "$new" .md)"
    done
done
