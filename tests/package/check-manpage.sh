#!/usr/bin/env bash
# Every command, option and print report that `dangjian-cli --help` lists must be documented
# in the man page: a command as the start of an entry (".B org list FILE ..."), an option
# anywhere, a report as the start of an entry of the print report list.
# usage: check-manpage.sh DANGJIAN_CLI MANPAGE.1
set -euo pipefail
cli=$1 page=$2
help=$(LANG=C.UTF-8 LANGUAGE= DJ_LANG=en QT_QPA_PLATFORM=offscreen "$cli" --help)
# The page as text: no font changes, no escaped hyphens, no leading macro name.
text=$(sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/^\.[A-Z][A-Z]* *//' -e 's/"//g' "$page")

missing=()
# Commands: the lowercase words before the first argument (FILE) of a synopsis line.
commands=$(printf '%s\n' "$help" | grep -E '^ {0,2}[a-z]' |
  sed -E 's/^ *//; s/^(([a-z][a-z-]*)( [a-z][a-z-]*)*)( .*)?$/\1/' | sort -u)
[ -n "$commands" ] || { echo "no commands found in $cli --help"; exit 1; }
while read -r c; do
  grep -qE "^$c( |$)" <<< "$text" || missing+=("command \"$c\"")
done <<< "$commands"
options=$(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
while read -r o; do
  grep -qF -- "$o" <<< "$text" || missing+=("option $o")
done <<< "$options"
reports=$(printf '%s\n' "$help" | grep -oE -- '--report [a-z|-]+' | sed 's/--report //' | tr '|' '\n' | sort -u)
while read -r r; do
  [ -n "$r" ] || continue
  grep -qE "^([a-z-]+, )*$r(,| |$)" <<< "$text" || missing+=("print report $r")
done <<< "$reports"

if ((${#missing[@]})); then
  echo "$page does not document what \`dangjian-cli --help\` lists:"
  printf '  %s\n' "${missing[@]}"
  exit 1
fi
echo "$(wc -l <<< "$commands") commands, $(wc -l <<< "$options") options and $(wc -l <<< "$reports") reports documented"
