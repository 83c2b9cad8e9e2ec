"""An image as PNG bytes (a signature, a clinic logo), written in memory."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG; empty bytes when it cannot be written (a null image)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)  # what QImage.save(buffer, "PNG") does
    buffer.close()
    return bytes(data.data())
