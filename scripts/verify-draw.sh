#!/usr/bin/env bash
# Re-runs a published random-inspection draw (双随机一公开) from its public record alone, with sha256sum, and says
# whether the product's result is the same (API.md, "Random inspection"):
#   - the commitment is the SHA-256 of the seed;
#   - k = ceil(ratio × register size) subjects with the lowest sha256(seed|creditCode), ties by credit code;
#   - for each, the inspectorsPerSubject inspectors without a recusal for it with the lowest
#     sha256(seed|creditCode|certificateNumber).
# Usage: scripts/verify-draw.sh BASE_URL DRAW_ID     (python3 reads the JSON; every hash is sha256sum's)
set -euo pipefail
export LC_ALL=C
base="$1"
id="$2"
record="$(mktemp)"
trap 'rm -f "$record"' EXIT
curl -fsS "$base/api/public/inspection-draws/$id" >"$record"

field() { python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))[sys.argv[2]]; print("" if v is None else v)' "$record" "$1"; }
lines() { python3 -c 'import json,sys
for x in json.load(open(sys.argv[1]))[sys.argv[2]]: print(" ".join(str(x[k]) for k in sys.argv[3:]))' "$record" "$@"; }
sha() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }

seed="$(field seed)"
[ -n "$seed" ] || { echo "draw $id: not drawn yet (no seed published)"; exit 2; }
commitment="$(field commitment)"
[ "$(sha "$seed")" = "$commitment" ] || { echo "draw $id: sha256(seed) is not the published commitment"; exit 1; }

ratio="$(field ratio)"
per="$(field inspectorsPerSubject)"
mapfile -t register < <(lines register creditCode)
mapfile -t inspectors < <(lines inspectors certificateNumber)
mapfile -t recusals < <(lines recusals creditCode certificateNumber)
# k = ceil(ratio × n), in exact decimal arithmetic
k="$(python3 -c 'import decimal,math,sys; print(math.ceil(decimal.Decimal(sys.argv[1]) * int(sys.argv[2])))' "$ratio" "${#register[@]}")"

expected="$(
  for code in "${register[@]}"; do echo "$(sha "$seed|$code") $code"; done | sort -k1,1 -k2,2 | head -n "$k" |
    while read -r _ code; do
      chosen="$(for cert in "${inspectors[@]}"; do
          recused=no
          for r in "${recusals[@]}"; do [ "$r" = "$code $cert" ] && recused=yes; done
          [ "$recused" = no ] && echo "$(sha "$seed|$code|$cert") $cert"
        done | sort -k1,1 -k2,2 | head -n "$per" | cut -d' ' -f2 | sort | paste -sd, -)"
      echo "$code:$chosen"
    done | sort
)"
published="$(python3 -c 'import json,sys
for s in json.load(open(sys.argv[1]))["subjects"]:
    print(s["creditCode"] + ":" + ",".join(sorted(i["certificateNumber"] for i in s["inspectors"])))' "$record" | sort)"
# subjects compared by credit code, each with its set of inspectors
if [ "$expected" = "$published" ]; then
  echo "draw $id: re-run with sha256sum gives the published $k subjects and their inspectors"
else
  echo "draw $id: MISMATCH"
  diff <(echo "$expected") <(echo "$published") || true
  exit 1
fi
