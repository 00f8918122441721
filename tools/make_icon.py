"""Draw the application icon (our own mark, no third-party logo): PNG sizes and a Windows .ico.

python tools/make_icon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "originn_desktop" / "resources" / "icons"
BLUE, GREEN, WHITE = (31, 69, 115), (46, 139, 87), (255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 5, fill=BLUE)
    ring = size * 0.16
    box = (size * 0.2, size * 0.2, size * 0.8, size * 0.8)
    d.ellipse(box, outline=WHITE, width=int(ring * 0.6))
    leaf = size * 0.11  # a shoot growing from the ring: from raw material to product
    cx, cy = size * 0.72, size * 0.28
    d.ellipse(
        (cx - leaf, cy - leaf, cx + leaf, cy + leaf),
        fill=GREEN,
        outline=BLUE,
        width=int(size * 0.025),
    )
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "originn-desktop.png")
    big.resize((256, 256), Image.LANCZOS).save(
        OUT / "originn-desktop.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )


if __name__ == "__main__":
    main()
