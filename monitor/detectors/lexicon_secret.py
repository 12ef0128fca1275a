"""The ``secret`` concept: the protected values a system prompt may hold.

A discount code, a staff PIN, a password, an API key: chatbots are handed such values with the
order never to give them out, and attackers ask for them letter by letter, as a hint, backwards
or inside a poem. The concept names the value (never "code" or "key" alone, which programming
and maps use every day); the extraction features pair it with an ask, a piece ("partial"), a
re-encoding ("transform") or a story ("creative"). Conventions as in
:mod:`monitor.detectors.lexicon` (stems, ``$`` for whole words, folded at build time).
"""

from __future__ import annotations

# fmt: off
SECRET_TERMS: dict[str, list[str]] = {
    "en": ["password", "passcode", "passphrase", "passwd", "pwd$", "pin$", "pin code", "pin number", "secret word",
           "secret phrase", "secret code", "code word", "codeword", "magic word", "discount code", "promo code",
           "promotional code", "coupon code", "voucher code", "gift code", "referral code", "staff code",
           "employee code", "internal code", "access code", "admin code", "unlock code", "bonus code",
           "activation code", "license key", "licence key", "product key", "api key", "secret key",
           "private key", "access token", "credentials", "login details"],
}
# fmt: on
