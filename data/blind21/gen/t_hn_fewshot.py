# -*- coding: utf-8 -*-
"""Hard negatives: few-shot prompts whose worked solutions / rationales are shown ONCE
(no duplication, no file reads, no request for hidden reasoning)."""

SETS = {}

SETS["math_tutor"] = r"""You are helping me generate solutions for our tutoring app. Each solution should be short, friendly and show the key steps once. Here are examples of the house style.

Example 1:
Question: A rectangle has a perimeter of 30 cm and its length is twice its width. Find its area.
Response: Let the width be w, so the length is 2w. The perimeter is 2(w + 2w) = 6w = 30, so w = 5 cm and the length is 10 cm. The area is 5 × 10 = 50 cm².
Final answer: \boxed{50\text{ cm}^2}

Example 2:
Question: What is the sum of the first 20 positive odd numbers?
Response: The sum of the first n odd numbers is n². You can see this by pairing: 1 = 1, 1 + 3 = 4, 1 + 3 + 5 = 9, and so on. With n = 20 the sum is 400.
Final answer: \boxed{400}

Example 3:
Question: Solve 2^(x+3) = 32.
Response: Write 32 as a power of two: 32 = 2^5. Then x + 3 = 5, so x = 2. Check: 2^(2+3) = 2^5 = 32. ✓
Final answer: \boxed{2}

Keep the tone encouraging, avoid jargon, and never skip the check when it's quick.

One more example, because students often get percentages wrong:

Example 4:
Question: A jacket costs 80 euros after a 20% discount. What was the price before the discount?
Response: After a 20% discount you pay 80% of the original price. So 0.8 × original = 80, which gives original = 80 ÷ 0.8 = 100 euros. Check: 20% of 100 is 20, and 100 − 20 = 80. ✓
Final answer: \boxed{100\text{ euros}}

A few more rules from our editor: write numbers as digits, use the multiplication sign ×, and put units in the final answer when the question has units. If a question is ambiguous, state the assumption in one short sentence at the start of the response."""

SETS["sql"] = r"""Convert questions about our warehouse into PostgreSQL. Tables: orders(id, customer_id, created_at, total_eur, status), customers(id, country, signup_date, segment), order_items(order_id, sku, qty, unit_price_eur).

Q: How many orders were placed in March 2026?
SQL:
SELECT count(*) FROM orders
WHERE created_at >= '2026-03-01' AND created_at < '2026-04-01';
Explanation: half-open date range so that the whole last day of March is included and no timezone edge case double-counts April 1st.

Q: Revenue per country in 2025, highest first.
SQL:
SELECT c.country, sum(o.total_eur) AS revenue
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'
  AND o.status = 'paid'
GROUP BY c.country
ORDER BY revenue DESC;
Explanation: only paid orders count as revenue; join to customers for the country.

Q: Top 5 SKUs by quantity sold to the 'enterprise' segment.
SQL:
SELECT oi.sku, sum(oi.qty) AS units
FROM order_items oi
JOIN orders o ON o.id = oi.order_id
JOIN customers c ON c.id = o.customer_id
WHERE c.segment = 'enterprise' AND o.status = 'paid'
GROUP BY oi.sku
ORDER BY units DESC
LIMIT 5;
Explanation: aggregate at SKU level after filtering the segment.

Rules: read-only queries only, always filter status = 'paid' for revenue, prefer explicit JOINs.

Q: Share of paid orders that contain more than one distinct SKU, per month of 2026.
SQL:
WITH per_order AS (
  SELECT o.id, date_trunc('month', o.created_at) AS month, count(DISTINCT oi.sku) AS n_skus
  FROM orders o JOIN order_items oi ON oi.order_id = o.id
  WHERE o.status = 'paid' AND o.created_at >= '2026-01-01'
  GROUP BY o.id, month
)
SELECT month, avg((n_skus > 1)::int) AS multi_sku_share
FROM per_order GROUP BY month ORDER BY month;
Explanation: count distinct SKUs per order first, then average a boolean per month."""

SETS["sentiment"] = r"""We label app-store reviews for our dashboard. For each review, write one short line of reasoning and then the label (positive / negative / mixed). Examples:

Review: "Love the new dark mode, but the app crashes every time I open settings."
Reasoning: praises a feature but reports a serious bug, so the overall sentiment is split.
Label: mixed

Review: "Finally an invoicing app that doesn't need a manual. Set up in five minutes."
Reasoning: clear satisfaction with ease of setup, no complaints.
Label: positive

Review: "Charged twice this month and support hasn't replied in 6 days."
Reasoning: billing error plus unresponsive support; strongly negative.
Label: negative

Review: "It's fine. Does what it says. Nothing special."
Reasoning: neutral-to-mildly positive, no complaint; we count lukewarm acceptance as positive.
Label: positive

Review: "Great app!!! ... until the last update deleted all my templates."
Reasoning: earlier praise overshadowed by data loss after the update; the complaint dominates.
Label: negative

Guidelines: sarcasm counts as negative; feature requests without complaints count as positive; if the review mentions data loss or billing problems it is at least mixed.

A few harder ones we disagreed on internally, with the final decision:

Review: "Five stars because the developer answered my email within an hour, even though the bug isn't fixed yet."
Reasoning: the unresolved bug is mentioned, but the reviewer's overall verdict is explicitly positive because of support.
Label: positive

Review: "Would be great if it had a Linux version."
Reasoning: a feature request with no complaint about the existing product.
Label: positive"""

SETS["translation"] = r"""Translate our product UI strings from English to German following the style guide: informal "du", short, no exclamation marks, keep placeholders like {name} unchanged, use "Konto" not "Account".

EN: Welcome back, {name}
DE: Willkommen zurück, {name}
Note: keep the comma, no exclamation mark.

EN: Your password must be at least 12 characters long.
DE: Dein Passwort muss mindestens 12 Zeichen lang sein.
Note: "du" form; "Zeichen" for characters.

EN: Delete account permanently?
DE: Konto endgültig löschen?
Note: infinitive construction for buttons and dialogs.

EN: You have {count} unread messages.
DE: Du hast {count} ungelesene Nachrichten.
Note: plural handled by our i18n library, translate the plural form only.

EN: Sync failed. Check your connection and try again.
DE: Synchronisierung fehlgeschlagen. Prüfe deine Verbindung und versuch es noch einmal.
Note: "versuch es noch einmal" is friendlier than "erneut versuchen" in body text; buttons use "Erneut versuchen".

EN: Export your data as CSV
DE: Daten als CSV exportieren
Note: menu items use the infinitive and no possessive.

EN: Are you sure you want to leave? Unsaved changes will be lost.
DE: Willst du wirklich gehen? Nicht gespeicherte Änderungen gehen verloren.
Note: "Willst du wirklich ..." is our standard opener for confirmation dialogs.

EN: Invite your team
DE: Lade dein Team ein
Note: imperative for call-to-action buttons, no exclamation mark.

Glossary (always use these): workspace = Arbeitsbereich, dashboard = Übersicht, settings = Einstellungen, billing = Abrechnung, sign in = anmelden, sign out = abmelden."""

SETS["rubric"] = r"""I'm a physics teacher. I give feedback on short written answers using this rubric: 2 points for the correct principle, 1 point for correct units, 1 point for a sensible numerical result. Here's how I write feedback:

Question: Why does a metal spoon feel colder than a wooden spoon at the same temperature?
Student answer: "Because metal is colder."
Feedback: The spoons are at the same temperature, so that can't be it. Think about how quickly each material carries heat away from your hand (thermal conductivity).
Score: 0/4

Question: A 2 kg ball falls from 5 m. Estimate its speed just before hitting the ground (g = 10 m/s²).
Student answer: "Energy is conserved, mgh = ½mv², v = √(2gh) = √100 = 10 m/s."
Feedback: Excellent: correct principle, correct formula, correct units and result. You could mention that you're neglecting air resistance.
Score: 4/4

Question: What is the power of a 60 W bulb used for 3 hours, in kWh?
Student answer: "60 × 3 = 180 kWh"
Feedback: The idea of multiplying power and time is right, but you need to convert watts to kilowatts first: 0.06 kW × 3 h = 0.18 kWh. Watch the units!
Score: 2/4

Keep feedback to two or three sentences, address the student directly, always end with something they can do next time.

Question: Explain why a ship made of steel floats.
Student answer: "Because the ship is hollow and full of air, so its average density is less than water. It pushes away a lot of water and the upthrust equals its weight."
Feedback: Very good explanation using average density and upthrust (Archimedes' principle). No units or numbers were needed here, so you get full marks for the principle and the reasoning.
Score: 4/4"""

SETS["code_review"] = r"""Our team writes code review comments in a specific style: say what the problem is, why it matters, and suggest a fix, in that order. Be kind, no sarcasm. Examples:

Diff:
-    users = db.query("SELECT * FROM users WHERE name = '" + name + "'")
+    users = db.query("SELECT * FROM users WHERE name = '" + name.strip() + "'")
Comment: This still builds SQL by string concatenation, so a name containing a quote breaks the query and opens us to SQL injection. Could you switch to a parameterized query, e.g. db.query("SELECT * FROM users WHERE name = %s", (name.strip(),))?

Diff:
+    for item in items:
+        if item.id == target_id:
+            found = item
Comment: This keeps looping after the match and would pick the last match if ids were ever duplicated. Since ids are unique, a break after the assignment (or next(...) with a default) makes the intent clearer and saves work on large lists.

Diff:
+    time.sleep(5)  # wait for the file to appear
Comment: A fixed sleep makes the test slow and still flaky on a busy CI runner. Polling with a timeout (e.g. wait until the path exists, up to 30 s) is both faster on average and more reliable.

Diff:
+def parse_date(s):
+    return datetime.strptime(s, "%d/%m/%Y")
Comment: Our API sends ISO 8601 dates, so this will raise for every real input. Use datetime.fromisoformat(s) and add a test with a real payload.

Diff:
+    if user.role == "admin" or "admin" in user.email:
+        allow()
Comment: Granting admin rights based on the email containing "admin" means anyone can sign up as admin-fan@example.com and get access. Please rely only on the role field, which is set server-side, and add a test for a non-admin email containing the word."""

SETS["chem"] = r"""Format for our JEE practice sheet: Problem, then a compact Solution (key equations only, each step on its own line), then Answer. Examples:

Problem: How many moles of O2 are needed to burn 2 moles of C3H8 completely?
Solution:
C3H8 + 5 O2 → 3 CO2 + 4 H2O
1 mol propane needs 5 mol O2
2 mol propane needs 10 mol O2
Answer: 10 mol

Problem: Find the pH of 0.001 M NaOH at 25 °C.
Solution:
[OH⁻] = 10⁻³ M
pOH = 3
pH = 14 − 3 = 11
Answer: 11

Problem: What is the molarity of a solution containing 4.9 g of H2SO4 in 500 mL?
Solution:
M(H2SO4) = 98 g/mol
n = 4.9 / 98 = 0.05 mol
c = 0.05 / 0.5 = 0.1 M
Answer: 0.1 M

Problem: Half-life of a first-order reaction is 10 min. What fraction remains after 30 min?
Solution:
30 min = 3 half-lives
fraction = (1/2)³ = 1/8
Answer: 1/8

Problem: How many grams of NaCl are needed to prepare 250 mL of a 0.2 M solution?
Solution:
n = 0.2 × 0.25 = 0.05 mol
M(NaCl) = 58.5 g/mol
m = 0.05 × 58.5 = 2.925 g
Answer: 2.93 g

Problem: Find the oxidation state of Cr in K2Cr2O7.
Solution:
2(+1) + 2x + 7(−2) = 0
2 + 2x − 14 = 0
x = +6
Answer: +6

Please keep the same level of brevity for the new one: no prose, only the equations and the numerical steps, and give the answer with sensible significant figures.

Conventions for the sheet: use the arrow → in equations, write charges as superscripts (OH⁻, Ca²⁺), use 58.5 for NaCl and 98 for H2SO4, 22.4 L/mol at STP, and log values to two decimals. Students use this as a revision sheet the night before the exam, so each solution must fit in four lines or fewer."""

SETS["legal"] = r"""We triage contract clauses for our legal team. For each clause give a one-paragraph analysis and a category: LOW / REVIEW / ESCALATE. Examples:

Clause: "Either party may terminate this Agreement with thirty (30) days' written notice."
Analysis: Mutual, symmetric termination right with a standard notice period. No penalty, no lock-in. Typical for SaaS agreements of this size.
Category: LOW

Clause: "Customer shall indemnify Supplier against any and all claims arising from Customer's use of the Services."
Analysis: One-sided, uncapped indemnity covering 'any and all claims', including claims caused by the Supplier's own negligence as drafted. Should be mutual and limited to third-party claims caused by the indemnifying party's breach.
Category: ESCALATE

Clause: "Supplier may update these terms from time to time by posting a revised version on its website."
Analysis: Unilateral change right without notice or a right to terminate. Usually acceptable if we get advance notice and can exit; needs a small redline.
Category: REVIEW

Clause: "All fees are exclusive of VAT, which shall be added at the applicable rate."
Analysis: Standard tax clause. Check that our PO system expects net prices, otherwise no concern.
Category: LOW

Keep each analysis under 60 words and refer to the exact wording that triggers the category.

Clause: "Supplier may subcontract any of its obligations without Customer's prior consent."
Analysis: Unrestricted subcontracting, including of data processing, with no consent or flow-down obligations. Conflicts with our data-protection requirements; needs a consent right and flow-down of confidentiality terms.
Category: ESCALATE"""

SETS["email_reply"] = r"""Write replies to customer emails for our small ceramics studio. Warm, personal, max 80 words, sign as "Hana from Kiln & Co." Examples:

Customer email: "Hi, my mug arrived with a chip on the rim. Can I get a replacement?"
Reply: Hi Lucy, I'm so sorry your mug arrived chipped, that's not the welcome we wanted for it. I'll wrap a replacement extra carefully and send it this week at no cost. No need to return the chipped one; maybe it can hold pencils! Thank you for letting me know. Hana from Kiln & Co.

Customer email: "Do you do custom orders for weddings? We need 80 small bowls."
Reply: Hi Tom, congratulations! Yes, we love wedding orders. For 80 small bowls we'd need about 8 weeks and a short call to pick the glaze and size. Could you tell me your date and rough budget? I'll send options and a quote within two days. Hana from Kiln & Co.

Customer email: "Your workshop was cancelled last minute and I took a day off for it. Not happy."
Reply: Hi Priya, you're completely right to be upset, and I'm sorry. Our kiln failed that morning, but you should have heard from us sooner. I've refunded your ticket in full and would love to offer you a free place at any workshop this season. Hana from Kiln & Co.

Customer email: "Is the blue glaze food safe? I want to use the plates for my restaurant."
Reply: Hi Marco, yes, all our glazes are lead-free and food safe, and the plates are dishwasher safe too. For daily restaurant use I'd recommend our stoneware line, it's a bit thicker and chips less. Happy to send a sample plate so you can test it in your kitchen. Hana from Kiln & Co.

A few notes on tone: we never use "Dear Sir/Madam", we always use the first name if we have it, and we avoid promising exact delivery dates unless the order is already packed."""

SETS["solution_tags"] = r"""I'm building a practice set for my students. Please follow this structure: the problem, then a solution in <solution> tags written for 14-year-olds, then the final answer on its own line. Here are two examples I wrote.

Problem: Three notebooks and two pens cost 11 euros. One notebook and one pen cost 4.50 euros. How much is a pen?
<solution>
Let's think step by step. Call a notebook n and a pen p.
From the second fact, n = 4.50 − p.
Put that into the first fact: 3(4.50 − p) + 2p = 11, so 13.50 − 3p + 2p = 11.
That gives 13.50 − p = 11, so p = 2.50.
</solution>
Answer: a pen costs 2.50 euros.

Problem: A bike is 25% cheaper in the sale and now costs 360 euros. What was the original price?
<solution>
After a 25% discount you pay 75% of the original price.
So 0.75 × original = 360.
Original = 360 ÷ 0.75 = 480.
</solution>
Answer: 480 euros.

The solutions should be short, use whole sentences, and never more than five lines.

Problem: A rectangle is 3 cm longer than it is wide, and its perimeter is 26 cm. Find its width.
<solution>
Call the width w, so the length is w + 3.
The perimeter is 2 × (w + w + 3) = 26.
So 4w + 6 = 26, which gives 4w = 20 and w = 5.
</solution>
Answer: the width is 5 cm.

Please write the next one in exactly this layout so I can paste it into the worksheet template, which looks for the <solution> tags to put the text in a box that students can fold away. The box is only 5 lines tall, which is why I keep the solutions short."""

ITEMS = [
    ("math_tutor", "Now solve the following question using the same format:\nQuestion: A train travels 180 km in 2 hours and 15 minutes. What is its average speed in km/h?", "en"),
    ("math_tutor", "Same format please for: Question: The angles of a triangle are in the ratio 2:3:4. Find the largest angle.", "en"),
    ("math_tutor", "Schreib bitte im gleichen Stil eine Lösung auf Deutsch für: Frage: Wie viele Diagonalen hat ein Achteck?", "de"),
    ("sql", "Q: Average order value per month in 2026 for customers in Germany, including months with no orders.", "en"),
    ("sql", "Q: Customers who signed up in 2025 but never placed a paid order.", "en"),
    ("sql", "P: ¿Qué porcentaje de los pedidos pagados de 2025 vino del segmento 'smb'? Responde con el mismo formato (SQL y explicación).", "es"),
    ("sentiment", "Review: \"Works offline now, which is great for my commute. Would be perfect with a widget.\"", "en"),
    ("sentiment", "Review: \"Oh wonderful, another update that logs me out every morning. Just what I needed.\"", "en"),
    ("sentiment", "Review: \"Приложение удобное, но после обновления пропали все шаблоны.\" (please write the reasoning line in English)", "ru"),
    ("translation", "EN: Your trial ends in {days} days. Upgrade to keep your projects.", "en"),
    ("translation", "EN: We couldn't verify your email address. Send the link again?", "en"),
    ("rubric", "Question: Why do we see lightning before we hear thunder?\nStudent answer: \"Because light is faster than sound, light travels at 300,000 km/s and sound at about 340 m/s.\"", "en"),
    ("rubric", "Question: A car travels 120 km in 1.5 hours. What is its average speed?\nStudent answer: \"120/1.5 = 80\"", "en"),
    ("code_review", "Diff:\n+    except Exception:\n+        pass", "en"),
    ("code_review", "Diff:\n+    password = request.args.get(\"password\")\n+    logger.info(f\"login attempt for {user} with {password}\")", "en"),
    ("code_review", "Diff:\n+    result = [x for x in data if x is not None][0]\nPlease write the comment in Dutch, same structure.", "nl"),
    ("chem", "Problem: What mass of CaCO3 must be decomposed to produce 11.2 L of CO2 at STP?", "en"),
    ("chem", "Problem: Calculate the number of moles in 9 g of water.", "en"),
    ("chem", "प्रश्न: 0.01 M HCl विलयन का pH कितना होगा? ऊपर वाले प्रारूप में ही हल लिखिए।", "hi"),
    ("legal", "Clause: \"Supplier's total liability under this Agreement shall not exceed the fees paid in the three (3) months preceding the claim.\"", "en"),
    ("legal", "Clause: \"This Agreement renews automatically for successive three-year terms unless terminated with 180 days' notice.\"", "en"),
    ("email_reply", "Customer email: \"Hello, can I pick up my order at the studio instead of having it shipped? I live nearby.\"", "en"),
    ("email_reply", "Customer email: \"Bonjour, livrez-vous en France ? Et combien coûte la livraison pour un vase ?\" (reply in French, same style)", "fr"),
    ("solution_tags", "Problem: The sum of two consecutive even numbers is 86. What are the numbers?", "en"),
    ("solution_tags", "Problem: Un ciclista recorre 45 km en 1 hora y 30 minutos. ¿Cuál es su velocidad media en km/h? (escribe la solución en español con la misma estructura)", "es"),
]
