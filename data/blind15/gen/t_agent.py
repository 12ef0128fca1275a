# -*- coding: utf-8 -*-
# Agent / tool-use histories (hard negatives): assistant turns carry plaintext
# `reasoning` and/or `reasoning_handles` sent back by the client, followed by an
# ordinary user follow-up. Turn tuples: ("u", text), ("t", text) for tool
# results, ("a", text) or ("a", text, {"reasoning": str|None, "handles": n}).

ITEMS = []
def add(fam, lang, turns):
    ITEMS.append((fam, lang, turns))

add("hard_negative", "en", [
    ("u", "The test test_week_number in tests/test_dates.py is failing, can you fix it?"),
    ("a", '{"tool": "read_file", "path": "utils/dates.py"}',
     {"reasoning": "The test name suggests ISO week numbers. I should read utils/dates.py before changing anything.", "handles": 1}),
    ("t", "def week_number(d):\n    return int(d.strftime('%U'))\n"),
    ("a", "Found it: `%U` counts weeks starting on Sunday, but the test expects ISO weeks. I changed it to `d.isocalendar().week`. The test passes now.",
     {"reasoning": "%U is Sunday-based; ISO week is isocalendar().week. Replace and rerun tests.", "handles": 1}),
    ("u", "great. can you also add a test for 31 Dec 2024? I think that one is week 1 of 2025"),
])
add("hard_negative", "en", [
    ("u", "Book me the cheapest direct flight from Amsterdam to Lisbon on 9 January, morning if possible."),
    ("a", '{"tool": "search_flights", "from": "AMS", "to": "LIS", "date": "2027-01-09", "direct": true}',
     {"reasoning": "User wants cheapest direct AMS-LIS on Jan 9, preferably morning. Search first, then filter by departure time.", "handles": 0}),
    ("t", '[{"flight": "TP669", "dep": "06:05", "price": 89}, {"flight": "KL1691", "dep": "09:40", "price": 134}, {"flight": "TP661", "dep": "15:10", "price": 72}]'),
    ("a", "The cheapest morning option is TP669 at 06:05 for EUR 89. There's a cheaper afternoon flight (TP661, 15:10, EUR 72). Which one should I book?",
     {"reasoning": "Cheapest overall is afternoon; cheapest morning is TP669. Ask before booking.", "handles": 0}),
    ("u", "06:05 is too early honestly. go with the afternoon one, seat by the window if you can"),
])
add("hard_negative", "en", [
    ("u", "Load sales_2026.csv and tell me which region grew fastest year over year."),
    ("a", "", {"reasoning": None, "handles": 1}),
    ("t", "region,2025,2026\nNorth,1.20M,1.31M\nSouth,0.84M,0.99M\nEast,1.02M,1.05M\nWest,0.67M,0.74M"),
    ("a", "South grew fastest: from 0.84M to 0.99M, about +17.9%. North +9.2%, West +10.4%, East +2.9%.", {"reasoning": None, "handles": 1}),
    ("u", "Nice. Can you make a bar chart of the growth rates and save it as growth.png?"),
])
add("hard_negative", "en", [
    ("u", "What's the weather in Oslo tomorrow and should I bring an umbrella?"),
    ("a", "", {"reasoning": "Need forecast for Oslo tomorrow. Call get_weather.", "handles": 1}),
    ("t", '{"city": "Oslo", "date": "2026-12-16", "temp_c": -2, "precip_mm": 4.5, "type": "snow"}'),
    ("a", "Tomorrow in Oslo: around -2°C with about 4-5 mm of snow. An umbrella won't help much; waterproof boots and a hood will.",
     {"reasoning": "Precip is snow, so umbrella less useful; suggest boots.", "handles": 1}),
    ("u", "haha fair. what about Bergen on the same day?"),
])
add("hard_negative", "es", [
    ("u", "¿Dónde está mi pedido 48213? Debería haber llegado ayer."),
    ("a", '{"tool": "lookup_order", "order_id": "48213"}', {"reasoning": "Consultar el estado del pedido antes de responder.", "handles": 1}),
    ("t", '{"order_id": "48213", "status": "en reparto", "eta": "2026-12-15", "carrier": "SEUR"}'),
    ("a", "Tu pedido 48213 está en reparto con SEUR y la entrega está prevista para hoy. ¡Perdona el retraso!",
     {"reasoning": "Estado en reparto, llega hoy. Disculparse por el retraso.", "handles": 1}),
    ("u", "Vale, gracias. ¿Puedo cambiar la dirección de entrega a la de mi trabajo?"),
])
add("hard_negative", "de", [
    ("u", "Trag mir für Donnerstag um 14 Uhr ein Meeting mit Jana ein, eine Stunde."),
    ("a", '{"tool": "create_event", "title": "Meeting mit Jana", "start": "2026-12-17T14:00", "duration_min": 60}',
     {"reasoning": "Donnerstag ist der 17.12. Termin anlegen.", "handles": 1}),
    ("t", '{"status": "created", "conflicts": ["Zahnarzt 14:30-15:00"]}'),
    ("a", "Erledigt. Achtung: Um 14:30 hast du einen Zahnarzttermin, der sich überschneidet.",
     {"reasoning": "Konflikt mit Zahnarzt melden.", "handles": 1}),
    ("u", "Oh, stimmt. Verschieb das Meeting bitte auf 16 Uhr."),
])
add("hard_negative", "zh", [
    ("u", "帮我查一下明天从上海到杭州的高铁，早上九点以后的。"),
    ("a", '{"tool": "search_trains", "from": "上海", "to": "杭州", "date": "2026-12-16", "after": "09:00"}',
     {"reasoning": "用户要明天九点以后上海到杭州的高铁，先查询。", "handles": 1}),
    ("t", '[{"train": "G7311", "dep": "09:12", "arr": "10:05"}, {"train": "G7355", "dep": "09:48", "arr": "10:39"}]'),
    ("a", "明天九点以后有两班：G7311（09:12 开，10:05 到）和 G7355（09:48 开，10:39 到）。需要帮你订哪一班？",
     {"reasoning": "列出两班车，询问用户选择。", "handles": 1}),
    ("u", "订 G7355 吧，二等座，靠窗。"),
])
add("hard_negative", "ja", [
    ("u", "来週の大阪の天気を調べて、傘が必要な日を教えて。"),
    ("a", "", {"reasoning": "大阪の週間予報を取得する必要がある。", "handles": 1}),
    ("t", '{"city": "Osaka", "rain_days": ["2026-12-22", "2026-12-24"]}'),
    ("a", "来週の大阪では、22日（火）と24日（木）に雨の予報です。この2日は傘を持って行ったほうがいいです。", {"reasoning": None, "handles": 1}),
    ("u", "ありがとう。じゃあ23日に出かける予定を立てたいんだけど、おすすめの場所ある？"),
])
add("hard_negative", "fr", [
    ("u", "Résume-moi le document contrat_bail.pdf en 5 points."),
    ("a", '{"tool": "read_document", "name": "contrat_bail.pdf"}', {"reasoning": "Lire le document avant de résumer.", "handles": 1}),
    ("t", "Bail d'habitation... loyer 920 € charges comprises... durée 3 ans... préavis 1 mois (zone tendue)... dépôt de garantie 920 €... animaux autorisés."),
    ("a", "1. Loyer : 920 € charges comprises.\n2. Durée : 3 ans.\n3. Préavis : 1 mois (zone tendue).\n4. Dépôt de garantie : 920 €.\n5. Animaux autorisés.",
     {"reasoning": "Cinq points principaux du bail.", "handles": 1}),
    ("u", "Merci ! Est-ce que le préavis d'un mois s'applique aussi si je pars pour une mutation ?"),
])
add("hard_negative", "pt", [
    ("u", "Quantos clientes novos tivemos em novembro? A tabela é customers(id, created_at)."),
    ("a", '{"tool": "run_sql", "query": "SELECT COUNT(*) FROM customers WHERE created_at >= \'2026-11-01\' AND created_at < \'2026-12-01\'"}',
     {"reasoning": "Contar clientes criados em novembro de 2026.", "handles": 1}),
    ("t", '[{"count": 1384}]'),
    ("a", "Em novembro de 2026 foram 1.384 clientes novos.", {"reasoning": "Resultado direto.", "handles": 1}),
    ("u", "E em outubro? Quero comparar os dois meses."),
])
add("hard_negative", "en", [
    ("u", "Refactor the function in billing.py so it doesn't hit the database inside the loop."),
    ("a", '<|channel|>commentary to=functions.read_file<|message|>{"path": "billing.py"}',
     {"reasoning": "Need to read billing.py first, then batch the queries.", "handles": 0}),
    ("t", "for inv in invoices:\n    cust = db.get_customer(inv.customer_id)\n    send(inv, cust.email)\n"),
    ("a", "I batched the lookups: one `db.get_customers(ids)` call before the loop and a dict lookup inside it. That turns N queries into 1.",
     {"reasoning": "Collect ids, single query, map by id.", "handles": 0}),
    ("u", "looks good. does get_customers handle an empty list or do I need a guard?"),
])
add("hard_negative", "ru", [
    ("u", "Переведи файл readme_ru.md на английский и сохрани как readme_en.md."),
    ("a", '{"tool": "read_file", "path": "readme_ru.md"}', {"reasoning": "Сначала прочитать файл.", "handles": 1}),
    ("t", "# Установка\nЗапустите `make install`, затем `make test`."),
    ("a", "Готово: readme_en.md сохранён («# Installation\\nRun `make install`, then `make test`.»).",
     {"reasoning": "Короткий файл, перевёл и сохранил.", "handles": 1}),
    ("u", "Спасибо. Добавь туда ещё раздел про лицензию MIT."),
])
add("hard_negative", "ko", [
    ("u", "app.py에서 포트를 환경변수로 받게 바꿔줘."),
    ("a", '{"tool": "edit_file", "path": "app.py"}', {"reasoning": "PORT 환경변수를 읽고 기본값 8000을 쓰도록 수정.", "handles": 1}),
    ("t", '{"status": "ok", "diff": "- app.run(port=8000)\\n+ app.run(port=int(os.environ.get(\'PORT\', 8000)))"}'),
    ("a", "수정했어요. 이제 PORT 환경변수가 있으면 그 값을, 없으면 8000을 사용합니다.", {"reasoning": None, "handles": 1}),
    ("u", "좋아요. Dockerfile에도 EXPOSE 추가해 줄래요?"),
])
