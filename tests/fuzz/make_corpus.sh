#!/usr/bin/env bash
# How the seed inputs behind corpus/ were made: real files from the program, its fixtures and
# a few hand-made variants. Run from the repository root after a normal build:
#   bash tests/fuzz/make_corpus.sh [BUILD_DIR] [OUT_DIR]     (.build/dev, .build/fuzz-seeds)
# It writes OUT_DIR/<target>/. The stored corpus is those seeds minimised with libFuzzer
# (in the DJ_FUZZ build, for each target):
#   mkdir -p tests/fuzz/corpus/T && .build/fuzz/tests/fuzz/fuzz_T -merge=1 tests/fuzz/corpus/T OUT_DIR/T
# then renamed after their seeds, plus two more of the "-stored" workbooks (good starting
# points for mutation even where they add no coverage) and every input a bug was found with
# (bug-*).
set -euo pipefail
build=$(realpath "${1:-.build/dev}")
out=$(realpath -m "${2:-.build/fuzz-seeds}")
cli="$build/app/dangjian-cli"
fixtures=$PWD/tests/fixtures
evidence_seeds=$PWD/tests/fuzz/make_evidence_seeds.py
rm -rf "$out"
mkdir -p "$out"/{package,payload,xlsx,xls,csv,scheme}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# package: small real packages (plain, sealed to the fuzz recipient, passphrase) from the
# program's PackageWriter; a CLI export carries a 440 KB payload, too slow to fuzz.
"$build/tests/fuzz/dj_fuzz_package_seeds" "$out/package"

# A tiny office file (4 organisations), and a department file (scheme and list templates).
"$cli" init office.djdb --office 模糊测试单位 >/dev/null
head -5 "$fixtures/assess/e2e/orgs.csv" >orgs.csv
"$cli" import-orgs office.djdb --from orgs.csv >/dev/null
"$cli" init dept.djdb --department 模糊测试局 --code FZ01 >/dev/null

# payload: the SQLite payload of real exports, VACUUMed to 512-byte pages (70 KB instead of
# 440 KB; the same tables and rows).
payload() { # PACKAGE OUT
  python3 - "$1" "$2" <<'PY'
import struct, sys
d = open(sys.argv[1], 'rb').read()
h = struct.unpack('<I', d[8:12])[0]
open(sys.argv[2], 'wb').write(d[12 + h:len(d) - 64])
PY
  sqlite3 "$2" "PRAGMA page_size = 512; VACUUM;"
}
"$cli" export office.djdb --scope all --out office.djpkg >/dev/null
"$cli" export dept.djdb --scope schemes --out schemes.djpkg >/dev/null
payload office.djpkg "$out/payload/office-all.sqlite"
payload schemes.djpkg "$out/payload/dept-schemes.sqlite"
# and the office payload with an evidence file added, once sound and once with a hostile name.
python3 "$evidence_seeds" "$out/payload/office-all.sqlite" "$out/payload"

# xlsx and csv: the import fixtures, and tables and a scheme as the program exports them.
cp "$fixtures"/import/*.xlsx "$out/xlsx/"
cp "$fixtures"/import/*.xls "$out/xls/" # made with xlwt (tests/fixtures/import/xls_fixtures.py)
"$cli" export-table office.djdb --table orgs --out "$out/xlsx/export-orgs.xlsx" >/dev/null
"$cli" scheme export dept.djdb --out "$out/xlsx/export-scheme.xlsx" >/dev/null
# The same workbooks with their parts stored uncompressed: mutations then change the XML
# itself (the harnesses fix the checksums) instead of a deflate stream.
stored() { # SRC.xlsx DST.xlsx
  python3 - "$1" "$2" <<'PY'
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_STORED) as dst:
    for info in src.infolist():
        data = src.read(info)
        info.compress_type = zipfile.ZIP_STORED
        dst.writestr(info, data)
PY
}
for f in excel_style wps_style prefixed merged_header libreoffice_people export-orgs; do
  stored "$out/xlsx/$f.xlsx" "$out/xlsx/$f-stored.xlsx"
done
cp "$fixtures"/import/*.csv "$fixtures"/assess/e2e/*.csv "$out/csv/"
"$cli" export-table office.djdb --table orgs --out "$out/csv/export-orgs.csv" >/dev/null
# Excel's "Unicode text": UTF-16 with a BOM, tab-separated; and semicolons, as some locales write.
{ printf '\xff\xfe'; tr ',' '\t' <orgs.csv | sed '1s/^\xef\xbb\xbf//' | iconv -f UTF-8 -t UTF-16LE; } \
  >"$out/csv/orgs-utf16.txt"
tr ',' ';' <"$fixtures/assess/e2e/party_group.csv" >"$out/csv/party-group-semicolon.csv"
# Past the reader's 64 KiB chunk, so that the fuzzer's inputs may be that long: GB18030 with
# a two-byte character across the boundary, and UTF-16 with a surrogate pair across it.
python3 - "$out/csv" <<'PY'
import sys
rows, n = ['序号,姓名,备注'], 0
while len('\n'.join(rows).encode('gb18030')) < 65400:
    n += 1
    rows.append(f'{n},党员{n},"第{n}行，含逗号与""引号"""')
text = '\n'.join(rows).encode('gb18030')
text += b'x' * (65535 - len(text)) + '中文备注\r\n1,甲,乙\r\n'.encode('gb18030')
open(sys.argv[1] + '/long-gb18030.csv', 'wb').write(text)
u = '\ufeff' + '\n'.join(r.replace(',', '\t') for r in rows[:len(rows) * 2 // 3])
u += 'y' * ((65534 - len(u.encode('utf-16-le'))) // 2) + '\U0001F600\n2\t乙\t丙\n'
open(sys.argv[1] + '/long-utf16.txt', 'wb').write(u.encode('utf-16-le'))
PY

# scheme: the built-in scheme exported both ways, and the end-to-end fixture.
"$cli" scheme export dept.djdb --out "$out/scheme/builtin.csv" >/dev/null
cp "$out/xlsx/export-scheme.xlsx" "$out/scheme/builtin.xlsx"
stored "$out/scheme/builtin.xlsx" "$out/scheme/builtin-stored.xlsx"
cp "$fixtures/assess/e2e/scheme.csv" "$out/scheme/e2e.csv"
du -sh "$out"/*
