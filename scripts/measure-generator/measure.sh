#!/usr/bin/env bash
# Times "java -jar target/mingjing.jar generate --cases N" on a new embedded database and on a new PostgreSQL
# database, and in the same sitting the floors: the rows of 100,000 such cases sent as plain JDBC batches without
# generation logic (JdbcFloor.java) and, on PostgreSQL, inserted by the database itself (floor.sh).
# Usage: scripts/measure-generator/measure.sh [N] (default 100000; the floors are always those of 100,000 cases).
# Needs the built jar, psql, and PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432) as PGUSER (default postgres)
# allowed to create databases; every database it creates is dropped at the end.
set -euo pipefail
N=${1:-100000}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../../target/mingjing.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
WORK=$(mktemp -d)
DB=mingjing_gen_measure_$$
trap 'rm -rf "$WORK"; dropdb --if-exists "$DB" 2>/dev/null || true; dropdb --if-exists "${DB}_floor" 2>/dev/null || true' EXIT
PG="--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/$DB --spring.datasource.username=$PGUSER --mingjing.demo=true"
PG_FLOOR="--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/${DB}_floor --spring.datasource.username=$PGUSER --mingjing.demo=true"
seconds() { local s=$(date +%s.%N); "$@" > "$WORK/out.log" 2>&1; echo "$(date +%s.%N) - $s" | bc; }

echo "machine: nproc=$(nproc), $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1), $(date -Iseconds)"
unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' > "$WORK/h2.jar"
unzip -p "$JAR" 'BOOT-INF/lib/postgresql-*.jar' > "$WORK/pgjdbc.jar"

t=$(seconds java -jar "$JAR" generate --cases "$N" --mingjing.data-dir="$WORK/h2")
echo "H2 generate --cases $N: $t s wall; $(grep -o '用时.*' "$WORK/out.log" || tail -3 "$WORK/out.log")"

java -jar "$JAR" generate --cases 0 --mingjing.data-dir="$WORK/h2-floor" > /dev/null 2>&1
t=$(seconds java -cp "$WORK/h2.jar" "$HERE/JdbcFloor.java" \
  "jdbc:h2:file:$WORK/h2-floor/mingjing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CACHE_SIZE=262144" sa)
echo "H2 floor, JDBC batches of the same rows: $t s wall; $(cat "$WORK/out.log")"

createdb "$DB"
t=$(seconds java -jar "$JAR" generate --cases "$N" $PG)
echo "PostgreSQL generate --cases $N: $t s wall; $(grep -o '用时.*' "$WORK/out.log" || tail -3 "$WORK/out.log")"

createdb "${DB}_floor"
java -jar "$JAR" generate --cases 0 $PG_FLOOR > /dev/null 2>&1
t=$(seconds java -cp "$WORK/pgjdbc.jar" "$HERE/JdbcFloor.java" \
  "jdbc:postgresql://$PGHOST:$PGPORT/${DB}_floor?reWriteBatchedInserts=true" "$PGUSER")
echo "PostgreSQL floor, JDBC batches of the same rows on one connection: $t s wall; $(cat "$WORK/out.log")"

dropdb "${DB}_floor" && createdb "${DB}_floor"
java -jar "$JAR" generate --cases 0 $PG_FLOOR > /dev/null 2>&1
"$HERE/floor.sh" > "$WORK/floor.sql"
t=$(seconds psql -q -v ON_ERROR_STOP=1 -d "${DB}_floor" -f "$WORK/floor.sql")
echo "PostgreSQL floor, INSERT ... SELECT of the same rows: $t s wall"
