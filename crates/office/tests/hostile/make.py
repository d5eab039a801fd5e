#!/usr/bin/env python3
"""Writes the hostile workbooks the tests and fuzz targets use as seeds. Each is a real .xlsx
(the parts a reader needs) of a couple of kilobytes that declares or spans far more than it
holds. Run from this folder; the files are committed, so tests never run this."""
import zipfile

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Krav" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def sheet(dimension, rows):
    body = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="inlineStr"><is><t>{t}</t></is></c>' for c, t in cells) + "</row>"
        for r, cells in rows
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><dimension ref="{dimension}"/><sheetData>{body}</sheetData></worksheet>'


def sst(count):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS} count="{count}" uniqueCount="{count}"><si><t>area</t></si></sst>'


def write(name, sheet_xml, sst_xml=sst(1)):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        z.writestr("xl/sharedStrings.xml", sst_xml)


header = [("A", "area"), ("B", "ref"), ("C", "text")]
# One cell in each corner of the largest sheet Excel allows: the reader's grid is 17 billion cells.
write("corners.xlsx", sheet("A1:XFD1048576", [(1, header), (1048576, [("XFD", "x")])]))
# The same with an honest-looking small dimension: only the cells present give it away.
write("corners-small-dimension.xlsx", sheet("A1:C2", [(1, header), (1048576, [("XFD", "x")])]))
# 100 million cells declared and spanned (1,000,000 rows by 100 columns).
write("hundred-million.xlsx", sheet("A1:CV1000000", [(1, header), (1000000, [("CV", "x")])]))
# A shared-string table that declares a trillion entries (the reader reserves what it is told).
write("shared-strings.xlsx", sheet("A1:C1", [(1, header)]), sst(10**12))
# A small, honest catalogue: the seed the fuzz targets mutate.
write("good.xlsx", sheet("A1:C3", [(1, header), (2, [("A", "1"), ("B", "1.1"), ("C", "Krav")]), (3, [("A", "1"), ("B", "1.2"), ("C", "Krav to")])]))
