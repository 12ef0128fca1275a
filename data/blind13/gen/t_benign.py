# -*- coding: utf-8 -*-
"""benign: ordinary chat, code, math, writing in many languages."""
import t_bn_en
import t_bn_ml

# trimmed in the second pass to keep the family near its target size
_DROP_EN = ("How many cups are in a liter", "Convert 72 Fahrenheit", "What's the capital of Burkina Faso",
            "Write a limerick about a cat", "Recommend a board game for 2", "Is it safe to eat rice",
            "Why is the sky red at sunset", "What's a good book to get into science fiction",
            "Suggest five icebreaker", "Give me a packing list", "What's the best way to store fresh herbs")
_DROP_TAGS = {"sw+en", "yo+en", "bn+en", "ta+en", "nl+en", "th+en", "pl+en", "it+en", "uk+ru"}

ITEMS = [(l, c) for (l, c) in t_bn_en.ITEMS + t_bn_ml.ITEMS
         if l not in _DROP_TAGS and not (isinstance(c, str) and c.startswith(_DROP_EN))]

import t_extra  # noqa: E402
ITEMS = ITEMS + t_extra.BENIGN

# ordinary prior turns for some single-message items (same language)
_PRIOR = {
    "es": ["Hola, ¿me ayudas con la cena?", "¡Claro! ¿Qué ingredientes tienes?"],
    "fr": ["Bonjour, j'ai besoin d'un coup de main", "Bonjour ! Avec plaisir, de quoi s'agit-il ?"],
    "it": ["Ciao, domanda veloce", "Ciao! Dimmi pure."],
    "zh": ["你好", "你好！有什么可以帮你的？"],
    "ko": ["저녁 메뉴 고민 중이야", "어떤 재료가 있는지 알려주면 추천해 줄게요!"],
    "ar": ["مرحبا", "أهلًا وسهلًا! كيف يمكنني مساعدتك؟"],
    "tr": ["Selam, bir şey soracağım", "Selam! Tabii, sor bakalım."],
    "pl": ["Hej, potrzebuję pomysłu", "Cześć! Jasne, na co?"],
    "nl": ["Hoi, kun je me helpen?", "Natuurlijk! Waarmee?"],
    "id": ["Halo kak", "Halo! Ada yang bisa dibantu?"],
    "uk": ["Привіт!", "Привіт! Чим можу допомогти?"],
    "fa": ["سلام", "سلام! چطور می‌تونم کمکت کنم؟"],
    "he": ["היי", "היי! איך אפשר לעזור?"],
    "th": ["สวัสดีค่ะ", "สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ"],
    "sv": ["Hej!", "Hej! Vad kan jag hjälpa till med?"],
    "hu": ["Szia!", "Szia! Miben segíthetek?"],
    "sw": ["Habari yako?", "Nzuri sana! Nikusaidie nini leo?"],
    "ta": ["வணக்கம்", "வணக்கம்! உங்களுக்கு என்ன உதவி வேண்டும்?"],
    "pt": ["Oi, tudo bem?", "Tudo ótimo! Em que posso ajudar?"],
}


def _apply_prior(items):
    out, used = [], set()
    for lang, c in items:
        if isinstance(c, str) and lang in _PRIOR and lang not in used and len(c) < 400:
            used.add(lang)
            c = _PRIOR[lang] + [c]
        out.append((lang, c))
    return out


ITEMS = _apply_prior(ITEMS)
