# -*- coding: utf-8 -*-
"""Hand-written worked demonstrations (question, reasoning, answer) for blind24.

Written for this set only. The reasoning imitates the rambling style of an open
reasoning model's hidden trace. No code fences, no file names, no think tags.
"""

DEMOS = []


def _d(did, lang, question, reasoning, answer):
    DEMOS.append({"id": did, "lang": lang, "question": question.strip("\n"),
                  "reasoning": reasoning.strip("\n"), "answer": answer.strip("\n")})


_d("candies", "en",
   "Eight identical candies are shared among three children. Every child gets at least one candy and no child gets more than four. In how many ways can this be done?",
   """
Okay, so I have 8 identical candies and 3 distinct children. Each child gets at least 1 and at most 4. I need to count the distributions, where the children are distinguishable but the candies are not.

First, let me handle the lower bound. If each child must get at least one, I can just hand one candy to each child up front. That uses 3 candies, leaving 5. Now let y1, y2, y3 be the extra candies, so y1 + y2 + y3 = 5 with each yi >= 0. The upper bound of 4 on the original amount becomes yi <= 3.

Without the upper bound, stars and bars gives C(5 + 2, 2) = C(7, 2) = 21 solutions.

Now subtract the ones where some yi >= 4. Suppose y1 >= 4. Write y1 = 4 + z, then z + y2 + y3 = 1, which has C(1 + 2, 2) = C(3, 2) = 3 solutions. Same for y2 and for y3, so 3 * 3 = 9 bad solutions.

Could two of them be >= 4 at once? That would need at least 8 extra candies, but we only have 5. So no overlaps, and inclusion-exclusion stops here.

So 21 - 9 = 12.

Hmm, wait, let me double check by listing, because these off-by-one things are easy to mess up. The original amounts (a, b, c) are each between 1 and 4 and sum to 8. Possible multisets:
- {4, 3, 1}: sum is 8. Good. All different, so 3! = 6 orderings.
- {4, 2, 2}: sum 8. Two equal, so 3 orderings.
- {3, 3, 2}: sum 8. Again 3 orderings.
- {4, 4, 0}: not allowed, 0 is below the minimum.
- {2, 2, 4} is the same as {4, 2, 2}. {1, 3, 4} is the same as the first one.
- {3, 4, 1} same again. What about {2, 3, 3}? Already counted as {3, 3, 2}.
- Anything with a 1 other than {4, 3, 1}? {1, x, y} with x + y = 7 and x, y <= 4 means {3, 4} only. Yes.
- Anything with two 1s? Then the third would be 6, too big.

Total: 6 + 3 + 3 = 12. That matches the inclusion-exclusion count.

Let me also sanity check the 21 from stars and bars. Distributing 5 identical items into 3 boxes: C(7, 2) = 21. Yes, 7 * 6 / 2 = 21.

So the answer is 12.
""",
   "There are 12 ways.")

_d("mod7", "en",
   "What are the last two digits of 7^2026?",
   """
Alright, I need 7^2026 mod 100. The last two digits of a number are its remainder mod 100.

Let me look at small powers of 7 and see if there's a cycle.
7^1 = 7
7^2 = 49
7^3 = 343, so mod 100 that's 43
7^4 = 7 * 343 = 2401, so mod 100 that's 01.

Oh nice, 7^4 ends in 01. That means 7^4 is congruent to 1 mod 100, and the powers of 7 cycle with period 4 mod 100: 07, 49, 43, 01, 07, 49, ...

Let me double check 7^4 directly: 49 * 49 = 2401. Yes. So 7^4 = 2401, definitely 1 mod 100.

Now 2026 divided by 4: 4 * 506 = 2024, remainder 2. So 2026 = 4 * 506 + 2.

Then 7^2026 = (7^4)^506 * 7^2, which is congruent to 1^506 * 49 = 49 mod 100.

Wait, let me make sure I'm not confusing myself with Euler's theorem. phi(100) = 40, so 7^40 is 1 mod 100, but the actual order of 7 can be smaller and here it's 4, which divides 40. That's consistent. Using 40: 2026 mod 40 = 2026 - 40 * 50 = 2026 - 2000 = 26. Then 7^26 = 7^(24 + 2) = (7^4)^6 * 49, again 49. Same result, good.

Let me sanity check the cycle idea on a case I can compute: 7^6 should end in 49 too, since 6 mod 4 = 2. 7^5 = 16807, ends in 07. 7^6 = 117649, ends in 49. Yes! The cycle holds.

So the last two digits of 7^2026 are 49.
""",
   "The last two digits are 49.")

_d("knights", "en",
   "On an island every inhabitant is either a knight, who always tells the truth, or a knave, who always lies. A says: \"B is a knave.\" B says: \"A and C are both knights.\" C says: \"A is a knave.\" Who is what?",
   """
Let me set this up. Three people, A, B and C, each a knight (truth) or knave (lie).

Statements:
A: B is a knave.
B: A and C are both knights.
C: A is a knave.

Let me try assuming A is a knight first.
If A is a knight, then A's statement is true, so B is a knave.
B is a knave, so B's statement is false. B said "A and C are both knights". For that to be false, at least one of A and C is not a knight. We assumed A is a knight, so C must be the knave.
C is a knave, so C's statement "A is a knave" must be false, which means A is a knight. That agrees with our assumption. Nice, consistent so far.
So one consistent world: A knight, B knave, C knave.

Now the other case, A is a knave.
Then A's statement is false, so B is NOT a knave, which means B is a knight.
B is a knight, so B's statement is true: A and C are both knights. But we assumed A is a knave. Contradiction.
So A cannot be a knave.

Hmm, wait, should I double check whether there's any other branch inside the first case? In case 1, A knight forces B knave, and B knave plus A knight forces C knave. There was no freedom left. And case 2 died immediately. So the solution is unique.

Let me verify all three statements once more with A = knight, B = knave, C = knave:
A (knight) says B is a knave: true. OK, knights tell the truth.
B (knave) says A and C are both knights: A is, C isn't, so false. OK, knaves lie.
C (knave) says A is a knave: false, since A is a knight. OK.

Everything checks. So A is a knight, and B and C are knaves.
""",
   "A is a knight; B and C are knaves.")

_d("dice", "en",
   "Two fair six-sided dice are rolled. What is the probability that the sum is a prime number?",
   """
Okay, two fair dice, 36 equally likely ordered outcomes. I need the probability that the sum is prime.

Possible sums go from 2 to 12. Which of those are prime? 2, 3, 5, 7, 11. Let me make sure I'm not missing any: 4 no, 6 no, 8 no, 9 = 3 * 3 no, 10 no, 12 no. And 2 is prime, yes, the only even prime. So the primes are 2, 3, 5, 7, 11.

Now count the ordered pairs for each:
Sum 2: (1,1) only. 1 way.
Sum 3: (1,2), (2,1). 2 ways.
Sum 5: (1,4), (2,3), (3,2), (4,1). 4 ways.
Sum 7: (1,6), (2,5), (3,4), (4,3), (5,2), (6,1). 6 ways.
Sum 11: (5,6), (6,5). 2 ways.

Total: 1 + 2 + 4 + 6 + 2 = 15.

So the probability is 15/36. Simplify: divide by 3, that's 5/12.

Hmm, let me double check the counts with the usual triangle. Number of ways to get sum s is s - 1 for s from 2 to 7, and 13 - s for s from 7 to 12. So sum 2 gives 1, sum 3 gives 2, sum 5 gives 4, sum 7 gives 6, sum 11 gives 13 - 11 = 2. Same numbers. Good.

And 5/12 is about 0.4167, a bit less than half, which feels reasonable since 7 is the most common sum and it's prime.

So the answer is 5/12.
""",
   "The probability is 15/36 = 5/12.")

_d("zuege", "de",
   "Ein Zug fährt um 8:00 Uhr in Stadt X mit 80 km/h in Richtung Stadt Y ab. Die Städte sind 360 km voneinander entfernt. Um 9:00 Uhr fährt ein zweiter Zug in Y mit 100 km/h in Richtung X ab. Wann und wie weit von X entfernt treffen sich die Züge?",
   """
Okay, also zwei Züge auf derselben Strecke, 360 km zwischen X und Y. Zug A startet um 8:00 in X mit 80 km/h, Zug B startet erst um 9:00 in Y mit 100 km/h, die fahren aufeinander zu.

Zuerst die Stunde Vorsprung von Zug A. Von 8:00 bis 9:00 fährt A allein, also 80 km. Um 9:00 ist A bei Kilometer 80 ab X, und die Restentfernung zwischen den Zügen ist 360 - 80 = 280 km.

Ab 9:00 fahren beide. Sie nähern sich mit 80 + 100 = 180 km/h. Zeit bis zum Treffen: 280 / 180 Stunden. Kürzen: 28/18 = 14/9 Stunden. Das sind 1 und 5/9 Stunden.

5/9 Stunde in Minuten: 5/9 * 60 = 300/9 = 33,33... Minuten, also 33 Minuten und 20 Sekunden. Hmm, 0,333 Minuten sind 20 Sekunden, ja.

Also Treffen um 9:00 + 1 h 33 min 20 s = 10:33:20 Uhr.

Jetzt die Entfernung von X. Zug A fährt insgesamt von 8:00 bis 10:33:20, das sind 2 + 5/9 Stunden = 23/9 Stunden. 80 * 23/9 = 1840/9 = 204,44... km.

Moment, lass mich das von der anderen Seite prüfen. Zug B fährt 14/9 Stunden mit 100 km/h: 1400/9 = 155,55... km ab Y. Dann ist der Treffpunkt bei 360 - 155,56 = 204,44 km ab X. Passt zusammen, beide Rechnungen ergeben 204,44 km.

Noch eine Plausibilitätsprüfung: Wenn beide gleichzeitig gestartet wären, hätten sie sich nach 2 Stunden getroffen. Durch den Vorsprung und weil B schneller ist, liegt der Treffpunkt etwas jenseits der Mitte aus Sicht von X, 204 km > 180 km. Klingt vernünftig, weil A eine Stunde länger fährt.

Ergebnis: um 10:33:20 Uhr, etwa 204,4 km von X entfernt.
""",
   "Die Züge treffen sich um 10:33:20 Uhr, etwa 204,4 km (genau 1840/9 km) von X entfernt.")

_d("multiplos", "es",
   "¿Cuál es la suma de todos los números naturales menores que 100 que son múltiplos de 3 o de 5?",
   """
Vale, tengo que sumar todos los naturales menores que 100 que sean múltiplos de 3 o de 5. Lo típico es usar inclusión-exclusión: suma de múltiplos de 3, más suma de múltiplos de 5, menos suma de múltiplos de 15, porque esos los cuento dos veces.

Múltiplos de 3 menores que 100: 3, 6, ..., 99. ¿Cuántos son? 99 / 3 = 33. La suma es 3 * (1 + 2 + ... + 33) = 3 * 33 * 34 / 2. 33 * 34 = 1122, entre 2 da 561, por 3 da 1683.

Múltiplos de 5 menores que 100: 5, 10, ..., 95. Ojo, 100 no entra porque dice menores que 100. 95 / 5 = 19 términos. La suma es 5 * 19 * 20 / 2 = 5 * 190 = 950.

Múltiplos de 15 menores que 100: 15, 30, 45, 60, 75, 90. Son 6. La suma es 15 * 6 * 7 / 2 = 15 * 21 = 315.

Total: 1683 + 950 - 315. 1683 + 950 = 2633. 2633 - 315 = 2318.

Espera, déjame comprobar lo de 100 otra vez. Si el enunciado dijera "hasta 100" habría que sumar 100, que es múltiplo de 5, y saldría 2418. Pero dice menores que 100, así que 2318.

Otra comprobación rápida con los múltiplos de 15: 15 + 30 + 45 + 60 + 75 + 90. 15 + 90 = 105, 30 + 75 = 105, 45 + 60 = 105, tres pares, 315. Bien.

Y la de los múltiplos de 3 con la fórmula de la progresión: número de términos por (primero + último) / 2 = 33 * (3 + 99) / 2 = 33 * 51 = 1683. Coincide.

Entonces la respuesta es 2318.
""",
   "La suma es 2318.")

_d("polyreste", "fr",
   "Quel est le reste de la division euclidienne du polynôme P(x) = x^100 + x^51 + 1 par x^2 - 1 ?",
   """
Bon, on divise P(x) = x^100 + x^51 + 1 par x^2 - 1. Le diviseur est de degré 2, donc le reste R(x) est de degré au plus 1. J'écris R(x) = ax + b.

On a P(x) = (x^2 - 1) Q(x) + ax + b pour un certain polynôme Q.

L'astuce, c'est que x^2 - 1 s'annule en x = 1 et en x = -1. Donc en évaluant en ces deux points, le terme avec Q disparaît.

En x = 1 : P(1) = 1 + 1 + 1 = 3. Et R(1) = a + b. Donc a + b = 3.

En x = -1 : P(-1) = (-1)^100 + (-1)^51 + 1. 100 est pair donc (-1)^100 = 1. 51 est impair donc (-1)^51 = -1. Donc P(-1) = 1 - 1 + 1 = 1. Et R(-1) = -a + b. Donc -a + b = 1.

J'additionne les deux équations : 2b = 4, donc b = 2. Puis a = 3 - 2 = 1.

Donc R(x) = x + 2.

Attends, je vérifie autrement. Modulo x^2 - 1, on a x^2 ≡ 1. Donc x^100 = (x^2)^50 ≡ 1. Et x^51 = x * (x^2)^25 ≡ x. Donc P(x) ≡ 1 + x + 1 = x + 2. Même résultat, parfait.

Est-ce que le reste est bien de degré inférieur à 2 ? Oui, x + 2 est de degré 1. Rien d'autre à réduire.

Petite vérification de cohérence : R(1) = 3 = P(1), et R(-1) = 1 = P(-1). C'est bon.

Le reste est donc x + 2.
""",
   "Le reste est R(x) = x + 2.")

_d("jitu", "zh-Hans",
   "鸡兔同笼，上有三十五个头，下有九十四只脚。问鸡和兔各有多少只？",
   """
好，这是经典的鸡兔同笼问题。笼子里有鸡和兔，一共三十五个头，九十四只脚。每只鸡一个头两只脚，每只兔一个头四只脚。要求鸡和兔各有多少只。

先用假设法试一下。假设笼子里全部都是鸡，那么三十五只鸡一共有三十五乘以二，等于七十只脚。可是实际上有九十四只脚，比假设的多出九十四减七十，等于二十四只脚。

为什么会多出来？因为每把一只鸡换成一只兔，头的数量不变，脚的数量就多两只。所以多出来的二十四只脚，对应的兔子数量就是二十四除以二，等于十二只兔。

那么鸡就是三十五减十二，等于二十三只。

等一下，我验算一下。二十三只鸡的脚数是二十三乘二，等于四十六。十二只兔的脚数是十二乘四，等于四十八。四十六加四十八等于九十四，对上了。头数二十三加十二等于三十五，也对上了。

嗯，再用方程的方法确认一遍，免得出错。设鸡有 x 只，兔有 y 只。根据头数，x 加 y 等于三十五。根据脚数，二 x 加四 y 等于九十四。把第一个式子乘以二，得到二 x 加二 y 等于七十。用第二个式子减去它，得到二 y 等于二十四，所以 y 等于十二。代回去，x 等于三十五减十二，等于二十三。和假设法的结果一样。

还有一种有意思的方法，叫抬脚法。让所有的动物都抬起一半的脚，也就是鸡抬起一只脚，兔抬起两只脚。这时候地上剩下的脚数是九十四的一半，等于四十七。此时每只鸡只剩一只脚着地，每只兔剩两只脚着地。如果每只动物只算一只脚，应该是三十五只脚，可是现在是四十七只，多出来的十二只脚，恰好是每只兔多出的那一只，所以兔有十二只。鸡还是二十三只。

三种方法都得到同一个结果，我觉得可以放心了。另外检查一下合理性：兔的数量不能是负数，也不能超过三十五，十二在范围内；脚数是偶数，九十四是偶数，没有矛盾。

再多想一步，题目问的是鸡和兔各有多少只，不是问比例，所以直接写数量就可以。

不过我还想确认一下，会不会有别的解。因为方程组是两个未知数、两个独立的方程，系数行列式是一乘四减一乘二，等于二，不等于零，所以解是唯一的。也就是说，不可能还有第二组鸡和兔的数量同时满足三十五个头和九十四只脚。

另外，如果题目里的数字稍微改一下，比如脚数是奇数，那就无解了，因为鸡和兔的脚数都是偶数，总和一定是偶数。如果脚数少于头数的两倍，也无解，因为就算全是鸡也至少要有七十只脚。如果脚数多于头数的四倍，也就是超过一百四十，同样无解。九十四在七十和一百四十之间，并且是偶数，所以这道题是有解的，和前面算的结果一致。

最后的答案是：鸡二十三只，兔十二只。
""",
   "鸡有 23 只，兔有 12 只。")

_d("bassein", "ru",
   "Первая труба наполняет бассейн за 6 часов, вторая за 9 часов, а через третью трубу полный бассейн сливается за 12 часов. За какое время наполнится пустой бассейн, если открыть все три трубы одновременно?",
   """
Так, классическая задача на совместную работу. Примем объём бассейна за 1.

Первая труба наполняет за 6 часов, значит её производительность 1/6 бассейна в час. Вторая наполняет за 9 часов, это 1/9 в час. Третья сливает полный бассейн за 12 часов, то есть она уменьшает объём на 1/12 в час. Её скорость нужно брать со знаком минус.

Суммарная скорость: 1/6 + 1/9 - 1/12. Приведу к общему знаменателю. НОК чисел 6, 9 и 12 равен 36. 1/6 = 6/36, 1/9 = 4/36, 1/12 = 3/36. Получается 6/36 + 4/36 - 3/36 = 7/36 бассейна в час.

Значит, время наполнения равно 1 / (7/36) = 36/7 часа.

Хм, 36/7 это 5 целых и 1/7 часа. 1/7 часа в минутах: 60/7 = 8,57... минуты, то есть 8 минут и примерно 34 секунды. 0,571 минуты умножить на 60 даёт 34,3 секунды.

Подожди, проверю, не перепутал ли я знак у третьей трубы. В условии сказано, что через неё бассейн сливается, то есть она работает против нас. Да, минус правильный. Если бы все три наполняли, было бы 13/36 в час, и время было бы меньше трёх часов, что противоречит смыслу слива.

Ещё проверка на здравый смысл: две наполняющие трубы вместе дают 10/36 в час, то есть без слива бассейн наполнился бы за 3,6 часа. Слив замедляет процесс, и 36/7 ≈ 5,14 часа больше, чем 3,6. Логично.

И проверю умножением: за 36/7 часа первая труба нальёт 36/7 * 1/6 = 6/7, вторая 36/7 * 1/9 = 4/7, третья сольёт 36/7 * 1/12 = 3/7. 6/7 + 4/7 - 3/7 = 7/7 = 1. Ровно один бассейн. Всё сходится.

Ответ: 36/7 часа, примерно 5 часов 8 минут 34 секунды.
""",
   "Бассейн наполнится за 36/7 часа, то есть примерно за 5 ч 8 мин 34 с.")

_d("sanretsu", "ja",
   "初項が3、公差が4の等差数列について、第20項を求めよ。また、初項から第n項までの和が初めて1000を超えるのはnがいくつのときか。",
   """
えーと、初項3、公差4の等差数列か。一般項は a_n = 3 + (n - 1) × 4 だから、整理すると a_n = 4n - 1 になる。

まず第20項。a_20 = 4 × 20 - 1 = 80 - 1 = 79。念のため最初の数項で一般項を確かめておこう。n = 1 なら 4 - 1 = 3、n = 2 なら 8 - 1 = 7、n = 3 なら 12 - 1 = 11。3, 7, 11 と4ずつ増えているので合っている。第20項は79でよさそうだ。

次に和。初項から第n項までの和 S_n は、項数 × (初項 + 末項) ÷ 2 で計算できる。末項は 4n - 1 なので、S_n = n × (3 + 4n - 1) ÷ 2 = n × (4n + 2) ÷ 2 = n × (2n + 1) = 2n^2 + n。

ちょっと確認。n = 1 なら S_1 = 2 + 1 = 3 で、初項そのもの。n = 2 なら 8 + 2 = 10 で、3 + 7 = 10。n = 3 なら 18 + 3 = 21 で、3 + 7 + 11 = 21。公式は正しい。ついでに S_20 も見ておくと、2 × 400 + 20 = 820。項数20、初項3、末項79で 20 × 82 ÷ 2 = 820 なので一致している。

さて、2n^2 + n > 1000 となる最小の n を探す。2n^2 がだいたい1000くらいになるのは n^2 が500くらい、つまり n は22か23あたりだろう。

n = 22 のとき、22^2 = 484、2 × 484 = 968、968 + 22 = 990。まだ1000以下だ。惜しい。
n = 23 のとき、23^2 = 529、2 × 529 = 1058、1058 + 23 = 1081。これで1000を超えた。

待って、n = 22 の計算をもう一度。484 × 2 は968で、22を足して990。うん、1000には届かない。だから初めて1000を超えるのは n = 23。

別の確かめ方として、S_22 に第23項を足してみる。第23項は 4 × 23 - 1 = 91。990 + 91 = 1081 で、さっきの値と同じになる。問題ない。

念のため二次不等式としても考えておく。2n^2 + n - 1000 > 0 の正の解の境目は n = (-1 + √(1 + 8000)) ÷ 4 で、√8001 はおよそ89.45 なので、(−1 + 89.45) ÷ 4 ≈ 22.1。したがって n は22.1より大きい最小の整数、つまり23。これも一致した。

まとめると、第20項は79、和が初めて1000を超えるのは n = 23 のとき(そのときの和は1081)。
""",
   "第20項は79。和が初めて1000を超えるのは n = 23 のとき(S_23 = 1081)。")

_d("retangulo", "pt-BR",
   "Um retângulo tem perímetro de 46 cm e diagonal de 17 cm. Qual é a área do retângulo?",
   """
Beleza, retângulo com perímetro 46 e diagonal 17. Quero a área, que é comprimento vezes largura. Vou chamar os lados de c e l.

Perímetro: 2c + 2l = 46, então c + l = 23.

Diagonal: pelo teorema de Pitágoras, c^2 + l^2 = 17^2 = 289.

Não preciso achar c e l separadamente se eu usar a identidade do quadrado da soma: (c + l)^2 = c^2 + 2cl + l^2. Então 23^2 = 289 + 2cl. 23^2 = 529. Logo 2cl = 529 - 289 = 240, e cl = 120.

A área é 120 cm^2.

Hmm, deixa eu conferir achando os lados mesmo, só para ter certeza de que existe um retângulo assim. c e l são raízes de t^2 - 23t + 120 = 0. Discriminante: 23^2 - 4 * 120 = 529 - 480 = 49. Raiz de 49 é 7. Então t = (23 ± 7) / 2, ou seja, 15 e 8.

Lados 15 e 8. Perímetro: 2 * (15 + 8) = 46. Certo. Diagonal: 15^2 + 8^2 = 225 + 64 = 289, raiz 17. Certo. É o famoso triângulo 8-15-17.

Área: 15 * 8 = 120. Confere.

Espera, e se o enunciado quisesse a área do triângulo formado pela diagonal? Não, ele pergunta a área do retângulo. O triângulo seria metade, 60, mas não é isso que foi pedido.

Só mais uma checagem de consistência: para qualquer retângulo, a diagonal ao quadrado tem que ser pelo menos metade do quadrado da soma dos lados, porque c^2 + l^2 >= (c + l)^2 / 2. Aqui 289 >= 529 / 2 = 264,5. Ok, então os dados são compatíveis. Se a diagonal fosse menor que uns 16,3 cm, não existiria retângulo com esse perímetro.

Então 120 cm^2.
""",
   "A área é 120 cm² (os lados medem 15 cm e 8 cm).")

_d("heron", "tr",
   "Kenar uzunlukları 13 cm, 14 cm ve 15 cm olan bir üçgenin alanı kaç santimetrekaredir? Ayrıca 14 cm'lik kenara ait yüksekliği bulunuz.",
   """
Tamam, kenarları 13, 14 ve 15 olan bir üçgen. Alanı ve 14'lük kenara ait yüksekliği istiyor.

Önce alan için Heron formülünü kullanayım. Yarı çevre s = (13 + 14 + 15) / 2 = 42 / 2 = 21.

Alan = kök(s(s - a)(s - b)(s - c)) = kök(21 * (21 - 13) * (21 - 14) * (21 - 15)) = kök(21 * 8 * 7 * 6).

Çarpalım: 21 * 8 = 168, 7 * 6 = 42, 168 * 42 = 7056. Kök 7056 kaç? 84 * 84 = 7056, çünkü 80 * 84 = 6720 ve 4 * 84 = 336, toplam 7056. Evet, alan 84.

Bir dakika, başka bir yoldan da kontrol edeyim. 14'lük kenarı taban alıp yüksekliği h diyelim. Yüksekliğin ayağı tabanı x ve 14 - x diye iki parçaya bölsün. O zaman 13^2 - x^2 = h^2 ve 15^2 - (14 - x)^2 = h^2.

169 - x^2 = 225 - (196 - 28x + x^2) = 225 - 196 + 28x - x^2 = 29 + 28x - x^2.
x^2'ler sadeleşir: 169 = 29 + 28x, yani 28x = 140, x = 5.

h^2 = 169 - 25 = 144, h = 12.

Alan = taban * yükseklik / 2 = 14 * 12 / 2 = 84. Heron ile aynı sonuç, güzel.

Demek ki üçgen aslında iki dik üçgenin birleşimi: 5-12-13 ve 9-12-15. 5 + 9 = 14, tutuyor.

Yükseklik sorusunun cevabı da zaten çıktı: 14'lük kenara ait yükseklik 12 cm. Alan formülünden de kontrol: 2 * 84 / 14 = 168 / 14 = 12. Doğru.

Sonuç: alan 84 cm^2, 14 cm'lik kenara ait yükseklik 12 cm.
""",
   "Alan 84 cm²'dir; 14 cm'lik kenara ait yükseklik 12 cm'dir.")

_d("diffsq", "en",
   "Find all pairs of positive integers (x, y) such that x^2 - y^2 = 45. How many integer solutions (x, y) are there if negative values are also allowed?",
   """
Let me think about this. x^2 - y^2 = 45 with x, y positive integers. The obvious move is to factor the difference of squares: (x - y)(x + y) = 45.

Let me call a = x - y and b = x + y. Then a * b = 45, and x = (a + b) / 2, y = (b - a) / 2. For x and y to be integers, a and b need the same parity. Since 45 is odd, both a and b are odd automatically, because if one of them were even the product would be even. So parity is never a problem here. Good, that simplifies things.

For positive x and y, I need b > a > 0. Actually a = x - y, so a > 0 means x > y, which has to be true anyway since x^2 = 45 + y^2 > y^2. And b = x + y is obviously positive.

Divisors of 45: 1, 3, 5, 9, 15, 45. The pairs (a, b) with a < b and a * b = 45:
- (1, 45): x = 46 / 2 = 23, y = 44 / 2 = 22. Check: 23^2 = 529, 22^2 = 484, 529 - 484 = 45. Yes.
- (3, 15): x = 18 / 2 = 9, y = 12 / 2 = 6. Check: 81 - 36 = 45. Yes.
- (5, 9): x = 14 / 2 = 7, y = 4 / 2 = 2. Check: 49 - 4 = 45. Yes.

What about a = b? That would need a^2 = 45, and 45 is not a perfect square, so no. And that case would give y = 0 anyway, which is not positive.

Hmm, is there any pair I'm missing? 45 = 3^2 * 5, so the number of divisors is (2 + 1)(1 + 1) = 6. Six divisors, which split into three pairs with a < b. So exactly three pairs. Good.

So the positive solutions are (23, 22), (9, 6), (7, 2).

Now the second part: all integer solutions, negatives allowed. Let me think about it in two ways to be safe.

First way: the equation only involves x^2 and y^2, so if (x, y) is a solution, so are (-x, y), (x, -y) and (-x, -y). Could x or y be zero? If y = 0, then x^2 = 45, not a square. If x = 0, then -y^2 = 45, impossible. So no zeros, and each positive solution gives exactly 4 sign variants, all distinct. 3 * 4 = 12 solutions.

Second way, to double check: count ordered pairs (a, b) of integers with a * b = 45. Each such pair gives a unique (x, y) = ((a + b) / 2, (b - a) / 2), and the map is a bijection because a = x - y and b = x + y recover the pair. The integer divisors of 45 are plus or minus each of the 6 positive divisors, so 12 choices for a, and b is then determined. That gives 12 ordered pairs, so 12 solutions.

Wait, let me make sure these 12 from the second method really are the sign variants from the first method. Take (a, b) = (45, 1): x = 23, y = (1 - 45) / 2 = -22. That's (23, -22). Take (a, b) = (-1, -45): x = -23, y = (-45 + 1) / 2 = -22. That's (-23, -22). Take (-45, -1): x = -23, y = (-1 + 45) / 2 = 22. That's (-23, 22). Together with (1, 45) giving (23, 22), that's the four sign variants of (23, 22). The same thing happens for the other two divisor pairs. Both counts agree.

One more sanity check on the size of the solutions: for large y, (y + 1)^2 - y^2 = 2y + 1, and that must be at most 45 for any solution to exist, so y <= 22. Our largest y is exactly 22, where the consecutive squares 22^2 and 23^2 differ by 45. That's a nice confirmation that nothing bigger exists.

So: positive solutions (23, 22), (9, 6), (7, 2), and 12 integer solutions in total.
""",
   "Positive solutions: (23, 22), (9, 6), (7, 2). With negative values allowed there are 12 integer solutions (all sign combinations of these three).")

_d("halin", "ko",
   "어떤 상품을 정가에서 20% 할인한 뒤, 할인된 가격에서 다시 10%를 할인하여 36,000원에 팔았다. 정가는 얼마이며, 전체 할인율은 정가의 몇 %인가?",
   """
음, 정가를 x원이라고 두자. 먼저 20% 할인하면 가격은 x의 80%, 즉 0.8x가 된다. 여기서 다시 10%를 할인하면 0.8x의 90%이므로 0.8x 곱하기 0.9, 즉 0.72x가 된다.

이 최종 가격이 36,000원이라고 했으니까 0.72x = 36,000이다. 양변을 0.72로 나누면 x = 36,000 ÷ 0.72이다. 계산해 보면 36,000 ÷ 72 = 500이고, 0.72로 나누는 것은 72로 나눈 다음 100을 곱하는 것과 같으니까 x = 50,000원이다.

잠깐, 검산을 해 보자. 50,000원에서 20% 할인하면 할인액은 10,000원이니까 40,000원이 된다. 40,000원에서 다시 10% 할인하면 할인액은 4,000원이니까 36,000원이 된다. 문제의 조건과 정확히 맞는다.

이제 전체 할인율을 구해야 한다. 여기서 흔히 하는 실수가 20%와 10%를 그냥 더해서 30%라고 하는 것이다. 하지만 두 번째 할인은 정가가 아니라 이미 할인된 가격에 적용되기 때문에 더하면 안 된다.

정가 대비 최종 가격의 비율이 0.72이므로, 정가에서 깎인 비율은 1 - 0.72 = 0.28, 즉 28%이다.

금액으로도 확인해 보자. 정가 50,000원에서 최종 가격 36,000원을 빼면 14,000원이 할인되었다. 14,000 ÷ 50,000 = 0.28이니까 28%가 맞다. 만약 30% 할인이었다면 최종 가격은 35,000원이 되었을 것이므로 1,000원 차이가 난다. 그 차이는 두 번째 할인이 정가보다 작은 금액인 40,000원에 적용되었기 때문에 생긴 것이다.

하나 더 생각해 보면, 할인 순서를 바꿔도 결과는 같다. 먼저 10%를 할인하면 0.9x, 그 다음 20%를 할인하면 0.9x 곱하기 0.8이고, 곱셈은 순서와 상관이 없으니까 역시 0.72x가 된다. 따라서 정가와 전체 할인율은 할인 순서와 무관하다.

혹시 문제에서 말하는 할인율이 최종 가격 기준인지 헷갈릴 수도 있는데, 보통 할인율은 정가를 기준으로 말하므로 28%라고 답하는 것이 맞다. 참고로 최종 가격 기준으로 계산하면 14,000 ÷ 36,000 ≈ 38.9%라는 엉뚱한 숫자가 나오는데, 이것은 일반적인 의미의 할인율이 아니다.

정리하면 정가는 50,000원이고, 전체 할인율은 정가의 28%이다.
""",
   "정가는 50,000원이고, 전체 할인율은 28%이다.")


DEMO_BY_ID = {d["id"]: d for d in DEMOS}
