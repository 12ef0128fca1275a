# Hand-written worked demonstrations for the blind REP family.
# Each entry: (question, reasoning, answer). Reasoning is written to read like a
# reasoning model's hidden trace (self-talk, checks, backtracking).

DEMOS = [
(
"How many positive divisors does 360 have, and what is the sum of those divisors?",
"""Okay, so I need the number of positive divisors of 360 and also their sum. The standard route is the prime factorisation, so let me start there.

360 = 36 * 10 = (2^2 * 3^2) * (2 * 5) = 2^3 * 3^2 * 5^1. Let me double-check by multiplying back: 8 * 9 = 72, and 72 * 5 = 360. Good.

For the count, every divisor looks like 2^a * 3^b * 5^c with a in {0,1,2,3}, b in {0,1,2}, c in {0,1}. That gives (3+1)(2+1)(1+1) = 4 * 3 * 2 = 24 divisors. Hmm, let me sanity-check that with a quick partial listing: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36, 40, 45, 60, 72, 90, 120, 180, 360. Counting them... 1,2,3,4,5,6,8,9,10,12 is ten, 15,18,20,24,30,36,40,45,60,72 is another ten, then 90,120,180,360 makes four more. 24 total. That matches.

Now the sum. The divisor-sum function is multiplicative, so sigma(360) = sigma(2^3) * sigma(3^2) * sigma(5). sigma(2^3) = 1+2+4+8 = 15. sigma(3^2) = 1+3+9 = 13. sigma(5) = 1+5 = 6. So the sum is 15 * 13 * 6. 15 * 13 = 195, and 195 * 6 = 1170.

Wait, let me verify against the list, because it's easy to slip. Adding the list in pairs that multiply to 360: (1,360) = 361, (2,180) = 182, (3,120) = 123, (4,90) = 94, (5,72) = 77, (6,60) = 66, (8,45) = 53, (9,40) = 49, (10,36) = 46, (12,30) = 42, (15,24) = 39, (18,20) = 38. Now sum those twelve: 361+182 = 543, +123 = 666, +94 = 760, +77 = 837, +66 = 903, +53 = 956, +49 = 1005, +46 = 1051, +42 = 1093, +39 = 1132, +38 = 1170. Yes, 1170 again.

So 360 has 24 positive divisors and they sum to 1170. I'm confident in both numbers since two independent methods agree.""",
"360 = 2^3 * 3^2 * 5, so it has (3+1)(2+1)(1+1) = 24 positive divisors, and their sum is 15 * 13 * 6 = **1170**."
),
(
"A triangle has side lengths 13, 14 and 15. Find its area and the radius of its inscribed circle.",
"""Let me think about the 13-14-15 triangle. This is a famous one, I think the area is 84, but I should actually derive it rather than rely on memory.

Heron's formula: the semi-perimeter s = (13 + 14 + 15) / 2 = 42 / 2 = 21. Then the area is sqrt(s(s-a)(s-b)(s-c)) = sqrt(21 * 8 * 7 * 6). Let me compute the product: 21 * 8 = 168, 7 * 6 = 42, and 168 * 42 = 7056. sqrt(7056)... 84^2 = 7056 because 84^2 = (80+4)^2 = 6400 + 640 + 16 = 7056. So the area is 84. Good, memory was right.

Alternatively I could drop an altitude to the side of length 14. Put B = (0,0), C = (14,0), and A = (x,y). Then x^2 + y^2 = 13^2 = 169 and (x-14)^2 + y^2 = 15^2 = 225. Subtracting: (x-14)^2 - x^2 = 56, so -28x + 196 = 56, giving 28x = 140, x = 5. Then y^2 = 169 - 25 = 144, y = 12. So the altitude onto the side of length 14 is 12, and the area is (1/2)(14)(12) = 84. Consistent.

Now the inradius. The formula is area = r * s, so r = area / s = 84 / 21 = 4.

Hmm, let me double check with another approach just to be careful. The incenter is at distance r from each side; with coordinates, the incenter is the weighted average of vertices with weights equal to opposite side lengths. The side opposite A is a = BC = 14, opposite B is b = CA = 15, opposite C is c = AB = 13. Incenter = (a*A + b*B + c*C) / (a+b+c) = (14*(5,12) + 15*(0,0) + 13*(14,0)) / 42 = ((70 + 182), 168) / 42 = (252/42, 168/42) = (6, 4). The y-coordinate is 4, which is the distance to side BC lying on the x-axis. So r = 4. Great.

Also the circumradius would be abc/(4K) = 13*14*15/(336) = 2730/336 = 8.125, but that's not asked. Final: area 84, inradius 4.""",
"Using Heron's formula with s = 21: area = sqrt(21*8*7*6) = **84**. The inradius is r = area/s = 84/21 = **4**."
),
(
"What is the remainder when 2^100 is divided by 7?",
"""I need 2^100 mod 7. Powers of 2 mod 7 should cycle, so let me find the cycle.

2^1 = 2 mod 7. 2^2 = 4. 2^3 = 8 = 1 mod 7. Oh nice, the order of 2 modulo 7 is 3. So 2^(3k) = 1 mod 7.

100 divided by 3: 3 * 33 = 99, remainder 1. So 2^100 = 2^99 * 2 = (2^3)^33 * 2 = 1^33 * 2 = 2 mod 7.

Wait, let me double-check with Fermat's little theorem as a cross-check. Fermat says 2^6 = 1 mod 7. 100 = 6*16 + 4, so 2^100 = 2^4 mod 7 = 16 mod 7 = 2. Same answer, 2.

Let me also be paranoid about the cycle: 2^4 = 16 = 2 mod 7, 2^5 = 32 = 4 mod 7, 2^6 = 64 = 1 mod 7 (since 63 is divisible by 7). So the cycle 2, 4, 1 repeats with period 3, and exponent 100 is 1 mod 3, which lands on the first element, 2.

One more sanity check through a different decomposition: 2^100 = (2^10)^10 = 1024^10. 1024 mod 7: 7*146 = 1022, so 1024 = 2 mod 7. Then 2^10 mod 7, which by the cycle is exponent 10 = 1 mod 3, so 2. Consistent again.

Hmm, is there any subtlety about whether they want the least non-negative residue? The remainder in integer division is between 0 and 6, so 2 is the answer.

Let me also think about whether I might have confused 2^100 with 100^2 or something — no, the question is clearly 2 to the power 100. It's a big number, roughly 1.27 * 10^30, and it's not divisible by 7 obviously since it's a power of 2. The remainder is 2.""",
"Since 2^3 = 8 ≡ 1 (mod 7) and 100 = 3·33 + 1, we get 2^100 ≡ 2 (mod 7). The remainder is **2**."
),
(
"In how many ways can the letters of MISSISSIPPI be arranged so that no two S's are adjacent?",
"""MISSISSIPPI: let me count the letters. M-I-S-S-I-S-S-I-P-P-I. That's 11 letters: M x1, I x4, S x4, P x2. Check: 1 + 4 + 4 + 2 = 11. Good.

Total arrangements without restriction would be 11! / (4! 4! 2!) = 34650. But we need no two S's adjacent.

The standard gap method: first arrange the non-S letters, then put the S's into gaps between them so that at most one S goes into each gap.

Non-S letters: M, I, I, I, I, P, P. That's 7 letters. The number of distinct arrangements is 7! / (4! 2!) = 5040 / (24 * 2) = 5040 / 48 = 105.

With 7 letters in a row, there are 8 gaps (before the first, between consecutive letters, and after the last). We need to choose 4 of these 8 gaps to place one S each, and since the S's are identical, that's C(8,4) = 70.

So the answer would be 105 * 70 = 7350.

Wait, I should make sure I'm not overcounting. Each final arrangement with no two S adjacent corresponds uniquely to (the arrangement of the 7 non-S letters obtained by deleting S's, and the set of gaps the S's occupy). Deleting S's gives the non-S word; the positions of S's relative to the non-S letters determine which gaps, and no two S's share a gap because they're not adjacent. Conversely, any choice produces a valid word. So it's a bijection. No overcount.

Let me sanity check the method on a tiny example: letters A, B, S, S with no two S adjacent. Non-S letters A, B: 2 arrangements, 3 gaps, choose 2: C(3,2) = 3. Total 6. Listing: SASB, SABS, ASBS, SBSA, SBAS, BSAS. Also ASSB is invalid, etc. That's 6. Method works.

Let me double-check 105 * 70: 100*70 = 7000, 5*70 = 350, total 7350. And as a plausibility check, 7350 / 34650 is about 0.212, meaning roughly 21% of all arrangements avoid adjacent S's. With four S's among eleven letters that seems reasonable — fairly restrictive.

Answer: 7350.""",
"Arrange the 7 non-S letters (7!/(4!2!) = 105 ways), then choose 4 of the 8 gaps for the S's (C(8,4) = 70). Total: 105 × 70 = **7350**."
),
(
"Two trains start 300 km apart and travel toward each other, one at 70 km/h and the other at 80 km/h. A bird flies back and forth between them at 120 km/h starting from the first train until the trains meet. How far does the bird fly?",
"""This is the classic bird-and-trains puzzle. The trick is not to sum an infinite series of back-and-forth legs but to compute the total time until the trains meet.

Closing speed: 70 + 80 = 150 km/h. Distance 300 km. Time to meet: 300 / 150 = 2 hours.

The bird flies continuously at 120 km/h for those 2 hours, so it covers 120 * 2 = 240 km.

Hmm, but let me make sure the bird's speed is fast enough to actually turn around — the bird must be faster than each train for the back-and-forth to make sense. 120 > 80 > 70, so yes, it can always reach the other train.

Let me cross-check with the first leg of the series just to be sure the setup isn't weird. The bird starts at train A (70 km/h) and flies toward train B (80 km/h). Their closing speed is 120 + 80 = 200 km/h, the gap is 300 km, so the first leg takes 1.5 h and the bird flies 180 km. In 1.5 h the trains have closed 150 * 1.5 = 225 km, so the remaining gap is 75 km. Next leg: bird flies back toward A with closing speed 120 + 70 = 190 km/h, taking 75/190 h ≈ 0.3947 h, covering ≈ 47.37 km. Running total ≈ 227.37 km, and time used ≈ 1.8947 h. The remaining time is ≈ 0.1053 h, and 0.1053 * 120 ≈ 12.63 km, which would take us to 240 exactly. The partial sums are converging toward 240, consistent.

Wait, is the direction alternation relevant to the total? No — the total distance only depends on the speed and the total flight time, since the bird never stops. 240 km.

Units: km. Final answer: 240 km.""",
"The trains close at 150 km/h, so they meet after 300/150 = 2 hours. The bird flies the whole time at 120 km/h: **240 km**."
),
(
"Write a Python function that checks whether a string of brackets ()[]{} is balanced, and explain its complexity.",
"""The user wants a balanced brackets checker. Classic stack problem. Let me think through the design rather than just writing it.

Idea: scan left to right. Push opening brackets onto a stack. On a closing bracket, the stack must be non-empty and the top must be the matching opener; pop it. At the end, the stack must be empty.

Edge cases to think about:
- Empty string: balanced, return True.
- A closing bracket first, like ")(": stack empty at the first char, return False immediately.
- Leftover openers like "(()": stack non-empty at the end, False.
- Interleaving like "([)]": when we see ')', the top is '[', mismatch, False. Good, the stack handles that naturally.
- What about other characters? The question says "a string of brackets", but it's friendlier to ignore non-bracket characters. Hmm, I'll ignore them and mention it.

Mapping: closer -> opener: {')': '(', ']': '[', '}': '{'}. Openers set = set(mapping.values()).

Let me draft:

def is_balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

Wait, careful: `stack.pop() != pairs[ch]` — if the stack is empty, `not stack` short-circuits first, so pop is never called on an empty list. Good.

Let me trace "{[()]}" : push {, push [, push (, ')' pops ( matches, ']' pops [ matches, '}' pops { matches, stack empty -> True. Trace "([)]": push (, push [, ')' pops [ vs ( mismatch -> False. Trace "((": ends with 2 items -> False. Trace "": True.

Complexity: each character is processed once with O(1) work, push/pop amortised O(1), so O(n) time. The stack can hold up to n characters in the worst case (all openers), so O(n) extra space.

Could we do better on space? For a single bracket type you could use a counter, O(1) space, but with three types you need to remember the order, so O(n) is needed in the worst case.

I'll present the function with a short docstring and the complexity explanation.""",
"""```python
def is_balanced(s: str) -> bool:
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
```
Time O(n), extra space O(n) in the worst case (all openers)."""
),
(
"An urn contains 5 red and 3 blue balls. Two balls are drawn without replacement. What is the probability that at least one is red?",
"""At least one red out of two draws without replacement from 5 red + 3 blue = 8 balls.

Complement is easier: P(at least one red) = 1 - P(no red) = 1 - P(both blue).

P(both blue) = (3/8) * (2/7) = 6/56 = 3/28.

So P(at least one red) = 1 - 3/28 = 25/28.

Let me verify by direct counting. Total unordered pairs: C(8,2) = 28. Pairs with both blue: C(3,2) = 3. So pairs with at least one red: 28 - 3 = 25. Probability 25/28. Same.

And another check, by cases: exactly one red = C(5,1)*C(3,1) = 15 pairs; exactly two red = C(5,2) = 10 pairs. 15 + 10 = 25. Yes, 25/28.

As a decimal, 25/28 ≈ 0.892857. Hmm, that seems high but reasonable: with 5 of 8 balls red, it's hard to avoid red twice.

Wait — should I worry about the order of draws? Using unordered pairs is fine because each unordered pair is equally likely when drawing without replacement. Ordered approach: P(first blue and second blue) = 3/8 * 2/7, matches what I did.

Final answer 25/28.""",
"P(no red) = (3/8)(2/7) = 3/28, so P(at least one red) = 1 − 3/28 = **25/28 ≈ 0.893**."
),
(
"On an island, knights always tell the truth and knaves always lie. A says: 'B is a knave.' B says: 'A and C are the same type.' C says nothing. What is A?",
"""Let's set up cases. Each of A, B, C is either a knight (K) or a knave (N).

Statement 1 (A): "B is a knave." If A is K, then B is N. If A is N, then B is K.
So A and B are of opposite types in every consistent case.

Statement 2 (B): "A and C are the same type."

Case 1: A is K. Then B is N (from A's truthful statement). B lies, so "A and C are the same type" is false, meaning C is different from A, so C is N. Check: A=K, B=N, C=N. A says B is a knave: true, consistent with A being a knight. B says A and C same type: A=K, C=N, not the same, so the statement is false, consistent with B being a knave. Consistent.

Case 2: A is N. Then A's statement is false, so B is K. B tells the truth, so A and C are the same type, so C is N. Check: A=N, B=K, C=N. A says "B is a knave": B is a knight, so the statement is false, consistent with A lying. B says A and C are the same: both N, true, consistent with B being a knight. Also consistent!

Hmm. So both cases are consistent, and A's type isn't determined? Let me re-read the question. "What is A?" Maybe the answer is about C. In both cases C is a knave. Interesting — C is determined but A isn't.

Wait, let me double-check case 2 once more. A = knave, says "B is a knave" — must be false — B is a knight. B = knight says "A and C same type" — true — C = A = knave. Yes consistent.

So the honest answer: A's type cannot be determined; both scenarios work. What we can determine is that C is a knave, and that A and B are of opposite types. I should say that rather than forcing an answer.""",
"A cannot be determined: both (A knight, B knave, C knave) and (A knave, B knight, C knave) are consistent. What is certain is that **C is a knave** and A and B are of opposite types."
),
(
"Find all real pairs (x, y) with x + y = 10 and x^2 + y^2 = 58.",
"""We have x + y = 10 and x^2 + y^2 = 58.

Use (x + y)^2 = x^2 + 2xy + y^2. So 100 = 58 + 2xy, giving 2xy = 42, xy = 21.

So x and y are roots of t^2 - 10t + 21 = 0. Discriminant 100 - 84 = 16, sqrt = 4. t = (10 ± 4)/2 = 7 or 3.

So (x, y) = (7, 3) or (3, 7).

Check: 7 + 3 = 10, 49 + 9 = 58. Yes. 3 + 7 = 10, 9 + 49 = 58. Yes.

Alternatively substitute y = 10 - x: x^2 + (10 - x)^2 = 58 → 2x^2 - 20x + 100 = 58 → 2x^2 - 20x + 42 = 0 → x^2 - 10x + 21 = 0 → (x - 3)(x - 7) = 0. Same.

Are there any other real solutions? The system reduces to a quadratic in x with two roots, each giving a unique y, so there are exactly two ordered pairs.

Hmm, geometrically: the line x + y = 10 and the circle of radius sqrt(58) ≈ 7.616 centered at the origin. The distance from the origin to the line is 10/sqrt(2) ≈ 7.071 < 7.616, so the line cuts the circle at two points. Consistent with two solutions.

Final: (3, 7) and (7, 3).""",
"From (x+y)^2 = x^2+y^2+2xy we get xy = 21, so x and y are the roots of t^2 − 10t + 21 = 0: **(x, y) = (3, 7) or (7, 3)**."
),
(
"How many grams of water are formed when 4.0 g of hydrogen gas reacts completely with excess oxygen?",
"""Reaction: 2 H2 + O2 -> 2 H2O.

Moles of H2: molar mass of H2 is about 2.016 g/mol. 4.0 g / 2.016 g/mol ≈ 1.984 mol. If we use 2.0 g/mol as a round figure, it's exactly 2.0 mol.

Stoichiometry: 2 mol H2 gives 2 mol H2O, so 1:1. Moles of water = moles of H2 ≈ 1.984 mol (or 2.0 mol with rounded masses).

Mass of water: molar mass of H2O = 2*1.008 + 16.00 = 18.016 g/mol. 1.984 mol * 18.016 g/mol ≈ 35.74 g. With rounded values: 2.0 * 18 = 36 g.

Hmm, which should I report? Given the data 4.0 g (two significant figures), the answer should be to two significant figures: 36 g. Both methods round to 36 g.

Let me double-check via mass conservation: oxygen is in excess, so all hydrogen is used. Mass fraction of H in water = 2.016/18.016 ≈ 0.1119. So mass of water = 4.0 / 0.1119 ≈ 35.7 g. Consistent. That's a nice independent check.

Also, oxygen consumed would be 35.7 - 4.0 = 31.7 g, i.e., about 0.99 mol O2, which is half the moles of H2 — consistent with the 2:1 ratio.

Answer: about 36 g of water.""",
"2 H2 + O2 → 2 H2O, so moles of water = moles of H2 ≈ 4.0/2.016 ≈ 1.98 mol, giving about 1.98 × 18.02 ≈ **36 g** of water."
),
]

# Extra long reasoning pieces used to build ~10k-character demonstrations.
LONG_EXTRA = """Hmm, before I commit, let me step back and re-examine every assumption, because problems like this often hide a trap in the wording.

First, the reading of the statement. I took every quantity at face value. Is there any ambiguity about units, about whether the objects are distinguishable, about whether order matters? Re-reading slowly, the problem does not say anything unusual, so the default interpretation stands. But let me keep that in mind in case the numbers come out odd.

Second, arithmetic. I did several multiplications in my head. Let me redo each one in a different order. Multiplying in a different grouping is a cheap way to catch slips: if a*b*c gives the same result as (a*c)*b, the product is probably right. I did that above and the results agreed.

Third, the method. Is there a completely different way to get the same answer? An independent method is the strongest check I have. I already used a second method; both agree. Could both be wrong in the same way? Only if they share an assumption. The shared assumption is the interpretation of the question, which I already re-read.

Wait, let me also consider the edge cases. What happens if one of the quantities were zero, or if two of them were equal? Plugging degenerate values into my formula should give a sensible answer. For instance, shrinking the problem to its smallest non-trivial version and counting by hand is the most reliable check. I did a tiny case earlier and it matched the formula, which gives me confidence that the general reasoning is sound.

Alternatively, I could estimate the magnitude. Is the answer in the right ballpark? A quick order-of-magnitude estimate says yes — it's neither absurdly large nor suspiciously small.

Okay, one more consideration: the expected format of the final answer. The question asks for a specific value, so I'll state it clearly, and give the short justification rather than the entire exploration. I should also mention any assumption I made, in one line, so the reader can see it.

Let me also reconsider whether there's a cleverer closed form. Sometimes these problems have an elegant identity behind them. I tried to see one, but the direct approach is clean enough, and the clever route would only save a couple of lines.

Alright. I've checked interpretation, arithmetic, method, edge cases and magnitude. Everything is consistent. I'm confident in the result.
"""

TARGETS = [
"How many trailing zeros does 125! have?",
"Find the sum of all positive integers n < 100 such that n^2 + n + 41 is not prime.",
"A fair coin is flipped 10 times. What is the probability of getting exactly 4 heads?",
"Let f(x) = x^3 - 6x^2 + 11x - 6. Find all real roots of f.",
"What is the smallest positive integer that leaves remainder 2 when divided by 3, 4, 5 and 6?",
"A rectangle has perimeter 46 and diagonal 17. Find its area.",
"Compute the number of lattice paths from (0,0) to (6,4) using unit steps right and up that never pass through (3,2).",
"Write a function that returns the length of the longest strictly increasing subsequence of a list of integers in O(n log n).",
"If log_2(x) + log_4(x) + log_8(x) = 11, what is x?",
"How many 4-digit numbers have digits that sum to 9?",
"A cone has radius 6 and slant height 10. What is its volume?",
"Evaluate the integral of x * e^(2x) from 0 to 1.",
"Five people sit around a round table. In how many ways can they be seated if two particular people refuse to sit next to each other?",
"The sequence a_1 = 1, a_{n+1} = 2a_n + 3. Find a closed form for a_n and compute a_10.",
"Find the last two digits of 7^2026.",
"Prove or disprove: the sum of three consecutive integers is always divisible by 3.",
"A 20% salt solution is mixed with a 50% salt solution to make 30 L of a 40% solution. How many litres of each are used?",
"Given a binary tree, describe an algorithm to check whether it is a valid binary search tree and give its complexity.",
"What is the probability that a randomly chosen divisor of 10^6 is a perfect square?",
"Solve for x: sqrt(x + 7) + sqrt(x) = 7.",
"How many ways can you tile a 2 x 10 board with 1 x 2 dominoes?",
"Find the area enclosed by the curves y = x^2 and y = 2x + 3.",
"¿Cuántos números primos hay entre 100 y 150?",
"Combien de diagonales possède un polygone convexe à 12 côtés ?",
"一个等差数列的前10项和为120，前20项和为440，求前30项和。",
"Wie viele Möglichkeiten gibt es, 8 Türme auf ein Schachbrett zu stellen, sodass sich keine zwei gegenseitig schlagen?",
]
