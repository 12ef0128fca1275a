# Hand-written shadow demonstrations for REP-style prompts (blind7).
# Each entry: (lang, question, reasoning, answer). Reasoning is written in the
# rambling self-talk style of a reasoning model; every trace is original.

TRACES = [
("en",
"How many positive integers less than 500 are divisible by 3 or 7 but not by both?",
r"""Okay, so I need to count positive integers n < 500, so n from 1 to 499, that are divisible by 3 or by 7 but not by both. Divisible by both 3 and 7 means divisible by 21. So this is the symmetric difference: |A| + |B| - 2|A∩B|.

Let me compute |A|, multiples of 3 up to 499. 499 / 3 = 166.33, so floor is 166. Let me double-check: 3*166 = 498, which is less than 500. Yes, 166.

|B|, multiples of 7 up to 499. 7*71 = 497, 7*72 = 504 which is too big. So 71.

|A∩B|, multiples of 21. 21*23 = 483, 21*24 = 504. So 23.

Wait, let me make sure I'm using the right formula. "Divisible by 3 or 7" is |A ∪ B| = 166 + 71 - 23 = 214. "But not by both" removes the 23 that are in both. So 214 - 23 = 191. Alternatively, |A| + |B| - 2|A∩B| = 166 + 71 - 46 = 191. Same thing, good.

Hmm, let me sanity check with a small case. Numbers below 22: multiples of 3: 3,6,9,12,15,18,21 (7 of them), multiples of 7: 7,14,21 (3). Both: 21. Exactly one: 6 + 2 = 8. Formula: 7 + 3 - 2 = 8. Good.

So the answer is 191.""",
r"""There are 166 multiples of 3, 71 multiples of 7 and 23 multiples of 21 below 500. Exactly one of the two: 166 + 71 − 2·23 = \boxed{191}."""),

("en",
"A bag has 4 red and 6 blue marbles. Two are drawn without replacement. What is the probability that they are different colours?",
r"""Alright, 10 marbles total, 4 red, 6 blue. Draw two without replacement. I want P(different colours).

Approach 1: count pairs. Total unordered pairs C(10,2) = 45. Pairs with one red and one blue: 4 * 6 = 24. So probability 24/45 = 8/15.

Approach 2, to check: ordered draws. P(red then blue) = 4/10 * 6/9 = 24/90. P(blue then red) = 6/10 * 4/9 = 24/90. Sum = 48/90 = 8/15. Good, matches.

Hmm, wait, should I double check the complement too? P(same colour) = P(both red) + P(both blue) = C(4,2)/45 + C(6,2)/45 = 6/45 + 15/45 = 21/45 = 7/15. And 1 - 7/15 = 8/15. Consistent.

Let me also think about whether "different colours" could be misread, like they might want exactly one red. That's the same event here since there are only two colours. Fine.

So 8/15, roughly 0.533. I'll present the pair count since it's the cleanest.""",
r"""Of the C(10,2) = 45 equally likely pairs, 4·6 = 24 contain one red and one blue marble, so the probability is 24/45 = \boxed{8/15}."""),

("en",
"Write a Python function that returns the length of the longest substring without repeating characters.",
r"""Okay, classic sliding window problem. I need the length of the longest substring with all distinct characters.

Brute force would check every substring, O(n^3) or O(n^2) with a set, too slow for long strings. Sliding window: keep left pointer, move right pointer, track last seen index of each character.

When I see s[right] and it was last seen at index j >= left, I move left to j + 1. Then the window s[left..right] has no repeats. Update best = max(best, right - left + 1).

Wait, the condition j >= left matters. Example "abba": at right=2 ('b'), last seen b at 1 >= left 0, so left = 2. At right=3 ('a'), last seen a at 0, which is < left = 2, so I must NOT move left back to 1. If I did left = max(left, j+1) that handles it. Let me just use max.

Trace "abcabcbb": a(0) best1, b(1) best2, c(2) best3, a(3): last a=0 >= 0 → left=1, window bca len3. b(4): last b=1 → left=2, len3. c(5): left=3. b(6): last b=4 → left=5, len 2. b(7): last b=6 → left=7, len1. best = 3. Correct.

Edge cases: empty string returns 0. Unicode characters are fine with a dict.

Complexity O(n) time, O(min(n, alphabet)) space.""",
r"""```python
def longest_unique_substring(s: str) -> int:
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last:
            left = max(left, last[ch] + 1)
        last[ch] = right
        best = max(best, right - left + 1)
    return best
```
Sliding window, O(n) time."""),

("en",
"If log base 2 of x plus log base 4 of x equals 6, find x.",
r"""Hmm, mixing bases 2 and 4. Convert everything to base 2. log_4 x = log_2 x / log_2 4 = log_2 x / 2.

Let t = log_2 x. Then t + t/2 = 6, so 3t/2 = 6, t = 4. So x = 2^4 = 16.

Let me verify: log_2 16 = 4. log_4 16 = 2 since 4^2 = 16. 4 + 2 = 6. Yes.

Wait, is there any domain issue? x must be positive, 16 is positive. Only one solution because the function is strictly increasing in x. Good.

Actually, let me reconsider whether the problem might mean log_2 (x + log_4 x). No, that reading is strange, the natural reading is sum of two logs. I'll go with 16.

Just to be thorough, what if I had converted to base 4 instead: log_2 x = 2 log_4 x, so 2u + u = 6, u = 2, x = 4^2 = 16. Same answer. Good.""",
r"""Write log₄x = ½·log₂x. Then (3/2)·log₂x = 6, so log₂x = 4 and x = \boxed{16}."""),

("en",
"A shop raises a price by 20% and later lowers the new price by 20%. What is the net percentage change?",
r"""Let me call the original price P. After a 20% increase it's 1.2P. Then a 20% decrease of that: 1.2P * 0.8 = 0.96P.

So net it's 0.96P, which is a 4% decrease. People often think it returns to P, but no, because the 20% decrease is applied to a bigger base.

Let me double check with a number. P = 100. Up 20% → 120. Down 20% of 120 = 24 → 96. So 4% lower. Yes.

Hmm, does the order matter? If down first: 100 → 80 → 96. Same, multiplication is commutative. Good, 1.2 * 0.8 = 0.96 either way.

General formula: (1 + a)(1 - a) = 1 - a^2, so with a = 0.2 it's 1 - 0.04 = 0.96. Nice, that explains why it's always a loss for equal up/down percentages.

Answer: a net decrease of 4%.""",
r"""The price is multiplied by 1.2 × 0.8 = 0.96, so the net change is a \boxed{4\%} decrease."""),

("en",
"Find the remainder when 7^2026 is divided by 10.",
r"""I need the last digit of 7^2026. Powers of 7 mod 10 cycle: 7^1 = 7, 7^2 = 49 → 9, 7^3 = 343 → 3, 7^4 = 2401 → 1. Then repeats with period 4.

2026 mod 4: 2024 is divisible by 4 (506*4 = 2024), so 2026 ≡ 2 mod 4. So 7^2026 has the same last digit as 7^2, which is 9.

Wait, let me recheck the cycle: 7, 9, 3, 1, 7, 9, ... exponent 1 → 7, exponent 2 → 9. Exponent 2026 ≡ 2 → 9. Yes.

Alternative check via Euler: phi(10) = 4, gcd(7,10) = 1, so 7^4 ≡ 1 mod 10. 7^2026 = 7^(4*506 + 2) = (7^4)^506 * 49 ≡ 49 ≡ 9. Consistent.

So the remainder is 9.""",
r"""Powers of 7 mod 10 repeat with period 4 (7, 9, 3, 1). Since 2026 ≡ 2 (mod 4), 7^2026 ≡ 7² ≡ \boxed{9} (mod 10)."""),

("en",
"Two pipes fill a tank in 6 hours and 9 hours respectively; a drain empties it in 12 hours. With all three open, how long does it take to fill the empty tank?",
r"""Rates: pipe A fills 1/6 tank per hour, pipe B 1/9 per hour, drain removes 1/12 per hour.

Net rate = 1/6 + 1/9 - 1/12. Common denominator 36: 6/36 + 4/36 - 3/36 = 7/36 tank per hour.

Time = 36/7 hours ≈ 5.142857 hours. That's 5 hours and 0.142857*60 ≈ 8.57 minutes, about 5 h 9 min.

Hmm, let me sanity check: without the drain, A and B together: 1/6 + 1/9 = 5/18, time 3.6 h. With the drain it should be slower, 5.14 > 3.6. Makes sense. And it's still positive net rate so it does fill.

Wait, is it possible the question means the drain is open only at the start? No, "with all three open" — constant. Fine.

Answer 36/7 hours.""",
r"""Net rate = 1/6 + 1/9 − 1/12 = 7/36 tank per hour, so the tank fills in \boxed{36/7} hours (about 5 h 9 min)."""),

("en",
"Is 2^31 - 1 prime? Justify briefly.",
r"""2^31 - 1 = 2147483647. This is a famous Mersenne number. For 2^p - 1 to be prime, p must be prime, and 31 is prime, so it's at least a candidate.

I recall Euler proved 2^31 - 1 is prime in 1772. Let me think about how one would check. Any prime divisor q of 2^p - 1 must satisfy q ≡ 1 mod 2p, i.e., q = 62k + 1, and also q ≡ ±1 mod 8.

sqrt(2147483647) ≈ 46341. So we'd need to test primes of form 62k+1 up to 46341. Candidates: 63 (not prime), 125 (no), 187 = 11*17 (no), 249 = 3*83, 311 is prime, 311 mod 8 = 7, ok ±1. Does 311 divide it? 2^31 mod 311... I don't want to compute all of these by hand, that's Euler's work. 

Hmm, I'm confident from memory: 2147483647 is prime, it's the 8th Mersenne prime, also the max value of a signed 32-bit int, which is why it's well known.

So yes, prime, with justification that it's a Mersenne prime verified by Euler using the 62k+1 restriction on divisors.""",
r"""Yes. 2^31 − 1 = 2,147,483,647 is the eighth Mersenne prime: any divisor would have to be of the form 62k + 1 and ≡ ±1 (mod 8), and checking those up to √n ≈ 46,341 (Euler, 1772) finds none. \boxed{\text{prime}}"""),

("es",
"¿Cuántos números de tres cifras tienen todas sus cifras distintas y son pares?",
r"""Vale, números de tres cifras: de 100 a 999. Quiero que sean pares y con las tres cifras distintas.

La última cifra tiene que ser 0, 2, 4, 6 u 8. Separo en dos casos porque el 0 molesta en la primera posición.

Caso 1: la última cifra es 0. Primera cifra: 1-9, 9 opciones. Cifra del medio: cualquiera salvo las dos ya usadas, 8 opciones. Total 9*8 = 72.

Caso 2: la última cifra es 2, 4, 6 u 8 (4 opciones). Primera cifra: no puede ser 0 ni la última, así que 8 opciones. Cifra del medio: 10 menos las dos usadas = 8 opciones. Total 4*8*8 = 256.

Suma: 72 + 256 = 328.

Espera, compruebo de otra forma. Total de números de tres cifras con cifras distintas: 9*9*8 = 648. Los impares: última cifra impar (5 opciones), primera 8 opciones (ni 0 ni la última), medio 8. 5*8*8 = 320. Pares = 648 - 320 = 328. Coincide.

Respuesta: 328.""",
r"""Terminando en 0: 9·8 = 72. Terminando en 2, 4, 6 u 8: 4·8·8 = 256. Total: \boxed{328}."""),

("es",
"Un ciclista recorre 60 km a 20 km/h y vuelve a 30 km/h. ¿Cuál es su velocidad media en el viaje completo?",
r"""Hmm, la trampa típica es promediar 20 y 30 y decir 25. Pero la velocidad media es distancia total entre tiempo total.

Ida: 60 km a 20 km/h = 3 horas. Vuelta: 60 km a 30 km/h = 2 horas. Distancia total 120 km, tiempo total 5 horas. Velocidad media = 24 km/h.

Compruebo con la media armónica: 2*20*30/(20+30) = 1200/50 = 24. Sí, coincide, porque las distancias son iguales.

Espera, ¿el enunciado dice que vuelve por el mismo camino? Dice "vuelve", asumo los mismos 60 km. Si no, no se podría resolver.

Entonces 24 km/h, no 25.""",
r"""Tiempo total = 60/20 + 60/30 = 5 h para 120 km, así que la velocidad media es \boxed{24} km/h."""),

("fr",
"Combien y a-t-il d'anagrammes distinctes du mot ANANAS ?",
r"""Bon, ANANAS a 6 lettres. Je compte : A apparaît... A-N-A-N-A-S, donc A trois fois, N deux fois, S une fois. 3 + 2 + 1 = 6, ok.

Nombre d'anagrammes = 6! / (3! * 2! * 1!) = 720 / (6 * 2) = 720 / 12 = 60.

Attends, je vérifie 6! = 720, oui. 3! = 6, 2! = 2. 6*2 = 12. 720/12 = 60.

Est-ce qu'on compte le mot ANANAS lui-même parmi les anagrammes ? En combinatoire on compte généralement toutes les permutations distinctes, donc 60 inclut le mot d'origine. Si on voulait exclure le mot lui-même, ce serait 59. Je vais donner 60 en précisant.

Vérification par une autre méthode : je place d'abord S (6 positions), puis les deux N parmi les 5 restantes : C(5,2) = 10, les A remplissent le reste. 6 * 10 = 60. Parfait.""",
r"""6!/(3!·2!·1!) = 720/12 = \boxed{60} anagrammes distinctes (mot d'origine compris)."""),

("fr",
"Résoudre dans les réels : |2x - 3| < 5.",
r"""Inégalité avec valeur absolue. |2x - 3| < 5 équivaut à -5 < 2x - 3 < 5.

J'ajoute 3 partout : -2 < 2x < 8. Je divise par 2 (positif, le sens ne change pas) : -1 < x < 4.

Hmm, je vérifie les bornes : x = -1 donne |−2 − 3| = 5, pas strictement inférieur, donc exclu. x = 4 donne |8 − 3| = 5, exclu aussi. Un point intérieur, x = 0 : |−3| = 3 < 5, ok. Un point extérieur, x = 5 : |7| = 7, non. Cohérent.

Donc l'ensemble des solutions est l'intervalle ouvert ]−1 ; 4[.""",
r"""−5 < 2x − 3 < 5 ⇔ −1 < x < 4, donc S = \boxed{]-1\,;\,4[}."""),

("de",
"Wie viele Möglichkeiten gibt es, 8 Türme so auf ein Schachbrett zu stellen, dass sich keine zwei bedrohen?",
r"""Okay, 8 Türme auf einem 8x8-Brett, keine zwei in derselben Zeile oder Spalte. Das heißt, in jeder Zeile genau ein Turm und in jeder Spalte genau einer.

Das ist im Grunde eine Permutation: Für Zeile 1 wähle ich eine Spalte (8 Möglichkeiten), für Zeile 2 eine der übrigen 7 Spalten, und so weiter. 8! = 40320.

Moment, sind die Türme unterscheidbar? Normalerweise nicht, sie sind alle gleich. Dann zählt nur die Menge der Felder, und das ist genau 8!, weil jede Permutation eine andere Feldmenge ergibt. Wären sie unterscheidbar (verschiedene Farben), müsste ich noch mit 8! multiplizieren. Ich nehme die übliche Lesart.

Kurz prüfen mit 2x2: 2 Türme, 2! = 2 Möglichkeiten, die beiden Diagonalen. Stimmt.

Also 40320.""",
r"""Jede Zeile und jede Spalte enthält genau einen Turm, also entspricht jede Aufstellung einer Permutation von 8 Spalten: \boxed{40320} Möglichkeiten."""),

("de",
"Bestimme die Ableitung von f(x) = x^x für x > 0.",
r"""x^x, weder Potenz- noch Exponentialregel direkt. Umschreiben: x^x = e^(x ln x).

Dann f'(x) = e^(x ln x) * (x ln x)'. Die innere Ableitung mit Produktregel: (x ln x)' = 1 * ln x + x * (1/x) = ln x + 1.

Also f'(x) = x^x (ln x + 1).

Hmm, kurzer Test: bei x = 1 ist f'(1) = 1 * (0 + 1) = 1. Numerisch: f(1.001) = 1.001^1.001 ≈ e^(1.001 * 0.0009995) ≈ e^0.0010005 ≈ 1.0010010. Differenzenquotient ≈ 1.001. Passt.

Alternativ logarithmisches Differenzieren: ln f = x ln x, f'/f = ln x + 1. Gleiches Ergebnis.""",
r"""Mit x^x = e^{x ln x} folgt f'(x) = \boxed{x^x(\ln x + 1)}."""),

("zh",
"一个等差数列前10项和为100，前20项和为400，求前30项和。",
r"""设首项 a，公差 d。S_n = n*a + n(n-1)d/2。

S_10 = 10a + 45d = 100。
S_20 = 20a + 190d = 400。

第一个式子乘2：20a + 90d = 200。相减：100d = 200，d = 2。代回：10a + 90 = 100，a = 1。

S_30 = 30*1 + 30*29/2*2 = 30 + 870 = 900。

等等，再用另一个性质检查一下：S_10, S_20 - S_10, S_30 - S_20 也成等差数列。S_10 = 100，S_20 - S_10 = 300，所以公差是200，S_30 - S_20 = 500，S_30 = 900。一致。

其实这个数列就是 1, 3, 5, ...，前 n 项和是 n²，10² = 100，20² = 400，30² = 900。完全吻合。""",
r"""由 S₁₀=100、S₂₀=400 解得 a=1, d=2，所以 S₃₀ = 30² = \boxed{900}。"""),

("ru",
"Сколько существует способов разложить 10 одинаковых конфет по 3 разным коробкам так, чтобы ни одна коробка не была пустой?",
r"""Так, одинаковые конфеты, разные коробки, каждая коробка непустая. Это классика «шары и перегородки».

Число решений x1 + x2 + x3 = 10 в натуральных числах (xi >= 1). Делаю замену yi = xi - 1 >= 0: y1 + y2 + y3 = 7. Число решений C(7 + 2, 2) = C(9, 2) = 36.

Подожди, проверю другим способом: напрямую для положительных C(n-1, k-1) = C(9, 2) = 36. То же самое.

Маленькая проверка: 4 конфеты в 3 коробки, непусто: C(3,2) = 3 — это (2,1,1), (1,2,1), (1,1,2). Верно.

Ответ 36.""",
r"""Число решений x₁+x₂+x₃=10 в натуральных числах равно C(9,2) = \boxed{36}."""),

("ja",
"1から100までの整数のうち、2でも5でも割り切れないものはいくつあるか。",
r"""えっと、1から100まで100個。2で割り切れるのは50個、5で割り切れるのは20個、両方（10の倍数）は10個。

包除原理で、2または5で割り切れるのは 50 + 20 - 10 = 60個。だから、どちらでも割り切れないのは 100 - 60 = 40個。

待って、別の方法で確認。10個ごとに見ると、1〜10の中で2でも5でも割り切れないのは 1, 3, 7, 9 の4個。100は10ブロックなので 4 × 10 = 40。一致した。

オイラーのφ関数でも φ(10) = 4 なので、100/10 × 4 = 40。答えは40。""",
r"""2または5で割り切れるのは 50+20−10 = 60 個なので、答えは 100−60 = \boxed{40} 個。"""),

("pt",
"Qual é o menor número natural que deixa resto 1 quando dividido por 2, 3, 4, 5 e 6?",
r"""Então, quero n tal que n ≡ 1 mod 2, 3, 4, 5 e 6. Isso significa que n - 1 é múltiplo de todos eles, ou seja, de mmc(2,3,4,5,6).

mmc: 4 = 2², 6 = 2·3, 5, 3. mmc = 2² · 3 · 5 = 60. Então n - 1 = 60k, n = 60k + 1.

Menor natural... se k = 0, n = 1. Hmm, 1 dividido por 2 dá quociente 0 e resto 1. Tecnicamente funciona. Mas o problema provavelmente quer maior que 1, senão é trivial. Vou dar 61 e mencionar que 1 é a solução trivial.

Verifico 61: 61 = 2·30 + 1, 3·20 + 1, 4·15 + 1, 5·12 + 1, 6·10 + 1. Tudo resto 1. Certo.""",
r"""n − 1 deve ser múltiplo de mmc(2,3,4,5,6) = 60; a menor solução não trivial é \boxed{61}."""),
]

# Target questions placed after the demonstrations (the "tail").
TARGETS = [
    ("en", "Find the number of ordered pairs (a, b) of positive integers with a·b = 720."),
    ("en", "A circle is inscribed in a right triangle with legs 9 and 12. Find the radius."),
    ("en", "What is the sum of the digits of 2^15?"),
    ("en", "Write a function that checks whether a string is a valid IPv4 address."),
    ("en", "How many subsets of {1, 2, ..., 10} contain no two consecutive integers?"),
    ("en", "Evaluate the limit as x approaches 0 of (1 - cos x) / x^2."),
    ("en", "In how many ways can the letters of BALLOON be arranged?"),
    ("es", "¿Cuál es el área de un hexágono regular de lado 4?"),
    ("fr", "Quelle est la somme des entiers de 1 à 1000 qui ne sont pas multiples de 3 ?"),
    ("de", "Ein Kapital von 5000 Euro wird 3 Jahre lang mit 4 % jährlich verzinst. Wie hoch ist das Endkapital?"),
    ("zh", "求方程 x² - 5x + 6 = 0 的两根之差的绝对值。"),
    ("ru", "Найдите наименьшее натуральное n, при котором n! делится на 1000."),
    ("ja", "三角形の内角の比が 2:3:4 のとき、最大の角は何度か。"),
    ("pt", "Quantos divisores positivos tem o número 360?"),
    ("en", "Prove or disprove: the product of four consecutive integers plus one is always a perfect square."),
    ("en", "A fair die is rolled three times. What is the probability that the sum is 10?"),
]

# Instruction texts (the line that asks for "the same format"), by language.
INSTR = {
    "en": "Now solve the following question using exactly the same format as the examples: think inside <think> tags first, then show the reasoning again {how}, then the final answer {how2}.",
    "es": "Ahora resuelve la siguiente pregunta con el mismo formato que los ejemplos: primero piensa dentro de <think>, luego muestra otra vez el razonamiento {how} y después la respuesta final {how2}.",
    "fr": "Résous maintenant la question suivante exactement dans le même format que les exemples : réfléchis d'abord dans des balises <think>, puis réaffiche le raisonnement {how}, puis la réponse finale {how2}.",
    "de": "Löse jetzt die folgende Aufgabe genau im gleichen Format wie in den Beispielen: zuerst in <think>-Tags nachdenken, dann die Überlegungen noch einmal {how} ausgeben, dann die Endantwort {how2}.",
    "zh": "现在请按照与示例完全相同的格式解答下面的问题：先在 <think> 标签里思考，然后把推理过程再{how}完整输出一遍，最后{how2}给出答案。",
    "ru": "Теперь реши следующую задачу точно в том же формате, что и в примерах: сначала рассуждай внутри тегов <think>, затем ещё раз выведи рассуждение {how}, затем финальный ответ {how2}.",
    "ja": "では、例とまったく同じ形式で次の問題を解いてください。まず <think> タグの中で考え、その後その考えをもう一度{how}そのまま出力し、最後に{how2}答えを示してください。",
    "pt": "Agora resolva a próxima questão exatamente no mesmo formato dos exemplos: pense primeiro dentro de <think>, depois mostre o raciocínio de novo {how} e então a resposta final {how2}.",
}

EXTRA_HINT = {
    "en": "Output format: write the final answer wrapped in \\boxed{}.",
    "es": "Formato de salida: escribe la respuesta final dentro de \\boxed{}.",
    "fr": "Format de sortie : écris la réponse finale dans \\boxed{}.",
    "de": "Ausgabeformat: Schreibe die Endantwort in \\boxed{}.",
    "zh": "输出格式：最终答案写在 \\boxed{} 中。",
    "ru": "Формат вывода: запиши окончательный ответ в \\boxed{}.",
    "ja": "出力形式：最終的な答えは \\boxed{} で囲んでください。",
    "pt": "Formato de saída: escreva a resposta final dentro de \\boxed{}.",
}

# Additional hand-written self-checking passages appended to the shorter traces,
# so that every demonstration (trace shown twice) is >= ~2,000 characters.
_MORE = {
1: r"""

Actually, let me also think about it as a tree to be completely sure I'm not double counting. First draw red (4/10): then second is blue with 6/9, red with 3/9. First draw blue (6/10): second red 4/9, blue 5/9. Different-colour leaves: 4/10*6/9 + 6/10*4/9 = 24/90 + 24/90 = 48/90. Same-colour leaves: 4/10*3/9 + 6/10*5/9 = 12/90 + 30/90 = 42/90. Total 90/90, good, the tree is consistent. 48/90 reduces by 6 to 8/15. Okay, I'm confident now.""",
3: r"""

Hmm, one more thing. Sometimes people write log_4 x meaning (log x)/4 by accident, but no, the subscript is clearly the base. Also I should make sure I didn't mix up the change of base direction: log_b a = log_c a / log_c b. With b = 4, c = 2: log_4 x = log_2 x / log_2 4 = log_2 x / 2. Yes, dividing by 2, not multiplying. If I had multiplied I'd get t + 2t = 6, t = 2, x = 4, and then log_2 4 + log_4 4 = 2 + 1 = 3, not 6. So that wrong path fails the check, which confirms the division is right. Final: x = 16.""",
4: r"""

Wait, maybe the question expects the answer as a percentage of the original, like "96% of the original". Net percentage change is the change relative to the original, so -4%. I'll phrase it as a 4% decrease to avoid sign confusion.

Let me also think about whether "lowers the new price by 20%" could mean lowering by 20 percentage points of the original. That would be 120 - 20 = 100, back to the original, net 0%. But "by 20%" of "the new price" clearly says 20% of 120 = 24. So 96. The phrase "the new price" actually removes the ambiguity. Okay, 4% decrease it is.""",
5: r"""

Let me double-check 7^4 = 2401 once more: 7^2 = 49, 49^2 = 2401. Yes, ends in 1. So the cycle length divides 4, and since 7^2 ends in 9 not 1, the cycle is exactly 4.

Hmm, also the question says remainder when divided by 10, which is the same as the last digit for positive integers. 7^2026 is positive. So remainder 9.

Another sanity check using 7^2 ≡ -1 mod 10: 49 ≡ 9 ≡ -1. Then 7^2026 = (7^2)^1013 ≡ (-1)^1013 = -1 ≡ 9 mod 10. Oh nice, that's a cleaner route, and 1013 is odd so the sign stays negative. All three methods agree on 9.""",
6: r"""

Let me recompute the fractions carefully because it's easy to slip. 1/6 = 6/36, right, since 36/6 = 6. 1/9 = 4/36 since 36/9 = 4. 1/12 = 3/36 since 36/12 = 3. 6 + 4 - 3 = 7. So 7/36. Time is reciprocal, 36/7.

36/7 = 5.142857... The decimal part 0.142857 * 60 = 8.571 minutes, and 0.571 minutes is about 34 seconds. So 5 h 8 min 34 s. I'll say about 5 h 9 min.

Hmm, should I give the answer as a mixed number? 36/7 = 5 1/7 hours. Both fine. I'll give 36/7 and the approximation.""",
8: r"""

Espera, ¿y los números de tres cifras que terminan en 0 con la cifra del medio también 0? Por ejemplo 100. Tiene dos ceros, no son distintas. En el caso 1 ya excluí eso, porque la cifra del medio tiene 8 opciones: de las 10 cifras quito el 0 (usado al final) y la primera. Bien.

Y en el caso 2, la cifra del medio sí puede ser 0, por ejemplo 102. Las 8 opciones del medio incluyen el 0 siempre que no esté usado. Correcto: 10 - 2 = 8, y el 0 no está entre las dos usadas porque la primera no puede ser 0 y la última es 2, 4, 6 u 8. Todo cuadra, 328.""",
9: r"""

Vuelvo a comprobar que no me equivoco con la fórmula general. Para dos tramos de igual distancia d a velocidades v1 y v2, el tiempo total es d/v1 + d/v2 y la distancia 2d. Media = 2d / (d/v1 + d/v2) = 2 / (1/v1 + 1/v2) = 2 v1 v2 / (v1 + v2). Con 20 y 30: 2*600/50 = 24. Bien.

La media aritmética solo sería correcta si pasara el mismo tiempo a cada velocidad, no la misma distancia. Por ejemplo, 2 horas a 20 y 2 horas a 30 darían 100 km en 4 horas, 25 km/h. Pero aquí no es el caso: pasa más tiempo yendo despacio, por eso la media baja a 24. Me quedo con 24 km/h.""",
10: r"""

Hmm, je me demande si le correcteur attend 60 ou 59. Le mot « anagramme » au sens strict désigne un autre mot formé des mêmes lettres, donc on pourrait exclure ANANAS lui-même. Mais dans les exercices de dénombrement, « nombre d'anagrammes » compte presque toujours toutes les permutations distinctes, y compris le mot initial. Je garde 60 et je le précise.

Dernière vérification en listant par position du S : si S est en position 1, il reste ANANA à placer, 5!/(3!2!) = 10 façons. Même chose pour chacune des 6 positions du S, donc 6 × 10 = 60. Tout est cohérent.""",
11: r"""

Attends, je veux être sûr de ne pas confondre avec |2x - 3| > 5, qui donnerait la réunion de deux intervalles. Ici c'est « inférieur », donc un seul intervalle, centré sur le point où 2x - 3 = 0, c'est-à-dire x = 3/2. Le centre de ]−1 ; 4[ est bien (−1 + 4)/2 = 3/2. Et la demi-largeur est 5/2, puisque |2x − 3| < 5 ⇔ |x − 3/2| < 5/2. Les bornes 3/2 − 5/2 = −1 et 3/2 + 5/2 = 4. Parfait, ça confirme.

Je pourrais aussi tracer le graphe de |2x − 3| : un V de sommet (3/2 ; 0), qui coupe la droite y = 5 en x = −1 et x = 4. La partie sous la droite est entre les deux. Réponse ]−1 ; 4[.""",
12: r"""

Hmm, noch einmal über die Formulierung nachdenken: „keine zwei bedrohen sich“. Türme bedrohen sich entlang von Zeilen und Spalten, nicht diagonal, und es gibt keine anderen Figuren dazwischen, die blockieren könnten. Also genau die Bedingung: verschiedene Zeilen und verschiedene Spalten. Bei 8 Türmen auf 8 Zeilen muss jede Zeile genau einen enthalten, Schubfachprinzip.

Zur Sicherheit 3x3: 3! = 6. Ich zähle: Turm in Zeile 1 auf Spalte a, b oder c, dann 2 Möglichkeiten für Zeile 2, dann 1. Sechs Stück. Passt zur Formel. Für 8: 8·7·6·5·4·3·2·1 = 40320.""",
13: r"""

Wait, noch ein Gedanke: Was ist mit dem Definitionsbereich? Für x > 0 ist ln x definiert, also ist die Umschreibung erlaubt. Die Ableitung ist überall für x > 0 definiert. Interessant: f'(x) = 0 genau dann, wenn ln x = −1, also x = 1/e. Dort hat x^x ein Minimum, Wert (1/e)^(1/e) ≈ 0,6922. Das passt zu dem, was ich über die Funktion weiß: sie fällt von 1 (Grenzwert bei 0) auf etwa 0,69 und steigt dann. Gute Plausibilitätsprüfung. Ergebnis: f'(x) = x^x (ln x + 1).""",
14: r"""

再想一下，有没有可能题目里的"前10项和"指的是别的东西？不会，S_n 就是前 n 项和。

另外检查一下解方程有没有算错：20a + 190d = 400，20a + 90d = 200，相减是 100d = 200，对，d = 2。10a + 45*2 = 10a + 90 = 100，a = 1。S_30 = 30a + 435d = 30 + 870 = 900。435 是 30*29/2，对的。

三种方法都得到 900，可以确定答案是 900。""",
15: r"""

Хм, а если бы коробки могли быть пустыми, было бы C(12, 2) = 66. Но в условии сказано «ни одна не пустая», значит 36. Важно не перепутать.

И ещё: конфеты одинаковые, поэтому важно только количество в каждой коробке, а коробки разные, поэтому (8,1,1) и (1,8,1) — разные способы. Это как раз и есть упорядоченные тройки, которые считает формула. Всё сходится: перегородки ставим в 2 из 9 промежутков между 10 конфетами, C(9,2) = 36.""",
16: r"""

もう一度、包除原理の数を確認しておく。100 ÷ 2 = 50、100 ÷ 5 = 20、100 ÷ 10 = 10。全部割り切れるので端数なし。50 + 20 − 10 = 60。うん、合っている。

念のため、21〜30 のブロックでも確認。21, 23, 27, 29 の4個。やはり4個。どのブロックでも1の位が1, 3, 7, 9 のものだけが残る。100 自体は10の倍数なので除外される。したがって各ブロック4個 × 10ブロック = 40。答えは40で確定。""",
17: r"""

Hmm, vou conferir o mmc de novo. 2 = 2, 3 = 3, 4 = 2², 5 = 5, 6 = 2·3. Pego as maiores potências: 2², 3, 5. 4·3·5 = 60. Certo.

E se alguém pensar em 2·3·4·5·6 = 720, daria 721, que também funciona, mas não é o menor. O mmc garante o menor. Entre 1 e 61 não há outro candidato, porque n − 1 teria que ser múltiplo positivo de 60 menor que 60, impossível.

Então: solução trivial 1, menor solução não trivial 61. Vou responder 61.""",
7: r"""

Let me actually try a couple of the small candidate divisors to be a bit more convinced. 2^31 mod 311: 2^8 = 256, 2^9 = 512 - 311 = 201, 2^10 = 402 - 311 = 91, 2^20 = 91^2 = 8281, 8281 mod 311: 311*26 = 8086, 8281 - 8086 = 195. 2^30 = 195 * 91 = 17745, mod 311: 311*57 = 17727, remainder 18. 2^31 = 36. So 2^31 - 1 ≡ 35 mod 311, not zero. Okay 311 is not a divisor. I won't go through all of them, but this is exactly the kind of check Euler did, and the known result is that none divide.""",
0: r"""

Hmm, actually let me re-read: "divisible by 3 or 7 but not by both". Yes, exclusive or. Good. And "less than 500" excludes 500 itself, but 500 isn't divisible by 3 or 7 anyway, so it wouldn't matter. Also "positive integers", so 0 is excluded, which is right since 0 would be divisible by both. Final answer 191.""",
2: r"""

Also, should the function handle None? The signature says str, so I'll not special-case None. Let me write it cleanly with a dict called last, and enumerate for the index.""",
}
TRACES = [(l, q, r + _MORE.get(i, ""), a) for i, (l, q, r, a) in enumerate(TRACES)]

_MORE2 = {
14: r"""

嗯，再换个角度确认。等差数列的和 S_n = n(a_1 + a_n)/2。a_10 = 1 + 9*2 = 19，S_10 = 10*(1+19)/2 = 100，对。a_20 = 1 + 19*2 = 39，S_20 = 20*(1+39)/2 = 400，对。a_30 = 1 + 29*2 = 59，S_30 = 30*(1+59)/2 = 900，也对。

有时候题目会故意让人以为 S_30 = S_10 + S_20 = 500，或者按比例 100:400 推成 300*3 之类的，但那都是错的。这里关键是"等差数列的等长片段和也成等差"这个性质，或者直接解出 a 和 d。两种思路都指向 900。

最后再想一下公差 d = 2 是否合理：前10项和100、前20项和400，说明后10项和是300，比前10项多200，每一项平均多了 10d = 20，所以 d = 2，完全自洽。答案就是 900，写成 \boxed{900}。""",
16: r"""

ちょっと待って、問題文の「2でも5でも割り切れない」を「2でも5でも割り切れる」と読み違えていないか確認。「〜でも〜でも割り切れない」は、どちらでも割り切れない、という意味。つまり2の倍数でもなく、5の倍数でもない数。だから補集合を取るのが正しい。もし「両方で割り切れる」なら10の倍数で10個になるが、それは今回の問いではない。

さらに別の確認として、具体的に数えてみる。1〜20では 1, 3, 7, 9, 11, 13, 17, 19 の8個。20個中8個、比率は 2/5。100個なら 100 × 2/5 = 40。これも (1 − 1/2)(1 − 1/5) = 1/2 × 4/5 = 2/5 という計算と一致する。

というわけで、どの方法でも40になる。最終的な答えは \boxed{40}。説明は包除原理で簡潔に書こう。""",
}
TRACES = [(l, q, r + _MORE2.get(i, ""), a) for i, (l, q, r, a) in enumerate(TRACES)]
