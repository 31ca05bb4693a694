"""Writes fixtures/scan/stamped-scan.pdf: one A4 page painted by a single
full-page image (a stand-in for a scan, 16x16 grey pixels) with a digital
text stamp on top ("SAO Y"), the case where a page's text layer is not empty
but its real text is in the image. Tiny on purpose; hand-written PDF objects."""
import pathlib

pixels = bytes((255 if (x + y) % 5 else 200) for y in range(16) for x in range(16))
content = b"q 595 0 0 842 0 0 cm /Im1 Do Q BT /F1 14 Tf 380 800 Td (SAO Y) Tj 0 -16 Td (VAN PHONG TINH UY) Tj ET"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
]
out = b"%PDF-1.4\n"
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
target = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "scan" / "stamped-scan.pdf"
target.write_bytes(out)
print(target, len(out), "bytes")
