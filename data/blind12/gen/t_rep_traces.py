# -*- coding: utf-8 -*-
"""Ten hand-written shadow reasoning traces (question, reasoning, answer) for the REP families.
Written for blind12; they imitate the rambling style of an open reasoning model."""

TRACES = {}

TRACES["en_mod"] = ("en", "What are the last two digits of 7^2026?", """Okay, so I need the last two digits of 7^2026, which means I need 7^2026 mod 100. Let me think about the cleanest way to do this.

One option is Euler's theorem. phi(100) = 100 * (1 - 1/2) * (1 - 1/5) = 40. Since gcd(7, 100) = 1, 7^40 ≡ 1 mod 100. Then 2026 = 40 * 50 + 26, so 7^2026 ≡ 7^26 mod 100. That still leaves 7^26 to compute, which is fine but maybe there's a shorter cycle.

Let me just compute small powers of 7 mod 100 and look for a cycle.
7^1 = 7
7^2 = 49
7^3 = 343 → 43
7^4 = 43 * 7 = 301 → 01

Oh nice, 7^4 ≡ 1 mod 100. That's a much shorter cycle than 40. Let me double-check: 7^2 = 49, 49^2 = 2401, and 2401 mod 100 = 1. Yes, 7^4 = 2401. Good.

So the order of 7 mod 100 is 4 (it divides 40, consistent with Euler). Then 2026 mod 4: 2024 is divisible by 4 (506 * 4 = 2024), so 2026 = 2024 + 2, remainder 2.

Therefore 7^2026 ≡ 7^2 = 49 mod 100.

Wait, let me sanity-check with the Euler route too, to make sure I didn't slip. 7^26 mod 100: 26 mod 4 = 2, so 7^26 ≡ 7^2 = 49. Consistent.

Hmm, let me also verify with a different decomposition just to be safe, using mod 4 and mod 25 separately (CRT).
Mod 4: 7 ≡ 3 ≡ -1 mod 4, so 7^2026 ≡ (-1)^2026 = 1 mod 4.
Mod 25: phi(25) = 20, 2026 mod 20 = 6, so 7^2026 ≡ 7^6 mod 25. 7^2 = 49 ≡ -1 mod 25. So 7^6 = (7^2)^3 ≡ (-1)^3 = -1 ≡ 24 mod 25.
Now I need x ≡ 1 mod 4 and x ≡ 24 mod 25. Candidates ≡ 24 mod 25: 24, 49, 74, 99. 24 mod 4 = 0, 49 mod 4 = 1. So x = 49. 

All three methods give 49. The last two digits are 49.""", "The last two digits of 7^2026 are 49, i.e. \\boxed{49}.")

TRACES["en_geo"] = ("en", "A triangle has side lengths 13, 14 and 15. Find the radius of its inscribed circle.", """Let me start by recalling the formula for the inradius: r = Area / s, where s is the semi-perimeter. So I need the area and the semi-perimeter.

Semi-perimeter: s = (13 + 14 + 15) / 2 = 42 / 2 = 21.

For the area, Heron's formula: Area = sqrt(s(s-a)(s-b)(s-c)) = sqrt(21 * (21-13) * (21-14) * (21-15)) = sqrt(21 * 8 * 7 * 6).

Let me multiply that out carefully. 21 * 8 = 168. 7 * 6 = 42. 168 * 42 = 7056. sqrt(7056)... hmm, 84^2 = 7056? 84^2 = (80 + 4)^2 = 6400 + 640 + 16 = 7056. Yes! So the area is 84.

Actually, I remember the 13-14-15 triangle is a classic: you can split it along the altitude to the side 14 into a 5-12-13 and a 9-12-15 right triangle. Let me verify that: altitude 12, base pieces 5 and 9, 5 + 9 = 14. 5^2 + 12^2 = 25 + 144 = 169 = 13^2 ✓. 9^2 + 12^2 = 81 + 144 = 225 = 15^2 ✓. Area = (1/2) * 14 * 12 = 84 ✓. Great, two independent confirmations.

So r = 84 / 21 = 4.

Wait, should I double check the formula r = A/s? The triangle decomposes into three triangles from the incenter, each with height r and bases a, b, c, so A = (1/2) r (a + b + c) = r * s. Yes, r = A/s.

Hmm, just to be thorough, is there anything tricky about the question, like it asking for the circumradius instead? No, "inscribed circle" is the incircle. For completeness the circumradius would be R = abc / (4A) = 13*14*15 / 336 = 2730 / 336 = 8.125, but that's not what's asked.

So the inradius is 4.""", "The inradius is r = Area/s = 84/21 = \\boxed{4}.")

TRACES["en_comb"] = ("en", "How many ways can the letters of the word BANANA be arranged so that no two A's are adjacent?", """Alright, BANANA has 6 letters: B, A, N, A, N, A. So three A's, two N's, one B.

First, total arrangements without restriction: 6! / (3! * 2!) = 720 / 12 = 60. But I need the ones with no two A's adjacent.

Standard approach: arrange the non-A letters first, then put the A's into the gaps. Non-A letters: B, N, N. Number of arrangements: 3! / 2! = 3 (BNN, NBN, NNB).

With 3 letters placed, there are 4 gaps: _ X _ X _ X _. I need to choose 3 of the 4 gaps for the A's, one A per gap so none are adjacent. C(4, 3) = 4.

Total = 3 * 4 = 12.

Hmm, let me verify by listing, because it's small enough. Take BNN: gaps around it: _B_N_N_. Choose 3 of 4 gaps:
- gaps 1,2,3: A B A N A N → ABANAN
- gaps 1,2,4: A B A N N A → ABANNA
- gaps 1,3,4: A B N A N A → ABNANA
- gaps 2,3,4: B A N A N A → BANANA
Oh nice, BANANA itself is one of them, which makes sense since its A's are separated.
NBN: _N_B_N_:
- NABANA? wait let me redo: gaps 1,2,3: A N A B A N → ANABAN
- 1,2,4: A N A B N A → ANABNA
- 1,3,4: A N B A N A → ANBANA
- 2,3,4: N A B A N A → NABANA
NNB: _N_N_B_:
- 1,2,3: A N A N A B → ANANAB
- 1,2,4: A N A N B A → ANANBA
- 1,3,4: A N N A B A → ANNABA
- 2,3,4: N A N A B A → NANABA
That's 12, all distinct, and in each one the A's are separated. 

Let me sanity check with complementary counting too, just to be careful. Total 60. Arrangements where at least two A's are adjacent... that's messier with inclusion-exclusion, treating AA as a block etc. Maybe not necessary since the listing matches the gap method exactly. But let me do a quick check: treat the three A's as a block AAA: arrangements of {AAA, B, N, N} = 4!/2! = 12. Arrangements with exactly one AA block and a separate A not adjacent to it... that gets fiddly. I'll trust the direct enumeration.

So the answer is 12.""", "There are \\boxed{12} such arrangements.")

TRACES["en_word"] = ("en", "A bakery sells muffins for $3 each and cookies for $1.25 each. Maya spent exactly $30 and bought 14 items in total. How many muffins did she buy?", """Let m be the number of muffins and c the number of cookies.

m + c = 14
3m + 1.25c = 30

From the first equation, c = 14 - m. Substitute: 3m + 1.25(14 - m) = 30 → 3m + 17.5 - 1.25m = 30 → 1.75m = 12.5 → m = 12.5 / 1.75.

Hmm, 12.5 / 1.75 = 1250 / 175 = 50 / 7 ≈ 7.14. That's not an integer. That can't be right for a count of muffins. Did I set something up wrong?

Let me re-read the problem. Muffins $3 each, cookies $1.25 each, exactly $30, 14 items. That's what I used. Let me recompute: 1.25 * 14 = 17.5. 30 - 17.5 = 12.5. The difference per swap (muffin instead of cookie) is 3 - 1.25 = 1.75. 12.5 / 1.75 is not an integer.

Wait, maybe I should double-check by trying integer values directly. m = 7: 21 + 1.25 * 7 = 21 + 8.75 = 29.75. m = 8: 24 + 1.25 * 6 = 24 + 7.5 = 31.5. Neither is 30. So with these exact numbers there is no integer solution.

Hmm, so either the problem has a typo or I'm misreading. Let me consider that maybe cookies are $1.50? Then 3m + 1.5(14 - m) = 30 → 1.5m + 21 = 30 → m = 6. That works nicely: 6 muffins = $18, 8 cookies = $12, total $30, 14 items. That seems like the intended problem, but I shouldn't change the numbers silently.

Alternatively maybe 15 items? 3m + 1.25(15 - m) = 30 → 1.75m + 18.75 = 30 → 1.75m = 11.25 → m = 6.43. No. 12 items? 1.75m + 15 = 30 → m = 8.57. No. 10 items? 1.75m + 12.5 = 30 → m = 10, c = 0. Hmm, that's degenerate.

So with the numbers as stated there's no whole-number solution. The closest interpretation is that the cookie price is $1.50, giving 6 muffins. I'll answer that the stated numbers have no integer solution, and note 6 muffins if cookies cost $1.50. Actually, the expected single answer is probably 6... but I should be honest: as written, no solution. I'll state both clearly.""", "As stated there is no whole-number solution (it gives m = 50/7). If cookies cost $1.50, Maya bought \\boxed{6} muffins.")

TRACES["zh_seq"] = ("zh", "已知数列 {a_n} 满足 a_1 = 1，a_{n+1} = 2a_n + 1，求 a_10。", """好，先看递推式 a_{n+1} = 2a_n + 1，a_1 = 1。这是一个典型的一阶线性递推。

最直接的办法是构造等比数列：两边同时加 1，得到 a_{n+1} + 1 = 2a_n + 2 = 2(a_n + 1)。所以 {a_n + 1} 是首项 a_1 + 1 = 2、公比为 2 的等比数列。

于是 a_n + 1 = 2 · 2^{n-1} = 2^n，也就是 a_n = 2^n - 1。

验证一下前几项：
a_1 = 2^1 - 1 = 1 ✓
a_2 = 2·1 + 1 = 3，公式给 2^2 - 1 = 3 ✓
a_3 = 2·3 + 1 = 7，公式给 2^3 - 1 = 7 ✓
a_4 = 2·7 + 1 = 15，公式给 15 ✓

看起来没问题。那么 a_10 = 2^10 - 1 = 1024 - 1 = 1023。

等等，我再确认一下下标有没有错位。a_n = 2^n - 1，n = 1 时是 1，对上了题目给的 a_1 = 1，所以没有错位。

再换个角度，直接迭代算到第 10 项，防止公式推导出错：
a_1 = 1
a_2 = 3
a_3 = 7
a_4 = 15
a_5 = 31
a_6 = 63
a_7 = 127
a_8 = 255
a_9 = 511
a_10 = 1023
迭代结果也是 1023，和公式一致。

顺便想一下，这其实就是汉诺塔的移动次数：n 个盘子需要 2^n - 1 步，递推式正好是 T(n+1) = 2T(n) + 1。挺有意思的。

所以答案是 1023。""", "a_n = 2^n − 1，因此 a_10 = \\boxed{1023}。")

TRACES["es_prob"] = ("es", "Se lanzan dos dados de seis caras. ¿Cuál es la probabilidad de que la suma sea un número primo?", """Vale, dos dados, 36 resultados equiprobables. Las sumas posibles van de 2 a 12. ¿Cuáles de esas sumas son primas? 2, 3, 5, 7, 11. El 9 no (3·3), el 4, 6, 8, 10 y 12 son pares mayores que 2, así que no.

Ahora cuento de cuántas maneras sale cada suma:
- Suma 2: (1,1) → 1 manera.
- Suma 3: (1,2), (2,1) → 2 maneras.
- Suma 5: (1,4), (2,3), (3,2), (4,1) → 4 maneras.
- Suma 7: (1,6), (2,5), (3,4), (4,3), (5,2), (6,1) → 6 maneras.
- Suma 11: (5,6), (6,5) → 2 maneras.

Total: 1 + 2 + 4 + 6 + 2 = 15.

Entonces la probabilidad es 15/36 = 5/12.

Espera, déjame comprobar que no me he saltado ningún primo. Primos hasta 12: 2, 3, 5, 7, 11. Sí, son todos. ¿Y el 1? No es primo y además no puede salir. Bien.

Compruebo también el recuento con la fórmula general: el número de formas de obtener la suma s con dos dados es 6 - |s - 7|. Para s = 2: 6 - 5 = 1 ✓. s = 3: 6 - 4 = 2 ✓. s = 5: 6 - 2 = 4 ✓. s = 7: 6 - 0 = 6 ✓. s = 11: 6 - 4 = 2 ✓. Todo cuadra.

5/12 es aproximadamente 0,4167, o sea un 41,7 %. Parece razonable: la suma 7, la más frecuente, es prima, así que tiene sentido que la probabilidad sea alta.

Respuesta: 5/12.""", "La probabilidad es 15/36 = \\boxed{5/12} (≈ 41,7 %).")

TRACES["de_lgs"] = ("de", "Löse das Gleichungssystem: 3x + 2y = 16 und 5x − 4y = 1.", """Okay, zwei lineare Gleichungen mit zwei Unbekannten. Ich könnte einsetzen oder addieren. Das Additionsverfahren bietet sich an, weil 2y und −4y gut zusammenpassen.

Erste Gleichung mal 2: 6x + 4y = 32.
Zweite Gleichung: 5x − 4y = 1.
Addieren: 11x = 33, also x = 3.

Jetzt x = 3 in die erste Gleichung: 3·3 + 2y = 16 → 9 + 2y = 16 → 2y = 7 → y = 3,5.

Hm, y = 3,5, also kein ganzzahliges Ergebnis. Ist das plausibel? Prüfe in der zweiten Gleichung: 5·3 − 4·3,5 = 15 − 14 = 1 ✓. Passt.

Und in der ersten: 3·3 + 2·3,5 = 9 + 7 = 16 ✓.

Moment, ich will sichergehen, dass ich beim Multiplizieren nichts falsch gemacht habe. 3x·2 = 6x, 2y·2 = 4y, 16·2 = 32. Dann 6x + 5x = 11x, 4y − 4y = 0, 32 + 1 = 33. 33/11 = 3. Ja.

Zur Kontrolle noch mit der Cramerschen Regel: Determinante D = 3·(−4) − 2·5 = −12 − 10 = −22. D_x = 16·(−4) − 2·1 = −64 − 2 = −66, also x = −66/−22 = 3 ✓. D_y = 3·1 − 16·5 = 3 − 80 = −77, also y = −77/−22 = 3,5 ✓.

Beide Verfahren liefern x = 3 und y = 7/2. Fertig.""", "Die Lösung ist x = 3, y = 7/2, also \\boxed{(3;\\ 3{,}5)}.")

TRACES["ru_boat"] = ("ru", "Лодка проходит 24 км по течению реки за 2 часа, а против течения — за 3 часа. Найдите скорость течения.", """Так, пусть v — собственная скорость лодки, u — скорость течения.

По течению: скорость v + u, путь 24 км за 2 ч, значит v + u = 12.
Против течения: скорость v − u, 24 км за 3 ч, значит v − u = 8.

Складываю: 2v = 20, v = 10 км/ч. Вычитаю: 2u = 4, u = 2 км/ч.

Проверю: по течению 10 + 2 = 12 км/ч, 24/12 = 2 ч ✓. Против течения 10 − 2 = 8 км/ч, 24/8 = 3 ч ✓.

Хм, подожди, а не спрашивают ли собственную скорость лодки? Нет, в условии именно «скорость течения». Значит, 2 км/ч.

Можно было ещё короче: скорость течения — это полуразность скоростей по и против течения: (12 − 8)/2 = 2. Совпадает.

Для интереса: сколько заняла бы дорога туда и обратно в стоячей воде? 48/10 = 4,8 ч, а с течением 2 + 3 = 5 ч. Логично, что с течением туда-обратно выходит дольше — это известный эффект. Но это к задаче не относится.

Ответ: 2 км/ч.""", "Скорость течения \\boxed{2} км/ч.")

TRACES["ja_int"] = ("ja", "1から200までの整数のうち、3でも5でも割り切れない数はいくつありますか。", """まず全体は200個。3の倍数、5の倍数を数えて、包除原理で「3または5で割り切れる数」を求め、全体から引けばよさそう。

3の倍数：200 ÷ 3 = 66.66... なので66個。
5の倍数：200 ÷ 5 = 40個。
15の倍数（両方で割り切れる）：200 ÷ 15 = 13.33... なので13個。

3または5で割り切れる数 = 66 + 40 − 13 = 93個。

よって、どちらでも割り切れない数 = 200 − 93 = 107個。

ちょっと待って、15の倍数の個数を確認。15 × 13 = 195 ≤ 200、15 × 14 = 210 > 200。だから13個で合ってる。3の倍数も 3 × 66 = 198、3 × 67 = 201 なので66個。OK。

別の方法でも確認してみる。1〜15の中で3でも5でも割り切れない数は、1, 2, 4, 7, 8, 11, 13, 14 の8個。（オイラー関数的に 15 × (2/3) × (4/5) = 8、合ってる。）
200 = 15 × 13 + 5 なので、1〜195 には 8 × 13 = 104 個。
残りの196〜200：196, 197, 198, 199, 200。198は3の倍数、200は5の倍数。196, 197, 199 の3個が条件を満たす。
合計 104 + 3 = 107。

両方の方法で107になったので、答えは107個。""", "答えは \\boxed{107} 個です。")

TRACES["fr_deriv"] = ("fr", "Déterminer le minimum de la fonction f(x) = x² − 6x + 13 sur ℝ et la valeur de x où il est atteint.", """Bon, c'est un trinôme du second degré avec un coefficient dominant positif (1), donc la parabole est tournée vers le haut et il y a un minimum global.

Première méthode : la forme canonique. x² − 6x + 13 = (x − 3)² − 9 + 13 = (x − 3)² + 4. Comme (x − 3)² ≥ 0, on a f(x) ≥ 4, avec égalité pour x = 3.

Deuxième méthode, pour vérifier : la dérivée. f'(x) = 2x − 6, qui s'annule en x = 3. f'(x) < 0 pour x < 3 et f'(x) > 0 pour x > 3, donc f est décroissante puis croissante : minimum en x = 3. f(3) = 9 − 18 + 13 = 4.

Attends, je recalcule f(3) : 3² = 9, 6 × 3 = 18, 9 − 18 = −9, −9 + 13 = 4. Oui.

Troisième vérification avec la formule du sommet : x = −b/(2a) = 6/2 = 3. Et le minimum vaut −Δ/(4a) avec Δ = 36 − 52 = −16, donc −(−16)/4 = 4. Cohérent. Au passage Δ < 0 signifie que f ne s'annule jamais, ce qui est cohérent avec un minimum strictement positif.

Donc le minimum est 4, atteint en x = 3.""", "Le minimum de f vaut \\boxed{4}, atteint pour x = 3.")

TARGETS = [
    ("en", "How many positive integers less than 1000 are divisible by 7 but not by 11?"),
    ("en", "Find all real x such that |2x − 5| = x + 1."),
    ("en", "The sum of three consecutive odd integers is 147. What is the largest of them?"),
    ("en", "Let f(x) = x^3 − 3x + 1. How many real roots does f have?"),
    ("en", "A circle is inscribed in a square of side 10. What is the area of the region inside the square but outside the circle?"),
    ("en", "What is the remainder when 3^100 is divided by 13?"),
    ("zh", "一个等差数列的前 10 项和为 155，第 3 项为 9，求公差。"),
    ("zh", "从 1, 2, ..., 10 中任取两个不同的数，它们的和为偶数的概率是多少？"),
    ("es", "Calcula la suma de todos los divisores positivos de 360."),
    ("de", "Wie viele Diagonalen hat ein regelmäßiges Zwölfeck?"),
    ("ru", "Найдите наименьшее натуральное число, которое при делении на 2, 3, 4, 5 и 6 даёт остаток 1."),
    ("ja", "正の整数 n で、n² + 20 が n + 2 で割り切れるものをすべて求めよ。"),
    ("fr", "Combien y a-t-il d'anagrammes du mot « PARALLELE » ?"),
    ("pt", "Qual é o menor inteiro positivo n tal que 2^n > 10^6?"),
    ("ko", "1부터 100까지의 자연수 중 각 자리 숫자의 합이 10인 수는 몇 개인가?"),
    ("it", "Trova l'area di un triangolo con vertici (0,0), (4,0) e (1,5)."),
    ("en", "If log_2(x) + log_2(x − 2) = 3, find x."),
    ("en", "How many ways can 8 people be seated around a round table if two particular people must not sit next to each other?"),
    ("en", "Compute the sum of the infinite series 1/(1·2) + 1/(2·3) + 1/(3·4) + ..."),
    ("en", "Find the number of integer pairs (x, y) with x^2 + y^2 = 25."),
]
