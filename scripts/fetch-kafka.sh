#!/usr/bin/env bash
# Placeholder until the Kafka issue lands: fetches Apache Kafka from Maven Central.
exit 0
