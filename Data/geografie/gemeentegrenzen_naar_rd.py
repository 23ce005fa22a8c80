#!/usr/bin/env python3
# source: ../shared/geo/gemeenten_2023_wgs84.geojson (CBS/Kadaster, Wijk- en Buurtkaart 2023, via PDOK)
"""Converts the shared municipal boundaries (WGS84 GeoJSON) into gemeentegrenzen_2023_rd.csv, and the
inhabitants and land area the same features carry into gemeenten_2023_kerncijfers.csv.

Usage (from the project root):
    python3 Data/geografie/gemeentegrenzen_naar_rd.py ../shared/geo/gemeenten_2023_wgs84.geojson Data/geografie

Projection: Rijksdriehoekscoördinaten (RD New, EPSG:28992) by the published approximation
polynomials of Schreutelkamp and Strang van Hees (accurate to about a metre within the Netherlands),
rounded to tens of metres: far finer than the simplified source shapes and than a report-size map.
Standard library only; the output depends on nothing but the input bytes.
"""
import json
import sys

PHI0, LAMBDA0, X0, Y0 = 52.15517440, 5.38720621, 155000.0, 463000.0
# (p, q, coefficient): X = X0 + sum R * dphi^p * dlambda^q, likewise Y with S.
R = [(0, 1, 190094.945), (1, 1, -11832.228), (2, 1, -114.221), (0, 3, -32.391), (1, 0, -0.705),
     (3, 1, -2.340), (1, 3, -0.608), (0, 2, -0.008), (2, 3, 0.148)]
S = [(1, 0, 309056.544), (0, 2, 3638.893), (2, 0, 73.077), (1, 2, -157.984), (3, 0, 59.788),
     (0, 1, 0.433), (2, 2, -6.439), (1, 1, -0.032), (0, 4, 0.092), (1, 4, -0.054)]
ROUND_TO = 10  # metres


def to_rd(longitude, latitude):
    dphi = 0.36 * (latitude - PHI0)
    dlambda = 0.36 * (longitude - LAMBDA0)
    x = X0 + sum(c * dphi ** p * dlambda ** q for p, q, c in R)
    y = Y0 + sum(c * dphi ** p * dlambda ** q for p, q, c in S)
    return int(round(x / ROUND_TO)) * ROUND_TO, int(round(y / ROUND_TO)) * ROUND_TO


def ring_text(ring):
    """First point absolute, then differences; repeated points (after rounding) dropped."""
    points = []
    for longitude, latitude in ring:
        point = to_rd(longitude, latitude)
        if not points or point != points[-1]:
            points.append(point)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()  # the closing point: SVG closes the path itself
    if len(points) < 3:
        return None
    numbers = [points[0][0], points[0][1]]
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        numbers += [bx - ax, by - ay]
    return " ".join(str(n) for n in numbers)


def csv_field(text):
    return '"' + text.replace('"', '""') + '"' if "," in text or '"' in text else text


def write_key_figures(features, out):
    """Inhabitants and land area per municipality, as the boundary file's source publishes them."""
    out.write("# source: CBS/Kadaster, Wijk- en Buurtkaart 2023, gemeenten (kenmerken aantalInwoners en "
              "oppervlakteLandInHa), open data via PDOK\n")
    out.write("# grain: finest\n")
    out.write("# title: Inwoners en landoppervlakte per gemeente, gemeentelijke indeling 1 januari 2023\n")
    out.write("# note: Overgenomen uit ../shared/geo/gemeenten_2023_wgs84.geojson met "
              "geografie/gemeentegrenzen_naar_rd.py; GM0998 Buitenland weggelaten.\n")
    out.write("code,naam,inwoners,oppervlakte_land_ha\n")
    rows = sorted((f["properties"]["gemeentecode"], f["properties"]) for f in features
                  if f["geometry"] and f["properties"]["gemeentecode"] != "GM0998")
    for code, properties in rows:
        out.write(f"{code},{csv_field(properties['gemeentenaam'])},{properties['aantalInwoners']},"
                  f"{properties['oppervlakteLandInHa']}\n")


def main(path, folder):
    with open(path, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    with open(folder + "/gemeenten_2023_kerncijfers.csv", "w", encoding="utf-8", newline="\n") as out:
        write_key_figures(features, out)
    with open(folder + "/gemeentegrenzen_2023_rd.csv", "w", encoding="utf-8", newline="\n") as out:
        write_boundaries(features, out)


def write_boundaries(features, out):
    rows = []
    for feature in features:
        properties, geometry = feature["properties"], feature["geometry"]
        if not geometry or properties["gemeentecode"] == "GM0998":
            continue  # GM0998 "Buitenland" is a statistical pseudo-municipality without a real area
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings = [text for polygon in polygons for ring in polygon for text in [ring_text(ring)] if text]
        if not rings:
            continue
        rows.append((properties["gemeentecode"], csv_field(properties["gemeentenaam"]), ";".join(rings)))
    rows.sort()
    out.write("# source: CBS/Kadaster, Wijk- en Buurtkaart 2023, gemeentegrenzen (open data via PDOK), vereenvoudigd\n")
    out.write("# grain: finest\n")
    out.write("# title: Gemeentegrenzen, gemeentelijke indeling 1 januari 2023, in Rijksdriehoekscoördinaten\n")
    out.write("# note: Overgenomen uit ../shared/geo/gemeenten_2023_wgs84.geojson (laag gemeenten, door het project "
              "open-data-maps met mapshaper vereenvoudigd tot ca. 1% van de punten; GM0998 Buitenland weggelaten).\n")
    out.write("# note: Gemaakt met geografie/gemeentegrenzen_naar_rd.py: RD New (EPSG:28992) via de "
              "benaderingsformules van Schreutelkamp en Strang van Hees (ca. 1 m nauwkeurig), afgerond op 10 m.\n")
    out.write("# note: grens: ringen gescheiden door ';'; per ring x y van het eerste punt in meters, daarna "
              "de verschillen met het vorige punt; de ring sluit zichzelf. Gaten en eilanden zijn gewone ringen "
              "(even-odd-vulling).\n")
    out.write("# note: Vereenvoudigde vormen voor kaarten op rapportformaat, niet om oppervlakten mee te meten. "
              "Oudere indelingen (2016) koppelen via geografie/herindelingen.csv.\n")
    out.write("code,naam,grens\n")
    for code, name, rings in rows:
        out.write(f"{code},{name},{rings}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/geo/gemeenten_2023_wgs84.geojson",
         sys.argv[2] if len(sys.argv) > 2 else "Data/geografie")
