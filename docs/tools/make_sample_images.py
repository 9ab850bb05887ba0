#!/usr/bin/env python3
"""Regenerate the abstract sample images under input/media/.

The sample articles need lead and inline images that are small, valid and easy to
tell apart. This script draws them with ImageMagick (``convert``): a gradient, a
motif and, on most of them, one large word. Run it from the repository root:

    CONVERT=/usr/bin/convert python3 docs/tools/make_sample_images.py

Set CONVERT when the ``convert`` found first on PATH is not ImageMagick 6/7.
"""
import math
import os
import shutil
import subprocess
import sys

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MEDIA = os.path.join("input", "media")

# path, width, height, gradient top, gradient bottom, motif, word, word colour
IMAGES = [
    ("2019/kiev-bureau-de-vote.jpg", 1200, 675, "#1d4f91", "#f2c230", "stripes", "KIEV", "#ffffff"),
    ("2019/ukraine-carte-est.jpg", 800, 450, "#f5e6a8", "#c9a227", "map", "DONBASS", "#3a3a3a"),
    ("2019/sotchi-accord.jpg", 1200, 675, "#0b6e6e", "#e8f1ef", "circles", "SOTCHI", "#ffffff"),
    ("2019/syrie-frontiere-nord.jpg", 800, 450, "#d98c4a", "#6b3b1e", "border", "", ""),
    ("2019/traduction-livres.jpg", 1200, 675, "#7a2e4f", "#f4d9c6", "books", "LIRE", "#fff4ea"),
    ("2020/turkstream-gazoduc.jpg", 1200, 675, "#12355b", "#2a9d8f", "pipe", "GAZ", "#f1faee"),
    ("2020/gazoducs-capacites.png", 800, 450, "#fbfbf8", "#fbfbf8", "bars", "", ""),
    ("2020/courbes-scenarios.png", 800, 450, "#ffffff", "#ffffff", "curves", "", ""),
    ("2020/karabakh-cessez-le-feu.jpg", 1200, 675, "#8c1c13", "#f7d08a", "circles", "KARABAKH", "#fff8e7"),
    ("2020/karabakh-montagnes.jpg", 800, 450, "#9ec5e8", "#e9f1f7", "mountains", "", ""),
    ("2021/sahel-barkhane.jpg", 1200, 675, "#e9b872", "#b5651d", "dunes", "SAHEL", "#fffaf0"),
    ("2021/berlin-bundestag.jpg", 1200, 675, "#222222", "#d4a017", "dome", "BERLIN", "#ffffff"),
    ("2021/james-webb-miroir.jpg", 1200, 675, "#05051f", "#2b1d5c", "hexagons", "", ""),
    ("2021/kourou-ariane.jpg", 800, 450, "#0f5e3c", "#9fd8cb", "rocket", "KOUROU", "#ffffff"),
    ("2022/kiev-place.jpg", 1200, 675, "#0057b7", "#ffd700", "circles", "KIEV", "#ffffff"),
    ("2022/kharkiv-nuit.jpg", 800, 450, "#03071e", "#370617", "windows", "", ""),
    ("2022/bce-francfort.jpg", 1200, 675, "#003399", "#6a8fd8", "euro", "BCE", "#ffcc00"),
    ("2022/nord-stream-baltique.jpg", 1200, 675, "#0a2342", "#2ca58d", "bubbles", "BALTIQUE", "#e0fbfc"),
    ("2022/nord-stream-carte.png", 800, 450, "#dfeaf2", "#dfeaf2", "route", "", ""),
    ("2023/seisme-antakya.jpg", 1200, 675, "#5c5c5c", "#c2b8a3", "cracks", "HATAY", "#ffffff"),
    ("2023/ankara-urnes.jpg", 1200, 675, "#c1121f", "#fdf0d5", "ballot", "ANKARA", "#ffffff"),
    ("2023/cinema-exil-pellicule.jpg", 1200, 675, "#101010", "#5a189a", "film", "CINÉMA", "#f8f8f8"),
    ("2023/cinema-festival.jpg", 800, 450, "#9d0208", "#ffba08", "spotlights", "", ""),
    ("2023/karabakh-exode.jpg", 1200, 675, "#4a4e69", "#c9ada7", "road", "EXIL", "#f2e9e4"),
    ("2024/climat-anomalies.png", 1200, 675, "#ffffff", "#ffffff", "warming", "", ""),
    ("2024/strasbourg-hemicycle.jpg", 1200, 675, "#1b3a8c", "#b8c4e8", "hemicycle", "STRASBOURG", "#ffffff"),
    ("2024/notre-dame-fleche.jpg", 1200, 675, "#2b2d42", "#edf2f4", "spire", "PARIS", "#fefae0"),
    ("2024/notre-dame-nef.jpg", 800, 450, "#3d2c1e", "#e5c07b", "arches", "", ""),
    ("logo-redaction.png", 800, 450, "#f7f3e8", "#f7f3e8", "logo", "LR", "#b23a48"),
]


def motif(kind, w, h):
    """ImageMagick -draw primitives for one motif, scaled to the image."""
    s = w / 1200
    p = lambda v: int(round(v * s))  # noqa: E731 - a tiny scaler reads best inline
    if kind == "stripes":
        return [f"fill #ffffff22 rectangle 0,{p(60 + i * 140)} {w},{p(100 + i * 140)}" for i in range(5)]
    if kind == "circles":
        return [f"fill #ffffff30 circle {p(cx)},{p(cy)} {p(cx + r)},{p(cy)}"
                for cx, cy, r in ((220, 180, 150), (980, 520, 220), (640, 90, 60), (120, 600, 90))]
    if kind == "map":
        return [f"fill #5b8c5a polygon {p(620)},{p(80)} {p(1100)},{p(140)} {p(1150)},{p(520)} {p(700)},{p(600)} {p(560)},{p(330)}",
                f"stroke #7a1f1f stroke-width {p(8)} fill none polyline {p(600)},{p(60)} {p(720)},{p(300)} {p(660)},{p(640)}"]
    if kind == "border":
        return [f"stroke #f3e9dc stroke-width {p(10)} stroke-dasharray {p(40)},{p(30)} line 0,{p(420)} {w},{p(300)}",
                f"fill #3d2314 polygon 0,{h} 0,{p(500)} {p(400)},{p(470)} {p(800)},{p(520)} {w},{p(460)} {w},{h}"]
    if kind == "books":
        cols = ("#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#5e548e", "#c44536")
        return [f"fill {cols[i % 6]} rectangle {p(90 + i * 110)},{p(300 - (i % 3) * 40)} {p(180 + i * 110)},{p(620)}"
                for i in range(10)]
    if kind == "pipe":
        return [f"stroke #e9c46a stroke-width {p(46)} fill none bezier 0,{p(500)} {p(400)},{p(300)} {p(800)},{p(640)} {w},{p(380)}",
                f"stroke #264653 stroke-width {p(14)} fill none bezier 0,{p(500)} {p(400)},{p(300)} {p(800)},{p(640)} {w},{p(380)}"]
    if kind == "bars":
        vals = (146, 55, 55, 33, 31.5)
        cols = ("#6c757d", "#1d3557", "#457b9d", "#a8dadc", "#e63946")
        out = [f"stroke #333333 stroke-width 2 line {p(120)},{h - 40} {p(1140)},{h - 40}"]
        for i, v in enumerate(vals):
            top = h - 40 - int(v * (h - 100) / 150)
            out.append(f"fill {cols[i]} rectangle {p(170 + i * 200)},{top} {p(300 + i * 200)},{h - 41}")
        return out
    if kind == "curves":
        out = [f"stroke #dddddd stroke-width 1 line {p(80)},{y} {p(1160)},{y}" for y in range(60, h - 20, 60)]
        for col, peak, x in (("#d62828", 80, 420), ("#f77f00", 220, 620), ("#2a9d8f", 340, 860)):
            out.append(f"stroke {col} stroke-width 6 fill none bezier {p(80)},{h - 30} {p(x - 120)},{h - 30} "
                       f"{p(x - 80)},{peak} {p(x)},{peak} {p(x + 80)},{peak} {p(x + 180)},{h - 30} {p(1160)},{h - 30}")
        return out
    if kind == "mountains":
        return [f"fill #5f6f52 polygon 0,{h} {p(250)},{p(150)} {p(520)},{h}",
                f"fill #a9b388 polygon {p(300)},{h} {p(650)},{p(90)} {p(1000)},{h}",
                f"fill #7d8f69 polygon {p(760)},{h} {p(1040)},{p(220)} {w},{p(420)} {w},{h}",
                f"fill #ffffff polygon {p(600)},{p(150)} {p(650)},{p(90)} {p(700)},{p(150)}"]
    if kind == "dunes":
        return [f"fill #c68b59 ellipse {p(300)},{p(700)} {p(500)},{p(200)} 0,360",
                f"fill #a0522d ellipse {p(950)},{p(720)} {p(450)},{p(170)} 0,360",
                f"fill #fff3b0 circle {p(980)},{p(140)} {p(1040)},{p(140)}"]
    if kind == "dome":
        return [f"fill #ffffff33 ellipse {p(600)},{p(420)} {p(260)},{p(220)} 180,360",
                f"fill #ffffff22 rectangle {p(300)},{p(420)} {p(900)},{p(600)}"]
    if kind == "hexagons":
        out = []
        for row in range(3):
            for col in range(3 + row % 2):
                cx, cy, r = 460 + col * 100 - (row % 2) * 50, 230 + row * 88, 50
                pts = " ".join(f"{p(cx + dx)},{p(cy + dy)}" for dx, dy in
                               ((r, 0), (r / 2, r * .87), (-r / 2, r * .87), (-r, 0), (-r / 2, -r * .87), (r / 2, -r * .87)))
                out.append(f"fill #d4a72c stroke #3a2a06 stroke-width {p(4)} polygon {pts}")
        out += [f"fill #ffffff circle {p(x)},{p(y)} {p(x + 2)},{p(y)}" for x, y in ((90, 80), (210, 560), (1090, 120), (1010, 600))]
        return out
    if kind == "rocket":
        return [f"fill #f8f9fa rectangle {p(560)},{p(140)} {p(640)},{p(560)}",
                f"fill #f8f9fa polygon {p(560)},{p(140)} {p(600)},{p(60)} {p(640)},{p(140)}",
                f"fill #f77f00 polygon {p(565)},{p(560)} {p(600)},{p(660)} {p(635)},{p(560)}"]
    if kind == "windows":
        out = [f"fill #1b1b2f rectangle {p(80 + i * 220)},{p(250 - (i % 3) * 60)} {p(260 + i * 220)},{h}" for i in range(5)]
        out += [f"fill #ffb703 rectangle {p(110 + i * 220)},{p(300 + j * 90)} {p(140 + i * 220)},{p(340 + j * 90)}"
                for i in range(5) for j in range(3) if (i + j) % 2 == 0]
        return out
    if kind == "euro":
        stars = [(600 + 260 * math.cos(a * math.pi / 6), 337 + 260 * math.sin(a * math.pi / 6)) for a in range(12)]
        return [f"fill #ffcc00 circle {p(x)},{p(y)} {p(x + 18)},{p(y)}" for x, y in stars]
    if kind == "bubbles":
        return [f"fill #ffffff40 circle {p(x)},{p(y)} {p(x + r)},{p(y)}"
                for x, y, r in ((160, 560, 30), (210, 470, 18), (180, 380, 12), (1040, 600, 40), (1000, 480, 22), (1060, 390, 14))]
    if kind == "route":
        return [f"fill #b7c9a8 polygon 0,0 {p(420)},0 {p(380)},{p(300)} {p(520)},{h} 0,{h}",
                f"fill #b7c9a8 polygon {p(820)},0 {w},0 {w},{h} {p(900)},{h} {p(760)},{p(360)}",
                f"stroke #c1121f stroke-width {p(10)} stroke-dasharray {p(30)},{p(18)} fill none "
                f"bezier {p(1100)},{p(120)} {p(700)},{p(200)} {p(560)},{p(380)} {p(300)},{p(610)}",
                f"fill #c1121f circle {p(640)},{p(520)} {p(660)},{p(520)}"]
    if kind == "cracks":
        pts = ((100, 80), (380, 300), (330, 420), (620, 640), (380, 300), (700, 260), (900, 420), (1150, 360))
        segments = [pts[i:i + 2] for i in range(len(pts) - 1) if i != 3]
        return [f"stroke #1f1f1f stroke-width {p(8)} line {p(a[0])},{p(a[1])} {p(b[0])},{p(b[1])}" for a, b in segments]
    if kind == "ballot":
        return [f"fill #ffffff rectangle {p(900)},{p(470)} {p(1120)},{p(650)}",
                f"fill #c1121f rectangle {p(970)},{p(460)} {p(1050)},{p(472)}",
                f"fill #fdf0d5 stroke #c1121f polygon {p(975)},{p(470)} {p(990)},{p(360)} {p(1055)},{p(368)} {p(1045)},{p(470)}"]
    if kind == "film":
        out = [f"fill #2b2b2b rectangle 0,{p(40)} {w},{p(150)}", f"fill #2b2b2b rectangle 0,{p(525)} {w},{p(635)}"]
        out += [f"fill #e0e0e0 rectangle {p(20 + i * 80)},{p(75)} {p(60 + i * 80)},{p(115)}" for i in range(15)]
        out += [f"fill #e0e0e0 rectangle {p(20 + i * 80)},{p(560)} {p(60 + i * 80)},{p(600)}" for i in range(15)]
        return out
    if kind == "spotlights":
        return [f"fill #ffffff30 polygon {p(200)},0 {p(280)},0 {p(520)},{h} {p(60)},{h}",
                f"fill #ffffff30 polygon {p(920)},0 {p(1000)},0 {p(1140)},{h} {p(680)},{h}"]
    if kind == "road":
        return [f"fill #22223b polygon {p(520)},{p(330)} {p(680)},{p(330)} {p(1100)},{h} {p(100)},{h}",
                f"stroke #f2e9e4 stroke-width {p(8)} stroke-dasharray {p(50)},{p(40)} line {p(600)},{p(340)} {p(600)},{h}"]
    if kind == "warming":
        # "Warming stripes": one band per year, blue for cool years, red for warm ones.
        cols = ("#08306b", "#2171b5", "#6baed6", "#c6dbef", "#fee0d2", "#fc9272", "#de2d26", "#a50f15", "#67000d")
        n = 60
        return [f"fill {cols[min(8, max(0, int((i / n) ** 1.6 * 9 + ((i * 7) % 5 - 2) * 0.4)))]} "
                f"rectangle {i * w // n},0 {(i + 1) * w // n - 1},{h}" for i in range(n)]
    if kind == "hemicycle":
        return [f"fill none stroke #ffffff55 stroke-width {p(26)} ellipse {p(600)},{p(675)} {p(r)},{p(r)} 180,360"
                for r in (180, 260, 340, 420, 500)]
    if kind == "spire":
        return [f"fill #edf2f4 polygon {p(570)},{p(600)} {p(600)},{p(60)} {p(630)},{p(600)}",
                f"fill #8d99ae rectangle {p(380)},{p(380)} {p(540)},{h}",
                f"fill #8d99ae rectangle {p(660)},{p(380)} {p(820)},{h}"]
    if kind == "arches":
        return [f"fill #1e140c ellipse {p(180 + i * 280)},{p(260)} {p(100)},{p(140)} 180,360" for i in range(4)] + \
               [f"fill #1e140c rectangle {p(80 + i * 280)},{p(260)} {p(280 + i * 280)},{h}" for i in range(4)]
    if kind == "logo":
        return [f"fill none stroke #b23a48 stroke-width {p(16)} circle {p(600)},{p(337)} {p(600)},{p(87)}"]
    raise ValueError(f"unknown motif {kind}")


def main():
    convert = os.environ.get("CONVERT") or shutil.which("magick") or shutil.which("convert")
    if not convert:
        sys.exit("ImageMagick's convert was not found; set CONVERT=/path/to/convert")
    for rel, w, h, top, bottom, kind, word, word_colour in IMAGES:
        out = os.path.join(MEDIA, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        args = [convert, "-size", f"{w}x{h}", f"gradient:{top}-{bottom}"]
        for primitive in motif(kind, w, h):
            args += ["-draw", primitive]
        if word:
            size = int(h * (0.26 if len(word) <= 6 else 0.17))
            args += ["-font", FONT, "-pointsize", str(size), "-fill", word_colour, "-gravity", "center",
                     "-annotate", "+0+0", word]
        args += ["-strip"]
        args += ["-quality", "72", "-sampling-factor", "4:2:0"] if rel.endswith(".jpg") else ["-colors", "64"]
        subprocess.run(args + [out], check=True)
        print(f"{out}: {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
