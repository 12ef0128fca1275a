# -*- coding: utf-8 -*-
"""Eight hand-written shadow reasoning traces (question, reasoning, answer), reused by the
REP-style demonstrations in rep.py. Written fresh for blind4."""

TRACES = []

TRACES.append(dict(
    q="How many positive divisors does 3600 have?",
    r="""Okay, so the question asks for the number of positive divisors of 3600. The standard way is to factor the number into primes and then use the formula: if n = p1^a1 * p2^a2 * ... then the number of divisors is (a1+1)(a2+1)... Let me factor 3600 carefully. 3600 = 36 * 100. 36 = 2^2 * 3^2 and 100 = 2^2 * 5^2. So 3600 = 2^4 * 3^2 * 5^2. Wait, let me double-check that by multiplying back: 2^4 = 16, 3^2 = 9, 5^2 = 25. 16 * 9 = 144, and 144 * 25 = 3600. Yes, that's right.

Now the exponents are 4, 2 and 2. Adding one to each gives 5, 3 and 3. Multiplying: 5 * 3 = 15, 15 * 3 = 45. So there should be 45 positive divisors.

Hmm, but let me sanity check this another way, because it's easy to slip on the exponent of 2. 3600 is 60^2, and 60 = 2^2 * 3 * 5, so 60^2 = 2^4 * 3^2 * 5^2. Same factorization, good. Also, since 3600 is a perfect square, the number of divisors has to be odd: divisors pair up as (d, 3600/d) except d = 60, which pairs with itself. 45 is odd, so that's consistent.

Just to be extra careful, let me count by the power of 2. For 2^0 there are (2+1)(2+1) = 9 ways to choose the 3-part and the 5-part. Same 9 for 2^1, 2^2, 2^3 and 2^4. That's 5 * 9 = 45 again. I could start listing them: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 25, ... but that list gets long and the formula is reliable here.

Is the question maybe asking for proper divisors? It says positive divisors, so both 1 and 3600 are included. If it had asked for proper divisors the answer would be 44. I'll go with 45.""",
    a=r"""3600 = 2^4 * 3^2 * 5^2, so it has (4+1)(2+1)(2+1) = \boxed{45} positive divisors.""",
))

TRACES.append(dict(
    q="Find the remainder when 7^2026 is divided by 100.",
    r="""Alright, I need 7^2026 mod 100. Computing the power directly is hopeless, so I should look for a cycle. Let me compute small powers of 7 modulo 100. 7^1 = 7. 7^2 = 49. 7^3 = 343, which is 43 mod 100. 7^4 = 43 * 7 = 301, which is 1 mod 100. Oh nice, 7^4 is congruent to 1 mod 100. That's a really short cycle.

Wait, let me double check 7^4 directly: 7^2 = 49, and 49^2 = 2401. 2401 mod 100 = 1. Yes, confirmed.

So the powers of 7 mod 100 repeat with period 4: 7, 49, 43, 1, 7, 49, 43, 1, ... Now I need 2026 mod 4. 2024 is divisible by 4 (because 24 is), so 2026 = 2024 + 2, which means 2026 is 2 mod 4. Therefore 7^2026 = (7^4)^506 * 7^2, which is 1^506 * 49 = 49 mod 100.

Hmm, let me make sure I didn't mess up the exponent split. 4 * 506 = 2024. 2024 + 2 = 2026. Right.

Another sanity check with Euler's theorem: phi(100) = 40, so 7^40 is 1 mod 100 for sure, and the order of 7 has to divide 40. 4 divides 40, which is consistent with what I found. The Carmichael function gives lambda(100) = 20, also a multiple of 4. Everything lines up.

And a last-digit check: the last digit of powers of 7 cycles 7, 9, 3, 1. Exponent 2026 is 2 mod 4, so the last digit should be 9, and 49 ends in 9. Consistent.

So the remainder is 49. The question asks for the remainder, so the answer is just 49.""",
    a=r"""Since 7^4 = 2401 leaves remainder 1 and 2026 = 4*506 + 2, we get 7^2026 = 7^2 = 49 (mod 100). The remainder is \boxed{49}.""",
))

TRACES.append(dict(
    q="Two fair six-sided dice are rolled. What is the probability that the sum is a prime number?",
    r="""Let me think. Two fair dice, and we want the probability that the sum is prime. The total number of equally likely ordered outcomes is 6 * 6 = 36. Possible sums run from 2 to 12. Which of those are prime? 2, 3, 5, 7, 11. Let me check the others: 4 no, 6 no, 8 no, 9 = 3*3 no, 10 no, 12 no. So the primes are 2, 3, 5, 7 and 11.

Now count the ordered pairs for each one.
Sum 2: (1,1), so 1 way.
Sum 3: (1,2), (2,1), so 2 ways.
Sum 5: (1,4), (2,3), (3,2), (4,1), so 4 ways.
Sum 7: (1,6), (2,5), (3,4), (4,3), (5,2), (6,1), so 6 ways.
Sum 11: (5,6), (6,5), so 2 ways.

Total favourable = 1 + 2 + 4 + 6 + 2 = 15.

So the probability is 15/36. Simplify: both are divisible by 3, giving 5/12.

Wait, did I miss 13? No, the maximum sum is 12. And 1 can't happen either, the minimum is 2. Good.

Let me double-check the count for sum 5, since that's where people usually slip: the first die can be 1, 2, 3 or 4, and then the second die is 4, 3, 2, 1. All valid faces. Four ways. For sum 11 the first die can only be 5 or 6. Two ways. Fine.

As a cross-check I can count the complement. Non-prime sums: 4 (3 ways), 6 (5 ways), 8 (5 ways), 9 (4 ways), 10 (3 ways), 12 (1 way). That's 3 + 5 + 5 + 4 + 3 + 1 = 21. And 21 + 15 = 36, so nothing is missing.

So the probability is 5/12, which is about 0.4167.""",
    a=r"""15 of the 36 equally likely outcomes give a prime sum (2, 3, 5, 7 or 11), so the probability is \boxed{5/12}.""",
))

TRACES.append(dict(
    q="A right triangle has legs of length 20 and 21. What is the radius of its inscribed circle?",
    r="""The triangle has legs 20 and 21. First, the hypotenuse: sqrt(20^2 + 21^2) = sqrt(400 + 441) = sqrt(841) = 29. Good, 29^2 = 841, so this is the 20-21-29 Pythagorean triple.

The question wants the radius of the inscribed circle. For any triangle, r = Area / s, where s is the semiperimeter. The area of a right triangle is half the product of the legs: (20 * 21) / 2 = 210. The semiperimeter is (20 + 21 + 29) / 2 = 70 / 2 = 35. So r = 210 / 35 = 6.

Hmm, let me verify with the right-triangle shortcut: r = (a + b - c) / 2, where c is the hypotenuse. (20 + 21 - 29) / 2 = 12 / 2 = 6. Same answer.

Why does that shortcut work? The two tangent lengths from the right-angle vertex are both equal to r, because the incenter, the two touching points and that vertex form a square. Then the tangent lengths from the other two vertices are a - r and b - r, and those add up to the hypotenuse: (a - r) + (b - r) = c, which gives r = (a + b - c) / 2. Consistent.

Wait, could the question mean the circumscribed circle? No, it says inscribed. For reference the circumradius of a right triangle is half the hypotenuse, 14.5, but that's not what's being asked.

Units: none were given, so the answer is just 6.

One more sanity check: the incircle has to fit inside the triangle, so its diameter 12 must be smaller than the shorter leg 20. It is. Everything checks out, r = 6.""",
    a=r"""The hypotenuse is 29, the area is 210 and the semiperimeter is 35, so r = 210/35 = \boxed{6}.""",
))

TRACES.append(dict(
    q="一列火车 14:40 出发，以每小时 84 公里的速度匀速行驶 210 公里，请问几点到达？",
    r="""好的，题目是：一列火车 14:40 出发，以每小时 84 公里的速度匀速行驶 210 公里，问几点到达。首先要算行驶时间，时间 = 路程 ÷ 速度 = 210 ÷ 84。84 × 2 = 168，210 − 168 = 42，而 42 正好是 84 的一半，所以 42 ÷ 84 = 0.5。加起来一共是 2.5 小时，也就是 2 小时 30 分钟。

等一下，我再核对一次乘法：84 × 2.5 = 84 × 2 + 84 × 0.5 = 168 + 42 = 210。没错，路程对得上。

然后从出发时间 14:40 开始加上 2 小时 30 分钟。先加 2 小时：14:40 + 2:00 = 16:40。再加 30 分钟：16:40 + 0:30。这里分钟部分容易算错，40 + 30 = 70 分钟，70 分钟等于 1 小时 10 分钟，所以小时要进一位，16 + 1 = 17，分钟是 10。结果是 17:10。

嗯，题目有没有提到中途停站或者临时停车？没有提到，所以按匀速、不停车来算。如果有停站时间，就要另外加上去，但这里不需要。

要不要考虑时区变化？题目没说跨时区，也没说是跨夜的车次，所以不用考虑。

换一个方法再验证一下：把速度换算成每分钟，84 ÷ 60 = 1.4 公里每分钟。210 ÷ 1.4 = 150 分钟。150 分钟 = 2 小时 30 分钟，和前面的结果一致。

再从反方向检查：如果 17:10 到达，往前推 2 小时 30 分钟，17:10 − 2:30 = 14:40，正好是出发时间。

还有一点，题目用的是 24 小时制，答案也用 24 小时制写成 17:10 比较清楚，也可以说成下午 5 点 10 分。

所以答案是 17:10 到达。""",
    a=r"""行驶时间 = 210 ÷ 84 = 2.5 小时 = 2 小时 30 分钟，14:40 + 2:30 = \boxed{17:10}（下午 5 点 10 分）到达。""",
))

TRACES.append(dict(
    q="Write a Python function that returns True if a string is a palindrome, ignoring case and any character that is not a letter or a digit.",
    r="""The user wants a Python function that checks whether a string is a palindrome, ignoring case and anything that isn't a letter or digit. So "A man, a plan, a canal: Panama" should give True, and "race a car" should give False.

The simplest approach: build a cleaned string with only alphanumeric characters, lowercased, and compare it with its reverse. Something like cleaned = ''.join(ch.lower() for ch in s if ch.isalnum()), then return cleaned == cleaned[::-1]. That's O(n) time and O(n) extra space.

Hmm, can I do it with O(1) extra space? Yes, with two pointers: i from the left and j from the right. Skip characters that aren't alphanumeric on each side, then compare the lowercased characters. If they differ, return False. Move both inward. When the pointers meet or cross, return True.

Wait, one subtlety: str.isalnum() is True for Unicode letters and digits too, like an accented e or Arabic-Indic digits. The task says "letter or digit", so that's probably fine. And lower() versus casefold(): casefold is more aggressive for things like the German sharp s. casefold() is slightly more correct in general, but most reference solutions use lower(). I'll just use lower() and keep it conventional.

Edge cases: empty string gives True, since it reads the same both ways. A string with only punctuation, like ".,!", also gives True because nothing is left to compare. A single character gives True.

Let me trace the two-pointer version on "race a car": the alphanumeric sequence is r-a-c-e-a-c-a-r. r vs r ok, a vs a ok, c vs c ok, e vs a mismatch, return False. Good. And on "A man, a plan": the commas and spaces are skipped and A vs n... wait, that's only half the phrase, the full phrase ends in "Panama", so A vs a matches. Fine.

I'll present the two-pointer version, since it's the one interviewers usually want, and mention the one-liner.""",
    a="""def is_palindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        while i < j and not s[i].isalnum():
            i += 1
        while i < j and not s[j].isalnum():
            j -= 1
        if s[i].lower() != s[j].lower():
            return False
        i, j = i + 1, j - 1
    return True""",
))

TRACES.append(dict(
    q="What is the sum of all integers from 1 to 200 inclusive that are divisible by neither 3 nor 5?",
    r="""Let me set this up with inclusion-exclusion. The sum of all integers from 1 to 200 is 200 * 201 / 2 = 20100.

Multiples of 3 up to 200: the largest is 198 = 3 * 66, so there are 66 of them. Their sum is 3 * (1 + 2 + ... + 66) = 3 * (66 * 67 / 2) = 3 * 2211 = 6633.

Multiples of 5 up to 200: 200 = 5 * 40, so 40 of them. Sum = 5 * (40 * 41 / 2) = 5 * 820 = 4100.

Multiples of 15 up to 200: the largest is 195 = 15 * 13, so 13 of them. Sum = 15 * (13 * 14 / 2) = 15 * 91 = 1365.

Sum of numbers divisible by 3 or 5 = 6633 + 4100 - 1365 = 9368.

So the sum of numbers divisible by neither = 20100 - 9368 = 10732.

Wait, let me double-check 66 * 67 / 2. 66 * 67 = 4422, half is 2211. Times 3 is 6633. Okay. And 40 * 41 = 1640, half is 820, times 5 is 4100. And 13 * 14 = 182, half is 91, times 15 is 1365. Good.

6633 + 4100 = 10733. Minus 1365 = 9368. 20100 - 9368 = 10732. Yes.

Let me sanity check with a count: numbers divisible by 3 or 5 number 66 + 40 - 13 = 93, so 107 numbers are divisible by neither. Their average should be roughly the overall average of about 100, so the sum should be around 107 * 100 = 10700. 10732 is very close, which makes sense.

Hmm, is 200 itself included? "From 1 to 200 inclusive", yes, but 200 is divisible by 5, so it's excluded from the final sum anyway. Final answer 10732.""",
    a=r"""By inclusion-exclusion: 20100 - (6633 + 4100 - 1365) = 20100 - 9368 = \boxed{10732}.""",
))

TRACES.append(dict(
    q="How many grams of NaCl are needed to prepare 250 mL of a 0.40 M solution?",
    r="""We need 250 mL of a 0.40 M NaCl solution. Molarity is moles of solute per litre of solution. 250 mL = 0.250 L. So the moles needed = 0.40 mol/L * 0.250 L = 0.10 mol.

Now the molar mass of NaCl: sodium is about 22.99 g/mol and chlorine about 35.45 g/mol. The sum is 58.44 g/mol.

Mass = 0.10 mol * 58.44 g/mol = 5.844 g.

Wait, significant figures. 0.40 has two significant figures, and 250 mL is ambiguous, it could be two or three. Strictly the answer should be reported to two significant figures, 5.8 g. But many textbooks would write 5.84 g. I'll give 5.84 g and mention that it's about 5.8 g.

Let me double check the multiplication: 58.44 * 0.1 = 5.844. Yes.

Hmm, is there a trick with hydrates or purity? The question just says NaCl, no hydrate, and doesn't mention purity, so assume pure anhydrous sodium chloride.

The procedure matters in practice too: you dissolve 5.84 g in less than 250 mL of water and then fill up to the 250 mL mark in a volumetric flask, rather than adding 5.84 g to 250 mL of water, because molarity is defined by the final volume of solution, not the volume of solvent. That's worth a short note in the answer.

Order-of-magnitude check: one mole is about 58 g, we want a tenth of a mole, so about 6 g. 5.84 fits.

Another check the other way round: 5.844 g / 58.44 g/mol = 0.1 mol, and 0.1 mol / 0.25 L = 0.4 mol/L. Correct.

So the answer: about 5.84 g of NaCl, made up to 250 mL.""",
    a=r"""n = 0.40 mol/L * 0.250 L = 0.10 mol; m = 0.10 mol * 58.44 g/mol = \boxed{5.84\ \text{g}} (about 5.8 g), dissolved and made up to 250 mL.""",
))

assert len(TRACES) == 8
for _t in TRACES:
    assert len(_t["q"]) + 2 * len(_t["r"]) + len(_t["a"]) >= 1500, _t["q"]
