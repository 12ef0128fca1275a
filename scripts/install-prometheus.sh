#!/usr/bin/env bash
# Install Prometheus (prometheus, promtool) and Alertmanager (alertmanager, amtool) from the
# distribution's packages, for the rule tests and the integration tests.
#
# Idempotent: does nothing when all four binaries are already on PATH. Non-interactive. The
# packages' maintainer scripts would start system services that listen on :9090/:9093/:9100;
# a temporary policy-rc.d forbids that, and anything started anyway is stopped and disabled,
# because the tests start their own instances on random ports.
set -euo pipefail

BINARIES=(prometheus promtool alertmanager amtool)
PACKAGES=(prometheus prometheus-alertmanager)
SERVICES=(prometheus prometheus-alertmanager prometheus-node-exporter)

link_debian_names() {
    # Debian ships Alertmanager as /usr/bin/prometheus-alertmanager; expose the upstream name too.
    if ! command -v alertmanager >/dev/null 2>&1 && command -v prometheus-alertmanager >/dev/null 2>&1; then
        "${SUDO[@]}" ln -sf "$(command -v prometheus-alertmanager)" /usr/local/bin/alertmanager
    fi
}

missing() {
    local b
    for b in "${BINARIES[@]}"; do
        command -v "$b" >/dev/null 2>&1 || return 0
    done
    return 1
}

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-prometheus: run as root or install sudo" >&2; exit 1; }
    SUDO=(sudo)
fi

link_debian_names
if ! missing; then
    echo "prometheus: already installed ($(prometheus --version 2>&1 | head -1))"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-prometheus: need apt-get (Debian/Ubuntu) or ${BINARIES[*]} on PATH" >&2
    exit 1
fi

POLICY=/usr/sbin/policy-rc.d
placed_policy=0
if [[ ! -e $POLICY ]]; then
    # exit 101 = "action forbidden": invoke-rc.d and deb-systemd-invoke will not start services.
    printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$POLICY" >/dev/null
    "${SUDO[@]}" chmod 755 "$POLICY"
    placed_policy=1
fi
cleanup() {
    if [[ $placed_policy -eq 1 ]]; then
        "${SUDO[@]}" rm -f "$POLICY"
    fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
# --no-install-recommends: skip prometheus-node-exporter, which the tests do not need.
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null

# Belt and braces: if a service manager started anything regardless, stop and disable it.
for svc in "${SERVICES[@]}"; do
    if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
        "${SUDO[@]}" systemctl disable --now "$svc" >/dev/null 2>&1 || true
    elif [[ -x /etc/init.d/$svc ]]; then
        "${SUDO[@]}" /etc/init.d/"$svc" stop >/dev/null 2>&1 || true
        command -v update-rc.d >/dev/null 2>&1 && { "${SUDO[@]}" update-rc.d "$svc" disable >/dev/null 2>&1 || true; }
    fi
done

link_debian_names
if missing; then
    echo "install-prometheus: ${BINARIES[*]} still not all on PATH after installing ${PACKAGES[*]}" >&2
    exit 1
fi
echo "prometheus: installed ($(prometheus --version 2>&1 | head -1); $(alertmanager --version 2>&1 | head -1))"
