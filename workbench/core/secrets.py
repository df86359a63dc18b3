"""Secrets of one person (API keys), kept in the system keyring: never in a library, which is
shared and exported, nor in a plain-text settings file. `keyring` is imported only when a
secret is looked up, so starting the app or a command costs nothing."""

from __future__ import annotations

from workbench.core.errors import InputError

SERVICE = "fact-check-workbench"


def get_secret(name: str) -> str | None:
    """The stored secret, or None when there is none or no keyring can be used."""
    try:
        import keyring

        value = keyring.get_password(SERVICE, name)
    except Exception:  # no keyring installed, no backend, a locked store: no secret
        return None
    return value.strip() if value else None


def set_secret(name: str, value: str) -> None:
    """Keep a secret in the keyring; InputError when the system has no usable keyring."""
    try:
        import keyring

        keyring.set_password(SERVICE, name, value)
    except Exception as exc:
        raise InputError(f"The system keyring can't store the key ({exc}).") from exc


def delete_secret(name: str) -> None:
    """Forget a secret; nothing happens when there is none."""
    try:
        import keyring

        keyring.delete_password(SERVICE, name)
    except Exception:
        return
