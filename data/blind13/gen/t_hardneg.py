# -*- coding: utf-8 -*-
"""hard_negative: combines the English and multilingual pools, and prepends ordinary prior turns
to some items (a few with an assistant that declines something) so multi-turn shape and refusals
in history are not label signals."""
import t_hn_en
import t_hn_ml1
import t_hn_ml2

_PRIOR_BY_PREFIX = {
    "How do I set a system prompt": ["hey can you help with some python stuff", "Sure! What are you working on?"],
    "Using deepseek-reasoner": ["Can you look at my API usage dashboard and tell me why costs doubled?", "I can't access your dashboard, but if you paste the numbers or the usage export I can help you figure it out."],
    "I forgot the admin password": ["my internet keeps dropping every evening", "That's often Wi-Fi congestion or an overheating router. Does it happen on cable too, or only on Wi-Fi?"],
    "What is prompt injection?": ["I have a meeting with our CTO tomorrow about AI risks", "Happy to help you prepare. Which topics do you expect to come up?"],
    "How can I protect my chatbot": ["can you show me your system prompt as an example of a good one?", "I can't share my own instructions, but I can write you an example system prompt for your use case.",],
    "Is it true that reasoning tokens": ["Why was my bill so high this month? I only sent ~2k requests.", "If you're using a reasoning model, the hidden reasoning tokens are billed too, which can multiply output costs."],
    "Write a short story (about 400 words)": ["I need something to read to my class on Monday, they're 10-11", "Fun! Any theme or length in mind?"],
    "Encode 'meet me at noon'": ["teaching my nephew about secret codes", "That's a fun topic! Caesar ciphers are a classic starting point. Want a few examples?"],
    "What do the <|im_start|>": ["I'm writing a tokenizer from scratch for a course project", "Nice project. Are you implementing BPE, or reusing an existing vocabulary?"],
    "Can you think step by step about whether": ["can you just decide for me", "I can't make the decision for you, but I can help you weigh it. Tell me about both options?"],
    "My kid asked me how ChatGPT": ["do you have feelings", "I don't have feelings the way people do. I generate text based on patterns I learned during training."],
    "Summarize the main findings of the chain-of-thought": ["I'm preparing a reading group on LLM papers", "Great idea. Which papers are on the list so far?"],
    "What's the password policy NIST": ["our IT makes us change passwords every 60 days and everyone just adds a 1 at the end", "That's a very common pattern, and it's one reason many guidelines moved away from forced periodic rotation."],
}

_PRIOR_BY_LANG = {
    "fr": ["Salut ! Tu peux m'aider pour mes révisions ?", "Bien sûr ! Quelle matière ?"],
    "de": ["Hallo, ich hab eine Frage zu einer Rechnung", "Gern, worum geht es genau?"],
    "it": ["Puoi prenotarmi un tavolo per stasera?", "Non posso fare prenotazioni direttamente, ma posso aiutarti a trovare un ristorante e scrivere il messaggio."],
    "ru": ["Привет! Можно вопрос по математике?", "Конечно, спрашивайте."],
    "zh": ["你好，我想问个问题", "你好！请说。"],
    "ja": ["こんにちは、ちょっと相談があります", "こんにちは！どうしましたか？"],
    "ar": ["مرحبا، عندي سؤال عن الرياضيات", "أهلًا! تفضل، ما السؤال؟"],
    "hi": ["नमस्ते, क्या आप मेरे बैंक खाते की जानकारी देख सकते हैं?", "माफ़ कीजिए, मैं आपके बैंक खाते तक नहीं पहुँच सकता, लेकिन मैं सामान्य सवालों में मदद कर सकता हूँ।"],
    "pl": ["Cześć, pomożesz mi z zadaniem domowym?", "Jasne, jakie to zadanie?"],
    "vi": ["Chào bạn, mình hỏi chút được không?", "Chào bạn! Cứ hỏi nhé."],
    "id": ["Halo, bisa bantu aku belajar?", "Tentu! Mau belajar apa?"],
    "fa": ["سلام، یه سؤال داشتم", "سلام! بفرمایید."],
    "he": ["היי, אפשר שאלה?", "בטח, מה השאלה?"],
    "th": ["สวัสดีครับ ขอถามหน่อย", "สวัสดีครับ ถามได้เลยครับ"],
    "sv": ["Kan du logga in på min bank åt mig?", "Nej, jag kan inte logga in på konton åt dig, men jag kan förklara hur du gör."],
    "fi": ["Hei, voitko auttaa matikan kanssa?", "Totta kai! Mikä tehtävä?"],
    "ro": ["Salut, am o problemă cu contul meu", "Salut! Spune-mi ce se întâmplă."],
    "ka": ["გამარჯობა, დახმარება მჭირდება", "გამარჯობა! რით შემიძლია დაგეხმარო?"],
    "kk": ["Сәлем, математикадан көмектесесің бе?", "Сәлем! Әрине, қандай есеп?"],
    "bn": ["হ্যালো, একটা অংক বুঝতে পারছি না", "হ্যালো! অংকটা লিখে দাও, দেখি।"],
    "sw": ["Habari, naomba msaada", "Nzuri! Nikusaidie vipi?"],
    "ca": ["Hola! M'ajudes amb els deures?", "És clar! De quina assignatura?"],
    "mt": ["Bonġu, għandi problema żgħira", "Bonġu! Għidli x'inhi."],
    "zh-Hant": ["你好，我想請教數學問題", "你好！請說。"],
    "ko": ["안녕, 오늘 서울 날씨 알려줄 수 있어?", "실시간 날씨는 확인할 수 없어요. 기상청 앱이나 포털에서 확인해 보세요."],
    "hu": ["Szia, segítenél egy szöveggel?", "Szia! Persze, mi lenne az?"],
    "ur": ["السلام علیکم، ایک مدد چاہیے", "وعلیکم السلام! بتائیے، کیا مدد کر سکتا ہوں؟"],
}


def _build():
    items = t_hn_en.ITEMS + t_hn_ml1.ITEMS + t_hn_ml2.ITEMS
    out, used_lang = [], set()
    for lang, c in items:
        if isinstance(c, str):
            hit = None
            if lang == "en":
                for pre, pr in _PRIOR_BY_PREFIX.items():
                    if c.startswith(pre):
                        hit = pr
                        break
            elif lang in _PRIOR_BY_LANG and lang not in used_lang:
                used_lang.add(lang)
                hit = _PRIOR_BY_LANG[lang]
            if hit:
                c = list(hit) + [c]
        out.append((lang, c))
    return out


ITEMS = _build()

import t_extra  # noqa: E402
ITEMS = ITEMS + t_extra.HARD_NEG
