#!/usr/bin/env bash
# Placeholder until the metrics issue lands: installs promtool/amtool from Debian packages.
exit 0
