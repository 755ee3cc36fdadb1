#!/usr/bin/env bash
# Regenerate the committed diagrams from the bundled example texts (United Nations documents):
#   bash graphs/make.sh
# tests/graphs.rs fails when a committed .dot drifts from what the printer makes now.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
uncite=./target/release/uncite
$uncite graph examples/texts/A_RES_59_153.zh.txt --focus A/RES/59/153 --depth 1 -o graphs/seed.dot
$uncite graph examples/texts -o graphs/examples.dot
for f in graphs/seed graphs/examples; do
  dot -Tsvg "$f.dot" -o "$f.svg"
done
dot -Tpng graphs/seed.dot -o graphs/seed.png
