# Hand-written worked demonstrations (question, long reasoning, short answer).
# Used by REP / rep_nocode (shown twice) and by few-shot hard negatives (shown once).

DEMOS = [
dict(id="d1", lang="en",
q="How many ordered pairs of positive integers (x, y) satisfy 1/x + 1/y = 1/12?",
r="""Okay, so I need to count ordered pairs of positive integers (x, y) with 1/x + 1/y = 1/12. Let me start by clearing the denominators. Multiplying both sides by 12xy gives 12y + 12x = xy. Rearranging, xy - 12x - 12y = 0. That shape is begging for the usual factoring trick: add 144 to both sides so the left side factors. xy - 12x - 12y + 144 = 144, and the left side is (x - 12)(y - 12). So the equation is equivalent to (x - 12)(y - 12) = 144.

Now I have to be careful about signs. x and y are positive integers, so x - 12 and y - 12 are integers that are at least -11. Could both factors be negative? Suppose x - 12 = -a and y - 12 = -b with a and b positive. Then ab = 144. But x >= 1 forces a <= 11 and likewise b <= 11, so ab <= 121, which is less than 144. So two negative factors are impossible. Wait, let me double-check the bound once more: x = 1 gives x - 12 = -11, and that is the most negative value possible. 11 times 11 is 121. Yes, 121 < 144, so the negative case really is empty.

Could one factor be negative and the other positive? Then the product would be negative, not 144. Could a factor be zero? Then the product is zero. So both factors are strictly positive, which means x > 12 and y > 12.

So every solution corresponds to a factorization 144 = d * e with d, e positive integers, via x = 12 + d and y = 12 + e. Different d give different x, so the map is one-to-one, and the number of ordered pairs equals the number of positive divisors of 144.

Let me factor 144. 144 = 12 * 12 = (2^2 * 3)^2 = 2^4 * 3^2. The number of divisors is (4 + 1)(2 + 1) = 5 * 3 = 15.

Hmm, I should sanity-check with explicit pairs instead of trusting the formula blindly. Take d = 1: x = 13, y = 12 + 144 = 156. Check: 1/13 + 1/156 = 12/156 + 1/156 = 13/156 = 1/12. Good. Take d = 12: x = y = 24, and 1/24 + 1/24 = 2/24 = 1/12. Good. Take d = 9: e = 16, so x = 21, y = 28. 1/21 + 1/28: the common denominator is 84, giving 4/84 + 3/84 = 7/84 = 1/12. Good. Take d = 16: x = 28, y = 21, the mirror image of the previous one.

The question says ordered pairs, so (13, 156) and (156, 13) are different solutions. The divisor count already handles that, because d and 144/d each appear in the divisor list. The only self-mirrored pair is d = 12, which gives (24, 24), and it is counted once. That is consistent with 15 being odd: seven mirrored couples plus one symmetric solution.

Let me list the divisors explicitly so I am not off by one: 1, 2, 3, 4, 6, 8, 9, 12, 16, 18, 24, 36, 48, 72, 144. Counting: 1, 2, 3, 4, 6 is five; 8, 9, 12, 16, 18 is ten; 24, 36, 48, 72, 144 is fifteen. So 15.

Alternatively, I could solve for y directly: from xy = 12x + 12y we get y(x - 12) = 12x, so y = 12x / (x - 12). For y to be a positive integer we need x > 12 and (x - 12) dividing 12x. Writing 12x = 12(x - 12) + 144 shows that (x - 12) divides 12x exactly when (x - 12) divides 144. Same condition, same count. Two independent routes agree.

If the question had asked for unordered pairs the answer would be (15 + 1) / 2 = 8, but it explicitly says ordered pairs, so I keep 15.

So the answer is 15.""",
a="There are 15 ordered pairs. Rewrite the equation as (x - 12)(y - 12) = 144; both factors must be positive, so the solutions match the 15 divisors of 144 = 2^4 * 3^2. \\boxed{15}"),

dict(id="d2", lang="en",
q="A bag contains 5 red marbles and 7 blue marbles. Three marbles are drawn at random without replacement. What is the probability that exactly two of them are red?",
r="""Let me think about this carefully. There are 12 marbles in total: 5 red and 7 blue. We draw 3 without replacement, and we want the probability that exactly 2 are red, which means the third one is blue.

The cleanest way is counting combinations. The total number of ways to choose 3 marbles out of 12 is C(12, 3). Let me compute it: 12 * 11 * 10 / 6 = 1320 / 6 = 220. So there are 220 equally likely unordered draws.

The favourable draws: choose 2 of the 5 red marbles and 1 of the 7 blue marbles. C(5, 2) = 10 and C(7, 1) = 7, so there are 10 * 7 = 70 favourable draws.

So the probability is 70 / 220. Simplify: divide numerator and denominator by 10 to get 7 / 22. Is 7/22 in lowest terms? 7 is prime and does not divide 22, so yes.

Hmm, but let me double-check with the sequential method, because it is easy to forget the orderings. The probability of the specific order red, red, blue is (5/12) * (4/11) * (7/10). Numerator: 5 * 4 * 7 = 140. Denominator: 12 * 11 * 10 = 1320. So that one order has probability 140/1320 = 7/66.

But the blue marble can be in any of three positions: RRB, RBR, BRR. Each order has the same probability, because the numerators are the same three numbers 5, 4, 7 in a different arrangement and the denominators are always 12, 11, 10. Let me verify RBR: (5/12) * (7/11) * (4/10) = 140/1320. Yes, the same. So the total is 3 * 7/66 = 21/66 = 7/22. Good, it matches the combination count.

Wait, I should also make sure I did not misread "exactly two" as "at least two". At least two would add the case of three reds: C(5, 3) = 10 draws, giving (70 + 10)/220 = 80/220 = 4/11. But the question clearly says exactly two, so 7/22 is what they want.

As a decimal, 7/22 is about 0.318, so roughly a 31.8 percent chance. Does that feel reasonable? The expected number of red marbles in three draws is 3 * 5/12 = 1.25, so getting exactly 2 being somewhat less likely than exactly 1 makes sense. Let me quickly compute exactly 1 red for a sanity check: C(5,1) * C(7,2) = 5 * 21 = 105, so 105/220. Exactly 0 red: C(7,3) = 35, so 35/220. Exactly 3 red: 10/220. Sum: 35 + 105 + 70 + 10 = 220. The four cases add up to the total, so the counts are consistent.

Therefore the probability of exactly two red marbles is 70/220 = 7/22.""",
a="P(exactly two red) = C(5,2)*C(7,1)/C(12,3) = 70/220 = 7/22, about 0.318. \\boxed{7/22}"),

dict(id="d3", lang="en",
q="What is the remainder when 3^2026 is divided by 100?",
r="""I need 3^2026 mod 100. The direct approach is Euler's theorem: gcd(3, 100) = 1 and phi(100) = 100 * (1 - 1/2) * (1 - 1/5) = 40, so 3^40 is congruent to 1 mod 100. But the actual order of 3 modulo 100 might be smaller than 40, which would make the computation easier. Let me just compute some powers.

3^1 = 3. 3^2 = 9. 3^3 = 27. 3^4 = 81. 3^5 = 243, which is 43 mod 100. 3^10 = 43^2 = 1849, which is 49 mod 100. 3^20 = 49^2 = 2401, which is 1 mod 100. Oh nice, so the order of 3 divides 20. Is it smaller? 3^10 is 49, not 1. 3^4 is 81, not 1. The order must divide 20, so the candidates are 1, 2, 4, 5, 10, 20. 3^1 = 3, 3^2 = 9, 3^4 = 81, 3^5 = 43, 3^10 = 49, none of them is 1. So the order is exactly 20.

Now reduce the exponent: 2026 divided by 20. 20 * 101 = 2020, so 2026 = 20 * 101 + 6. Therefore 3^2026 = (3^20)^101 * 3^6, which is congruent to 1 * 3^6 mod 100.

3^6 = 729, which is 29 mod 100.

Hmm, let me double-check by a different route, using the Chinese remainder theorem with 4 and 25, in case I made an arithmetic slip. Mod 4: 3 is -1, so 3^2026 = (-1)^2026 = 1 mod 4. Mod 25: phi(25) = 20, so 3^20 = 1 mod 25, and 3^2026 = 3^6 = 729 mod 25. 25 * 29 = 725, so 729 is 4 mod 25. Now I need a number that is 1 mod 4 and 4 mod 25. Candidates that are 4 mod 25: 4, 29, 54, 79. 4 mod 4 = 0, no. 29 mod 4 = 1, yes. So the answer is 29. Both methods agree.

Wait, let me also re-verify 43^2. 43^2 = 1600 + 2 * 40 * 3 + 9 = 1600 + 240 + 9 = 1849. Yes, 49 mod 100. And 49^2 = 2401. Yes, 1 mod 100. Good.

And let me re-verify the exponent reduction: 20 * 101 = 2020, and 2026 - 2020 = 6. Correct.

One more sanity check on the last two digits pattern: the powers of 3 mod 100 cycle with period 20: 3, 9, 27, 81, 43, 29, 87, 61, 83, 49, 47, 41, 23, 69, 7, 21, 63, 89, 67, 1. The sixth entry is 29. That matches 3^6 = 729.

Actually, let me also try a third approach just to be thorough, since the problem is short and a slip in modular arithmetic is easy to make. Binomial theorem: 3^2026 = 9^1013 = (10 - 1)^1013. Expanding mod 100, only the last two terms matter: C(1013, 1) * 10 * (-1)^1012 + (-1)^1013 = 10130 - 1 = 10129. Mod 100 that is 29. Three methods, same answer.

Hmm, wait, I should double-check the sign in the binomial expansion. (10 - 1)^1013 = sum over j of C(1013, j) * 10^j * (-1)^(1013 - j). Terms with j >= 2 are multiples of 100, so they vanish. j = 1: C(1013, 1) * 10 * (-1)^1012 = 1013 * 10 * 1 = 10130. j = 0: (-1)^1013 = -1. Total 10129, which is 29 mod 100. Yes.

So the remainder is 29.""",
a="The last two digits of powers of 3 repeat with period 20 (3^20 = 1 mod 100). 2026 = 20*101 + 6, so 3^2026 = 3^6 = 729, which is 29 mod 100. \\boxed{29}"),

dict(id="d4", lang="en",
q="Write a Python function that returns the length of the longest substring without repeating characters. What does it return for 'abcabcbb' and for 'pwwkew'?",
r="""The classic approach is a sliding window. I keep a left pointer and move a right pointer over the string. I also keep a dictionary from character to the last index where I saw it. When the character at the right pointer was already seen inside the current window, I move the left pointer to one past that previous occurrence. The window length right - left + 1 is a candidate for the maximum.

Let me be careful about the condition "inside the current window". If the previous occurrence is before left, I must not move left backwards. So the update is left = max(left, last[ch] + 1). That is the usual bug: people write left = last[ch] + 1 without the max and it breaks on strings like 'abba'.

Let me write it out:

def longest_unique(s):
    last = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        if ch in last and last[ch] >= left:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best

Here I used the explicit check last[ch] >= left instead of max, which is equivalent.

Now trace 'abcabcbb'. Indices: a0 b1 c2 a3 b4 c5 b6 b7.
right=0, 'a', not seen, last={a:0}, window [0,0], best=1.
right=1, 'b', not seen, window [0,1], best=2.
right=2, 'c', not seen, window [0,2], best=3.
right=3, 'a', last a=0 >= left 0, so left=1. last a=3. window [1,3] length 3, best stays 3.
right=4, 'b', last b=1 >= 1, left=2. window [2,4] length 3.
right=5, 'c', last c=2 >= 2, left=3. window [3,5] length 3.
right=6, 'b', last b=4 >= 3, left=5. window [5,6] length 2.
right=7, 'b', last b=6 >= 5, left=7. window [7,7] length 1.
So the result is 3, for 'abc'.

Now 'pwwkew'. Indices: p0 w1 w2 k3 e4 w5.
right=0, 'p', window [0,0], best=1.
right=1, 'w', window [0,1], best=2.
right=2, 'w', last w=1 >= 0, left=2. window [2,2], length 1.
right=3, 'k', window [2,3], length 2.
right=4, 'e', window [2,4], length 3, best=3.
right=5, 'w', last w=2 >= 2, left=3. window [3,5] 'kew', length 3. best stays 3.
So the result is 3, for 'wke' or 'kew'. Note 'pwke' is a subsequence, not a substring, so 4 would be wrong.

Hmm, let me test the tricky case 'abba' mentally to make sure the condition is right. a0 b1 b2 a3. right=0 best 1. right=1 best 2. right=2 'b', last b=1 >= 0, left=2, length 1. right=3 'a', last a=0, but 0 < left=2, so we do not move left. window [2,3] 'ba', length 2. best=2. Correct. Without the check, left would jump back to 1 and we would get length 3, which is wrong.

Edge cases: the empty string returns 0 because the loop never runs. A single character returns 1. All identical characters like 'bbbb' return 1. Complexity is O(n) time and O(min(n, alphabet)) space.

So the function returns 3 for 'abcabcbb' and 3 for 'pwwkew'.""",
a="""Sliding window with a last-seen map:

def longest_unique(s):
    last, left, best = {}, 0, 0
    for right, ch in enumerate(s):
        if ch in last and last[ch] >= left:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best

It returns 3 for 'abcabcbb' ('abc') and 3 for 'pwwkew' ('wke')."""),

dict(id="d5", lang="de",
q="Ein Zug fährt um 9:40 Uhr in A ab und fährt mit 80 km/h Richtung B. Um 10:10 Uhr fährt ein zweiter Zug in B ab und fährt mit 100 km/h Richtung A. Die Strecke A-B ist 310 km lang. Wann und wie weit von A entfernt begegnen sich die Züge?",
r="""Okay, zwei Züge auf derselben Strecke, sie fahren aufeinander zu. Zug 1 startet um 9:40 in A mit 80 km/h, Zug 2 startet um 10:10 in B mit 100 km/h, Abstand 310 km. Gesucht ist der Zeitpunkt des Treffens und die Entfernung von A.

Zuerst muss ich den Zeitversatz berücksichtigen. Zwischen 9:40 und 10:10 liegen 30 Minuten, also eine halbe Stunde. In dieser halben Stunde fährt Zug 1 allein: 80 km/h mal 0,5 h = 40 km. Um 10:10 ist Zug 1 also 40 km von A entfernt, und der verbleibende Abstand zwischen den Zügen beträgt 310 - 40 = 270 km.

Ab 10:10 fahren beide gleichzeitig aufeinander zu. Die Annäherungsgeschwindigkeit ist die Summe der Geschwindigkeiten: 80 + 100 = 180 km/h. Die Zeit bis zum Treffen ist 270 km / 180 km/h = 1,5 h. Hmm, 270 durch 180, das ist 1,5. Ja, also anderthalb Stunden.

Also treffen sie sich um 10:10 + 1:30 = 11:40 Uhr.

Jetzt die Entfernung von A. Zug 1 fährt insgesamt von 9:40 bis 11:40, also 2 Stunden, mit 80 km/h: 160 km. Also treffen sie sich 160 km von A entfernt.

Moment, ich prüfe das mit Zug 2. Zug 2 fährt von 10:10 bis 11:40, also 1,5 h, mit 100 km/h: 150 km. Er ist also 150 km von B entfernt. 160 + 150 = 310. Passt genau zur Gesamtstrecke. Gut.

Alternativ kann ich eine Gleichung aufstellen, um sicherzugehen. Sei t die Zeit in Stunden nach 9:40. Position von Zug 1 (gemessen ab A): 80t. Position von Zug 2: Er startet bei t = 0,5 in 310 km und fährt zurück, also 310 - 100(t - 0,5) für t >= 0,5. Gleichsetzen: 80t = 310 - 100t + 50, also 180t = 360, t = 2. Zwei Stunden nach 9:40 ist 11:40, und die Position ist 80 * 2 = 160 km. Dasselbe Ergebnis.

Ich sollte noch prüfen, ob das Treffen tatsächlich nach dem Start von Zug 2 liegt, sonst wäre die Gleichung falsch angesetzt. t = 2 ist größer als 0,5, also ja.

Hmm, eine mögliche Falle wäre, die Startzeiten zu ignorieren und einfach 310 / 180 zu rechnen. Das ergäbe etwa 1,72 h, was falsch ist, weil Zug 2 später losfährt. Die halbe Stunde Vorsprung ist wichtig.

Plausibilitätscheck: Zug 1 ist langsamer, aber er hat einen Vorsprung von 30 Minuten. Ohne Vorsprung würden sich die Züge bei 80/180 der Strecke treffen, also bei etwa 137,8 km von A. Mit Vorsprung ist der Treffpunkt weiter in Richtung B verschoben, 160 km ist also plausibel.

Noch eine kleine Kontrolle der Uhrzeiten, weil man sich bei Minuten leicht verrechnet: 10:10 plus 1 Stunde ist 11:10, plus 30 Minuten ist 11:40. Und 9:40 plus 2 Stunden ist ebenfalls 11:40. Beide Züge sind also zum selben Zeitpunkt am selben Ort, wie es sein muss.

Ergebnis: Die Züge begegnen sich um 11:40 Uhr, 160 km von A entfernt (150 km von B).""",
a="Sie begegnen sich um 11:40 Uhr, 160 km von A entfernt (bzw. 150 km von B). Zug 1 hat bis 10:10 schon 40 km zurückgelegt; die restlichen 270 km schließen beide mit 180 km/h in 1,5 h."),

dict(id="d6", lang="es",
q="¿Cuántos números de tres cifras tienen la suma de sus dígitos igual a 10?",
r="""Vale, tengo que contar los números de tres cifras abc (con a entre 1 y 9, y b, c entre 0 y 9) tales que a + b + c = 10.

Primero hago un cambio de variable para quitar la restricción a >= 1. Sea a' = a - 1, entonces a' va de 0 a 8, y la ecuación queda a' + b + c = 9, con a', b, c enteros no negativos.

Sin restricciones superiores, el número de soluciones no negativas de x + y + z = 9 es C(9 + 2, 2) = C(11, 2) = 55. Lo compruebo: 11 * 10 / 2 = 55.

Ahora tengo que restar las soluciones que violan las cotas superiores. Las cotas son a' <= 8, b <= 9, c <= 9. Como la suma total es 9, b y c nunca pueden pasar de 9, porque si b >= 10 la suma ya sería al menos 10. Así que esas cotas no eliminan nada. La única cota que importa es a' <= 8. La violación sería a' >= 9, y como la suma es 9, eso obliga a a' = 9, b = 0, c = 0. Es una sola solución. Corresponde a a = 10, que no es un dígito.

Entonces el total es 55 - 1 = 54.

Hmm, déjame verificarlo de otra manera, contando por el valor de a, para estar seguro. Para cada a de 1 a 9, necesito b + c = 10 - a, con b y c entre 0 y 9.

a = 1: b + c = 9. Soluciones: b de 0 a 9, son 10.
a = 2: b + c = 8. b de 0 a 8, son 9.
a = 3: b + c = 7, son 8.
a = 4: b + c = 6, son 7.
a = 5: b + c = 5, son 6.
a = 6: b + c = 4, son 5.
a = 7: b + c = 3, son 4.
a = 8: b + c = 2, son 3.
a = 9: b + c = 1, son 2.

Suma: 10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 2. Eso es 54, porque 1 + 2 + ... + 10 = 55 y quito el 1. Coincide.

Espera, ¿hay algún caso con b + c = 10 o más donde la cota 9 importe? Eso pasaría si a = 0, pero a no puede ser 0 en un número de tres cifras. Si se permitiera a = 0, tendríamos b + c = 10, con 11 pares menos los dos inválidos (10,0) y (0,10), es decir 9 pares. Pero eso no cuenta aquí. Bien.

Compruebo algunos ejemplos concretos: 109 (1+0+9 = 10), 190, 208, 550, 901, 910. Todos son de tres cifras y suman 10. El menor es 109 y el mayor es 910. Tiene sentido.

Hmm, una comprobación más, porque quiero estar seguro de los bordes. El número de pares de dígitos (b, c) con b + c = s es s + 1 cuando s está entre 0 y 9, y 19 - s cuando s está entre 10 y 18. Aquí s = 10 - a va de 1 (a = 9) a 9 (a = 1), siempre en el primer caso, así que la cuenta es (10 - a) + 1 = 11 - a. Sumando 11 - a para a = 1..9 obtengo 9 * 11 - 45 = 99 - 45 = 54. El mismo número por tercera vez.

Así que la respuesta es 54.""",
a="Hay 54 números. Con a' = a - 1 queda a' + b + c = 9: C(11,2) = 55 soluciones, menos la única inválida (a' = 9). \\boxed{54}"),

dict(id="d7", lang="zh-Hans",
q="一个长方形的周长是36厘米，长比宽多4厘米。这个长方形的面积是多少平方厘米？",
r="""好，我先把题目理清楚。长方形的周长是36厘米，长比宽多4厘米，要求面积。

周长公式是 2 × (长 + 宽)。所以 长 + 宽 = 36 ÷ 2 = 18 厘米。

又知道 长 - 宽 = 4 厘米。这是一个和差问题。长 = (和 + 差) ÷ 2 = (18 + 4) ÷ 2 = 11 厘米。宽 = (和 - 差) ÷ 2 = (18 - 4) ÷ 2 = 7 厘米。

检查一下：11 - 7 = 4，对。11 + 7 = 18，周长 2 × 18 = 36，对。

面积 = 长 × 宽 = 11 × 7 = 77 平方厘米。

等一下，我再用方程的方法验证一遍，免得和差公式用错。设宽为 x 厘米，那么长是 x + 4 厘米。周长：2 × (x + x + 4) = 36，即 2 × (2x + 4) = 36，4x + 8 = 36，4x = 28，x = 7。所以宽是7厘米，长是11厘米。和上面一样。

面积 11 × 7，我再算一遍：10 × 7 = 70，再加 1 × 7 = 7，共 77。没错。

有没有可能题目的意思是"长是宽的4倍"之类的？不是，题目明确说"长比宽多4厘米"，是差，不是倍数。如果是4倍的话，长 + 宽 = 5 × 宽 = 18，宽 = 3.6，那就不是整数了，所以按差来理解也更合理。

再做一个合理性检查：周长固定为36时，正方形的面积最大，边长是9，面积是81。我们的长方形比正方形"扁"一点，面积77比81小一点，这是合理的。事实上，长和宽各偏离9两厘米，面积是 81 - 2² = 77，正好吻合。这个检验很漂亮：(9 + 2)(9 - 2) = 81 - 4 = 77。

我再想一想有没有别的陷阱。比如单位：周长用厘米，面积就是平方厘米，没有换算问题。再比如"长比宽多4厘米"会不会被理解成"长比宽多4倍"？通常"多4倍"的说法在中文里本来就有歧义，但这里写的是"多4厘米"，带着长度单位，所以只能是差。

另外我也可以画一个示意图来想：把长方形的长截去4厘米，就得到一个正方形，它的边长等于宽。原来的周长36厘米，截去的部分在上下两条边各少了4厘米，一共少了8厘米，所以这个正方形的周长是 36 - 8 = 28 厘米，边长是 28 ÷ 4 = 7 厘米。这就是宽，长就是 7 + 4 = 11 厘米。第三种方法也得到同样的结果。

最后再核对一遍面积：11 × 7。可以用 (9 + 2)(9 - 2) = 81 - 4 = 77，也可以直接列竖式 11 × 7 = 77。两种算法一致。

所以答案是77平方厘米。""",
a="长 + 宽 = 18 厘米，长 - 宽 = 4 厘米，所以长 11 厘米，宽 7 厘米，面积 = 11 × 7 = 77 平方厘米。\\boxed{77}"),

dict(id="d8", lang="en",
q="Three boxes are labelled 'Apples', 'Oranges' and 'Apples and Oranges'. Every label is wrong. You may take out one fruit from one box, without looking inside. From which box should you take the fruit so that you can correct all three labels, and how?",
r="""This is the classic mislabelled boxes puzzle. Let me reason it through rather than just recalling the answer, because I want to justify why it works.

Call the boxes by their current labels: A (labelled Apples), O (labelled Oranges), M (labelled Apples and Oranges). Every label is wrong. So box A does not contain only apples; it contains either only oranges or the mix. Box O contains either only apples or the mix. Box M does not contain the mix, so it contains either only apples or only oranges.

Suppose I draw from box A. If I get an orange, the box could be 'only oranges' or 'mixed', and I cannot tell which from one fruit. That is ambiguous. Same problem for box O: drawing an apple does not distinguish 'only apples' from 'mixed'. So drawing from A or O can fail.

Now suppose I draw from box M. Box M is known to be pure, either all apples or all oranges. So one fruit tells me exactly what it is. Say I draw an apple. Then M is actually the apples box.

Now what about A and O? The remaining contents are 'only oranges' and 'mixed'. Box A cannot be oranges-only? Wait, let me redo this. Box A's label says Apples, which is wrong, so A is oranges-only or mixed. Box O's label says Oranges, which is wrong, so O is apples-only or mixed. But apples-only is already taken by M. So O must be mixed. Then A gets the remaining content, oranges-only. Let me check that A being oranges-only is consistent with A's label being wrong: the label says Apples, the content is oranges, so the label is wrong. Good.

The other case: I draw an orange from M. Then M is oranges-only. Box A (labelled Apples) must be apples-only or mixed... hmm, no. Box A cannot be apples-only, because its label would then be correct. So A is mixed, oranges are taken, so A is mixed. And O gets apples-only. Check: O labelled Oranges, contains apples, wrong label. Good.

Let me double-check there is no other consistent assignment in either case. Total permutations of three contents over three boxes is 6. The all-wrong condition leaves only derangements, and there are exactly 2 derangements of 3 items: (A gets oranges, O gets mixed, M gets apples) and (A gets mixed, O gets apples, M gets oranges). The single draw from M distinguishes exactly these two, because M holds apples in the first and oranges in the second. So one draw from M is always sufficient, and a draw from A or O is not, because in both derangements A holds something containing oranges, and O holds something containing apples.

So the strategy is: take a fruit from the box labelled 'Apples and Oranges'. If it is an apple, relabel that box Apples, the box labelled Oranges becomes Apples and Oranges, and the box labelled Apples becomes Oranges. If it is an orange, relabel that box Oranges, the box labelled Apples becomes Apples and Oranges, and the box labelled Oranges becomes Apples.""",
a="Take one fruit from the box labelled 'Apples and Oranges'. It must be a pure box, so the fruit tells you its true contents; the other two labels then follow, because only two all-wrong arrangements exist."),
]
