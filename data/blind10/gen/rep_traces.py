# -*- coding: utf-8 -*-
"""Hand-written worked demonstrations (question, reasoning, answer) for the REP family.

Ten traces in five languages (en x4, de x2, zh x2, es x1, fr x1). Each reasoning is
written in the rambling self-checking style of a reasoning model and is >= ~2,000 chars.
"""

TRACES = {}

TRACES["t_en_divisors"] = dict(lang="en",
question="How many positive divisors of 720 are perfect squares?",
reasoning="""Okay, so I need to count the divisors of 720 that are also perfect squares. The cleanest way is through the prime factorization, so let me get that first.

720 = 72 * 10. 72 = 8 * 9 = 2^3 * 3^2, and 10 = 2 * 5. So 720 = 2^3 * 3^2 * 2 * 5 = 2^4 * 3^2 * 5^1. Let me double-check by multiplying back: 2^4 = 16, 16 * 9 = 144, 144 * 5 = 720. Yes, good.

Any divisor d of 720 has the form 2^a * 3^b * 5^c with 0 <= a <= 4, 0 <= b <= 2, 0 <= c <= 1. As a sanity check the total number of divisors would be (4+1)(2+1)(1+1) = 5*3*2 = 30. That seems right for 720, it is a fairly composite number.

Now, d is a perfect square exactly when every exponent in its factorization is even. So I need a even, b even, c even.

For a in {0,1,2,3,4}, the even choices are 0, 2, 4. That's 3 options.
For b in {0,1,2}, the even choices are 0 and 2. That's 2 options.
For c in {0,1}, the only even choice is 0. That's 1 option.

So the count is 3 * 2 * 1 = 6.

Hmm, wait, let me make sure I'm not missing something about c. Could c = 2? No, 5^2 = 25 does not divide 720 because 720 / 25 = 28.8, not an integer. So c is capped at 1 and only c = 0 works for a square. Fine.

Let me actually list them to be safe:
- a=0, b=0: 1
- a=2, b=0: 4
- a=4, b=0: 16
- a=0, b=2: 9
- a=2, b=2: 36
- a=4, b=2: 144

Check each divides 720: 720/1 = 720, 720/4 = 180, 720/16 = 45, 720/9 = 80, 720/36 = 20, 720/144 = 5. All integers. And each is obviously a square: 1, 2^2, 4^2, 3^2, 6^2, 12^2.

Are there any squares I might have skipped, like 25, 100, 400, 225? 25 needs 5^2, no. 100 = 2^2 * 5^2, no. 400 = 2^4 * 5^2, no. 225 = 3^2 * 5^2, no. 64 = 2^6, exponent too high, 720/64 = 11.25, no. 81 = 3^4, 720/81 is not an integer. 49 involves 7, no. So nothing else sneaks in.

Alternatively, I can think of it as: square divisors of N correspond to divisors of the largest m with m^2 | N. Here the largest such m is 2^2 * 3 = 12, because m^2 = 144 divides 720. Divisors of 12 are 1, 2, 3, 4, 6, 12, that's 6 of them, and squaring gives 1, 4, 9, 16, 36, 144. Same list. Good, two methods agree.

So the answer is 6.""",
answer="There are 6 such divisors: 1, 4, 9, 16, 36 and 144. \\boxed{6}")

TRACES["t_en_dice"] = dict(lang="en",
question="Two fair six-sided dice are rolled. What is the probability that the sum is a prime number?",
reasoning="""Let me think about this. Two fair dice, so 36 equally likely ordered outcomes (first die, second die). The sum ranges from 2 to 12. I need the sums that are prime.

Primes between 2 and 12: 2, 3, 5, 7, 11. Is 9 prime? No, 9 = 3*3. 4, 6, 8, 10, 12 are even and bigger than 2, so not prime. So the candidate sums are 2, 3, 5, 7, 11.

Now count the ordered pairs for each sum. The standard count for sum s is s-1 when s <= 7 and 13-s when s >= 7.

- Sum 2: only (1,1). That's 1.
- Sum 3: (1,2), (2,1). That's 2.
- Sum 5: (1,4), (2,3), (3,2), (4,1). That's 4.
- Sum 7: (1,6), (2,5), (3,4), (4,3), (5,2), (6,1). That's 6.
- Sum 11: (5,6), (6,5). That's 2.

Total favourable = 1 + 2 + 4 + 6 + 2 = 15.

Wait, let me double check the formula for 11: 13 - 11 = 2. Yes. And for 5: 5 - 1 = 4. Yes.

So the probability is 15/36. Simplify: both divisible by 3, giving 5/12.

Hmm, but should I worry about ordered vs unordered? If someone counted unordered pairs they would get 21 outcomes that are not equally likely, which is the classic mistake. With ordered pairs everything is uniform at 1/36, so 15/36 is right.

Let me sanity check with the complement. Non-prime sums: 4, 6, 8, 9, 10, 12.
- 4: 3 ways
- 6: 5 ways
- 8: 5 ways
- 9: 4 ways
- 10: 3 ways
- 12: 1 way
Total = 3 + 5 + 5 + 4 + 3 + 1 = 21. And 15 + 21 = 36. 

So the complement check works. The probability is 5/12, which is about 0.4167, a bit under one half. That feels plausible, because 7 is the most common sum and it is prime, which pulls the probability up, but the even sums 6 and 8 are also common and they are not prime.

Just to be thorough, could the question mean something like 'the sum of the two numbers shown is prime' where a die could show 0? No, standard six-sided dice are 1 to 6. And 'fair' means uniform. So nothing unusual.

One more way to see it, as a grid: picture a 6 by 6 table with the first die along the rows and the second along the columns. The anti-diagonals are the constant sums. The sum-7 diagonal is the long one in the middle with 6 cells, the sum-5 diagonal has 4 cells, sum-3 has 2, sum-2 is the single corner cell, and sum-11 is the 2 cells next to the opposite corner. Shading them gives 15 cells out of 36. Same thing.

Final answer: 5/12.""",
answer="The probability is 15/36 = 5/12. \\boxed{\\tfrac{5}{12}}")

TRACES["t_en_brackets"] = dict(lang="en",
question="Write a Python function is_balanced(s) that returns True if the brackets (), [] and {} in the string s are balanced and properly nested, and False otherwise. Other characters should be ignored.",
reasoning="""The user wants a bracket-balancing checker. Classic stack problem. Let me think through the details before writing code.

Idea: scan left to right. When I see an opening bracket, push it. When I see a closing bracket, the top of the stack must be the matching opener; if the stack is empty or the top does not match, return False right away. At the end, the string is balanced only if the stack is empty.

Mapping: ')' -> '(', ']' -> '[', '}' -> '{'. I'll keep a dict from closer to opener, and a set of openers.

Edge cases:
- Empty string: no brackets, so balanced, return True. The loop does nothing and the stack is empty, so True. Good.
- Only other characters, like 'abc': also True.
- '(' alone: stack ends with one element, False. Good.
- ')' alone: closing with empty stack, must return False, not crash. So I need to check 'if not stack' before popping. Or use stack.pop() inside try. I prefer the explicit check.
- '([)]': push '(', push '[', then ')' arrives, top is '[', mismatch, False. Correct, because this is not properly nested.
- '{[]}()': push '{', push '[', ']' pops '[', '}' pops '{', '(' push, ')' pop. Empty, True.

Hmm, what about quotes or escaped characters? The prompt says other characters should be ignored, so I won't treat strings specially. That's simpler and matches the spec.

Complexity is O(n) time and O(n) space in the worst case, like '((((((('.

Should I return early when the stack gets longer than the remaining characters? It's a micro-optimisation, not needed.

Wait, one more thing: should I handle other bracket types like '<>'? The spec lists only three kinds, so no. But I could make the mapping a module-level constant so it's easy to extend.

Let me write it:

PAIRS = {')': '(', ']': '[', '}': '{'}
OPENERS = set(PAIRS.values())

def is_balanced(s):
    stack = []
    for ch in s:
        if ch in OPENERS:
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack[-1] != PAIRS[ch]:
                return False
            stack.pop()
    return not stack

Let me trace 'a(b[c]d)e': 'a' ignored, '(' push, 'b' ignored, '[' push, 'c' ignored, ']' top '[' matches, pop, 'd' ignored, ')' top '(' matches, pop, 'e' ignored. Stack empty, True. Good.

Trace '(]': '(' push, ']' top is '(' but PAIRS[']'] = '[', mismatch, False. Good.

I think that's correct. I'll present the function with a couple of quick asserts as examples.""",
answer="""```python
PAIRS = {')': '(', ']': '[', '}': '{'}
OPENERS = set(PAIRS.values())

def is_balanced(s):
    stack = []
    for ch in s:
        if ch in OPENERS:
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack[-1] != PAIRS[ch]:
                return False
            stack.pop()
    return not stack

assert is_balanced("{[]}()")
assert not is_balanced("([)]")
```""")

TRACES["t_en_inradius"] = dict(lang="en",
question="A right triangle has legs of length 20 and 21. What is the radius of its inscribed circle?",
reasoning="""Right triangle with legs 20 and 21. First, the hypotenuse: c = sqrt(20^2 + 21^2) = sqrt(400 + 441) = sqrt(841). Is 841 a perfect square? 29^2 = 841, since 30^2 = 900 and 900 - 59 = 841, and 29^2 = (30-1)^2 = 900 - 60 + 1 = 841. Yes. So c = 29. Nice, 20-21-29 is a Pythagorean triple.

Now the inradius. There are two formulas I remember.

Formula 1: r = Area / s, where s is the semiperimeter.
Area of a right triangle = (1/2) * leg1 * leg2 = (1/2) * 20 * 21 = 210.
Perimeter = 20 + 21 + 29 = 70, so s = 35.
r = 210 / 35 = 6.

Formula 2, specific to right triangles: r = (a + b - c) / 2.
(20 + 21 - 29) / 2 = 12 / 2 = 6.

Both give 6. Good.

Let me make sure I understand why formula 2 works, just so I trust it. Put the right angle at the origin with legs along the axes. The incircle touches both legs, so its center is at (r, r). The tangent lengths from the right-angle vertex are both r. From the vertex at the end of leg a, the tangent lengths are a - r, and from the end of leg b they are b - r. The hypotenuse is split into those two tangent segments, so c = (a - r) + (b - r), which gives r = (a + b - c)/2. Yes, that's right.

Hmm, is there any chance the question wants the circumscribed circle instead? No, it says inscribed. For the record, the circumradius of a right triangle is c/2 = 14.5, but that's not asked.

Wait, let me double-check the area computation once more: 20 * 21 = 420, half is 210. And 35 * 6 = 210. Consistent.

Another sanity check: the inradius must be less than half of the shorter leg, since the circle fits inside. Half of 20 is 10, and 6 < 10. Fine. Also the diameter 12 is smaller than both legs. Plausible.

Actually, let me also verify with coordinates, because it's cheap. Put the right angle at C = (0, 0), B = (20, 0) and A = (0, 21). The hypotenuse AB has the line equation x/20 + y/21 = 1, i.e. 21x + 20y - 420 = 0. The incenter should be at (r, r) = (6, 6). Its distance to AB is |21*6 + 20*6 - 420| / sqrt(21^2 + 20^2) = |126 + 120 - 420| / 29 = 174 / 29 = 6. And its distances to the two legs (the axes) are obviously 6 and 6. So the point (6, 6) is equidistant, 6 units, from all three sides. That's exactly the incircle.

So the answer is r = 6.""",
answer="The hypotenuse is 29, the area is 210 and the semiperimeter is 35, so r = 210/35 = 6. \\boxed{6}")

TRACES["t_de_fakultaet"] = dict(lang="de",
question="Was ist die kleinste natürliche Zahl n, für die n! mit mindestens 10 Nullen endet?",
reasoning="""Okay, gesucht ist das kleinste n, sodass n! mindestens 10 Nullen am Ende hat. Die Anzahl der Endnullen hängt davon ab, wie oft der Faktor 10 = 2 * 5 in n! steckt. Zweien gibt es immer mehr als Fünfen, also zählt nur die Anzahl der Faktoren 5.

Die Formel (Legendre): Z(n) = floor(n/5) + floor(n/25) + floor(n/125) + ...

Ich brauche Z(n) >= 10.

Grobe Schätzung: ohne die 25er-Terme bräuchte ich n/5 >= 10, also n >= 50. Aber ab 25 kommen Extrafaktoren dazu, also wird n kleiner sein als 50.

Probieren wir:
- n = 40: floor(40/5) = 8, floor(40/25) = 1, zusammen 9. Zu wenig.
- n = 44: floor(44/5) = 8, floor(44/25) = 1, zusammen 9. Immer noch 9.
- n = 45: floor(45/5) = 9, floor(45/25) = 1, zusammen 10. Passt!

Moment, ich muss prüfen, dass es zwischen 40 und 45 keinen Sprung gibt. Z(n) ändert sich nur, wenn n ein Vielfaches von 5 ist. Zwischen 40 und 44 ist kein Vielfaches von 5, also bleibt Z bei 9. Bei 45 springt es auf 10. Also ist 45 das kleinste.

Noch mal zur Kontrolle, ob ich bei 25 richtig gezählt habe: 25 = 5^2 liefert zwei Fünfen. Die Vielfachen von 5 bis 45 sind 5, 10, 15, 20, 25, 30, 35, 40, 45, also neun Stück, und 25 liefert eine zusätzliche Fünf. Das sind 9 + 1 = 10 Fünfen. Zweien gibt es reichlich: floor(45/2) + floor(45/4) + floor(45/8) + floor(45/16) + floor(45/32) = 22 + 11 + 5 + 2 + 1 = 41. Also 10 Zehner-Faktoren, genau 10 Nullen.

Hmm, kann es sein, dass 'mindestens 10' bei einem kleineren n schon erreicht wird, weil Z nicht monoton wäre? Nein, Z(n) ist monoton nicht fallend, weil n! immer ein Teiler von (n+1)! ist. Also ist die erste Stelle, an der 10 erreicht wird, die Antwort.

Zum Vergleich: Z(49) = 9 + 1 = 10, Z(50) = 10 + 2 = 12. Interessant, bei 50 springt es um 2, weil 50 = 2 * 25 zwei Fünfen hat. Es gibt also zum Beispiel keine Fakultät mit genau 11 Endnullen. Das ist aber für die Frage egal.

Ich könnte noch die Gegenrichtung prüfen, also dass 44! wirklich nur 9 Nullen hat und nicht zufällig mehr. Da die Anzahl der Nullen exakt durch die Anzahl der Fünfen bestimmt ist (Zweien sind im Überschuss), gibt es keine anderen Quellen für Nullen. Eine Ziffer 0 mitten in der Zahl zählt ja nicht als Endnull. Also hat 44! genau 9 Endnullen. Passt.

Ergebnis: n = 45.""",
answer="Die Anzahl der Endnullen ist Z(n) = ⌊n/5⌋ + ⌊n/25⌋ + … . Es gilt Z(44) = 9 und Z(45) = 10, also ist die gesuchte Zahl \\boxed{45}.")

TRACES["t_de_alter"] = dict(lang="de",
question="Eine Mutter ist heute dreimal so alt wie ihre Tochter. In 12 Jahren wird sie nur noch doppelt so alt sein. Wie alt sind die beiden heute?",
reasoning="""Lass mich das als Gleichungssystem aufschreiben. Sei t das heutige Alter der Tochter und m das heutige Alter der Mutter.

Bedingung 1: m = 3t.
Bedingung 2: In 12 Jahren ist die Mutter doppelt so alt wie die Tochter: m + 12 = 2(t + 12).

Einsetzen: 3t + 12 = 2t + 24. Also t = 12. Dann m = 36.

Probe: Heute 36 und 12, 36 = 3 * 12, stimmt. In 12 Jahren 48 und 24, 48 = 2 * 24, stimmt auch.

Hmm, das ging schnell. Lass mich kurz überlegen, ob ich die Aufgabe richtig gelesen habe. 'Nur noch doppelt so alt' bedeutet, dass das Verhältnis von 3 auf 2 sinkt. Das ist plausibel, weil der absolute Abstand gleich bleibt (hier 24 Jahre), während beide älter werden, also nähert sich das Verhältnis der 1 an. Der Altersunterschied ist 36 - 12 = 24, und in 12 Jahren 48 - 24 = 24. Konstanter Abstand, gut.

Alternative Herangehensweise über den Altersunterschied: Der Unterschied d ist immer gleich. Heute gilt m = 3t, also d = 2t. In 12 Jahren gilt m' = 2t', also d = t'. Damit ist t' = 2t, und t' = t + 12, also 2t = t + 12, t = 12. Gleiches Ergebnis. Schön, zwei Wege, eine Antwort.

Ist das realistisch? Eine Mutter, die mit 24 ein Kind bekommen hat, ja, völlig normal.

Könnte 'in 12 Jahren' auch 'vor 12 Jahren' gemeint sein? Nein, da steht eindeutig 'in 12 Jahren', also Zukunft. Und 'vor 12 Jahren' wäre die Tochter 0 gewesen, was ohnehin eine Randbedingung wäre.

Wait, noch etwas: Sollte ich Bruchteile von Jahren berücksichtigen? Die Zahlen gehen glatt auf, also keine Notwendigkeit.

Noch eine letzte Kontrolle mit allgemeiner Formel: Wenn heute m = k*t und in j Jahren m + j = l*(t + j), dann ist t = j(l - 1)/(k - l). Mit k = 3, l = 2, j = 12: t = 12 * 1 / 1 = 12. Passt.

Und noch ein schneller Plausibilitätscheck mit einer Tabelle über die Jahre, um zu sehen, wie das Verhältnis wandert: heute 36/12 = 3; in 6 Jahren 42/18 = 2,33; in 12 Jahren 48/24 = 2; in 24 Jahren 60/36 = 1,67. Das Verhältnis fällt monoton und erreicht genau nach 12 Jahren den Wert 2. Alles konsistent.

Antwort: Tochter 12 Jahre, Mutter 36 Jahre.""",
answer="Aus m = 3t und m + 12 = 2(t + 12) folgt t = 12 und m = 36. Die Tochter ist heute 12 Jahre alt, die Mutter 36.")

TRACES["t_zh_jitu"] = dict(lang="zh",
question="笼子里有鸡和兔子，一共35个头，94只脚。鸡和兔子各有多少只？",
reasoning="""好的，这是经典的鸡兔同笼问题。鸡有1个头2只脚，兔子有1个头4只脚。一共35个头，94只脚。

先用假设法。假设35只全是鸡，那么脚的数量是 35 × 2 = 70 只。但实际有94只脚，多出了 94 − 70 = 24 只。每把一只鸡换成一只兔子，脚就多 4 − 2 = 2 只。所以兔子的数量是 24 ÷ 2 = 12 只。鸡就是 35 − 12 = 23 只。

检查一下：23只鸡的脚是 23 × 2 = 46，12只兔子的脚是 12 × 4 = 48，加起来 46 + 48 = 94。对。头数 23 + 12 = 35。也对。

等一下，我再用方程的方法确认一遍，免得假设法哪里算错。设鸡有 x 只，兔有 y 只。
x + y = 35
2x + 4y = 94
第二个方程两边除以2：x + 2y = 47。减去第一个方程：y = 12。于是 x = 23。和上面一样。

还可以反过来假设全是兔子：35 × 4 = 140 只脚，比实际多 140 − 94 = 46 只。每把一只兔子换成鸡，少2只脚，所以鸡是 46 ÷ 2 = 23 只。兔子 35 − 23 = 12 只。三种方法结果都一致。

有没有可能题目有陷阱，比如有的兔子少一条腿之类的？题目没有这种说法，按常规理解即可。另外答案都是正整数，合理。如果算出来是小数或者负数，那就说明题目数据有问题，这里没有这种情况。

嗯，还有一种"抬脚法"：让每只动物都抬起两只脚，那么鸡就没有脚着地了，兔子还剩两只脚着地。抬起的脚一共 35 × 2 = 70 只，剩下 94 − 70 = 24 只脚都是兔子的，每只兔子剩2只，所以兔子是 12 只。又是同样的答案。这个方法其实和第一个假设法本质上是一样的。

我再想想有没有更一般的公式，方便以后直接用。设总头数为 H，总脚数为 F。兔子数 = (F − 2H) ÷ 2，鸡数 = (4H − F) ÷ 2。代进去：兔子 = (94 − 70) ÷ 2 = 12，鸡 = (140 − 94) ÷ 2 = 23。和前面一致。

顺便检查一下这个公式什么时候有解：需要 2H ≤ F ≤ 4H，并且 F 是偶数。这里 70 ≤ 94 ≤ 140，而且 94 是偶数，所以有非负整数解。如果脚数是奇数，比如 95，那题目就无解了，因为鸡和兔子的脚数都是偶数，总和不可能是奇数。

嗯，再从另一个角度想：如果鸡和兔子一样多，各 17.5 只，那脚数应该是 17.5 × 6 = 105 只。实际是 94，比 105 少，说明鸡比兔子多。我们的答案鸡23、兔12，确实鸡多，方向是对的。

再验算一次乘法：23 × 2 = 46，没问题；12 × 4 = 48，没问题；46 + 48：40 + 40 = 80，6 + 8 = 14，80 + 14 = 94。对的。

最后整理一下要写在答案里的东西：用假设法的步骤最直观，适合给学生看；方程法最严谨。答案里我就写结论和一行验算就够了。

所以最终答案：鸡23只，兔子12只。""",
answer="鸡有23只，兔子有12只。（验证：23×2 + 12×4 = 46 + 48 = 94，23 + 12 = 35。）")

TRACES["t_zh_mod"] = dict(lang="zh",
question="求 3 的 100 次方除以 7 的余数。",
reasoning="""要求 3^100 mod 7。直接算肯定不行，数太大了，需要找规律。

先算 3 的幂对 7 取余：
3^1 = 3，余 3
3^2 = 9，9 − 7 = 2，余 2
3^3 = 3 × 2 = 6，余 6
3^4 = 3 × 6 = 18，18 − 14 = 4，余 4
3^5 = 3 × 4 = 12，12 − 7 = 5，余 5
3^6 = 3 × 5 = 15，15 − 14 = 1，余 1

好，3^6 ≡ 1 (mod 7)。这和费马小定理一致：7 是质数，3 不是 7 的倍数，所以 3^(7−1) = 3^6 ≡ 1。而且从上面看 3 的阶正好是 6，3 是模 7 的原根，余数 3,2,6,4,5,1 把 1 到 6 都走了一遍。

所以周期是 6。100 除以 6：6 × 16 = 96，100 − 96 = 4。于是 3^100 = (3^6)^16 × 3^4 ≡ 1^16 × 3^4 ≡ 3^4 (mod 7)。

3^4 = 81，81 ÷ 7 = 11 余 4，因为 7 × 11 = 77，81 − 77 = 4。和上面表里的 3^4 余 4 一致。

等等，我再检查一下 100 mod 6。6 × 17 = 102，比 100 大，所以商是 16，余 4。没错。

换一个方法验证：3^2 ≡ 2，所以 3^100 = (3^2)^50 ≡ 2^50 (mod 7)。2^3 = 8 ≡ 1，所以 2 的周期是 3。50 = 3 × 16 + 2，2^50 ≡ 2^2 = 4。同样得到 4。两种方法一致。

嗯，答案应该是 4。也可以顺便想一下，如果题目问的是 3^100 的个位数，那是模 10 的问题，答案会是 1，但这里问的是除以 7 的余数，别弄混。

再用二项式展开验证一下，虽然有点绕：3^100 = 9^50 = (7 + 2)^50。展开后除了最后一项 2^50 以外，每一项都含有因子 7，所以 3^100 ≡ 2^50 (mod 7)。这其实就是刚才第二种方法，只是换了个说法。2^50 = (2^3)^16 × 2^2 = 8^16 × 4 ≡ 1^16 × 4 = 4。还是 4。

我还想确认一下周期表没有算错，把 3^6 = 729 直接除以 7：7 × 104 = 728，729 − 728 = 1。确实 3^6 ≡ 1。3^4 = 81，7 × 11 = 77，余 4。3^5 = 243，7 × 34 = 238，余 5。和表里一致。

有人可能会用欧拉定理，φ(7) = 6，得出同样的周期 6。但要注意，欧拉定理只保证周期整除 6，实际的阶可能更小，比如 2 模 7 的阶就是 3。不过不管阶是多少，用 6 来约化指数都是对的，因为 3^6 ≡ 1 一定成立。

最后再想一下答案的表述：余数应该在 0 到 6 之间，4 在这个范围内。没问题。

最终：余数是 4。""",
answer="由于 3^6 ≡ 1 (mod 7)，且 100 = 6×16 + 4，所以 3^100 ≡ 3^4 = 81 ≡ 4 (mod 7)。余数为 \\boxed{4}。")

TRACES["t_es_trenes"] = dict(lang="es",
question="Dos ciudades están a 300 km. Un tren sale de A hacia B a las 9:00 a 70 km/h; otro sale de B hacia A a las 9:30 a 80 km/h. ¿A qué hora se cruzan y a qué distancia de A?",
reasoning="""Vale, a ver. Dos trenes que van uno hacia el otro, pero salen a horas distintas. Lo primero es ver qué pasa en la media hora en la que solo se mueve el tren de A.

De 9:00 a 9:30 el tren de A recorre 70 km/h × 0,5 h = 35 km. Entonces a las 9:30 la distancia entre los dos trenes es 300 − 35 = 265 km.

A partir de las 9:30 se mueven los dos, uno hacia el otro, así que la velocidad de acercamiento es 70 + 80 = 150 km/h. El tiempo hasta que se cruzan es 265 / 150 horas.

265 / 150 = 1,7666... horas. Pasemos a minutos: 0,7666... × 60 = 46 minutos. Exactamente: 265/150 h = 265 × 60 / 150 min = 15900 / 150 = 106 minutos. O sea 1 hora y 46 minutos. Bien, sale exacto en minutos.

Entonces se cruzan a las 9:30 + 1:46 = 11:16.

Ahora, la distancia desde A. El tren de A ha viajado desde las 9:00 hasta las 11:16, que son 2 horas y 16 minutos = 136 minutos. Distancia = 70 × 136/60 = 9520/60 = 158,67 km aproximadamente. Exacto: 9520/60 = 476/3 = 158,666... km.

Comprobación con el otro tren: el de B viaja de 9:30 a 11:16, 106 minutos. 80 × 106/60 = 8480/60 = 141,33 km, o sea 424/3 km. Suma: 476/3 + 424/3 = 900/3 = 300 km. Perfecto, cuadra.

Espera, ¿y si la pregunta esperaba que ignorara la media hora? No, el enunciado dice claramente 9:00 y 9:30, así que hay que tenerla en cuenta. Si los dos salieran a la vez, el encuentro sería a los 300/150 = 2 horas, a 140 km de A. Pero no es el caso.

Otra forma de plantearlo: sea t el tiempo en horas desde las 9:00. Posición del tren A: 70t. Posición del tren B medida desde A: 300 − 80(t − 0,5) para t ≥ 0,5. Igualando: 70t = 300 − 80t + 40, 150t = 340, t = 340/150 = 2,2666... h = 2 h 16 min. Hora: 11:16. Posición: 70 × 34/15 = 2380/15 = 158,67 km. Lo mismo.

Un último detalle: ¿redondeo o dejo fracción? Como la hora sale exacta (11:16), la doy así. La distancia no es entera, así que pongo 476/3 km y su valor aproximado 158,7 km. Y tiene sentido que el punto de cruce esté algo más cerca de B que del centro (150 km), porque el tren de A salió antes y ya llevaba ventaja, aunque el de B es más rápido.

Respuesta: se cruzan a las 11:16, a unos 158,7 km de A.""",
answer="Se cruzan a las 11:16, a 476/3 ≈ 158,7 km de la ciudad A (y ≈ 141,3 km de B).")

TRACES["t_fr_ananas"] = dict(lang="fr",
question="De combien de façons peut-on ordonner les lettres du mot ANANAS de sorte que deux A ne soient jamais côte à côte ?",
reasoning="""Bon, le mot ANANAS a six lettres : A, N, A, N, A, S. Donc trois A, deux N et un S.

D'abord, pour me repérer, le nombre total d'anagrammes sans contrainte : 6! / (3! × 2! × 1!) = 720 / (6 × 2) = 60.

Maintenant la contrainte : aucun A adjacent à un autre A. La méthode classique, c'est de placer d'abord les lettres qui ne sont pas des A, puis d'insérer les A dans les trous.

Les lettres non-A sont N, N, S. Nombre de façons de les ordonner : 3! / 2! = 3. Ce sont NNS, NSN, SNN.

Une fois ces trois lettres placées, il y a 4 emplacements possibles pour les A : avant la première lettre, entre la 1re et la 2e, entre la 2e et la 3e, et après la dernière. Schéma : _ X _ X _ X _. Pour que deux A ne se touchent pas, il faut mettre au plus un A par emplacement. On doit placer 3 A, identiques, dans 4 emplacements distincts : C(4, 3) = 4 façons.

Total : 3 × 4 = 12.

Attends, vérifions en listant pour un ordre, par exemple NNS. Les emplacements sont 0, 1, 2, 3. Choix de 3 emplacements parmi 4 :
- {0,1,2} : A N A N A S → ANANAS. Oui, c'est le mot lui-même, pas de A adjacents.
- {0,1,3} : A N A N S A → ANANSA.
- {0,2,3} : A N N A S A → ANNASA.
- {1,2,3} : N A N A S A → NANASA.
Quatre mots, tous valides. Pareil pour NSN et SNN. Donc 12.

Hmm, est-ce que j'oublie un cas où deux A seraient séparés uniquement parce qu'ils sont aux extrémités ? Non, les extrémités ne sont pas adjacentes entre elles, c'est une ligne et pas un cercle. Si c'était une disposition circulaire, il faudrait recompter, mais l'énoncé parle d'ordonner les lettres d'un mot, donc c'est linéaire.

Contrôle par le complément, pour être sûr : 60 − 12 = 48 anagrammes ont au moins deux A collés. Vérifions grossièrement : nombre d'anagrammes où les trois A sont collés (bloc AAA) : on ordonne AAA, N, N, S, soit 4!/2! = 12. Nombre où exactement deux A sont collés et le troisième séparé : on a un bloc AA et un A seul, plus N, N, S ; on place N, N, S (3 façons), ce qui donne 4 trous, et on met AA et A dans deux trous différents, ordonnés car distincts : 4 × 3 = 12, donc 3 × 12 = 36. Total 12 + 36 = 48. Et 48 + 12 = 60. Parfait, ça colle.

Réponse : 12.""",
answer="On place d'abord N, N, S (3 façons), puis les trois A dans 3 des 4 intervalles (C(4,3) = 4 façons) : 3 × 4 = \\boxed{12}.")

for _k, _v in TRACES.items():
    pass
