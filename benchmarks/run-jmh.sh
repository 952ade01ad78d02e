#!/usr/bin/env sh
# Speed benchmarks of tiqu (see README "Speed"). From anywhere:
#   benchmarks/run-jmh.sh quick            # smoke run, about 3 minutes -> benchmarks/target/speed-quick.md
#   benchmarks/run-jmh.sh full             # error bars < 5%, about 45 minutes -> benchmarks/target/speed-full.md
#   benchmarks/run-jmh.sh full speed       # only the 1- and 2-thread throughput table (or: linear)
#   benchmarks/run-jmh.sh startup [runs]   # start-up and heap in fresh JVMs -> benchmarks/target/startup.md
# Builds benchmarks/target/benchmarks.jar first (skip with SKIP_BUILD=1). The corpus is read from -Dtiqu.data,
# $TIQU_DATA, or shared/data in the working directory or a parent of it.
set -eu
[ $# -ge 1 ] || { sed -n '2,8p' "$0"; exit 2; }
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -DskipTests package
fi
JAR=benchmarks/target/benchmarks.jar
JAVA_OPTS=${TIQU_DATA:+-Dtiqu.data=$TIQU_DATA}
case "$1" in
  startup) shift; exec java $JAVA_OPTS -cp "$JAR" org.tiqu.bench.startup.StartupRunner "$@" ;;
  *) exec java $JAVA_OPTS -cp "$JAR" org.tiqu.bench.jmh.Bench "$@" ;;
esac
