"""Sends one envelope to a Tongban county the way a docking system would (R34).

Built only from docs/exchange/asyncapi.json: the envelope of the message, JSON-encoded; a compact
JWE (alg ECDH-ES, enc A256GCM, kid = the receiving county, cty application/json) to the county's
X25519 key; an Ed25519 signature of the JWE's bytes by the sending county; and the headers
x-tongban-encryption, x-tongban-signature, x-tongban-signer-county and event-id. The broker
takes mutual TLS with a certificate of the cluster CA.

    python send_envelope.py --bootstrap 127.0.0.1:59092 --ca ca.pem --cert me.cert.pem \
      --key me.key.pem --topic tongban.county.320106.exchange.case.returned.v1 \
      --type exchange.case.returned --version 1 --source 110105 --destination 320106 \
      --case-id <uuid> --payload '{"applicationId": "<uuid>", ...}' \
      --recipient-key <base64 SPKI DER X25519> --signing-key <base64 PKCS#8 DER Ed25519>

Prints the envelope id once the broker has acknowledged the record.
"""

import argparse
import base64
import json
import uuid
from datetime import datetime, timezone

from cryptography.hazmat.primitives.serialization import (
    load_der_private_key,
    load_der_public_key,
)
from jwcrypto import jwe, jwk
from kafka import KafkaProducer


def envelope(args: argparse.Namespace) -> dict:
    """The envelope schema of the document: ids, type and version, counties, time, payload."""
    return {
        "id": str(uuid.uuid4()),
        "type": args.type,
        "schemaVersion": args.version,
        "sourceCounty": args.source,
        "destinationCounty": args.destination,
        "caseId": args.case_id,
        "correlationId": str(uuid.uuid4()),
        "occurredAt": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "payload": json.loads(args.payload),
    }


def encrypted_to(county: str, recipient_key_b64: str, plaintext: bytes) -> bytes:
    """Compact JWE to the receiving county's X25519 key (RFC 7516, RFC 8037)."""
    public_key = load_der_public_key(base64.b64decode(recipient_key_b64))
    header = {"alg": "ECDH-ES", "enc": "A256GCM", "kid": county, "cty": "application/json"}
    token = jwe.JWE(plaintext, protected=json.dumps(header))
    token.add_recipient(jwk.JWK.from_pyca(public_key))
    return token.serialize(compact=True).encode("ascii")


def signature_of(signing_key_b64: str, value: bytes) -> str:
    """The sending county's Ed25519 signature over the exact bytes sent, base64."""
    private_key = load_der_private_key(base64.b64decode(signing_key_b64), password=None)
    return base64.b64encode(private_key.sign(value)).decode("ascii")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("bootstrap", "ca", "cert", "key", "topic", "type", "source", "destination",
                 "case-id", "payload", "recipient-key", "signing-key"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--version", type=int, required=True)
    args = parser.parse_args()

    message = envelope(args)
    value = encrypted_to(args.destination, args.recipient_key, json.dumps(message).encode("utf-8"))
    headers = [
        ("event-id", message["id"].encode()),
        ("x-tongban-encryption", b"JWE"),
        ("x-tongban-signer-county", args.source.encode()),
        ("x-tongban-signature", signature_of(args.signing_key, value).encode()),
    ]
    producer = KafkaProducer(
        bootstrap_servers=args.bootstrap,
        security_protocol="SSL",
        ssl_cafile=args.ca,
        ssl_certfile=args.cert,
        ssl_keyfile=args.key,
        acks="all",
    )
    try:
        producer.send(args.topic, key=args.case_id.encode(), value=value, headers=headers).get(timeout=30)
    finally:
        producer.close()
    print(message["id"])


if __name__ == "__main__":
    main()
