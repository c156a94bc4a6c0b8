"""Reading printed documents back as a scanner and a person would."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp


def barcodes(pdf: bytes, dpi: int, smooth: bool = True) -> list[str]:
    """Every barcode on every page, rendered at ``dpi``, as a real decoder reads it.

    ``smooth=False`` samples raster images dot for dot, as a printer of that resolution
    does; smoothing a picture that is already at that resolution would blur it."""
    document = pdfium.PdfDocument(pdf)
    found = []
    for page in document:
        image = page.render(scale=dpi / 72, grayscale=True, no_smoothimage=not smooth).to_pil()
        found += [result.text for result in zxingcpp.read_barcodes(image)]
    document.close()
    return sorted(found)


def text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    words = " ".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return words
