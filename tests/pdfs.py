"""Reading rendered PDFs back with poppler's tools, as a person's PDF reader would."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_info(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def pdf_fonts(data: bytes, tmp_path: Path) -> set[str]:
    """The fonts the PDF uses, without the subset prefix ("DejaVuSans-Bold")."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {line.split()[0].split("+")[-1] for line in lines if line.strip()}


def word_boxes(data: bytes, tmp_path: Path, page: int = 1) -> list[tuple[float, float, str]]:
    """(left, top, word) of each word on a page, in points from the page's top left."""
    path = tmp_path / "words.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
    return [(float(x), float(y), word) for x, y, word in re.findall(pattern, html)]


class PageImage:
    """One page rendered by pdftoppm at `dpi`, to look at its colours."""

    def __init__(self, data: bytes, tmp_path: Path, page: int = 1, dpi: int = 72):
        path = tmp_path / "page.pdf"
        path.write_bytes(data)
        ppm = subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
            capture_output=True,
            check=True,
        ).stdout
        # P6 header: magic, width, height, maximum value, one whitespace byte, then the pixels.
        header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", ppm)
        self.pixels = ppm[header.end() :]
        self.width, self.height = int(header[1]), int(header[2])
        self.scale = dpi / 72

    def count(self, rgb: tuple[int, int, int], box=None, tolerance: int = 40) -> int:
        """Pixels near the colour `rgb`, inside `box` (left, top, right, bottom in points)."""
        left, top, right, bottom = box or (0, 0, self.width / self.scale, self.height / self.scale)
        found = 0
        for y in range(int(top * self.scale), min(int(bottom * self.scale), self.height)):
            for x in range(int(left * self.scale), min(int(right * self.scale), self.width)):
                offset = 3 * (y * self.width + x)
                pixel = self.pixels[offset : offset + 3]
                if all(abs(pixel[i] - rgb[i]) <= tolerance for i in range(3)):
                    found += 1
        return found
