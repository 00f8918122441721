"""Synthetic images for the branding tests: logos, emblems and signatures made on the spot."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw


def logo_png(path: Path, size=(600, 200), alpha=True) -> Path:
    """A blue ellipse on a transparent background (an alpha channel to flatten)."""
    im = Image.new("RGBA" if alpha else "RGB", size, (0, 0, 0, 0) if alpha else "white")
    ImageDraw.Draw(im).ellipse([4, 4, size[0] - 4, size[1] - 4], fill=(20, 60, 140, 255))
    im.save(path)
    return path


def emblem_png(path: Path, size=(300, 200)) -> Path:
    """A blue flag with a yellow ring, like the EU emblem's colours."""
    im = Image.new("RGB", size, (0, 51, 153))
    ImageDraw.Draw(im).ellipse([90, 40, 210, 160], outline=(255, 204, 0), width=12)
    im.save(path)
    return path


def signature_jpeg(path: Path, size=(500, 150), cmyk=False) -> Path:
    im = Image.new("RGB", size, "white")
    ImageDraw.Draw(im).line([10, 120, 200, 20, 300, 130, 480, 30], fill=(10, 10, 80), width=8)
    (im.convert("CMYK") if cmyk else im).save(path, "JPEG")
    return path


def white_like(image) -> object:
    """A white image of the same type and size: the same layout, nothing drawn."""
    import io

    from originn_desktop.certificates.branding import JPEG, PNG, SVG
    from originn_desktop.certificates.branding import Image as Stored

    if image.type == SVG:
        from originn_desktop.certificates.branding import image_size

        w, h = image_size(image)
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}"></svg>'
        return Stored(svg.encode(), SVG)
    with Image.open(io.BytesIO(image.data)) as im:
        size = im.size
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG" if image.type == PNG else "JPEG")
    return Stored(out.getvalue(), PNG if image.type == PNG else JPEG)


SVG_LOGO = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
  <rect x="5" y="5" width="290" height="90" rx="12" fill="#12408c"/>
  <text x="150" y="62" font-family="Helvetica" font-size="36" fill="#ffffff" text-anchor="middle">MIUN</text>
</svg>
"""

SVG_SHAPES = b"""<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120">
  <circle cx="60" cy="60" r="55" fill="#12408c"/>
  <path d="M130 10 L230 110 L130 110 Z" fill="#ffcc00" stroke="#12408c" stroke-width="4"/>
</svg>
"""
