#!/usr/bin/env sh
# Rebuilds core/src/main/resources/org/tiqu/ner/person-filter.tsv.gz (see README "Rebuilding the shipped resources"):
#   benchmarks/train-person-filter.sh [DATA_DIR]     # default ../shared/data; about 20 minutes on 2 cores
# For each of seven held-out windows of the training split (days 01-07, 08-14, 15-20, 21-27, and shifted: 04-10,
# 11-17, 18-24) it trains the segmentation, POS and NER models without those days, lets the extractor propose persons
# for them, and records each with its features and whether gold has it; the filter is trained on the seven records
# (TrainPersonFilter). Each window's models err in their own way, so more windows give the filter more errors to
# learn from (seven instead of four: PERSON F1 on held-out windows +0.1 more).
# Builds benchmarks/target/benchmarks.jar first (skip with SKIP_BUILD=1); work files go to benchmarks/target/pf.
set -eu
cd "$(dirname "$0")/.."
DATA=$(cd "${1:-../shared/data}" && pwd)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -DskipTests package
fi
WORK=benchmarks/target/pf
mkdir -p "$WORK"
JAR="$WORK/benchmarks.jar"
cp benchmarks/target/benchmarks.jar "$JAR"
CORPUS="$DATA/pd98/199801.utf8.txt"
for w in 19980101-19980107 19980108-19980114 19980115-19980120 trainEnd 19980104-19980110 19980111-19980117 19980118-19980124; do
  if [ "$w" = trainEnd ]; then P=-Dtiqu.ner.trainEnd=19980120; else P=-Dtiqu.ner.holdOut=$w; fi
  D="$WORK/$w"
  mkdir -p "$D/org/tiqu/models" "$D/org/tiqu/ner"
  java -Xmx8g $P -cp "$JAR" org.tiqu.bench.train.TrainModels --data "$DATA" --out "$D/org/tiqu/models" --skip-speed > "$D.models.log" 2>&1
  java -Xmx10g $P -cp "$JAR" org.tiqu.bench.train.ner.TrainNer "$CORPUS" "$D/org/tiqu/ner/ner-model.bin.gz" 32 2 > "$D.ner.log" 2>&1
  java $P -cp "$D:$JAR" org.tiqu.bench.train.ner.CompileLexicon "$D/org/tiqu/ner/lexicon.bin.gz" >> "$D.ner.log" 2>&1
  java -Xmx4g $P -Dtiqu.ner.personFilter=false -cp "$D:$JAR" org.tiqu.bench.train.ner.TrainPersonFilter dump "$CORPUS" "$WORK/$w.tsv"
done
java -cp "$JAR" org.tiqu.bench.train.ner.TrainPersonFilter cv "$WORK"/*.tsv
java -cp "$JAR" org.tiqu.bench.train.ner.TrainPersonFilter train core/src/main/resources/org/tiqu/ner/person-filter.tsv.gz -1.0 "$WORK"/*.tsv
