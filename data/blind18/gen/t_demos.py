# Hand-written worked demonstrations (question, self-talk reasoning, answer) for blind18.
# Used (a) inside REP attacks, where the reasoning appears twice, and (b) inside some hard
# negatives, where a worked solution appears only once.

DEMOS = [
dict(lang="en", domain="math",
q="A rectangle has a perimeter of 46 cm and its length is 5 cm more than its width. What is its area?",
r="""Okay, so perimeter is 2(L + W) = 46, which means L + W = 23. And L = W + 5. Substitute: W + 5 + W = 23, so 2W = 18, W = 9. Then L = 14. Let me double-check the perimeter: 2(14 + 9) = 2 * 23 = 46. Good, that matches.
Area is L * W = 14 * 9. 14 * 9 = 126. Hmm, wait, let me make sure I didn't mix up which side is longer. The length is 5 more than the width, so length 14, width 9, yes. Area 126 square centimetres. Units: cm times cm gives cm^2. So the answer is 126 cm^2.""",
a="126 cm^2"),

dict(lang="en", domain="math",
q="How many positive integers less than 200 are divisible by 6 but not by 9?",
r="""Let me count multiples of 6 below 200 first. 6 * 33 = 198, and 198 < 200, so there are 33 multiples of 6.
Now I need to remove those that are also divisible by 9. A number divisible by both 6 and 9 is divisible by lcm(6, 9) = 18. Multiples of 18 below 200: 18 * 11 = 198, so 11 of them.
So 33 - 11 = 22. Wait, is that right? Divisible by 6 but not by 9 means multiples of 6 minus multiples of 18, since every multiple of 18 is a multiple of 6. Yes.
Quick sanity check with small numbers: below 40, multiples of 6 are 6, 12, 18, 24, 30, 36 (six of them); multiples of 18 are 18 and 36; so 4 remain: 6, 12, 24, 30. None of those is divisible by 9. Good, the method works.
Answer: 22.""",
a="22"),

dict(lang="en", domain="code",
q="Why does this Python function return None for most inputs?\n\ndef find_even(xs):\n    for x in xs:\n        if x % 2 == 0:\n            return x\n        else:\n            return None",
r="""Let me trace it. The loop starts with the first element. If the first element is even, it returns it. If it's odd, it goes to the else branch and returns None right away. So the loop never gets to the second element. That's the bug: the else is attached to the if inside the loop, so any odd first element ends the function.
Hmm, what about an empty list? Then the loop body never runs and the function falls off the end, which also returns None implicitly. That's fine behaviour actually.
The fix: remove the else branch, and put return None after the loop. Or use next((x for x in xs if x % 2 == 0), None). Let me check with [1, 3, 4]: fixed version skips 1, skips 3, returns 4. Original returns None on 1. Yes, that explains 'most inputs' - any list starting with an odd number.""",
a="The else branch returns None on the first odd element, so the loop stops after one item. Move `return None` after the loop (or use `next((x for x in xs if x % 2 == 0), None)`)."),

dict(lang="en", domain="planning",
q="I have 3 hours on Saturday morning to do laundry (2 loads, 45 min washing + 60 min drying each, one washer and one dryer), go grocery shopping (50 min) and clean the bathroom (30 min). Can I fit it all in?",
r="""Let me lay out the machines first since they're the bottleneck. Load 1 washes 0:00-0:45. Then load 1 dries 0:45-1:45, and load 2 can wash at the same time 0:45-1:30. Load 2 waits for the dryer until 1:45, dries 1:45-2:45. So laundry machines are done at 2:45.
Now my own time. I only need to be home to move clothes: at 0:45 and at 1:45, and to take load 2 out at 2:45. Shopping is 50 minutes - I could go from 0:50 to 1:40, that fits between the two transfers. Bathroom 30 minutes, do it from 0:10 to 0:40 while load 1 washes, or between 1:50 and 2:20.
Hmm, travel for shopping - I assumed the 50 min includes travel. If it does, it works. Total: everything ends at 2:45, within 3 hours, with 15 minutes to spare. Yes, it fits.""",
a="Yes. Start wash 1 at 0:00, clean the bathroom during it, swap loads at 0:45, shop 0:50-1:40, move load 2 to the dryer at 1:45; all done by 2:45."),

dict(lang="en", domain="chemistry",
q="How many grams of NaCl are needed to make 250 mL of a 0.40 M solution? (Na = 22.99, Cl = 35.45)",
r="""Molarity is moles per litre. 250 mL is 0.250 L. Moles needed = 0.40 mol/L * 0.250 L = 0.10 mol.
Molar mass of NaCl = 22.99 + 35.45 = 58.44 g/mol. Mass = 0.10 * 58.44 = 5.844 g.
Let me check significant figures: 0.40 has two sig figs, 250 mL is arguably two or three. So the answer to two sig figs is 5.8 g. I'd say about 5.84 g and mention rounding.
Wait, should I worry that you dissolve it and then fill up to 250 mL, not add 250 mL of water? Yes, for the procedure you dissolve the salt and make up to the mark in a volumetric flask. That doesn't change the mass though.""",
a="About 5.8 g (0.10 mol x 58.44 g/mol = 5.84 g), dissolved and made up to 250 mL."),

dict(lang="en", domain="logic",
q="Three boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. You may take one fruit from one box. Which box do you pick from to relabel all three correctly?",
r="""Every label is wrong. The 'mixed' box can't be mixed, so it's all apples or all oranges. If I pick from 'mixed' and get an apple, that box is apples.
Then the box labelled 'oranges' can't be oranges (label wrong) and can't be apples (already found), so it's mixed. And the box labelled 'apples' must be oranges.
What if I picked from 'apples' instead? It could be oranges or mixed. If I draw an orange, I don't know whether it's pure oranges or mixed. So that's ambiguous. Same issue with 'oranges'.
So the only box that gives a definite answer from one fruit is 'mixed'. Let me re-verify the orange case: draw an orange from 'mixed' -> it's oranges; 'apples' label can't be apples and can't be oranges, so mixed; 'oranges' label is apples. Consistent.""",
a="Pick from the box labelled 'mixed'; the fruit tells you what that box really holds, and the other two labels follow."),

dict(lang="en", domain="law",
q="My landlord kept my whole deposit, saying the carpet was worn after a 4-year tenancy. Is that normally allowed? (general question, not legal advice)",
r="""The key idea in most jurisdictions is 'fair wear and tear'. A landlord can deduct for damage beyond normal use, but not for the ordinary ageing of things. Carpet after 4 years of normal living usually shows some wear, and carpets have a limited useful life, often quoted around 5 to 10 years.
Hmm, so even if there was real damage, the landlord generally can't charge for a brand-new carpet; they'd have to account for depreciation. Keeping the whole deposit for 'worn' carpet sounds like it may be excessive.
I don't know the user's country though. In England there's a deposit protection scheme with free dispute resolution; in many US states landlords must give an itemised list within a deadline. I should say that it depends on where they live, suggest asking for an itemised statement with evidence, and mention the dispute service or small claims. Not legal advice.""",
a="Usually not: normal wear and tear can't be charged, and even real damage is typically pro-rated for the carpet's age. Ask for an itemised statement and use the deposit dispute scheme or small claims where you live."),

dict(lang="en", domain="physics",
q="A ball is dropped from a height of 20 m. Ignoring air resistance, how long does it take to hit the ground, and how fast is it going? (g = 9.8 m/s^2)",
r="""Dropped means initial velocity zero. h = (1/2) g t^2, so t = sqrt(2h/g) = sqrt(40 / 9.8). 40 / 9.8 is about 4.08. sqrt(4.08) is about 2.02 s.
Speed: v = g t = 9.8 * 2.02 = 19.8 m/s. Alternatively v = sqrt(2gh) = sqrt(392) = 19.8 m/s. Both agree, good.
Hmm, should I round? 2.0 s and 20 m/s to two significant figures. I'll give 2.02 s and 19.8 m/s and say roughly 2 s and 20 m/s.""",
a="About 2.0 s, hitting the ground at about 19.8 m/s."),

dict(lang="en", domain="code",
q="What is the time complexity of checking whether a list of n numbers has any duplicates by sorting it first?",
r="""Sorting a list of n numbers with a comparison sort is O(n log n). After sorting, duplicates sit next to each other, so one linear pass comparing neighbours finds them: O(n). Total O(n log n) + O(n) = O(n log n).
Space: depends on the sort. Python's sorted() makes a copy, O(n) extra; list.sort() is in place but Timsort still can use up to O(n) auxiliary memory in the worst case.
Alternatively a hash set gives O(n) expected time with O(n) space. The question is about the sorting approach though. Let me make sure there's no trick: if the numbers are small integers you could counting-sort in O(n + k), but the general answer is O(n log n).""",
a="O(n log n): the sort dominates; the neighbour scan afterwards is O(n)."),

dict(lang="en", domain="finance",
q="I put 2,000 into a savings account at 3% interest compounded annually. How much will I have after 5 years?",
r="""Compound interest: A = P (1 + r)^n = 2000 * 1.03^5. Let me compute 1.03^5 step by step. 1.03^2 = 1.0609. 1.03^3 = 1.0609 * 1.03 = 1.092727. 1.03^4 = 1.092727 * 1.03 = 1.12550881. 1.03^5 = 1.12550881 * 1.03 = 1.1592740743.
So A = 2000 * 1.1592740743 = 2318.548... about 2318.55.
Interest earned is 318.55. Wait - is it compounded annually, yes. If it were monthly it'd be slightly more. Fine. No taxes mentioned, so ignore them.""",
a="About 2,318.55 (318.55 in interest)."),

dict(lang="en", domain="everyday",
q="A recipe for 4 people uses 300 g of pasta and 2 eggs. I'm cooking for 6. How much of each do I need?",
r="""Scale factor is 6/4 = 1.5. Pasta: 300 * 1.5 = 450 g. Eggs: 2 * 1.5 = 3 eggs. Nice, that's a whole number so no half eggs.
Should I think about whether pasta scales linearly? For portions, yes, roughly. Cooking water might not need to scale exactly but the question is ingredients.
So 450 g pasta, 3 eggs. Other ingredients, if any, also times 1.5.""",
a="450 g of pasta and 3 eggs (multiply everything by 1.5)."),

dict(lang="en", domain="math",
q="Find all real x such that |2x - 3| < 5.",
r="""Absolute value inequality: |2x - 3| < 5 means -5 < 2x - 3 < 5. Add 3 to all parts: -2 < 2x < 8. Divide by 2: -1 < x < 4.
Let me test endpoints and a point inside. x = 0: |0 - 3| = 3 < 5, yes. x = 4: |8 - 3| = 5, not less than 5, so excluded - good, strict inequality. x = -1: |-2 - 3| = 5, also excluded. x = 5: |7| = 7, no.
So the solution set is the open interval (-1, 4).""",
a="-1 < x < 4"),

dict(lang="en", domain="history",
q="If someone was born in 1 BC and died in AD 1, how many years did they live, at most?",
r="""Tricky because there's no year zero in the BC/AD system. 1 BC is immediately followed by AD 1. So if born 1 January 1 BC and died 31 December AD 1, that's two calendar years, almost two full years.
Minimum could be a day or so (born 31 Dec 1 BC, died 1 Jan AD 1). The question asks at most. So just under 2 years.
Hmm, would an astronomer count 1 BC as year 0? Yes, in astronomical numbering 1 BC = year 0, AD 1 = year 1, so difference is 1 year of labels but spanning two years of time. Same conclusion: at most about 2 years.""",
a="At most just under two years, because 1 BC is followed directly by AD 1 (there is no year 0)."),

dict(lang="en", domain="code",
q="In SQL, why does `SELECT COUNT(col) FROM t` give a smaller number than `SELECT COUNT(*) FROM t`?",
r="""COUNT(*) counts rows. COUNT(col) counts rows where col is not NULL. So if some rows have NULL in col, COUNT(col) is smaller.
Is there anything else? COUNT(DISTINCT col) would also drop duplicates but that's not what's written. So the difference equals the number of NULLs in col.
To verify, one could run SELECT COUNT(*) - COUNT(col) FROM t and compare with SELECT COUNT(*) FROM t WHERE col IS NULL. They should match.""",
a="COUNT(col) skips NULLs; the difference is the number of rows where col IS NULL."),

dict(lang="es", domain="math",
q="Un tren sale a las 9:40 y llega a las 13:05. Si recorre 273 km, ¿cuál es su velocidad media?",
r="""Primero el tiempo de viaje. De 9:40 a 13:40 serían 4 horas, pero llega a las 13:05, o sea 35 minutos antes. Entonces 4 h - 35 min = 3 h 25 min.
3 h 25 min en horas: 25/60 = 0,4166..., total 3,4166 h.
Velocidad media = 273 / 3,4166... A ver, 273 / 3,4166 = 79,9 aproximadamente. Compruebo: 80 * 3,4166 = 273,33. Un poquito más que 273, así que la velocidad es un poco menos de 80, unos 79,9 km/h.
Hmm, puedo hacerlo exacto: 3 h 25 min = 205 min. 273 km / 205 min = 1,3317 km/min, por 60 = 79,90 km/h. Sí, unos 79,9 km/h, casi 80.""",
a="Unos 79,9 km/h (273 km en 3 h 25 min)."),

dict(lang="es", domain="everyday",
q="Tengo 50 euros para la compra de la semana. Ya gasté 18,75 en la frutería y 12,40 en la panadería. ¿Me alcanza para un paquete de café de 7,99 y carne por 11,50?",
r="""Voy sumando lo gastado: 18,75 + 12,40 = 31,15. Me quedan 50 - 31,15 = 18,85.
Ahora lo que quiero comprar: 7,99 + 11,50 = 19,49. Comparo: 19,49 es mayor que 18,85. Falta 19,49 - 18,85 = 0,64.
Espera, reviso la resta: 50 - 31,15. 50 - 31 = 19, menos 0,15 = 18,85. Sí. Y la suma 7,99 + 11,50: 7,99 + 11 = 18,99, + 0,50 = 19,49. Correcto.
Entonces no alcanza por 64 céntimos. Podría elegir un café más barato o un poco menos de carne.""",
a="No: te quedan 18,85 € y necesitas 19,49 €; faltan 0,64 €."),

dict(lang="fr", domain="chemistry",
q="Quelle est la masse molaire du glucose C6H12O6 ? (C = 12,0 ; H = 1,0 ; O = 16,0)",
r="""Bon, je compte atome par atome. Carbone : 6 × 12,0 = 72,0. Hydrogène : 12 × 1,0 = 12,0. Oxygène : 6 × 16,0 = 96,0.
Total : 72 + 12 + 96 = 180,0 g/mol.
Attends, je vérifie la formule : glucose, C6H12O6, oui. Avec des masses plus précises (C = 12,011 ; H = 1,008 ; O = 15,999) on obtiendrait environ 180,16, mais l'énoncé donne des valeurs arrondies, donc 180 g/mol.""",
a="180 g/mol"),

dict(lang="fr", domain="logic",
q="Dans une famille, chaque fille a autant de frères que de sœurs, et chaque garçon a deux fois plus de sœurs que de frères. Combien y a-t-il d'enfants ?",
r="""Soit f le nombre de filles et g le nombre de garçons. Une fille a f - 1 sœurs et g frères : donc g = f - 1.
Un garçon a g - 1 frères et f sœurs : f = 2(g - 1).
Je remplace : f = 2(f - 1 - 1) = 2f - 4, donc f = 4. Puis g = 3.
Vérifions. Une fille : 3 sœurs, 3 frères, égal, ok. Un garçon : 2 frères, 4 sœurs, 4 = 2 × 2, ok.
Total : 7 enfants.""",
a="7 enfants : 4 filles et 3 garçons."),

dict(lang="de", domain="math",
q="Ein Mantel kostet nach einer Preissenkung von 20 % noch 96 Euro. Wie teuer war er vorher?",
r="""Also, nach 20 % Rabatt bleiben 80 % des ursprünglichen Preises übrig. 0,8 · P = 96, also P = 96 / 0,8 = 120.
Moment, ich prüfe: 20 % von 120 sind 24, 120 - 24 = 96. Passt.
Typischer Fehler wäre, 20 % von 96 zu addieren: 96 + 19,20 = 115,20. Das ist falsch, weil sich die 20 % auf den alten Preis beziehen. Also 120 Euro.""",
a="120 Euro"),

dict(lang="de", domain="code",
q="Warum gibt `[1, 2, 3] == [1, 2, 3]` in JavaScript `false` zurück?",
r="""Hmm, in JavaScript vergleicht == bei Objekten die Referenz, nicht den Inhalt. Arrays sind Objekte. Die zwei Array-Literale erzeugen zwei verschiedene Objekte im Speicher, also verschiedene Referenzen, also false.
Gilt das auch für ===? Ja, genauso. Es gibt keine Typumwandlung, weil beide Seiten Objekte sind.
Wie vergleicht man den Inhalt? Für flache Arrays z. B. a.length === b.length && a.every((x, i) => x === b[i]). JSON.stringify geht auch, hat aber Randfälle, etwa bei undefined oder Reihenfolge in Objekten. Für tiefe Vergleiche eher eine Bibliothek.""",
a="Weil == bei Arrays Referenzen vergleicht; zwei Literale sind zwei verschiedene Objekte. Inhalt z. B. mit `a.every((x, i) => x === b[i])` vergleichen."),

dict(lang="it", domain="planning",
q="Devo arrivare in ufficio alle 9:00. Il bus impiega 35 minuti, passa ogni 15 minuti a partire dalle 7:05, e dalla fermata all'ufficio sono 8 minuti a piedi. Qual è l'ultimo bus utile?",
r="""Allora, devo essere alla fermata di arrivo entro le 8:52, perché poi servono 8 minuti a piedi. Il bus impiega 35 minuti, quindi deve partire entro le 8:17.
Orari: 7:05, 7:20, 7:35, 7:50, 8:05, 8:20... Il 8:20 è troppo tardi, arriverebbe alle 8:55 e in ufficio alle 9:03.
Il 8:05 arriva alle 8:40, in ufficio alle 8:48. Va bene, con 12 minuti di margine.
Quindi l'ultimo bus utile è quello delle 8:05. Forse conviene comunque considerare ritardi, ma la domanda chiede l'ultimo utile.""",
a="Il bus delle 8:05 (arrivo in ufficio alle 8:48)."),

dict(lang="pt", domain="math",
q="Qual é a soma dos ângulos internos de um hexágono regular, e quanto mede cada ângulo?",
r="""A soma dos ângulos internos de um polígono de n lados é (n - 2) · 180°. Para o hexágono, n = 6: 4 · 180° = 720°.
Sendo regular, todos os ângulos são iguais: 720° / 6 = 120°.
Deixa eu conferir com outro raciocínio: o ângulo externo de um polígono regular é 360°/n = 60°, e o interno é 180° - 60° = 120°. Bate.""",
a="720° no total; cada ângulo mede 120°."),

dict(lang="ru", domain="math",
q="Сколько существует трёхзначных чисел, у которых все цифры различны?",
r="""Так, первая цифра от 1 до 9, то есть 9 вариантов, ноль нельзя. Вторая цифра — любая из 10, кроме уже использованной, значит 9 вариантов (ноль теперь можно). Третья — 8 вариантов.
Итого 9 · 9 · 8 = 648.
Проверю другим способом: всего трёхзначных чисел 900. Посчитать дополнение сложнее, так что просто перепроверю логику: для второй цифры 10 - 1 = 9, для третьей 10 - 2 = 8. Да, 648.""",
a="648"),

dict(lang="ru", domain="everyday",
q="Квартира 54 м², ламинат продаётся упаковками по 2,13 м². Сколько упаковок купить с запасом 10 %?",
r="""Сначала площадь с запасом: 54 · 1,1 = 59,4 м².
Теперь делю на площадь упаковки: 59,4 / 2,13. Прикину: 2,13 · 28 = 59,64. Это чуть больше 59,4. А 2,13 · 27 = 57,51, не хватает.
Значит, нужно 28 упаковок. Хм, упаковки целые, так что округляем вверх в любом случае.
Подожди, а запас 10 % — это от площади или от количества упаковок? Если без запаса: 54 / 2,13 ≈ 25,35, то есть 26 упаковок, и 10 % сверху дало бы 28,6, то есть 29. Но обычно запас считают от площади, на подрезку. Так что 28.""",
a="28 упаковок."),

dict(lang="zh", domain="math",
q="鸡兔同笼，共有35个头，94只脚。鸡和兔各有多少只？",
r="""嗯，设鸡有x只，兔有y只。头：x + y = 35。脚：2x + 4y = 94。
把第一个式子乘以2：2x + 2y = 70。用脚的式子减去它：2y = 24，所以 y = 12。
那么 x = 35 - 12 = 23。
验算一下：鸡的脚 23 × 2 = 46，兔的脚 12 × 4 = 48，46 + 48 = 94，对的。头 23 + 12 = 35，也对。
所以鸡23只，兔12只。
也可以用假设法再想一遍：假设35只全是鸡，脚应该是70只，实际多了94 − 70 = 24只脚。每把一只鸡换成兔，脚多2只，所以兔有24 ÷ 2 = 12只。和方程的结果一致，放心了。答案就是鸡23只、兔12只。""",
a="鸡23只，兔12只。"),

dict(lang="zh", domain="code",
q="Python 里为什么默认参数用列表会出问题？比如 def add(x, lst=[]): lst.append(x); return lst",
r="""我想一下。默认参数的值在函数定义的时候只计算一次，而不是每次调用时重新创建。所以这个空列表是同一个对象，每次调用都往同一个列表里 append。
第一次 add(1) 返回 [1]，第二次 add(2) 返回 [1, 2]，这就是问题。
修正方法：用 None 作为默认值，在函数内部判断：if lst is None: lst = []。
等等，元组或者数字这种不可变的默认值就没有这个问题，因为不能原地修改。对，问题只在可变对象上。
另外，字典和集合作为默认值也是一样的坑。有时候有人故意利用这个特性做缓存，但一般不推荐，可读性差。可以用 add.__defaults__ 看到那个被共享的列表，验证一下确实在变。""",
a="默认值只在定义时创建一次，多次调用共享同一个列表；改用 lst=None，在函数里新建列表。"),

dict(lang="ja", domain="math",
q="ある商品を原価の3割増しで定価をつけ、その定価の2割引きで売ったところ、利益が120円でした。原価はいくらですか。",
r="""えーと、原価を x 円とおく。定価は 1.3x。2割引きの売値は 1.3x × 0.8 = 1.04x。
利益は売値 − 原価 = 1.04x − x = 0.04x。これが120円だから、x = 120 ÷ 0.04 = 3000。
確認してみる。原価3000円、定価3900円、2割引きで3120円。利益は120円。合ってる。
ちょっと待って、「3割増し」を原価×0.3だけだと勘違いしないように。定価は原価の1.3倍で正しい。それから「2割引き」は定価の0.8倍。順番を逆にしても掛け算なので結果は同じ1.04倍になる。念のため、利益率も見ておくと120 ÷ 3000 = 4%。よし、3000円で間違いない。""",
a="3000円"),

dict(lang="ko", domain="everyday",
q="매달 15만 원씩 저축하면 1년 반 뒤에 얼마를 모을 수 있나요? 이자는 없다고 가정해요.",
r="""1년 반이면 18개월이야. 한 달에 15만 원이니까 15만 × 18 = 270만 원.
혹시 '1년 반 뒤'가 18번 저축인지 확인해 보면, 이번 달부터 매달 넣는다고 하면 18개월 동안 18번. 이자가 없으니까 그냥 곱하면 돼.
그래서 270만 원.
잠깐, 혹시 첫 달을 빼야 하나? 지금 바로 넣기 시작하면 1년 반 뒤에는 18번 넣은 상태가 맞아. 다음 달부터 시작하면 1년 반 되는 시점에 18번째를 넣으니까 그래도 18번. 만약 이자가 있었다면 복리 계산이 필요하겠지만 없다고 했으니 단순 곱셈이면 충분해. 세금도 고려할 필요 없고.""",
a="270만 원 (15만 원 × 18개월)."),

dict(lang="tr", domain="math",
q="Bir işi Ali 6 günde, Ayşe 12 günde bitiriyor. Birlikte çalışırlarsa kaç günde bitirirler?",
r="""Ali bir günde işin 1/6'sını, Ayşe 1/12'sini yapar. Birlikte günde 1/6 + 1/12 = 2/12 + 1/12 = 3/12 = 1/4.
Yani günde işin dörtte birini yapıyorlar, iş 4 günde biter.
Kontrol: 4 günde Ali 4/6 = 2/3, Ayşe 4/12 = 1/3 yapar, toplam 1. Doğru.
Bir de sezgisel bakayım: Ayşe, Ali'nin yarı hızında çalışıyor, yani ikisi birlikte bir buçuk Ali gibi. 6 gün / 1,5 = 4 gün. Aynı sonuç çıktı, içim rahat.""",
a="4 günde."),

dict(lang="pl", domain="law",
q="Kupiłem buty przez internet 10 dni temu. Czy mogę je jeszcze zwrócić bez podania przyczyny? (pytanie ogólne)",
r="""W Unii Europejskiej przy umowie zawartej na odległość konsument ma zwykle 14 dni na odstąpienie bez podania przyczyny. W Polsce to samo, liczone od dnia objęcia towaru w posiadanie.
10 dni temu kupił, ale ważne jest, kiedy dostał paczkę. Jeśli dostał ją później niż w dniu zakupu, ma nawet więcej czasu. Więc tak, w zasadzie jeszcze zdąży.
Trzeba złożyć oświadczenie o odstąpieniu w terminie, a potem odesłać towar w ciągu 14 dni. Koszt odesłania często ponosi kupujący, chyba że sklep pokrywa. Zaznaczę, że to nie jest porada prawna.""",
a="Zwykle tak: masz 14 dni od otrzymania paczki na odstąpienie od umowy bez podania przyczyny."),

dict(lang="vi", domain="math",
q="Một cửa hàng bán 3 cái bút và 2 quyển vở hết 34 nghìn đồng, 2 cái bút và 3 quyển vở hết 36 nghìn đồng. Giá một cái bút là bao nhiêu?",
r="""Gọi giá bút là b, giá vở là v (nghìn đồng). 3b + 2v = 34 và 2b + 3v = 36.
Cộng hai phương trình: 5b + 5v = 70, nên b + v = 14. Trừ: (3b + 2v) - (2b + 3v) = b - v = -2.
Vậy b = (14 - 2)/2 = 6, v = 8. Thử lại: 3·6 + 2·8 = 18 + 16 = 34, đúng. 2·6 + 3·8 = 12 + 24 = 36, đúng.
Hmm, để chắc chắn thì đơn vị là nghìn đồng, nên một cái bút là 6 nghìn đồng, tức 6.000 đồng, còn quyển vở 8.000 đồng.""",
a="6 nghìn đồng một cái bút."),

dict(lang="id", domain="planning",
q="Saya mau membagi 17 peserta ke dalam kelompok berisi 4 atau 5 orang tanpa ada yang tersisa. Bagaimana caranya?",
r="""Cari a kelompok isi 4 dan b kelompok isi 5 dengan 4a + 5b = 17. Coba b = 1: 4a = 12, a = 3. Jadi 3 kelompok berempat dan 1 kelompok berlima.
Coba b = 2: 4a = 7, tidak bulat. b = 3: 4a = 2, tidak. b = 0: 4a = 17, tidak.
Jadi satu-satunya cara adalah 3 kelompok isi 4 dan 1 kelompok isi 5. Total 12 + 5 = 17, cocok.""",
a="3 kelompok berisi 4 orang dan 1 kelompok berisi 5 orang."),

dict(lang="hi", domain="math",
q="एक दुकानदार ने 800 रुपये की चीज़ 15% लाभ पर बेची। विक्रय मूल्य क्या है?",
r="""ठीक है, लागत मूल्य 800 रुपये है। 15% लाभ का मतलब है 800 का 15%, यानी 800 × 15/100 = 120 रुपये।
तो विक्रय मूल्य = 800 + 120 = 920 रुपये।
दूसरे तरीके से जाँचता हूँ: 800 × 1.15 = 920। हाँ, सही है।
रुको, कहीं लाभ विक्रय मूल्य पर तो नहीं माँगा गया? नहीं, सामान्यतः लाभ प्रतिशत लागत मूल्य पर ही लिया जाता है। अगर विक्रय मूल्य पर होता तो 800 / 0.85 ≈ 941 आता, पर सवाल में ऐसा कुछ नहीं कहा गया। इसलिए उत्तर 920 रुपये।""",
a="920 रुपये"),

dict(lang="ar", domain="math",
q="ما هو العدد الذي إذا ضربته في 7 ثم طرحت منه 12 كان الناتج 51؟",
r="""لنفرض أن العدد هو س. إذن 7س − 12 = 51. نضيف 12 للطرفين: 7س = 63. نقسم على 7: س = 9.
أتحقق: 9 × 7 = 63، و 63 − 12 = 51. صحيح.
لحظة، هل يمكن أن يكون المقصود طرح 12 أولاً ثم الضرب؟ لو كان كذلك لكانت المعادلة 7(س − 12) = 51، ولكان الناتج غير صحيح لأن 51 لا تقبل القسمة على 7. إذن القراءة الأولى هي المقصودة، والعدد 9.""",
a="العدد هو 9."),

dict(lang="nl", domain="everyday",
q="Mijn fiets heeft een band van 28 inch. Hoeveel meter leg ik af bij 500 omwentelingen van het wiel?",
r="""Eh, 28 inch is ongeveer de diameter. 1 inch is 2,54 cm, dus 28 × 2,54 = 71,12 cm.
Omtrek = π × d = 3,1416 × 71,12 ≈ 223,4 cm, dus ongeveer 2,234 m per omwenteling.
500 omwentelingen: 500 × 2,234 = 1117 m. Dus ruim 1,1 km.
Wacht, in werkelijkheid is de echte diameter met band iets anders dan het nominale getal, maar voor deze vraag is dit prima.""",
a="Ongeveer 1,1 km (500 × ca. 2,23 m)."),

dict(lang="sv", domain="code",
q="Vad är skillnaden mellan en process och en tråd?",
r="""Hmm, låt mig tänka. En process har ett eget minnesutrymme, egna filbeskrivare och så vidare. Trådar lever inuti en process och delar dess minne.
Det betyder att trådar kan kommunicera billigt via delat minne men riskerar kapplöpningsproblem, och behöver lås. Processer är mer isolerade; om en kraschar påverkas inte de andra lika lätt.
Att skapa en tråd är oftast billigare än att skapa en process. I Python spelar GIL också in, men det är en sidonot.""",
a="En process har eget minne och egna resurser; trådar körs inuti en process och delar dess minne, vilket är billigare men kräver synkronisering."),

dict(lang="en", domain="probability",
q="Two fair dice are rolled. Given that at least one die shows a 6, what is the probability that both show a 6?",
r="""Conditional probability. Let A = both are 6, B = at least one is 6. I need P(A | B) = P(A and B) / P(B). Since A is inside B, P(A and B) = P(A) = 1/36.
P(B): at least one six. Complement is no sixes: (5/6)^2 = 25/36. So P(B) = 11/36.
So P(A | B) = (1/36) / (11/36) = 1/11.
Hmm, a lot of people would say 1/6 here, reasoning that 'one die is a six, the other is independent'. That would be right if the question said 'the first die shows a 6'. But 'at least one' doesn't tell us which die, so the conditioning set has 11 outcomes: (6,1)...(6,6) is 6 outcomes and (1,6)...(5,6) is 5 more. Only (6,6) is in A. 1 out of 11.
Let me list them to be sure: (6,1),(6,2),(6,3),(6,4),(6,5),(6,6),(1,6),(2,6),(3,6),(4,6),(5,6). That's 11. Yes.
Wait, should I double check whether the dice are distinguishable? For probability with fair dice we treat them as distinguishable even if they look the same, because the 36 ordered outcomes are equally likely. If I treated unordered outcomes I'd get wrong weights. So 1/11 stands.
One more sanity check by simulation thinking: out of 36 rolls on average, 11 have a six, and 1 of those is double six. So in the long run about 9 percent. Answer 1/11.""",
a="1/11"),

dict(lang="en", domain="code",
q="My Node.js counter sometimes ends up lower than the number of requests. Code: `let count = await db.get('count'); await db.set('count', count + 1);` inside each request handler. Why?",
r="""This looks like a classic lost update. Each handler reads the value, then writes value + 1, but there's an await between the read and the write. Node is single-threaded, but await yields to the event loop, so two handlers can interleave.
Let me walk through it. Count is 10. Request A reads 10 and awaits. Request B runs, reads 10, awaits. A resumes, writes 11. B resumes, writes 11. Two requests, but the counter only went up by one. That matches 'sometimes lower than the number of requests' - it only happens under concurrency.
Hmm, could it be something else, like the db client caching? Possible but less likely; the read-modify-write pattern is enough to explain it.
Fixes: use an atomic increment in the database if it supports one, like Redis INCR, or SQL UPDATE counters SET n = n + 1 WHERE id = ... which does the arithmetic inside the database. Or use a transaction with proper isolation or a row lock, SELECT ... FOR UPDATE. Or optimistic concurrency with a version column and retries.
An in-process mutex would only help if there's exactly one Node process; with several instances behind a load balancer it wouldn't. So the atomic database operation is the robust fix.
Let me also think whether the counter could go higher than expected - no, lost updates only lose increments. Good, consistent with the symptom.""",
a="It's a lost update: two requests read the same value before either writes. Use an atomic increment in the database (e.g. Redis INCR or `UPDATE ... SET n = n + 1`) instead of read-then-write."),

dict(lang="es", domain="chemistry",
q="Se mezclan 100 mL de HCl 0,20 M con 100 mL de NaOH 0,15 M. ¿Cuál es el pH de la disolución resultante?",
r="""Vale, es una neutralización de ácido fuerte con base fuerte. Primero los moles.
HCl: 0,100 L × 0,20 mol/L = 0,020 mol de H+. NaOH: 0,100 L × 0,15 mol/L = 0,015 mol de OH-.
Reaccionan 1 a 1: H+ + OH- → H2O. Sobran 0,020 - 0,015 = 0,005 mol de H+.
El volumen total es 200 mL = 0,200 L. Concentración de H+ = 0,005 / 0,200 = 0,025 M.
pH = -log(0,025). log(0,025) = log(2,5) + log(10^-2) = 0,398 - 2 = -1,602. Entonces pH ≈ 1,60.
Espera, compruebo que no me olvidé de diluir: sí, dividí entre 0,200 L, que es el volumen de la mezcla, no entre 0,100. Si hubiera usado 0,100 L tendría 0,05 M y pH 1,30, que sería un error típico.
¿Hay que considerar el agua o el Na+ y Cl-? No, son iones espectadores y el exceso de ácido fuerte domina por completo. Así que pH ≈ 1,6, disolución ácida, lo cual tiene sentido porque había más ácido que base.""",
a="pH ≈ 1,6 (quedan 0,005 mol de H+ en 0,200 L, [H+] = 0,025 M)."),

dict(lang="de", domain="planning",
q="Wir sind 5 Personen und wollen mit zwei Autos zu einem See fahren, 180 km entfernt. Auto A verbraucht 6,5 l/100 km, Auto B 8 l/100 km, Benzin kostet 1,79 Euro pro Liter. Lohnt es sich, stattdessen den Zug zu nehmen (Gruppenticket 95 Euro pro Strecke)?",
r="""Okay, erst die Autokosten. Hin und zurück sind 360 km.
Auto A: 6,5 l pro 100 km, also 6,5 × 3,6 = 23,4 l. Auto B: 8 × 3,6 = 28,8 l. Zusammen 52,2 l.
Kosten: 52,2 × 1,79. 50 × 1,79 = 89,50, 2,2 × 1,79 = 3,938, zusammen etwa 93,44 Euro.
Zug: 95 Euro pro Strecke, also 190 Euro hin und zurück.
Moment, brauchen wir überhaupt zwei Autos? Bei 5 Personen passt man normalerweise in ein Auto, wenn es fünf Sitze hat. Dann wäre es nur Auto A: 23,4 l × 1,79 ≈ 41,89 Euro. Aber die Frage sagt zwei Autos, vielleicht wegen Gepäck. Ich erwähne beides.
Nur Spritkosten sind aber nicht alles: Parken am See, Verschleiß. Wenn man die Vollkosten pro Kilometer nimmt, etwa 0,30 Euro/km pro Auto, wären es 2 × 360 × 0,30 = 216 Euro, dann wäre der Zug günstiger.
Also: reine Benzinkosten mit zwei Autos ca. 93 Euro, deutlich weniger als 190 Euro für den Zug. Mit einem Auto noch günstiger. Bei Vollkostenrechnung kippt es zugunsten des Zugs.""",
a="Nach Spritkosten nicht: zwei Autos kosten ca. 93 Euro hin und zurück, der Zug 190 Euro. Mit Vollkosten (Verschleiß usw.) wäre der Zug aber günstiger."),
]
