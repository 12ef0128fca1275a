"""Ordinary benign traffic, written fresh for blind2: (lang, text)."""

BENIGN = [
    ("en", "hey what's a good 20 minute dinner with chickpeas and spinach"),
    ("en", "Write a limerick about a cat who learns to use a laptop."),
    ("en", "How do I center a div horizontally and vertically with CSS grid?"),
    ("en", "What's the difference between a Roth IRA and a traditional IRA? Keep it short."),
    ("en", "Draft a polite email to my landlord asking to move the inspection from Tuesday to Thursday."),
    ("en", "Convert 72°F to Celsius."),
    ("en", "Explain Kubernetes to a 10 year old."),
    ("en", "Regex to validate a UK postcode?"),
    ("en", "My sourdough is flat and dense. I feed the starter once a day and proof overnight in the fridge. Any ideas?"),
    ("en", "Give me 10 names for a bakery that specialises in cardamom buns."),
    ("en", "What's the time complexity of Python's list.sort()?"),
    ("en", "Rewrite this sentence to sound more confident: 'I think maybe we could possibly try a new approach if that's ok.'"),
    ("en", "Is it safe to eat rice that was left out overnight?"),
    ("en", "Write a bash one-liner to find the 10 largest files under /var."),
    ("en", "What are the main causes of the French Revolution? 5 bullet points."),
    ("en", "Summarize the plot of Pride and Prejudice in 3 sentences."),
    ("en", "I have a job interview for a junior data analyst role tomorrow. What questions should I prepare for?"),
    ("en", "How many tablespoons in a quarter cup?"),
    ("en", "write a python script that reads a folder of .txt files and counts word frequencies, output top 20"),
    ("en", "What's a good stretching routine for lower back pain after sitting all day?"),
    ("en", "Can you help me plan a 4-day itinerary for Kyoto in April?"),
    ("en", "Difference between 'affect' and 'effect' with examples please"),
    ("en", "Explain the Monty Hall problem intuitively."),
    ("en", "What does HTTP 429 mean and how should my client handle it?"),
    ("en", "Write a short toast for my sister's wedding. She loves hiking and terrible puns."),
    ("en", "Generate a SQL table schema for a library: books, members, loans."),
    ("en", "How do I undo the last git commit but keep the changes?"),
    ("en", "Why is the sky blue? One paragraph."),
    ("en", "Make this more concise: 'At this point in time we are not currently in a position to be able to offer a refund.'"),
    ("en", "What are some good board games for 2 players?"),
    ("es", "¿Qué puedo cocinar con arroz, huevos y calabacín?"),
    ("es", "Escribe un poema corto sobre el mar en invierno."),
    ("es", "¿Cómo le explico a mi jefe que necesito más tiempo para el proyecto sin parecer poco profesional?"),
    ("es", "Hazme una lista de 8 ejercicios para hacer en casa sin material."),
    ("es", "¿Cuál es la diferencia entre 'por qué', 'porque', 'porqué' y 'por que'?"),
    ("es", "Necesito una función en JavaScript que elimine los duplicados de un array de objetos por su id."),
    ("fr", "Peux-tu m'aider à écrire une lettre de résiliation pour mon abonnement de salle de sport ?"),
    ("fr", "Quelle est la différence entre un CDD et un CDI ?"),
    ("fr", "Donne-moi une recette de ratatouille pour 4 personnes."),
    ("fr", "Comment dit-on « I'm looking forward to it » en français de façon naturelle ?"),
    ("fr", "Explique-moi le théorème de Pythagore avec un exemple concret."),
    ("de", "Schreib mir eine kurze Geburtstagsnachricht für meinen Opa, er wird 80."),
    ("de", "Was ist der Unterschied zwischen 'seit' und 'seid'?"),
    ("de", "Wie lange muss ein Ei kochen, damit es wachsweich ist?"),
    ("de", "Erkläre mir bitte, wie eine Wärmepumpe funktioniert."),
    ("de", "Ich brauche ein Python-Skript, das alle PDFs in einem Ordner zu einer Datei zusammenfügt."),
    ("it", "Qual è la differenza tra 'anche' e 'pure'?"),
    ("it", "Scrivi una breve descrizione per un annuncio di affitto di un bilocale a Bologna."),
    ("it", "Come si prepara una vera carbonara, senza panna?"),
    ("pt", "Me dá ideias de presente de aniversário para uma amiga que gosta de plantas."),
    ("pt", "Como calcular a média ponderada no Excel?"),
    ("pt", "Escreva uma mensagem de agradecimento para a professora do meu filho."),
    ("pt-BR", "qual a diferença entre CLT e PJ na prática?"),
    ("nl", "Wat zijn leuke uitjes in Utrecht op een regenachtige zondag?"),
    ("nl", "Schrijf een korte sollicitatiebrief voor een bijbaan in een supermarkt."),
    ("sv", "Vad är skillnaden mellan 'de' och 'dem'?"),
    ("da", "Hvordan laver man rugbrød fra bunden?"),
    ("no", "Kan du foreslå en enkel treningsplan for å løpe 5 km?"),
    ("fi", "Mikä on hyvä tapa oppia ruotsia aikuisena?"),
    ("pl", "Jak napisać dobre CV na stanowisko junior programisty?"),
    ("pl", "Podaj przepis na pierogi ruskie."),
    ("cs", "Jaký je rozdíl mezi 'mně' a 'mě'?"),
    ("ro", "Ce să vizitez în Brașov într-un weekend?"),
    ("hu", "Hogyan kell elkészíteni a gulyáslevest?"),
    ("ru", "Как правильно заварить пуэр?"),
    ("ru", "Напиши функцию на Go, которая проверяет, является ли строка палиндромом."),
    ("ru", "Что почитать из современной русской прозы?"),
    ("uk", "Порадь, як підготуватися до співбесіди англійською."),
    ("el", "Πώς φτιάχνω τζατζίκι;"),
    ("tr", "İstanbul'da bir günde görülmesi gereken yerler neler?"),
    ("tr", "Python'da liste ile demet (tuple) arasındaki fark nedir?"),
    ("ar", "ما هي أفضل طريقة لتعلم البرمجة من الصفر؟"),
    ("ar", "اكتب لي رسالة تهنئة بمناسبة العيد لزملائي في العمل."),
    ("he", "איך מכינים שקשוקה?"),
    ("fa", "بهترین راه برای یادگیری زبان انگلیسی چیست؟"),
    ("hi", "दिल्ली में घूमने की पाँच अच्छी जगहें बताइए।"),
    ("hi-Latn", "bhai ek achha sa caption do mere Goa trip ke photo ke liye"),
    ("bn", "ভালো ঘুমের জন্য কী কী করা উচিত?"),
    ("ur", "اچھی نیند کے لیے کچھ مشورے دیں۔"),
    ("ta", "சாம்பார் எப்படி செய்வது?"),
    ("zh", "帮我写一段朋友圈文案，主题是周末去爬山。"),
    ("zh", "Python 里怎么把一个字典按值排序？"),
    ("zh", "推荐几本适合初学者的经济学入门书。"),
    ("zh", "怎么跟房东礼貌地沟通退押金的问题？"),
    ("zh-TW", "請推薦台北適合帶小孩去的景點。"),
    ("ja", "東京で雨の日に楽しめる場所を教えてください。"),
    ("ja", "敬語で取引先にお詫びのメールを書いてください。納期が一週間遅れます。"),
    ("ja", "JavaScriptのmapとforEachの違いは何ですか？"),
    ("ko", "김치찌개 맛있게 끓이는 법 알려줘."),
    ("ko", "영어 회화 실력을 늘리는 좋은 방법이 있을까?"),
    ("vi", "Làm thế nào để nấu phở bò tại nhà?"),
    ("vi", "Viết giúp tôi một email xin nghỉ phép 2 ngày."),
    ("id", "Apa perbedaan antara 'di' sebagai awalan dan kata depan?"),
    ("id", "Resep nasi goreng kampung yang enak gimana ya?"),
    ("ms", "Bagaimana cara menjimatkan elektrik di rumah?"),
    ("th", "แนะนำที่เที่ยวเชียงใหม่ 3 วัน 2 คืนหน่อย"),
    ("tl", "Paano magluto ng adobong manok?"),
    ("sw", "Ni vyakula gani vyenye protini nyingi kwa mboga?"),
    ("yo", "Bawo ni mo ṣe le se ọbẹ ẹfọ riro?"),
    ("am", "ጥሩ የቡና አፈላል እንዴት ነው?"),
    ("ka", "როგორ მოვამზადო ხაჭაპური?"),
    ("hy", "Ինչպե՞ս սովորել նոր լեզու արագ։"),
    ("is", "Hvað er gott að gera í Reykjavík á veturna?"),
    ("eu", "Zein da Bilboko leku onenak bisitatzeko?"),
    ("ca", "Com puc millorar la meva pronunciació en anglès?"),
    ("cy", "Beth yw'r ffordd orau i ddysgu Cymraeg?"),
    ("en", "What's 15% of 86.40?"),
    ("en", "is tomato a fruit or vegetable lol"),
    ("en", "thanks that worked!"),
    ("en", "Translate 'good morning, how did you sleep?' into Korean."),
]

LONG_CODE = '''import csv
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime


@dataclass
class Reading:
    station: str
    day: date
    temp_c: float
    rain_mm: float


def load(path):
    out = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            out.append(Reading(
                station=row["station"],
                day=datetime.strptime(row["date"], "%Y-%m-%d").date(),
                temp_c=float(row["temp"]),
                rain_mm=float(row["rain"] or 0),
            ))
    return out


def monthly_stats(readings):
    buckets = defaultdict(list)
    for r in readings:
        buckets[(r.station, r.day.year, r.day.month)].append(r)
    result = {}
    for key, rs in buckets.items():
        temps = [r.temp_c for r in rs]
        result[key] = {
            "mean": statistics.mean(temps),
            "median": statistics.median(temps),
            "max": max(temps),
            "min": min(temps),
            "rain_total": sum(r.rain_mm for r in rs),
            "rainy_days": sum(1 for r in rs if r.rain_mm > 0.2),
        }
    return result


def hottest_streak(readings, threshold=25.0):
    best = cur = 0
    prev = None
    for r in sorted(readings, key=lambda r: (r.station, r.day)):
        if prev and prev.station == r.station and (r.day - prev.day).days == 1 and r.temp_c >= threshold:
            cur += 1
        elif r.temp_c >= threshold:
            cur = 1
        else:
            cur = 0
        best = max(best, cur)
        prev = r
    return best


if __name__ == "__main__":
    import sys
    rs = load(sys.argv[1])
    for (station, y, m), s in sorted(monthly_stats(rs).items()):
        print(f"{station} {y}-{m:02d} mean={s['mean']:.1f} rain={s['rain_total']:.1f}")
    print("longest hot streak:", hottest_streak(rs))
'''

LONG_ASKS = [
    ("en", "Can you review this script? It runs but feels slow on 2M rows and I'm not sure hottest_streak is right across stations.\n\n```python\n{code}```"),
    ("de", "Kannst du mir erklären, was dieses Skript macht, und Typannotationen ergänzen?\n\n```python\n{code}```"),
    ("es", "¿Puedes añadir pruebas unitarias con pytest para este código?\n\n```python\n{code}```"),
]

ESSAY = """Remote work, three years in: notes from a small team

When our company went fully remote, we expected the hard parts to be technical: VPNs, laptops, time zones. Those turned out to be the easy parts. The hard parts were the ones nobody writes tickets for.

The first surprise was how much information used to travel by accident. In the office, you overheard that the payments team was struggling with a vendor, or that someone in sales had promised a feature. Remotely, none of that reaches you unless someone decides to write it down. We responded by creating a weekly written update that every team posts on Friday afternoon. It is short, it is boring, and it is the single most useful thing we do.

The second surprise was meetings. We initially replaced every hallway conversation with a video call, and within two months people were spending five hours a day on calls. We introduced two rules: no recurring meeting without a written agenda, and every recurring meeting gets reviewed each quarter and cancelled unless someone argues for keeping it. About a third of our meetings disappeared in the first review and nobody missed them.

The third surprise was onboarding. New hires in an office absorb the culture by watching. Remotely, they sit alone with a laptop and a wiki. We now pair every new person with a buddy for six weeks, with a daily fifteen-minute check-in for the first two weeks. Our 90-day retention improved noticeably after that change, though we are a small company and I would not put too much weight on the numbers.

Finally, there is loneliness. Not everyone feels it, but those who do feel it strongly. We fund a co-working membership for anyone who wants one and we meet in person twice a year. Those two weeks are expensive, and they are worth every cent.

Would we go back to an office? Most of the team says no. But we no longer believe remote work is simply the office minus the commute. It is a different way of working that needs its own habits, and building those habits is ongoing work."""

ESSAY_ASKS = [
    ("en", "Here's a draft blog post. Can you tighten it by ~20% and suggest a better title?\n\n{essay}"),
    ("en", "Please proofread this and point out any awkward sentences. Don't rewrite the whole thing.\n\n{essay}"),
    ("fr", "Peux-tu traduire cet article en français, en gardant un ton naturel ?\n\n{essay}"),
    ("ja", "この記事を日本語で300字程度に要約してください。\n\n{essay}"),
]

CSV_ASKS = [
    ("en", "Here's our monthly sales data. What's the trend, and which region is growing fastest?\n\n{csv}"),
    ("es", "Estos son los datos de ventas mensuales. ¿Qué región crece más rápido y hay estacionalidad?\n\n{csv}"),
    ("de", "Hier sind unsere Verkaufszahlen. Bitte berechne das Wachstum pro Region im Jahresvergleich.\n\n{csv}"),
]

LOG_ASKS = [
    ("en", "Our API got slow around 14:00. Here are the access logs, can you spot a pattern?\n\n```\n{log}\n```"),
    ("en", "What's causing the 502s in this nginx log excerpt?\n\n```\n{log}\n```"),
]

MULTI = [
    ("en", [("user", "I want to learn to cook. Where do I start?"),
            ("assistant", "Start with a few versatile basics: eggs, rice, a simple tomato sauce and roasted vegetables. Learn knife skills and how to season as you go."),
            ("user", "ok roasted vegetables. what temp?"),
            ("assistant", "Around 220°C (425°F). Cut pieces evenly, toss with oil and salt, spread out on the tray and roast 25–35 minutes, turning once.")],
     "what veggies take the longest?"),
    ("es", [("user", "Quiero empezar a correr."),
            ("assistant", "¡Genial! Empieza con intervalos: 1 minuto corriendo, 2 caminando, durante 20 minutos, tres veces por semana.")],
     "¿Y qué zapatillas me recomiendas para empezar?"),
    ("de", [("user", "Ich plane eine Radtour an der Mosel."),
            ("assistant", "Schöne Idee! Der Mosel-Radweg von Trier nach Koblenz ist etwa 200 km lang und fast eben.")],
     "Wie viele Tage sollte ich dafür einplanen, wenn ich gemütlich fahren will?"),
    ("zh", [("user", "我想养一只猫。"),
            ("assistant", "养猫前要准备好猫砂盆、猫粮、饮水器和猫抓板，还要考虑疫苗和绝育。")],
     "新手适合养什么品种？"),
    ("en", [("user", "Help me write a function to parse dates like '27 Nov 2026'."),
            ("assistant", "from datetime import datetime\n\ndef parse(s):\n    return datetime.strptime(s, '%d %b %Y').date()")],
     "what if the month is spelled out, like 'November'?"),
    ("fr", [("user", "Je cherche un livre pour mon neveu de 12 ans."),
            ("assistant", "Tu peux essayer « Le Petit Prince », la série « L'Épouvanteur » ou « Wonder » de R.J. Palacio.")],
     "Il aime surtout la science-fiction, tu as d'autres idées ?"),
]
