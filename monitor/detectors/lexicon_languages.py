LANGUAGE_TERMS: dict[str, dict[str, list[str]]] = {}
