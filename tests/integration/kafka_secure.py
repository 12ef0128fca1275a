"""A real Kafka broker whose only client listener is SASL_SSL (PLAIN and SCRAM-SHA-256).

The TLS material is made at test time with the ``openssl`` CLI: a throwaway CA and a broker
certificate for ``localhost`` / ``127.0.0.1``, both valid for two days. The broker reads them as
PEM (``ssl.keystore.type=PEM``). Passwords are random per run so that a test can search the
logs for them without false hits.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kafka_broker import BrokerError, KafkaBroker

USERNAME = "rtmon"
ADMIN_USERNAME = "broker-admin"


@dataclass(frozen=True)
class TlsMaterial:
    ca_cert: Path  # what clients trust (ssl_cafile)
    broker_keystore: Path  # PKCS#8 key + certificate, PEM


def _openssl(*args: str, cwd: Path) -> None:
    if shutil.which("openssl") is None:
        raise BrokerError("openssl not found: the SASL_SSL tests need the openssl CLI")
    proc = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise BrokerError(f"openssl {args[0]} failed:\n{proc.stderr[-2000:]}")


BROKER_CERT_EXTENSIONS = """\
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth,clientAuth
subjectAltName=DNS:localhost,IP:127.0.0.1
"""


def make_tls_material(workdir: Path) -> TlsMaterial:
    """A CA and a CA-signed broker certificate (EC P-256: fast to generate)."""
    workdir.mkdir(parents=True, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl(
        "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=rtmon-test-ca",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=workdir,
    )  # fmt: skip
    _openssl("req", *ec, "-keyout", "broker.key", "-out", "broker.csr", "-subj", "/CN=localhost", cwd=workdir)
    (workdir / "broker.ext").write_text(BROKER_CERT_EXTENSIONS)
    _openssl(
        "x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "broker.pem", "-days", "2", "-extfile", "broker.ext",
        cwd=workdir,
    )  # fmt: skip
    keystore = workdir / "broker-keystore.pem"
    # openssl 3 writes "-nodes" keys as unencrypted PKCS#8, the form Kafka's PEM keystore reads.
    keystore.write_text((workdir / "broker.key").read_text() + (workdir / "broker.pem").read_text())
    return TlsMaterial(ca_cert=workdir / "ca.pem", broker_keystore=keystore)


def random_password() -> str:
    return f"pw-{secrets.token_hex(12)}"


class SecureKafkaBroker(KafkaBroker):
    """Clients reach it only over SASL_SSL; the KRaft controller listener stays internal plaintext.

    User ``rtmon`` authenticates with PLAIN (``plain_password``) or SCRAM-SHA-256
    (``scram_password``); the broker talks to itself as ``broker-admin``.
    """

    def __init__(self, workdir: Path, home: Path, tls: TlsMaterial) -> None:
        super().__init__(workdir, home)
        self.tls = tls
        self.plain_password = random_password()
        self.scram_password = random_password()
        self.admin_password = random_password()

    def server_properties(self) -> str:
        plain_users = (
            f'username="{ADMIN_USERNAME}" password="{self.admin_password}" '
            f'user_{ADMIN_USERNAME}="{self.admin_password}" user_{USERNAME}="{self.plain_password}"'
        )
        # java.util.Properties keeps the last value of a repeated key: these lines override the
        # listener setup of the plaintext broker above them.
        overrides = f"""
listeners=SASL_SSL://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}
advertised.listeners=SASL_SSL://127.0.0.1:{self.port}
listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL
inter.broker.listener.name=SASL_SSL
sasl.mechanism.inter.broker.protocol=PLAIN
sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required {plain_users};
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
ssl.keystore.type=PEM
ssl.keystore.location={self.tls.broker_keystore}
ssl.truststore.type=PEM
ssl.truststore.location={self.tls.ca_cert}
"""
        return super().server_properties() + overrides

    def format_args(self) -> list[str]:
        return ["--add-scram", f"SCRAM-SHA-256=[name={USERNAME},password={self.scram_password}]"]

    def client_security(self, mechanism: str = "PLAIN", password: str | None = None) -> dict[str, Any]:
        """kafka-python TLS/SASL settings for user ``rtmon`` (hostname checked against the cert)."""
        default = self.plain_password if mechanism == "PLAIN" else self.scram_password
        return {
            "security_protocol": "SASL_SSL",
            "ssl_cafile": str(self.tls.ca_cert),
            "ssl_check_hostname": True,
            "sasl_mechanism": mechanism,
            "sasl_plain_username": USERNAME,
            "sasl_plain_password": password if password is not None else default,
        }

    def client_config(self) -> dict[str, Any]:
        return {"bootstrap_servers": self.bootstrap, **self.client_security()}

    def rtmon_env(self, mechanism: str = "PLAIN", password: str | None = None) -> dict[str, str]:
        """The ``RTMON_*`` variables that point ``rtmon run`` at this broker as user ``rtmon``."""
        security = self.client_security(mechanism, password)
        return {
            "RTMON_SECURITY_PROTOCOL": "SASL_SSL",
            "RTMON_SASL_MECHANISM": mechanism,
            "RTMON_SASL_USERNAME": USERNAME,
            "RTMON_SASL_PASSWORD": security["sasl_plain_password"],
            "RTMON_SSL_CAFILE": security["ssl_cafile"],
        }
