#!/usr/bin/env bash
# Measures how long `java -jar target/mingjing.jar` takes until /actuator/health reports UP, on a new
# embedded database (migrations and the demo data set included) and on an existing one, N times each.
# Usage: scripts/measure-startup.sh [N]   (build the jar first: ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port=18097
measure() {
  local dir="$1" start end pid
  start=$(date +%s%N)
  java -jar target/mingjing.jar --mingjing.data-dir="$dir" --server.port=$port >"$dir/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do sleep 0.1; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
new=(); existing=()
for _ in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  new+=("$(measure "$dir")")
  existing+=("$(measure "$dir")")
  rm -rf "$dir"
done
echo "new database, ms to UP:      ${new[*]}"
echo "existing database, ms to UP: ${existing[*]}"
