#!/usr/bin/env bash
# Does an H2 file database keep every commit it acknowledged when its process is killed (kill -9)?
# A child JVM commits one row at a time and prints each id once committed; the parent kills it after 1.5-2.5 s,
# reopens the database and compares. Ten runs with the application's URL settings, then ten with WRITE_DELAY=0.
set -euo pipefail
cd "$(dirname "$0")"
h2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -n 1)
work=$(mktemp -d)
javac -d "$work" -cp "$h2" Writer.java Durability.java
echo "== default WRITE_DELAY"
java -cp "$work:$h2" Durability "$work:$h2" | tail -n 11
echo "== WRITE_DELAY=0"
java -cp "$work:$h2" Durability "$work:$h2" ";WRITE_DELAY=0" | tail -n 11
rm -rf "$work"
