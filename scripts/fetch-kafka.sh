#!/usr/bin/env bash
# Fetch Apache Kafka (broker jars + runtime deps + a log4j2 binding) from Maven Central with Maven,
# into a cache that is reused between runs and between clones on the same machine.
#
#   bash scripts/fetch-kafka.sh            # prints the lib dir on its last line
#
# Environment:
#   RTMON_KAFKA_VERSION   Kafka version (default 4.3.1)
#   RTMON_KAFKA_CACHE     cache root (default ~/.cache/rtmon-kafka)
#
# Layout: $RTMON_KAFKA_CACHE/<version>/lib/*.jar and a .complete stamp written last, so an
# interrupted fetch is redone rather than half-used. The tests find the same dir via
# tests/integration/kafka_broker.py (same variables, same defaults).
set -euo pipefail

VERSION="${RTMON_KAFKA_VERSION:-4.3.1}"
LOG4J_VERSION="${RTMON_LOG4J_VERSION:-2.25.3}"
SLF4J_VERSION="${RTMON_SLF4J_VERSION:-2.0.17}"
CACHE_ROOT="${RTMON_KAFKA_CACHE:-${HOME:-/root}/.cache/rtmon-kafka}"
DEST="$CACHE_ROOT/$VERSION"
LIB="$DEST/lib"
STAMP="$DEST/.complete"

die() { echo "fetch-kafka: $*" >&2; exit 1; }

if [[ -f "$STAMP" ]] && compgen -G "$LIB/kafka_2.13-$VERSION.jar" >/dev/null; then
  echo "fetch-kafka: Kafka $VERSION already cached" >&2
  echo "$LIB"
  exit 0
fi

# A fresh Debian machine may lack them; install only when missing and allowed to.
if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "fetch-kafka: installing Java 17 and Maven with apt-get ..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >&2 \
      || die "apt-get could not install openjdk-17-jre-headless and maven"
  fi
fi
command -v java >/dev/null || die "java not found: install a JDK >= 17 (e.g. apt-get install openjdk-17-jre-headless)"
command -v mvn >/dev/null || die "mvn not found: install Maven (e.g. apt-get install maven)"
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[[ "${java_major%%.*}" -ge 17 ]] 2>/dev/null || die "Java >= 17 needed, found '${java_major:-unknown}'"

mkdir -p "$DEST"
WORK=$(mktemp -d "$DEST/.fetch.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

cat >"$WORK/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>rtmon.test</groupId>
  <artifactId>kafka-broker-bundle</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>$VERSION</version>
    </dependency>
    <!-- kafka-clients asks for slf4j 1.7; the 2.x API serves 1.7 callers and finds log4j-slf4j2-impl -->
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
      <version>$SLF4J_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>$LOG4J_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j2-impl</artifactId>
      <version>$LOG4J_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF

echo "fetch-kafka: fetching Kafka $VERSION and its runtime dependencies with Maven ..." >&2
if ! mvn -q -B -f "$WORK/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$WORK/lib" >"$WORK/mvn.log" 2>&1; then
  tail -40 "$WORK/mvn.log" >&2
  die "Maven could not fetch org.apache.kafka:kafka_2.13:$VERSION (see above)"
fi
compgen -G "$WORK/lib/kafka_2.13-$VERSION.jar" >/dev/null || die "kafka_2.13-$VERSION.jar missing after fetch"

# Kafka ships log4j 1 / reload4j bindings in some versions; keep exactly one slf4j binding.
rm -f "$WORK"/lib/slf4j-reload4j-*.jar "$WORK"/lib/slf4j-log4j12-*.jar

rm -rf "$LIB"
mv "$WORK/lib" "$LIB"
cat >"$DEST/log4j2.properties" <<'EOF'
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.stdout.ref = STDOUT
logger.kafka.name = kafka
logger.kafka.level = WARN
logger.server.name = kafka.server.KafkaRaftServer
logger.server.level = INFO
EOF
touch "$STAMP"
echo "fetch-kafka: Kafka $VERSION ready: $(ls "$LIB" | wc -l) jars in $LIB" >&2
echo "$LIB"
