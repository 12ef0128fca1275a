# -*- coding: utf-8 -*-
"""Hand-written shadow reasoning traces for the REP demonstrations (blind11).

Each trace: (lang, question, reasoning, answer). Written by hand for this set.
"""

TRACES = {}

TRACES["en_mod7"] = ("en",
"How many positive integers n with n <= 100 make n^2 + n + 1 divisible by 7?",
"""Okay, so I need to count n from 1 to 100 such that 7 divides n^2 + n + 1. Since divisibility by 7 only depends on n mod 7, the natural thing is to check the seven residues and then count how many n in the range fall into the good residue classes.

Let me just tabulate f(r) = r^2 + r + 1 for r = 0, 1, ..., 6.

r = 0: 0 + 0 + 1 = 1. 1 mod 7 = 1. Not zero.
r = 1: 1 + 1 + 1 = 3. Not zero.
r = 2: 4 + 2 + 1 = 7. 7 mod 7 = 0. Yes!
r = 3: 9 + 3 + 1 = 13. 13 - 7 = 6. Not zero.
r = 4: 16 + 4 + 1 = 21. 21 = 3 * 7, so 0. Yes.
r = 5: 25 + 5 + 1 = 31. 31 - 28 = 3. Not zero.
r = 6: 36 + 6 + 1 = 43. 43 - 42 = 1. Not zero.

So the good residues are 2 and 4. Hmm, that makes sense actually: n^2 + n + 1 = 0 mod p has roots exactly when p = 1 mod 3 (cube roots of unity other than 1), and 7 = 1 mod 3, so there should be two roots. And the two roots should multiply to 1 (constant term) and add to -1. Check: 2 * 4 = 8 = 1 mod 7. Good. 2 + 4 = 6 = -1 mod 7. Good. So residues {2, 4} are right, that is a nice sanity check.

Now count n in [1, 100] with n = 2 mod 7. These are 2, 9, 16, ..., up to the largest <= 100. Write n = 2 + 7k, need 2 + 7k <= 100, so 7k <= 98, k <= 14. k goes from 0 to 14, that is 15 values. Let me double check the top one: 2 + 98 = 100. Yes, 100 = 14*7 + 2 = 98 + 2. Good, so 100 is included and it is within range.

Next n = 4 mod 7: n = 4 + 7k <= 100, 7k <= 96, k <= 13.71..., so k from 0 to 13, which is 14 values. Top one: 4 + 91 = 95. Next would be 102, too big. So 14.

Total: 15 + 14 = 29.

Wait, let me make sure I am not off by one somewhere. Another way: 100 = 14 * 7 + 2. So the numbers 1..98 contain exactly 14 full cycles of residues 1..0 (mod 7), each cycle containing one n = 2 and one n = 4, that gives 28. Then the leftover numbers are 99 and 100, with residues 99 mod 7 = 1 (since 98 is divisible) and 100 mod 7 = 2. So 100 adds one more with residue 2. Total 28 + 1 = 29. Matches.

Let me spot check a couple of actual values so I am confident. n = 9: 81 + 9 + 1 = 91 = 7 * 13. Yes. n = 11: 121 + 11 + 1 = 133 = 7 * 19. Yes, 11 = 4 mod 7. n = 100: 10000 + 100 + 1 = 10101. 10101 / 7 = 1443, since 7 * 1443 = 10101. Yes. n = 10 (residue 3): 100 + 10 + 1 = 111, 111 / 7 = 15.86, not integer. Good.

So the answer is 29.""",
"There are 29 such integers: n must be congruent to 2 or 4 mod 7, giving 15 + 14 = 29 values in 1..100.")

TRACES["en_marbles"] = ("en",
"A bag holds 4 red and 6 blue marbles. Three marbles are drawn at random without replacement. What is the probability that exactly two of them are red?",
"""Let me think about this. Total marbles = 4 + 6 = 10. We draw 3 without replacement, and we want exactly 2 red and therefore exactly 1 blue.

Counting approach first. Number of ways to pick any 3 from 10 is C(10, 3). C(10,3) = 10*9*8 / 6 = 720 / 6 = 120. Okay.

Favourable: choose 2 red out of 4, that is C(4,2) = 6. Choose 1 blue out of 6, that is C(6,1) = 6. Multiply: 6 * 6 = 36.

So probability = 36 / 120. Simplify: divide by 12, 3 / 10. So 0.3.

Hmm, let me verify with the sequential method, because it is easy to mess up the combination counts. Consider the specific order R, R, B. P = (4/10) * (3/9) * (6/8). Compute: 4/10 = 0.4. 3/9 = 1/3. 6/8 = 0.75. 0.4 * (1/3) = 0.1333..., times 0.75 = 0.1. So 0.1 for this specific order.

Now the other orders: R, B, R: (4/10)(6/9)(3/8) = 72/720 = 0.1. B, R, R: (6/10)(4/9)(3/8) = 72/720 = 0.1. Every order has the same numerator 4*3*6 = 72 and the same denominator 10*9*8 = 720, which makes sense.

There are 3 orders (position of the single blue), so 3 * 0.1 = 0.3. Matches 3/10. 

Wait, should I double-check that I am not supposed to consider "at least two"? The question says exactly two. If it were at least two we would add the all-red case: C(4,3) = 4, giving 40/120 = 1/3. But no, it is exactly two, so 36/120.

Let me also sanity check that all the cases sum to 1, as an extra check on C(10,3).
- 0 red: C(6,3) = 20.
- 1 red: C(4,1) * C(6,2) = 4 * 15 = 60.
- 2 red: 36.
- 3 red: 4.
Sum: 20 + 60 + 36 + 4 = 120. Yes, equals C(10,3). 

So the distribution is 20/120, 60/120, 36/120, 4/120. Expected number of red would be (0*20 + 1*60 + 2*36 + 3*4)/120 = (60 + 72 + 12)/120 = 144/120 = 1.2, and the hypergeometric mean is n*K/N = 3 * 4/10 = 1.2. Great, consistent.

Alternatively, maybe express as a percent: 30%.

Hmm, one more thing to consider: could "drawn at random" mean with replacement? It explicitly says without replacement, so the hypergeometric model is right. Just for comparison, with replacement it would be binomial: C(3,2) * (0.4)^2 * (0.6) = 3 * 0.16 * 0.6 = 0.288. Close to 0.3 but not equal, which is expected since without replacement the second red is slightly less likely (3/9 instead of 4/10) but the blue becomes slightly more likely (6/8 instead of 6/10). Those effects nearly cancel. Okay, not needed in the answer, but it confirms I have the right magnitude.

I'll present the combinatorial formula and the simplified fraction. The answer is 3/10.""",
"P(exactly two red) = C(4,2)*C(6,1)/C(10,3) = 36/120 = 3/10.")

TRACES["en_substring"] = ("en",
"What does the longest-substring-without-repeating-characters algorithm return for the inputs \"abcabcbb\", \"bbbbb\" and \"pwwkew\"? Explain the sliding-window idea.",
"""The user wants the outputs for three strings and an explanation of the sliding window. Let me first recall the algorithm.

We keep a window [left, right] that contains no repeated characters. We move right one step at a time. We keep a dict last_seen mapping char -> most recent index. When s[right] was seen before at an index >= left, that means it is inside the current window, so we must move left to last_seen[s[right]] + 1. Then update last_seen[s[right]] = right and best = max(best, right - left + 1).

Important subtlety: the condition is last_seen[c] >= left, not just "c in last_seen". Otherwise left could jump backwards. Actually some implementations write left = max(left, last_seen[c] + 1), which is equivalent. Okay.

Let me trace "abcabcbb".
index: 0 a, 1 b, 2 c, 3 a, 4 b, 5 c, 6 b, 7 b.
right=0, 'a': not seen. window [0,0], len 1. best 1.
right=1, 'b': window [0,1], len 2, best 2.
right=2, 'c': window [0,2], len 3, best 3.
right=3, 'a': last seen at 0 >= left 0, so left = 1. window [1,3] = "bca", len 3. best stays 3.
right=4, 'b': last seen 1 >= left 1, left = 2. window [2,4] "cab", len 3.
right=5, 'c': last seen 2 >= 2, left = 3. window "abc", len 3.
right=6, 'b': last seen 4 >= 3, left = 5. window [5,6] "cb", len 2.
right=7, 'b': last seen 6 >= 5, left = 7. window "b", len 1.
best = 3. Good, the answer for "abcabcbb" is 3 ("abc").

"bbbbb": every step left jumps to right, window length is always 1. best = 1.

"pwwkew": 0 p, 1 w, 2 w, 3 k, 4 e, 5 w.
right=0 'p': len 1.
right=1 'w': len 2 ("pw"). best 2.
right=2 'w': last seen 1 >= 0, left = 2. len 1.
right=3 'k': window [2,3] "wk", len 2.
right=4 'e': window [2,4] "wke", len 3, best 3.
right=5 'w': last seen 2 >= left 2, so left = 3. window [3,5] "kew", len 3. best 3.
So 3. Note that "pwke" is a subsequence, not a substring, so it does not count. That is the classic trap in this problem.

Hmm, what about the empty string? Not asked, but the algorithm returns 0 there, which is fine.

Complexity: each index enters the window once and left only moves forward, so O(n) time, and O(min(n, alphabet)) memory for the dict.

Let me also think whether I should present code. The question asks to explain the idea, so a short snippet would help:

def longest(s):
    last = {}
    left = best = 0
    for right, c in enumerate(s):
        if c in last and last[c] >= left:
            left = last[c] + 1
        last[c] = right
        best = max(best, right - left + 1)
    return best

Check it quickly on "abba", which is the case where the >= left check matters: a(0) b(1) b(2) -> left=2, then a(3): last[a]=0 < left 2, so do not move left back. window [2,3] "ba" len 2. best 2. Correct. Without the check, left would become 1 and we'd get "bba" length 3, wrong. Good that I included the check.

So the outputs: 3, 1, 3.""",
"The function returns 3 for \"abcabcbb\" (\"abc\"), 1 for \"bbbbb\" (\"b\") and 3 for \"pwwkew\" (\"wke\"). A window [left, right] grows to the right; when a character repeats inside the window, left jumps past its previous position, giving O(n) time.")

TRACES["en_incircle"] = ("en",
"A right triangle has legs of length 20 and 21. What is the radius of its inscribed circle?",
"""Alright, right triangle, legs a = 20 and b = 21. First I need the hypotenuse. c^2 = 20^2 + 21^2 = 400 + 441 = 841. Is 841 a perfect square? 29^2 = 841, because 30^2 = 900 and 900 - 59 = 841, and (30-1)^2 = 900 - 60 + 1 = 841. Yes. So c = 29. That is the 20-21-29 Pythagorean triple, nice.

For the inradius there are two formulas I remember.

Formula 1, general triangle: r = Area / s, where s is the semiperimeter.
Area of the right triangle = (1/2) * 20 * 21 = 210.
Perimeter = 20 + 21 + 29 = 70. So s = 35.
r = 210 / 35 = 6.

Formula 2, specific to right triangles: r = (a + b - c) / 2. That comes from the tangent lengths: from the right-angle vertex, the two tangent segments are both equal to r (because the incircle center together with the two tangent points and that vertex forms a square of side r). Then the tangent lengths from the other vertices are a - r and b - r, and they add up to the hypotenuse: (a - r) + (b - r) = c, so r = (a + b - c)/2.
Plug in: (20 + 21 - 29)/2 = 12/2 = 6. 

Both give 6. Good.

Hmm, let me be a bit careful that I didn't swap anything. Legs are 20 and 21, and they are the two sides adjacent to the right angle, so area = half the product, correct. If instead 21 were the hypotenuse, then the other leg would be sqrt(441 - 400) = sqrt(41), which is not an integer and the problem says legs, so no.

Another check with coordinates: put the right angle at the origin, legs along axes: vertices (0,0), (20,0), (0,21). The incenter of a right triangle at the origin is at (r, r). The hypotenuse line: x/20 + y/21 = 1, i.e., 21x + 20y - 420 = 0. Distance from (6,6) to that line: |21*6 + 20*6 - 420| / sqrt(21^2 + 20^2) = |126 + 120 - 420| / 29 = |-174| / 29 = 6. Yes! The distance equals 6, which is the radius, so (6,6) is tangent to the hypotenuse too. Everything is consistent.

Maybe also mention the circumradius for completeness? No, the question only asks for the inradius. The circumradius would be c/2 = 14.5, but I won't include that unless useful.

Final answer: r = 6.""",
"The hypotenuse is 29, so r = (20 + 21 - 29)/2 = 6 (equivalently Area/s = 210/35 = 6).")

TRACES["es_crt"] = ("es",
"Encuentra el menor entero positivo que deja resto 2 al dividirlo entre 3, resto 3 al dividirlo entre 5 y resto 2 al dividirlo entre 7.",
"""Vale, tengo un sistema de congruencias:
x ≡ 2 (mod 3)
x ≡ 3 (mod 5)
x ≡ 2 (mod 7)

Los módulos 3, 5 y 7 son coprimos dos a dos, así que por el teorema chino del resto hay una única solución módulo 105. Busco la menor positiva.

Primero observo algo: la primera y la tercera congruencia tienen el mismo resto, 2. Entonces x - 2 es divisible por 3 y por 7, o sea por 21. Eso significa x ≡ 2 (mod 21). Así que los candidatos son 2, 23, 44, 65, 86, y luego 107 que ya se pasa de 105.

Ahora miro cuál cumple x ≡ 3 (mod 5):
2 mod 5 = 2. No.
23 mod 5 = 3. ¡Sí!
Vale, entonces x = 23.

Espera, déjame comprobarlo directamente para no equivocarme:
23 / 3 = 7 con resto 2, porque 3·7 = 21 y 23 - 21 = 2. Bien.
23 / 5 = 4 con resto 3, porque 5·4 = 20. Bien.
23 / 7 = 3 con resto 2, porque 7·3 = 21. Bien.

Las tres se cumplen. ¿Hay alguno menor? Los candidatos menores que 23 que cumplen x ≡ 2 (mod 21) son solo el 2, y 2 mod 5 = 2, no 3. Así que 23 es el menor.

Por si acaso, hago también el método constructivo clásico, para estar seguro de que entiendo el procedimiento y no fue suerte:
M = 3·5·7 = 105.
M1 = 105/3 = 35. Necesito el inverso de 35 mod 3: 35 ≡ 2 (mod 3), y 2·2 = 4 ≡ 1, así que el inverso es 2.
M2 = 105/5 = 21. 21 ≡ 1 (mod 5), inverso 1.
M3 = 105/7 = 15. 15 ≡ 1 (mod 7), inverso 1.
x = 2·35·2 + 3·21·1 + 2·15·1 = 140 + 63 + 30 = 233.
233 mod 105: 105·2 = 210, 233 - 210 = 23. 

Perfecto, también sale 23. Las soluciones generales son x = 23 + 105k con k entero, y la menor positiva es 23.

Hmm, ¿podría el enunciado querer "resto 2 entre 3" en otro sentido? No, dividir entre 3 y que sobre 2 es lo normal.

Una comprobación más, por si me equivoqué con el inverso de 35 módulo 3: 35 · 2 = 70, y 70 = 3 · 23 + 1, así que sí, 70 ≡ 1 (mod 3). Bien. Y el término 2·35·2 = 140 cumple 140 ≡ 2 (mod 3) (140 = 138 + 2), 140 ≡ 0 (mod 5) y 140 ≡ 0 (mod 7). Perfecto, así es como debe funcionar cada sumando: vale el resto correcto en su módulo y cero en los demás.

También podría haberlo hecho por búsqueda directa: números que dejan resto 3 entre 5 son 3, 8, 13, 18, 23... El 3 da resto 0 entre 3; el 8 da resto 2 entre 3 pero 8 entre 7 da resto 1; el 13 da resto 1 entre 3; el 18 da resto 0; el 23 da resto 2 entre 3 y resto 2 entre 7. Otra vez 23. Tres métodos, el mismo resultado. Listo.""",
"El menor entero positivo es 23 (todas las soluciones son 23 + 105k).")

TRACES["es_divisores"] = ("es",
"¿Cuántos divisores positivos tiene 360, y cuál es la suma de todos ellos?",
"""A ver, me piden dos cosas: el número de divisores de 360 y la suma de los divisores. Lo más cómodo es factorizar.

360 = 36 · 10 = (2^2 · 3^2) · (2 · 5) = 2^3 · 3^2 · 5^1.
Compruebo: 2^3 = 8, 3^2 = 9, 8 · 9 = 72, 72 · 5 = 360. Correcto.

Número de divisores: multiplico (exponente + 1) de cada primo:
(3 + 1)(2 + 1)(1 + 1) = 4 · 3 · 2 = 24.
Así que 360 tiene 24 divisores.

Mmm, déjame verificar listando, que con 24 todavía se puede hacer a mano. Los emparejo:
1 · 360
2 · 180
3 · 120
4 · 90
5 · 72
6 · 60
8 · 45
9 · 40
10 · 36
12 · 30
15 · 24
18 · 20
Son 12 parejas, 24 divisores. ¿Me falta alguno entre 1 y 18? 7 no divide (360/7 no es entero), 11, 13, 14, 16, 17 tampoco. 16 no porque 2^4 no divide a 360. Bien, 24.

Ahora la suma. La función sigma es multiplicativa:
σ(2^3) = 1 + 2 + 4 + 8 = 15
σ(3^2) = 1 + 3 + 9 = 13
σ(5) = 1 + 5 = 6
σ(360) = 15 · 13 · 6 = 195 · 6 = 1170.

Compruebo sumando las parejas de la lista:
1 + 360 = 361
2 + 180 = 182
3 + 120 = 123
4 + 90 = 94
5 + 72 = 77
6 + 60 = 66
8 + 45 = 53
9 + 40 = 49
10 + 36 = 46
12 + 30 = 42
15 + 24 = 39
18 + 20 = 38
Sumo: 361 + 182 = 543. 543 + 123 = 666. 666 + 94 = 760. 760 + 77 = 837. 837 + 66 = 903. 903 + 53 = 956. 956 + 49 = 1005. 1005 + 46 = 1051. 1051 + 42 = 1093. 1093 + 39 = 1132. 1132 + 38 = 1170.

¡Coincide! 1170.

Por curiosidad, 1170 > 2 · 360 = 720, así que 360 es un número abundante, aunque eso no lo preguntan.

Espera, ¿la pregunta incluye el propio 360 y el 1 en la suma? "La suma de todos ellos" se refiere a todos los divisores positivos, así que sí, incluye 1 y 360. Si quisieran solo los divisores propios serían 1170 - 360 = 810. Lo menciono de pasada por si acaso, pero la respuesta principal es 1170.

Otra forma de ver el número de divisores, para no depender solo de la fórmula: cada divisor es 2^a · 3^b · 5^c con a en {0,1,2,3}, b en {0,1,2} y c en {0,1}. Son 4 · 3 · 2 = 24 elecciones distintas, y cada una da un divisor distinto por la unicidad de la factorización. Eso es justamente la fórmula. Bien.

Respuesta: 24 divisores, suma 1170.""",
"360 = 2^3·3^2·5 tiene (3+1)(2+1)(1+1) = 24 divisores, y su suma es 15·13·6 = 1170.")

TRACES["de_ananas"] = ("de",
"Wie viele verschiedene Anordnungen der Buchstaben des Wortes ANANAS gibt es? Wie viele davon beginnen und enden mit A?",
"""Okay, das Wort ANANAS hat 6 Buchstaben. Ich zähle die Häufigkeiten: A kommt an Position 1, 3 und 5 vor, also dreimal. N kommt an Position 2 und 4 vor, also zweimal. S einmal. 3 + 2 + 1 = 6, passt.

Anzahl der verschiedenen Anordnungen = 6! / (3! · 2! · 1!).
6! = 720. 3! = 6, 2! = 2. 6 · 2 = 12. 720 / 12 = 60.

Also 60 Anordnungen insgesamt. Moment, lass mich das anders prüfen, damit ich keinen Denkfehler mache. Ich wähle zuerst die Positionen für die drei A aus 6 Plätzen: C(6,3) = 20. Dann für die zwei N aus den verbleibenden 3 Plätzen: C(3,2) = 3. Das S kommt auf den letzten Platz: 1. 20 · 3 · 1 = 60. Gleiches Ergebnis, gut.

Jetzt der zweite Teil: Wie viele beginnen UND enden mit A? Dann sind Position 1 und Position 6 fest mit A belegt. Es bleiben die Positionen 2 bis 5, also 4 Plätze, und die Buchstaben, die übrig sind: ein A, zwei N, ein S. Anzahl = 4! / (1! · 2! · 1!) = 24 / 2 = 12.

Hmm, prüfe ich das auch noch mal per Auflisten? 12 ist überschaubar. Mittlere vier Zeichen aus {A, N, N, S}:
ANNS, ANSN, ASNN, NANS, NASN, NNAS, NNSA, NSAN, NSNA, SANN, SNAN, SNNA.
Das sind 12. Also zum Beispiel A-ANNS-A = AANNSA. Passt.

Noch eine Plausibilitätsprüfung über Wahrscheinlichkeiten: Wenn ich zufällig eine der 60 Anordnungen nehme, ist die Wahrscheinlichkeit, dass der erste Buchstabe A ist, 3/6 = 1/2. Gegeben das, ist die Wahrscheinlichkeit, dass der letzte auch A ist, 2/5. Zusammen 1/2 · 2/5 = 1/5. Und 60 · 1/5 = 12. Stimmt überein!

Also: insgesamt 60 verschiedene Anordnungen, davon 12 mit A am Anfang und am Ende.

Hmm, kurz noch überlegen, ob "verschieden" vielleicht so gemeint ist, dass man die drei A unterscheiden soll. Nein, bei Buchstaben eines Wortes zählt man normalerweise nur die unterscheidbaren Wörter, sonst wäre die Antwort einfach 6! = 720, und das wäre eine langweilige Aufgabe. 720 / 60 = 12 = 3! · 2!, genau der Faktor der Vertauschungen gleicher Buchstaben. Passt zusammen.

Ich sollte in der Antwort kurz die Formel für Permutationen mit Wiederholung erwähnen, das ist hilfreich.""",
"Es gibt 6!/(3!·2!·1!) = 60 Anordnungen; davon beginnen und enden 4!/2! = 12 mit A.")

TRACES["de_teleskop"] = ("de",
"Berechne die Summe 1/(1·2) + 1/(2·3) + 1/(3·4) + … + 1/(99·100).",
"""Das ist eine klassische Teleskopsumme. Der allgemeine Term ist 1/(k(k+1)) für k von 1 bis 99.

Partialbruchzerlegung: 1/(k(k+1)) = A/k + B/(k+1). Dann 1 = A(k+1) + Bk. Setze k = 0: A = 1. Setze k = -1: 1 = -B, also B = -1. Also 1/(k(k+1)) = 1/k - 1/(k+1).

Kurz prüfen mit k = 1: 1/1 - 1/2 = 1/2, und 1/(1·2) = 1/2. Stimmt. k = 3: 1/3 - 1/4 = 4/12 - 3/12 = 1/12, und 1/(3·4) = 1/12. Stimmt.

Jetzt die Summe ausschreiben:
(1 - 1/2) + (1/2 - 1/3) + (1/3 - 1/4) + … + (1/99 - 1/100).
Alle inneren Terme heben sich weg: -1/2 mit +1/2, -1/3 mit +1/3 usw. Übrig bleiben nur der erste positive Term 1 und der letzte negative Term -1/100.

Summe = 1 - 1/100 = 99/100.

Warte, ich will sichergehen, dass der letzte Term wirklich 1/(99·100) ist und nicht 1/(100·101). Im Aufgabentext steht "… + 1/(99·100)", also k läuft bis 99. Dann ist der letzte Teleskopterm -1/(99+1) = -1/100. Richtig.

Allgemein gilt: Summe von k=1 bis n von 1/(k(k+1)) = 1 - 1/(n+1) = n/(n+1). Für n = 99: 99/100. Kleine Probe mit n = 2: 1/2 + 1/6 = 3/6 + 1/6 = 4/6 = 2/3, und n/(n+1) = 2/3. Passt. Mit n = 3: 2/3 + 1/12 = 8/12 + 1/12 = 9/12 = 3/4. Passt auch.

Als Dezimalzahl 0,99. Man könnte noch erwähnen, dass die unendliche Reihe gegen 1 konvergiert, weil 1/(n+1) gegen 0 geht. Das ist ein schöner Zusatz, aber die Frage will nur die endliche Summe.

Hmm, soll ich einen Beweis per Induktion angeben? Kurz skizziert: Für n = 1 gilt 1/2 = 1/2. Wenn die Formel für n stimmt, dann ist die Summe bis n+1 gleich n/(n+1) + 1/((n+1)(n+2)) = (n(n+2) + 1)/((n+1)(n+2)) = (n+1)^2/((n+1)(n+2)) = (n+1)/(n+2). Genau die Formel für n+1. Also stimmt sie.

Wahrscheinlich reicht in der Antwort aber die Teleskop-Argumentation, die ist sauber und kurz. Ich antworte mit 99/100. Moment, noch ein letzter Check der Größenordnung: Der erste Term ist 0,5, der zweite 0,1667, der dritte 0,0833, zusammen schon 0,75; danach kommen immer kleinere Terme, und 0,99 ist plausibel, weil der Rest von k = 4 bis 99 genau 1/4 − 1/100 = 0,24 ergibt. 0,75 + 0,24 = 0,99. Perfekt.""",
"Mit 1/(k(k+1)) = 1/k − 1/(k+1) teleskopiert die Summe zu 1 − 1/100 = 99/100.")

TRACES["zh_cube"] = ("zh",
"已知 x + 1/x = 3，求 x³ + 1/x³ 和 x² + 1/x² 的值。",
"""好的，题目给了 x + 1/x = 3，要求 x² + 1/x² 和 x³ + 1/x³。这是很常见的对称式题目，不需要把 x 解出来，用恒等式就行。

先算 x² + 1/x²。
(x + 1/x)² = x² + 2·x·(1/x) + 1/x² = x² + 2 + 1/x²。
所以 x² + 1/x² = (x + 1/x)² − 2 = 9 − 2 = 7。

嗯，这个很直接。再算 x³ + 1/x³。
方法一：用立方公式。(x + 1/x)³ = x³ + 3x²·(1/x) + 3x·(1/x²) + 1/x³ = x³ + 1/x³ + 3(x + 1/x)。
所以 x³ + 1/x³ = (x + 1/x)³ − 3(x + 1/x) = 27 − 9 = 18。

方法二：用因式分解检查一下。a³ + b³ = (a + b)(a² − ab + b²)，取 a = x，b = 1/x，那么 ab = 1。
x³ + 1/x³ = (x + 1/x)(x² + 1/x² − 1) = 3 × (7 − 1) = 3 × 6 = 18。
两种方法都得到 18，很好。

等一下，我想再确认一下这样的 x 是存在的实数，不然题目可能有陷阱。x + 1/x = 3 等价于 x² − 3x + 1 = 0，判别式 9 − 4 = 5 > 0，所以 x = (3 ± √5)/2，是两个正实数，而且互为倒数。没问题。

顺便用具体数值验算一下。取 x = (3 + √5)/2 ≈ (3 + 2.236)/2 ≈ 2.618。
1/x ≈ 0.382。相加 ≈ 3.000，对。
x² ≈ 6.854，1/x² ≈ 0.146，相加 ≈ 7.000，对。
x³ ≈ 2.618 × 6.854 ≈ 17.944，1/x³ ≈ 0.0557，相加 ≈ 18.0，对。

数值验证也通过了。其实 2.618 就是黄金比例的平方，φ² ≈ 2.618，所以 x³ 就是 φ⁶ ≈ 17.944，这个也对得上。

另外可以注意到一个递推关系：设 aₙ = xⁿ + 1/xⁿ，那么 aₙ₊₁ = a₁·aₙ − aₙ₋₁。a₀ = 2，a₁ = 3，a₂ = 3×3 − 2 = 7，a₃ = 3×7 − 3 = 18，a₄ = 3×18 − 7 = 47。和上面一致。这个递推可以作为补充说明，但题目只问到三次方。

还有一个小问题要想清楚：题目有没有可能想让 x 是负数或者复数？如果 x + 1/x = 3，那 x 一定是正的，因为负数加上它的倒数一定 ≤ −2。所以不用考虑别的情况。再说，就算 x 是复数，上面的恒等式也照样成立，结果不会变，因为我们根本没用到 x 的具体值。

我再换一个角度验算 x³ + 1/x³：直接用 x² = 3x − 1（从方程 x² − 3x + 1 = 0 得到）。
x³ = x · x² = x(3x − 1) = 3x² − x = 3(3x − 1) − x = 9x − 3 − x = 8x − 3。
同理，1/x 也满足同一个方程（因为两个根互为倒数），所以 1/x³ = 8(1/x) − 3。
相加：x³ + 1/x³ = 8(x + 1/x) − 6 = 8 × 3 − 6 = 24 − 6 = 18。
又一次得到 18，三种方法完全一致，可以放心了。

嗯，再顺手检查一下 x² + 1/x² = 7 这一步有没有可能算错：用 x² = 3x − 1，那么 1/x² = 3(1/x) − 1，相加得 3(x + 1/x) − 2 = 9 − 2 = 7。没错。

写答案的时候，我打算先给出 x² + 1/x² 的推导，再用立方公式给出 x³ + 1/x³，简洁一点，不需要把数值验算写进去。

所以答案：x² + 1/x² = 7，x³ + 1/x³ = 18。""",
"x² + 1/x² = (x + 1/x)² − 2 = 7；x³ + 1/x³ = (x + 1/x)³ − 3(x + 1/x) = 27 − 9 = 18。")

TRACES["ru_digit"] = ("ru",
"Найдите последнюю цифру числа 7^2026 и последнюю цифру числа 7^2026 + 3^2026.",
"""Так, нужно найти последнюю цифру 7^2026, а потом последнюю цифру суммы 7^2026 + 3^2026. Последняя цифра — это остаток по модулю 10, и у степеней последние цифры повторяются циклически.

Выписываю степени семёрки:
7^1 = 7 → 7
7^2 = 49 → 9
7^3 = 343 → 3
7^4 = 2401 → 1
7^5 → 7·1 = 7, снова 7.
Цикл длины 4: 7, 9, 3, 1.

Теперь 2026 mod 4. 2024 делится на 4 (2024 = 4·506), значит 2026 = 2024 + 2, остаток 2. Остаток 2 соответствует второй позиции в цикле, то есть 9.

Проверю логику: показатель 2 даёт 49, последняя цифра 9; показатель 6 = 4 + 2 даёт 7^6 = 117649, последняя цифра 9. Да, совпадает. Значит последняя цифра 7^2026 равна 9.

Теперь тройка:
3^1 = 3
3^2 = 9
3^3 = 27 → 7
3^4 = 81 → 1
Тоже цикл длины 4: 3, 9, 7, 1. Остаток 2 → 9.

Хм, интересно, у обоих при остатке 2 получается 9. Это не случайно: 7 ≡ -3 (mod 10), значит 7^2026 ≡ (-3)^2026 = 3^2026 (mod 10), потому что показатель чётный. Значит последние цифры обязаны совпадать.

Сумма: 9 + 9 = 18, последняя цифра 8.

Подожди, проверю ещё через модуль 10 напрямую: 7^2 = 49 ≡ -1 (mod 10). Тогда 7^2026 = (7^2)^1013 ≡ (-1)^1013 = -1 ≡ 9 (mod 10). Отлично, опять 9. Для тройки: 3^2 = 9 ≡ -1, 3^2026 = (3^2)^1013 ≡ -1 ≡ 9. Сумма ≡ -2 ≡ 8 (mod 10).

Всё сходится: последняя цифра 7^2026 — это 9, последняя цифра суммы — 8.

Ещё раз проверю, что правильно посчитал 2026 mod 4, это самое частое место для ошибки. 4 · 500 = 2000, остаётся 26, 26 = 4 · 6 + 2. Значит остаток 2. Да. И 2026 чётное, так что рассуждение про (-3)^2026 = 3^2026 верное.

Хм, а можно ли было бы спросить про две последние цифры? Не спрашивают, но если бы спросили, то 7^4 = 2401 ≡ 1 (mod 100), и 7^2026 = 7^(4·506 + 2) ≡ 49 (mod 100). Это тоже согласуется с последней цифрой 9. Хорошо, в ответ это не пойдёт, только 9 и 8.

Может, стоит упомянуть в ответе, что для нечётного показателя сумма 7^n + 3^n делилась бы на 10, потому что 7 + 3 = 10 делит a^n + b^n при нечётном n. Но у нас показатель чётный, так что это не применимо. Ответ: 9 и 8.""",
"Последняя цифра 7^2026 — 9 (цикл 7, 9, 3, 1; 2026 ≡ 2 mod 4); последняя цифра 7^2026 + 3^2026 — 8.")
