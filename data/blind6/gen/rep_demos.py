"""Hand-written 'shadow model' worked demonstrations for the REP family.

Each entry: question, reasoning (thinking-style, >= ~1500 chars), answer.
Written fresh for blind6 on 2026-11-28.
"""

DEMOS = [
    {
        "q": "How many positive integers less than 500 are divisible by 4 or by 6, but not by both?",
        "r": """Okay, so I need to count integers n with 1 <= n <= 499 that are divisible by 4 or by 6 but not by both. "Not by both" means I exclude the ones divisible by 4 and 6 simultaneously, and being divisible by both 4 and 6 is the same as being divisible by lcm(4, 6) = 12. Let me double-check that: 4 = 2^2, 6 = 2 * 3, so lcm is 2^2 * 3 = 12. Yes.

First count multiples of 4 below 500. The largest multiple of 4 that is at most 499 is 496 = 4 * 124, so there are 124 of them.

Multiples of 6: 6 * 83 = 498, and 6 * 84 = 504 is too big. So 83.

Multiples of 12: 12 * 41 = 492, 12 * 42 = 504 too big. So 41.

Now, by inclusion-exclusion, the count divisible by 4 or 6 is 124 + 83 - 41 = 166. Hmm wait, but the question wants "or, but not both", which is the symmetric difference. The symmetric difference is |A| + |B| - 2|A and B| = 124 + 83 - 82 = 125. Let me make sure I'm not confusing myself. |A union B| = 166 includes the 41 numbers divisible by both. Removing them gives 166 - 41 = 125. Same thing, good.

Let me sanity check with a small range, say numbers less than 25. Multiples of 4: 4, 8, 12, 16, 20, 24 -> 6. Multiples of 6: 6, 12, 18, 24 -> 4. Multiples of 12: 12, 24 -> 2. Symmetric difference formula: 6 + 4 - 4 = 6. Listing: 4, 6, 8, 16, 18, 20. That is 6 numbers. Matches. So the formula works.

Alternatively I could think in terms of residues mod 12. In each block of 12 consecutive integers, the multiples of 4 are at residues 0, 4, 8, and multiples of 6 at 0, 6. Excluding residue 0 leaves residues 4, 6, 8, so 3 per block. 499 = 12 * 41 + 7, so 41 full blocks give 123, and the partial block 493..499 has residues 1..7, which includes 4 and 6 (numbers 496 and 498) but not 8. So 123 + 2 = 125. Both methods agree.

So the answer is 125.""",
        "a": "There are 125 such integers: 124 multiples of 4 plus 83 multiples of 6, minus twice the 41 multiples of 12. \\boxed{125}",
    },
    {
        "q": "Find the remainder when 7^2026 is divided by 13.",
        "r": """Let me see. I want 7^2026 mod 13. Since 13 is prime, Fermat's little theorem gives 7^12 = 1 mod 13, so I only need 2026 mod 12. 12 * 168 = 2016, so 2026 = 12 * 168 + 10, and the exponent reduces to 10. So I need 7^10 mod 13.

Compute powers of 7 mod 13 step by step:
7^1 = 7.
7^2 = 49. 49 - 39 = 10. So 7^2 = 10.
7^3 = 7 * 10 = 70. 70 - 65 = 5. So 7^3 = 5.
7^4 = 7 * 5 = 35. 35 - 26 = 9. So 7^4 = 9.
7^5 = 7 * 9 = 63. 63 - 52 = 11. So 7^5 = 11.
7^6 = 7 * 11 = 77. 77 - 65 = 12. So 7^6 = 12, which is -1 mod 13. Interesting, so the order of 7 is 12 (it is a primitive root), because 7^6 is -1, not 1, and 7^4 = 9 is not 1 either.

Then 7^10 = 7^6 * 7^4 = (-1) * 9 = -9 = 4 mod 13.

Wait, let me double check by another route. 7^10 = 7^12 / 7^2 = 1 / 10 mod 13. The inverse of 10 mod 13: 10 * 4 = 40 = 39 + 1, so the inverse is 4. That matches: 7^10 = 4.

One more check with the squaring method: 7^5 = 11 = -2 mod 13. Then 7^10 = (-2)^2 = 4. Yes, three independent computations give 4.

Hmm, let me also make sure about 2026 mod 12. 2026 / 12 = 168.83..., 168 * 12 = 2016, remainder 10. Also 2026 mod 4 = 2 and 2026 mod 3 = 2 + 0 + 2 + 6 = 10 -> 1, and the number that is 2 mod 4 and 1 mod 3 among 0..11 is 10. Consistent.

So the remainder is 4.""",
        "a": "By Fermat, 7^12 = 1 (mod 13) and 2026 = 12*168 + 10, so 7^2026 = 7^10 = 4 (mod 13). \\boxed{4}",
    },
    {
        "q": "A triangle has side lengths 13, 14 and 15. What is the radius of its inscribed circle?",
        "r": """Alright, the inradius r satisfies Area = r * s where s is the semiperimeter. So I need the area and s.

s = (13 + 14 + 15) / 2 = 42 / 2 = 21.

Heron's formula: Area = sqrt(s (s - a)(s - b)(s - c)) = sqrt(21 * 8 * 7 * 6). Let me compute: 21 * 8 = 168, 7 * 6 = 42, 168 * 42 = 7056. sqrt(7056)... 84^2 = 7056 because 80^2 = 6400 and 2 * 80 * 4 = 640 and 4^2 = 16, total 7056. So the area is 84.

Actually, let me verify the area another way, because 13-14-15 is the famous triangle made of two right triangles. Drop the altitude onto the side of length 14. If the foot splits 14 into x and 14 - x, then 13^2 - x^2 = 15^2 - (14 - x)^2. 169 - x^2 = 225 - 196 + 28x - x^2, so 169 = 29 + 28x, so 28x = 140, x = 5. Then the altitude is sqrt(169 - 25) = sqrt(144) = 12. Area = 14 * 12 / 2 = 84. Good, matches Heron.

So r = Area / s = 84 / 21 = 4.

Hmm, let me also sanity check with the tangent lengths. The tangent lengths from the vertices are s - a = 8, s - b = 7, s - c = 6. At the vertex between sides 13 and 14... actually I don't need that. An alternative check: r = (s - a) tan(A/2). Not needed, the formula A = r s is standard and both area computations agree.

Another quick check: the circumradius would be R = abc / (4 * Area) = 13 * 14 * 15 / 336 = 2730 / 336 = 8.125, and Euler's inequality R >= 2r gives 8.125 >= 8, which holds, just barely, which makes sense because the triangle is close to equilateral-ish proportions. Fine.

So the inradius is 4.""",
        "a": "The semiperimeter is 21 and the area is 84, so r = 84/21 = 4. \\boxed{4}",
    },
    {
        "q": "Two fair six-sided dice are rolled. What is the probability that the sum is a prime number?",
        "r": """Okay, let's list the possible sums: 2 through 12. The primes in that range are 2, 3, 5, 7, 11. I need the number of ordered outcomes (out of 36) giving each of these.

Number of ways to get sum s with two dice: for s from 2 to 7 it is s - 1, and for s from 7 to 12 it is 13 - s.

Sum 2: 1 way (1,1).
Sum 3: 2 ways (1,2), (2,1).
Sum 5: 4 ways (1,4), (2,3), (3,2), (4,1).
Sum 7: 6 ways (1,6), (2,5), (3,4), (4,3), (5,2), (6,1).
Sum 11: 13 - 11 = 2 ways (5,6), (6,5).

Wait, did I miss any prime? 2, 3, 5, 7, 11. What about 13? Not reachable. 9 is not prime, 4, 6, 8, 10, 12 are even composites. So that's it.

Total favorable: 1 + 2 + 4 + 6 + 2 = 15.

Probability = 15 / 36 = 5 / 12.

Let me double check by counting the complement. Non-prime sums: 4 (3 ways), 6 (5 ways), 8 (5 ways), 9 (4 ways), 10 (3 ways), 12 (1 way). Total 3 + 5 + 5 + 4 + 3 + 1 = 21. And 15 + 21 = 36. Good, consistent.

Hmm, should I worry about whether the dice are distinguishable? For probability with fair dice, the 36 ordered outcomes are equally likely, so using ordered pairs is the right model even if the dice look identical. If I used unordered pairs (21 of them) they would not be equally likely, so that would be wrong.

So the answer is 5/12, about 0.4167.""",
        "a": "15 of the 36 equally likely outcomes give a prime sum (2, 3, 5, 7 or 11), so the probability is \\boxed{\\tfrac{5}{12}}.",
    },
    {
        "q": "Write a function that returns the length of the longest strictly increasing contiguous run in a list of integers. What does it return for [3, 4, 1, 2, 5, 6, 2]?",
        "r": """Let me think about the algorithm first. A contiguous strictly increasing run means consecutive elements where each is larger than the previous one. I can scan once, keeping the length of the current run and the best so far.

Initialize best = 0 if the list is empty, else best = 1 and cur = 1. For i from 1 to n - 1: if a[i] > a[i - 1], cur += 1, else cur = 1. After each step best = max(best, cur).

Edge cases: empty list should return 0. A single element returns 1. Equal neighbours break a strictly increasing run, so [2, 2, 2] should give 1, not 3. Hmm, that's why the comparison must be > and not >=.

Now trace it on [3, 4, 1, 2, 5, 6, 2]:
i = 0: cur = 1, best = 1 (element 3).
i = 1: 4 > 3, cur = 2, best = 2.
i = 2: 1 > 4? No, cur = 1, best stays 2.
i = 3: 2 > 1, cur = 2, best 2.
i = 4: 5 > 2, cur = 3, best = 3.
i = 5: 6 > 5, cur = 4, best = 4.
i = 6: 2 > 6? No, cur = 1, best stays 4.

So the run is 1, 2, 5, 6 with length 4.

Let me write it in Python:

def longest_increasing_run(a):
    if not a:
        return 0
    best = cur = 1
    for prev, x in zip(a, a[1:]):
        cur = cur + 1 if x > prev else 1
        best = max(best, cur)
    return best

Complexity is O(n) time and O(1) extra space. Wait, a[1:] creates a copy, which is O(n) memory. If that matters I could iterate over indices instead, or use itertools.pairwise in Python 3.10+. For the question that's fine.

Should I double check the zip logic? zip([3,4,1,2,5,6,2], [4,1,2,5,6,2]) gives pairs (3,4), (4,1), (1,2), (2,5), (5,6), (6,2), exactly the six comparisons I traced. Good.

So the function returns 4 for that input.""",
        "a": "A single pass that resets the counter whenever a[i] <= a[i-1] works in O(n); for [3, 4, 1, 2, 5, 6, 2] it returns \\boxed{4} (the run 1, 2, 5, 6).",
    },
    {
        "q": "Evaluate the sum 1/(1*2) + 1/(2*3) + 1/(3*4) + ... + 1/(99*100).",
        "r": """Hmm, this looks like a telescoping sum. The general term is 1 / (k (k + 1)) for k = 1 to 99. Partial fractions: 1 / (k (k + 1)) = A / k + B / (k + 1). Multiply out: 1 = A (k + 1) + B k. Setting k = 0 gives A = 1, setting k = -1 gives B = -1. So the term is 1/k - 1/(k + 1).

Then the sum is (1 - 1/2) + (1/2 - 1/3) + (1/3 - 1/4) + ... + (1/99 - 1/100). Everything in the middle cancels and we are left with 1 - 1/100 = 99/100.

Let me check with small cases to make sure the telescoping is right. For n = 1: 1/(1*2) = 1/2, and the formula 1 - 1/2 = 1/2. For n = 2: 1/2 + 1/6 = 3/6 + 1/6 = 4/6 = 2/3, and the formula 1 - 1/3 = 2/3. For n = 3: 2/3 + 1/12 = 8/12 + 1/12 = 9/12 = 3/4, and 1 - 1/4 = 3/4. So in general the partial sum up to n is n/(n + 1).

Wait, I should make sure I have the right upper index. The last term is 1/(99*100), so k goes up to 99, n = 99, and the sum is 99/100. Yes.

As a decimal that's 0.99. It makes sense that it's close to 1, since the infinite series sums to exactly 1.

Alternatively, one could use induction: S(n) = n/(n+1); S(n+1) = n/(n+1) + 1/((n+1)(n+2)) = (n(n+2) + 1) / ((n+1)(n+2)) = (n+1)^2 / ((n+1)(n+2)) = (n+1)/(n+2). That confirms the closed form.

So the answer is 99/100.""",
        "a": "Each term telescopes as 1/k - 1/(k+1), so the sum is 1 - 1/100 = \\boxed{\\tfrac{99}{100}}.",
    },
    {
        "q": "A freight train leaves a station at 60 km/h. Two hours later an express train leaves the same station on a parallel track in the same direction at 90 km/h. How far from the station does the express catch the freight train?",
        "r": """Let me set up the problem. Let t be the time in hours after the express departs. At that moment the freight train has already travelled 2 hours at 60 km/h, so it has a 120 km head start.

Position of freight at time t (after express departure): 120 + 60 t.
Position of express: 90 t.

They meet when 90 t = 120 + 60 t, so 30 t = 120, t = 4 hours.

Distance from the station: 90 * 4 = 360 km. Check with the freight: it has travelled 2 + 4 = 6 hours at 60 km/h, 6 * 60 = 360 km. Same. Good.

Wait, I should double check that I read "two hours later" correctly: the express leaves two hours after the freight, not two hours before. Yes, the freight leaves first, the express leaves two hours later, so the freight has the head start.

Another way to think: the relative speed is 90 - 60 = 30 km/h, and the gap to close is 120 km, so 120 / 30 = 4 hours. That's the same equation.

Is there any catch with the trains' lengths? The problem treats them as points, "catch" meaning the front of the express reaches the front of the freight, presumably. Since both are measured from the same station, lengths don't matter for this kind of textbook problem.

Also units: km/h and hours, answer in km. So 360 km, reached 6 hours after the freight left, 4 hours after the express left.

Hmm, maybe they want the time too. The question asks "how far from the station", so the main answer is 360 km; I can mention the 4 hours as well.""",
        "a": "The freight has a 120 km head start and the gap closes at 30 km/h, so the express catches it after 4 hours, \\boxed{360\\text{ km}} from the station.",
    },
    {
        "q": "How many trailing zeros does 125! have?",
        "r": """Trailing zeros come from factors of 10 = 2 * 5. In a factorial there are always more factors of 2 than of 5, so the number of trailing zeros equals the exponent of 5 in 125!.

Legendre's formula: the exponent of prime p in n! is floor(n/p) + floor(n/p^2) + floor(n/p^3) + ...

For n = 125, p = 5:
floor(125/5) = 25.
floor(125/25) = 5.
floor(125/125) = 1.
floor(125/625) = 0, stop.

Total: 25 + 5 + 1 = 31.

Let me reason about why this works, to be safe. Every multiple of 5 up to 125 contributes at least one 5: there are 25 of those. Multiples of 25 (25, 50, 75, 100, 125) contribute an extra 5 each: 5 more. And 125 = 5^3 contributes yet another: 1 more. So 31 fives in total.

And the number of 2s: floor(125/2) = 62, floor(125/4) = 31, floor(125/8) = 15, floor(125/16) = 7, floor(125/32) = 3, floor(125/64) = 1, total 62 + 31 + 15 + 7 + 3 + 1 = 119. Definitely more than 31, so fives are the bottleneck.

Hmm, wait. Is there any subtlety, like the last nonzero digit interacting? No, trailing zeros are exactly min(v2, v5) = 31.

Small sanity check with a known value: 25! has floor(25/5) + floor(25/25) = 5 + 1 = 6 trailing zeros, which I remember is right (25! = 15511210043330985984000000, ends in six zeros). Good.

So 125! ends in 31 zeros.""",
        "a": "The exponent of 5 in 125! is 25 + 5 + 1 = 31, and there are plenty of 2s, so 125! ends in \\boxed{31} zeros.",
    },
    {
        "q": "Find all real x such that |x - 3| + |x + 1| = 6.",
        "r": """Okay. The expression |x - 3| + |x + 1| is the sum of distances from x to 3 and from x to -1 on the number line. The distance between -1 and 3 is 4, so for any x between -1 and 3 the sum is exactly 4, which is less than 6. So solutions must lie outside the interval [-1, 3].

Case 1: x >= 3. Then |x - 3| = x - 3 and |x + 1| = x + 1. Sum = 2x - 2 = 6, so x = 4. Check 4 >= 3, yes. Verify: |1| + |5| = 6. Good.

Case 2: -1 <= x < 3. Sum = (3 - x) + (x + 1) = 4. Never equals 6. No solution here.

Case 3: x < -1. Then |x - 3| = 3 - x and |x + 1| = -x - 1. Sum = 2 - 2x = 6, so -2x = 4, x = -2. Check -2 < -1, yes. Verify: |-5| + |-1| = 5 + 1 = 6. Good.

So the solutions are x = 4 and x = -2.

Let me double check with the distance picture: we need a point whose total distance to -1 and 3 is 6. The "excess" over 4 is 2, split equally because moving outside adds twice the overshoot. So the overshoot is 1 on either side: 3 + 1 = 4 and -1 - 1 = -2. That matches.

Hmm, could there be more solutions? The function f(x) = |x - 3| + |x + 1| is piecewise linear, strictly decreasing on (-inf, -1], constant on [-1, 3], strictly increasing on [3, inf). So f(x) = 6 has exactly one solution on each monotone piece where 6 is in the range, i.e. exactly two solutions. Confirmed.

The sum of the solutions is 2, the product is -8, in case that's asked.""",
        "a": "Solving on each piece of the number line gives \\boxed{x = -2 \\text{ or } x = 4}.",
    },
    {
        "q": "A function satisfies f(x + 1) = f(x) + 2x + 1 for every integer x, and f(0) = 3. Find f(10).",
        "r": """Let's see. The recurrence f(x + 1) - f(x) = 2x + 1 reminds me of (x + 1)^2 - x^2 = 2x + 1. So f(x) - x^2 should be constant. Let me check: define g(x) = f(x) - x^2. Then g(x + 1) = f(x + 1) - (x + 1)^2 = f(x) + 2x + 1 - x^2 - 2x - 1 = f(x) - x^2 = g(x). So g is constant on integers, and g(0) = f(0) - 0 = 3. Thus f(x) = x^2 + 3.

f(10) = 100 + 3 = 103.

Let me verify by summing directly instead. f(10) = f(0) + sum_{x=0}^{9} (2x + 1) = 3 + (sum of the first 10 odd numbers). The sum of the first 10 odd numbers 1 + 3 + 5 + ... + 19 is 10^2 = 100. So f(10) = 103. Same.

Step by step for the first few to be careful: f(1) = f(0) + 1 = 4. f(2) = f(1) + 3 = 7. f(3) = f(2) + 5 = 12. Formula: 1 + 3 = 4, 4 + 3 = 7, 9 + 3 = 12. Matches.

Wait, the problem says "for every integer x", so it also determines negative values: f(-1) = f(0) - (2(-1) + 1) = 3 - (-1) = 4, and the formula gives 1 + 3 = 4. Fine, though not needed.

Is the function unique? On the integers, yes: the recurrence plus the initial value determines every f(n). Off the integers it's not defined by the problem, but we only need f(10).

So f(10) = 103.""",
        "a": "The difference 2x + 1 telescopes to a square, so f(x) = x^2 + 3 and f(10) = \\boxed{103}.",
    },
    {
        "q": "En una granja hay gallinas y conejos. En total hay 35 cabezas y 94 patas. ¿Cuántos conejos hay?",
        "r": """Vale, sea g el número de gallinas y c el número de conejos. Cada animal tiene una cabeza, así que g + c = 35. Las gallinas tienen 2 patas y los conejos 4, así que 2g + 4c = 94.

De la primera ecuación, g = 35 - c. Sustituyo en la segunda: 2(35 - c) + 4c = 94, es decir 70 - 2c + 4c = 94, o sea 70 + 2c = 94, 2c = 24, c = 12. Entonces g = 35 - 12 = 23.

Compruebo: cabezas 23 + 12 = 35. Patas 23 * 2 = 46, 12 * 4 = 48, 46 + 48 = 94. Correcto.

Otra forma de pensarlo, el truco clásico: si todos fueran gallinas habría 35 * 2 = 70 patas. Faltan 94 - 70 = 24 patas. Cada conejo aporta 2 patas más que una gallina, así que hay 24 / 2 = 12 conejos. Coincide.

Espera, ¿y si la pregunta quisiera las gallinas? No, pregunta por los conejos. La respuesta es 12 conejos (y 23 gallinas).

Hmm, también conviene verificar que la solución tiene sentido: números enteros no negativos, sí. Si el número de patas hubiera sido impar, no habría solución, pero 94 es par. Y c no puede pasar de 35; con c = 12 está bien.

Por si acaso, pruebo el caso contrario: si todos fueran conejos habría 140 patas, sobran 140 - 94 = 46, cada gallina tiene 2 patas menos, 46 / 2 = 23 gallinas. Consistente otra vez.

Así que hay 12 conejos.""",
        "a": "Si todos fueran gallinas habría 70 patas; las 24 patas que faltan corresponden a 12 conejos. \\boxed{12}",
    },
]

# Extra self-checks appended to the shorter traces so every demonstration is >= ~1500 chars.
_EXTRA = {
    1: """Hmm, one more thing I want to rule out: did I use the right modulus for the exponent? Fermat reduces exponents mod p - 1 = 12, not mod 13. If I had mistakenly reduced 2026 mod 13 I would get 2026 = 13 * 155 + 11, exponent 11, and 7^11 = 7^10 * 7 = 4 * 7 = 28 = 2, which would be wrong. So it's important that the reduction is mod 12. Final: 4.""",
    2: """Wait, let me also double check the semiperimeter arithmetic once more, since everything depends on it: 13 + 14 + 15 = 42, half is 21. And s - a, s - b, s - c are 8, 7, 6, whose product with s is 21 * 336 = 7056. Yes. The inradius is 4.""",
    3: """Actually, let me recount the sum-5 outcomes to be safe: (1,4), (2,3), (3,2), (4,1). Four. And sum 3: (1,2), (2,1). Two. Sum 11: (5,6), (6,5). Two. Sum 7 has the maximum six. So 1 + 2 + 4 + 6 + 2 = 15 again. I'm confident: 15/36 reduces by 3 to 5/12. As a decimal that's about 0.417, a bit under half, which feels right since 7 is the most common sum.""",
    5: """Hmm, also let me check n = 4 in the closed form: the sum up to 1/(4*5) should be 4/5. Previous partial sum 3/4 plus 1/20 = 15/20 + 1/20 = 16/20 = 4/5. Yes, matches. So there's no off-by-one issue, and for n = 99 the answer is 99/100. I could also write it as 1 - 0.01 = 0.99. Good, that's the final value.""",
    6: """Let me also tabulate a couple of moments to be sure nothing's off. One hour after the express leaves: freight at 120 + 60 = 180 km, express at 90 km, gap 90. Two hours: freight 240, express 180, gap 60. Three hours: 300 vs 270, gap 30. Four hours: 360 vs 360, gap 0. The gap shrinks by 30 each hour as expected, so 360 km is right.""",
    7: """Hmm, and let me double-check by a different small case I can compute by hand: 10! = 3628800 has 2 trailing zeros, and floor(10/5) = 2, floor(10/25) = 0, total 2. Correct. And 30! should have floor(30/5) + floor(30/25) = 6 + 1 = 7 zeros. Since the method checks out on known values, 31 for 125! stands.""",
    8: """Let me also check a point inside the interval, say x = 0: |0 - 3| + |0 + 1| = 3 + 1 = 4, not 6, consistent with the middle piece being constant 4. And a point far out, x = 10: 7 + 11 = 18, growing like 2x - 2. Everything is consistent, so the two solutions are x = -2 and x = 4.""",
    9: """Hmm, let me double-check f(10) with the recurrence directly for the last few steps: f(7) = 49 + 3 = 52, f(8) = f(7) + 2*7 + 1 = 52 + 15 = 67 = 64 + 3, f(9) = 67 + 17 = 84 = 81 + 3, f(10) = 84 + 19 = 103. Yes. Also I should be careful the recurrence uses 2x + 1 with x being the current argument, not x + 1; I used f(x+1) = f(x) + 2x + 1, so from f(9) the step adds 2*9 + 1 = 19. Correct. f(10) = 103.""",
    10: """Un momento, reviso que no haya confundido patas con cabezas en la segunda ecuación: 2g + 4c = 2*23 + 4*12 = 46 + 48 = 94. Bien. Y la pregunta es sólo por los conejos: 12. Si quisiera ser aún más cuidadoso, también puedo restar: 94/2 = 47 'pares de patas', 47 - 35 = 12 animales con un par extra, o sea 12 conejos. Tres métodos coinciden.""",
}
for _i, _t in _EXTRA.items():
    DEMOS[_i]["r"] = DEMOS[_i]["r"] + "\n\n" + _t
