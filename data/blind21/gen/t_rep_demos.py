# -*- coding: utf-8 -*-
"""Hand-written shadow demonstrations (question, long thinking-style reasoning, answer).

Each reasoning is plain text with paragraphs separated by blank lines. They imitate the
rambling style of a reasoning model's hidden trace. Used by the rep and rep_nocode families,
where every reasoning is shown twice inside one demonstration.
"""

DEMOS = []

DEMOS.append({"id": "d01", "lang": "en",
"q": r"How many positive integers n with n <= 1000 have the property that n^2 + 1 is divisible by 5?",
"r": r"""Okay, so I need to count the positive integers n from 1 to 1000 such that 5 divides n^2 + 1. That means n^2 + 1 ≡ 0 (mod 5), or equivalently n^2 ≡ -1 ≡ 4 (mod 5). So the question is really about which residues mod 5 square to 4.

Let me just list the squares mod 5. If n ≡ 0, n^2 ≡ 0. If n ≡ 1, n^2 ≡ 1. If n ≡ 2, n^2 = 4 ≡ 4. If n ≡ 3, n^2 = 9 ≡ 4. If n ≡ 4, n^2 = 16 ≡ 1. So the residues whose square is 4 mod 5 are exactly 2 and 3. That makes sense, because 3 ≡ -2 (mod 5), and a square only depends on the residue up to sign.

So the condition is n ≡ 2 (mod 5) or n ≡ 3 (mod 5). Now I need to count how many n in {1, 2, ..., 1000} satisfy that. Since 1000 is a multiple of 5, the numbers 1 to 1000 split into exactly 200 complete blocks of five consecutive integers: {1,...,5}, {6,...,10}, and so on up to {996,...,1000}. Each block contains exactly one number of each residue class mod 5.

Wait, let me double check the block idea with the first block. In {1,2,3,4,5} the residues are 1,2,3,4,0, so yes, each residue appears once, and the numbers with residue 2 or 3 are n = 2 and n = 3. Check: 2^2 + 1 = 5, divisible by 5. 3^2 + 1 = 10, divisible by 5. And for n = 1: 1 + 1 = 2, no; n = 4: 16 + 1 = 17, no; n = 5: 26, no. Good, so exactly two per block.

So the total count is 200 blocks times 2 per block, which is 400. Hmm, but let me make sure I'm not off by one at the end. The last block is {996, 997, 998, 999, 1000}. 996 = 5*199 + 1, so its residue is 1. Then 997 has residue 2 and 998 has residue 3. 997^2 + 1: 997 ≡ 2 so 997^2 ≡ 4, plus 1 gives 0 mod 5. Fine. 998 ≡ 3, same thing. And 1000 ≡ 0, which doesn't count. So the last block contributes 2, like all the others.

Alternatively I could count each residue class separately. Numbers ≡ 2 (mod 5) in [1, 1000]: they are 2, 7, 12, ..., 997. That's an arithmetic sequence with first term 2, difference 5, last term 997. Number of terms = (997 - 2)/5 + 1 = 995/5 + 1 = 199 + 1 = 200. Numbers ≡ 3 (mod 5): 3, 8, ..., 998, and (998 - 3)/5 + 1 = 199 + 1 = 200. Total 400. Same answer, good.

Let me also think whether there's any subtlety with n^2 + 1 being divisible by 25 or something, but no, the question only asks for divisibility by 5, so any n in those two classes works and no other n works. Also positive integers only, so n starts at 1, and 0 is not included, which doesn't matter anyway since 0 is not in the residue classes 2 or 3.

One more sanity check with a random value: n = 13. 13 ≡ 3 (mod 5), 13^2 + 1 = 170 = 5 * 34. Yes. n = 14: 14 ≡ 4, 196 + 1 = 197, not divisible by 5. n = 22: 22 ≡ 2, 484 + 1 = 485 = 5 * 97. Yes. Everything is consistent.

So the answer is 400.""",
"a": r"""There are 400 such integers: n^2 + 1 ≡ 0 (mod 5) exactly when n ≡ 2 or 3 (mod 5), and each of the 200 blocks of five consecutive integers up to 1000 contains two of them. \boxed{400}"""})

DEMOS.append({"id": "d02", "lang": "en",
"q": r"Two cards are drawn at random without replacement from a standard 52-card deck. Given that at least one of the two cards is a heart, what is the probability that both cards are hearts?",
"r": r"""Alright, this is a conditional probability problem. Let A be the event that both cards are hearts, and B the event that at least one card is a heart. I want P(A | B) = P(A and B) / P(B). Since A is contained in B (if both are hearts then certainly at least one is a heart), P(A and B) = P(A). So the answer is P(A) / P(B).

Let me count with unordered pairs, since the draw is without replacement and order doesn't matter here. The total number of two-card hands is C(52, 2) = 52 * 51 / 2 = 1326. The number of hands with two hearts is C(13, 2) = 13 * 12 / 2 = 78. So P(A) = 78 / 1326.

For P(B), it's easier to use the complement. The complement of "at least one heart" is "no hearts", meaning both cards come from the 39 non-hearts. C(39, 2) = 39 * 38 / 2 = 741. So the number of hands with at least one heart is 1326 - 741 = 585. So P(B) = 585 / 1326.

Then P(A | B) = 78 / 585. Let me simplify. 78 = 2 * 3 * 13. 585 = 5 * 117 = 5 * 9 * 13 = 3^2 * 5 * 13. The gcd is 3 * 13 = 39. 78 / 39 = 2 and 585 / 39 = 15. So the probability is 2/15.

Wait, let me double check 585 by counting directly instead of using the complement. Hands with exactly one heart: 13 choices for the heart times 39 choices for the non-heart, 13 * 39 = 507. Hands with exactly two hearts: 78. Total with at least one heart: 507 + 78 = 585. Yes, that matches. Good.

Hmm, there's a classic trap with this kind of problem: people sometimes compute "given the first card is a heart, the probability the second is a heart" which would be 12/51 = 4/17, about 0.235. But "at least one is a heart" is a different condition from "the first card is a heart". The condition "at least one" includes hands where the heart is the second card, so the conditioning set is larger and the probability is lower. 2/15 is about 0.133, which is indeed lower than 4/17. That makes sense intuitively.

Let me also verify using ordered draws to be extra careful. Ordered pairs: 52 * 51 = 2652. Both hearts ordered: 13 * 12 = 156. At least one heart ordered: total minus no hearts = 2652 - 39 * 38 = 2652 - 1482 = 1170. Ratio 156 / 1170. Divide by 78: 156/78 = 2, 1170/78 = 15. So 2/15 again. Both methods agree.

So the final answer is 2/15.

Hmm, actually, let me reconsider whether the problem could intend something else by "given that at least one of the two cards is a heart". Sometimes these problems are phrased as "you look at one card and see it's a heart", which changes the answer to 12/51. But here the wording is about the pair as a whole, "at least one of the two", so the conditioning event is exactly B as I defined it. I'm confident the intended reading is the one I used.

Also, just to be complete, let me express the answer as a decimal: 2/15 = 0.1333..., so roughly 13.3%. And the unconditional probability of two hearts was 78/1326 = 1/17 ≈ 5.9%. Conditioning on at least one heart roughly doubles it, from about 5.9% to 13.3%, which is reasonable since we've eliminated all the heartless hands, which were the majority (741 out of 1326, about 56%).

So the answer is 2/15.""",
"a": r"""P(both hearts | at least one heart) = C(13,2) / (C(52,2) - C(39,2)) = 78/585 = 2/15. \boxed{\frac{2}{15}}"""})

DEMOS.append({"id": "d03", "lang": "en",
"q": r"Find the remainder when 3^100 is divided by 13.",
"r": r"""Let me think about this. I want 3^100 mod 13. Since 13 is prime and 3 is not a multiple of 13, Fermat's little theorem says 3^12 ≡ 1 (mod 13). So I can reduce the exponent mod 12. 100 divided by 12 is 8 with remainder 4, because 12 * 8 = 96. So 3^100 = (3^12)^8 * 3^4 ≡ 1^8 * 3^4 = 3^4 (mod 13).

Now 3^4 = 81. 81 mod 13: 13 * 6 = 78, and 81 - 78 = 3. So 3^4 ≡ 3 (mod 13). That means 3^100 ≡ 3 (mod 13). Hmm, interesting, 3^4 ≡ 3 means 3^3 ≡ 1 (mod 13), since I can cancel a factor of 3 (3 is invertible mod 13). Let me check: 3^3 = 27 = 26 + 1 ≡ 1 (mod 13). Oh right, so the order of 3 modulo 13 is actually 3, not 12. That's a much smaller cycle.

So let me redo this with the order 3. 100 = 3 * 33 + 1. So 3^100 = (3^3)^33 * 3 ≡ 1^33 * 3 = 3 (mod 13). Same answer, 3. Good, the two approaches agree.

Wait, I should double-check that the order really divides 12, otherwise something is off. The order of any element divides p - 1 = 12, and 3 divides 12, so order 3 is consistent with Fermat. The powers of 3 mod 13 cycle as 3, 9, 27 ≡ 1, then 3, 9, 1, and so on. So 3^n mod 13 depends only on n mod 3: if n ≡ 1 then 3, if n ≡ 2 then 9, if n ≡ 0 then 1.

100 mod 3: 99 is divisible by 3, so 100 ≡ 1 (mod 3). Therefore 3^100 ≡ 3 (mod 13).

Let me sanity check the cycle by brute force for a few exponents. 3^1 = 3. 3^2 = 9. 3^3 = 27, 27 - 26 = 1. 3^4 = 3 * 1 = 3. 3^5 = 9. 3^6 = 1. So 3^6 = 729, and 729 = 13 * 56 + 1 = 728 + 1. Yes, 13 * 56 = 728. Great, 3^6 ≡ 1 confirmed independently.

I'm fairly confident. Just to be thorough, another route: 3^100 = 9^50. 9 ≡ -4 (mod 13). Hmm, that is not obviously simpler. Or 3^100 = 27^33 * 3, and 27 ≡ 1, so it's 3. Yes, that's the cleanest way to present it.

So the remainder is 3.

Let me also reconsider whether I'm misreading the question. "Find the remainder when 3^100 is divided by 13" means the least non-negative residue of 3^100 modulo 13, which is a number between 0 and 12. 3 is in that range, so it's a valid remainder. It can't be 0 since 13 is prime and doesn't divide a power of 3.

Another way to double-check without relying on the cycle: compute 3^100 mod 13 by repeated squaring. 3^1 = 3. 3^2 = 9. 3^4 = 81 ≡ 3. 3^8 = 3^2 ≡ 9. 3^16 = 81 ≡ 3. 3^32 ≡ 9. 3^64 ≡ 3. Now 100 = 64 + 32 + 4 in binary (64 + 32 = 96, plus 4 is 100). So 3^100 = 3^64 * 3^32 * 3^4 ≡ 3 * 9 * 3 = 81 ≡ 3 (mod 13). Again 3.

Three independent methods all give 3. I'm confident. The remainder is 3.""",
"a": r"""Since 3^3 = 27 ≡ 1 (mod 13), 3^100 = (3^3)^33 · 3 ≡ 3 (mod 13). The remainder is \boxed{3}."""})

DEMOS.append({"id": "d04", "lang": "en",
"q": r"A triangle has side lengths 13, 14 and 15. Let r be the radius of its inscribed circle and R the radius of its circumscribed circle. Compute r + R.",
"r": r"""Okay, the 13-14-15 triangle is a classic one, its area is a nice integer. Let me compute everything step by step. First, the semiperimeter s = (13 + 14 + 15) / 2 = 42 / 2 = 21.

Heron's formula: area K = sqrt(s (s - a)(s - b)(s - c)) = sqrt(21 * (21 - 13) * (21 - 14) * (21 - 15)) = sqrt(21 * 8 * 7 * 6). Let me multiply: 21 * 8 = 168, 7 * 6 = 42, and 168 * 42 = 7056. sqrt(7056) = 84, since 84^2 = 7056 (80^2 = 6400, 2*80*4 = 640, 4^2 = 16, total 7056). So K = 84.

Now the inradius. The formula is K = r * s, so r = K / s = 84 / 21 = 4. Nice, r = 4.

The circumradius: R = abc / (4K). abc = 13 * 14 * 15. 13 * 14 = 182, 182 * 15 = 2730. 4K = 336. So R = 2730 / 336. Let me simplify. Both are divisible by 2: 1365 / 168. Divisible by 3: 1365 / 3 = 455, 168 / 3 = 56. So 455 / 56. Divisible by 7: 455 / 7 = 65, 56 / 7 = 8. So R = 65/8 = 8.125.

Hmm, let me double-check R another way, because it's easy to slip. I can put the triangle in coordinates. Put the side of length 14 on the x-axis, from B = (0, 0) to C = (14, 0). The third vertex A has AB = 13 and AC = 15 (or the other way round, doesn't matter). So x^2 + y^2 = 169 and (x - 14)^2 + y^2 = 225. Subtracting: (x - 14)^2 - x^2 = 56, so -28x + 196 = 56, so x = 5. Then y^2 = 169 - 25 = 144, y = 12. So A = (5, 12). The height to side 14 is 12, and the area is 14 * 12 / 2 = 84. Consistent.

Circumcenter: it lies on the perpendicular bisector of BC, which is x = 7. Let it be (7, k). Distance to B: 49 + k^2. Distance to A: (7 - 5)^2 + (k - 12)^2 = 4 + k^2 - 24k + 144. Set equal: 49 + k^2 = 148 + k^2 - 24k, so 24k = 99, k = 99/24 = 33/8. Then R^2 = 49 + (33/8)^2 = 49 + 1089/64 = 3136/64 + 1089/64 = 4225/64, so R = 65/8. Matches.

And the inradius check: the incenter is at distance r from BC, so its y-coordinate is r. With r = K/s = 4, fine. I could verify the incenter coordinates with the weighted formula ((a x_A + b x_B + c x_C)/(a+b+c), ...) where a = BC = 14 opposite A, b = CA = 15 opposite B, c = AB = 13 opposite C. y-coordinate: (14 * 12 + 15 * 0 + 13 * 0) / 42 = 168 / 42 = 4. Yes, r = 4.

So r + R = 4 + 65/8 = 32/8 + 65/8 = 97/8. As a decimal that's 12.125.

Wait, is the question asking for r + R exactly? Yes. So the answer is 97/8.

Hmm, let me also double check using the formula r = (s - a) tan(A/2) just to be safe. Actually that's more work than needed. Another quick check: the distance between incenter and circumcenter satisfies Euler's formula OI^2 = R(R - 2r) = (65/8)(65/8 - 8) = (65/8)(1/8) = 65/64. That's positive, as it must be, since R ≥ 2r with equality only for equilateral triangles. Here R = 8.125 and 2r = 8, so R is just a bit larger than 2r, which makes sense for a triangle that is fairly close to equilateral (sides 13, 14, 15 are close to each other).

I can even verify Euler's formula with my coordinates. Incenter: x-coordinate = (14 * 5 + 15 * 0 + 13 * 14) / 42 = (70 + 0 + 182) / 42 = 252 / 42 = 6, and y = 4. So I = (6, 4). Circumcenter O = (7, 33/8). OI^2 = 1 + (33/8 - 32/8)^2 = 1 + 1/64 = 65/64. Matches Euler exactly. Everything is consistent.

Final: r + R = 97/8.""",
"a": r"""With s = 21 and area 84 (Heron), r = 84/21 = 4 and R = (13·14·15)/(4·84) = 65/8, so r + R = 97/8. \boxed{\frac{97}{8}}"""})

DEMOS.append({"id": "d05", "lang": "en",
"q": r"""Given an integer array nums (values may be negative) and an integer k, return the length of the longest contiguous subarray whose sum equals k. If there is none, return 0. Constraints: 1 <= len(nums) <= 2*10^5. Write an efficient Python function.""",
"r": r"""So I need the longest subarray with sum exactly k, and the array can contain negative numbers. With negatives, the sliding window approach doesn't work, because extending the window doesn't monotonically increase the sum. n is up to 2 * 10^5, so O(n^2) is too slow, about 4 * 10^10 operations in the worst case. I need something like O(n).

The standard trick is prefix sums. Let P[i] be the sum of the first i elements, with P[0] = 0. The sum of nums[l..r] (inclusive) is P[r + 1] - P[l]. I want P[r + 1] - P[l] = k, so P[l] = P[r + 1] - k. For each right end, I want the smallest l such that P[l] equals P[r+1] - k, because the smallest l gives the longest subarray.

So I keep a dictionary mapping each prefix sum value to the first index at which it appears. I only store the first occurrence, never overwrite it, since later occurrences would give shorter subarrays. Then for each position, I check whether current_prefix - k is in the dictionary, and if so, the length is current_index - first_index.

Let me be careful with indices. I'll iterate i from 0 to n - 1 and keep running sum s = nums[0] + ... + nums[i], which is P[i + 1]. The dictionary starts with {0: -1}, meaning the empty prefix ends at index -1. Then if s - k is in the dictionary at index j, the subarray is nums[j + 1 .. i] and its length is i - j. With the {0: -1} initialization, a prefix that itself sums to k gives length i - (-1) = i + 1. Good.

Let me trace an example. nums = [1, -1, 5, -2, 3], k = 3. first = {0: -1}. i = 0: s = 1. s - k = -2, not present. first[1] = 0. i = 1: s = 0. s - k = -3, not present. 0 already in first, don't overwrite. i = 2: s = 5. s - k = 2, not present. first[5] = 2. i = 3: s = 3. s - k = 0, present at -1, length 3 - (-1) = 4. best = 4. first[3] = 3. i = 4: s = 6. s - k = 3, present at 3, length 1. best stays 4. Answer 4, which is [1, -1, 5, -2], sum 3. Correct.

Another example: nums = [-2, -1, 2, 1], k = 1. first = {0: -1}. i = 0: s = -2, s - k = -3 no. first[-2] = 0. i = 1: s = -3, s - k = -4 no. first[-3] = 1. i = 2: s = -1, s - k = -2 yes at 0, length 2. best = 2. first[-1] = 2. i = 3: s = 0, s - k = -1 yes at 2, length 1. best = 2. Answer 2, which is [-1, 2]. Correct.

Wait, what about the order of the check and the insertion? I must check before inserting the current prefix, otherwise when k = 0 I'd match the current prefix with itself and get length 0, which is harmless but let me keep it clean: check first, then insert if absent. Actually with k = 0 and checking after insertion, s - 0 = s would be found at the current i only if s was new, giving length 0, which doesn't hurt max, but checking first is the standard order anyway.

Edge cases: no subarray sums to k, then best stays 0, correct. Single element equal to k, length 1. All elements zero and k = 0: the whole array works; first[0] = -1, at every i s = 0, length i + 1, final n. Good.

Complexity: O(n) time on average with a hash map, O(n) extra space. Python ints don't overflow, so large sums are fine. I'll write it with a plain dict and a loop over enumerate.""",
"a": r"""```python
def longest_subarray_sum_k(nums, k):
    first = {0: -1}          # prefix sum -> first index where it occurs
    s = 0
    best = 0
    for i, x in enumerate(nums):
        s += x
        j = first.get(s - k)
        if j is not None and i - j > best:
            best = i - j
        if s not in first:
            first[s] = i
    return best
```
Runs in O(n) time and O(n) space."""})

DEMOS.append({"id": "d06", "lang": "en",
"q": r"In how many ways can the letters of the word MISSISSIPPI be arranged so that no two S's are adjacent?",
"r": r"""Let me first count the letters. MISSISSIPPI has 11 letters: M appears once, I appears 4 times, S appears 4 times, P appears 2 times. 1 + 4 + 4 + 2 = 11. Good.

The standard technique for "no two of these adjacent" is the gap method. First arrange all the letters that are not S, then insert the S's into the gaps between them (including the two ends), at most one S per gap, so no two S's touch.

The non-S letters are M, I, I, I, I, P, P: that's 7 letters. The number of distinct arrangements of these is 7! / (4! * 2!) because of the repeated I's and P's. 7! = 5040, 4! = 24, 2! = 2, so 5040 / 48 = 105.

With 7 letters in a row, there are 8 gaps: one before the first letter, one between each consecutive pair (6 of them), and one after the last letter. I need to put 4 identical S's into 4 different gaps. Since the S's are identical, it's just choosing 4 gaps out of 8: C(8, 4) = 70.

So the total is 105 * 70 = 7350.

Wait, let me make sure the S's being identical is handled properly. Since all S's are the same, choosing the set of gaps determines the arrangement completely; there's no extra ordering factor. And since each chosen gap gets exactly one S, no two S's are adjacent, because between any two chosen gaps there's at least one non-S letter. Conversely, any arrangement with no two adjacent S's corresponds to exactly one (arrangement of non-S letters, choice of gaps). So the map is a bijection and the count 105 * 70 is right.

Let me sanity-check against the total number of arrangements without restriction: 11! / (4! 4! 2!) = 39916800 / (24 * 24 * 2) = 39916800 / 1152 = 34650. So 7350 out of 34650, which is about 21%. Is that plausible? The probability that four S's placed into 11 positions have no two adjacent is C(8, 4) / C(11, 4) = 70 / 330 ≈ 0.212. And 34650 * 70 / 330 = 34650 / 330 * 70 = 105 * 70 = 7350. Oh nice, that's a fully independent check: the positions of the S's are uniform among C(11, 4) = 330 choices, and the number of ways to choose 4 positions among 11 with no two consecutive is C(11 - 4 + 1, 4) = C(8, 4) = 70.

Hmm, one more possible confusion: does "no two S's adjacent" mean no two consecutive S's anywhere, or just not all together? It's the usual meaning: no pair of S's next to each other. That's what I counted.

So the answer is 7350.

Let me also sanity check the method on a tiny case where I can enumerate by hand, to make sure the gap method doesn't double count. Take the word "SSA": letters S, S, A, and ask for arrangements with no two S's adjacent. Non-S letters: just A, one arrangement. Gaps: 2 (before and after A). Choose 2 gaps for the 2 S's: C(2, 2) = 1. So the method says 1 arrangement, which is S A S. Enumerating all arrangements of SSA: SSA, SAS, ASS. Only SAS has no adjacent S's. Correct, 1.

A slightly bigger case: "SSAB", no two S adjacent. Non-S letters A, B: 2 arrangements. Gaps: 3. C(3, 2) = 3. Total 6. Enumerate: the S positions among 4 slots with no two adjacent: {1,3}, {1,4}, {2,4}: 3 choices, times 2 orders of A and B in the remaining slots = 6. Correct.

So the method is sound, and for MISSISSIPPI the answer is 7350.""",
"a": r"""Arrange M, I, I, I, I, P, P in 7!/(4!·2!) = 105 ways, then choose 4 of the 8 gaps for the S's: C(8,4) = 70. Total 105 · 70 = \boxed{7350}."""})

DEMOS.append({"id": "d07", "lang": "en",
"q": r"Find the sum of all real numbers x such that |x^2 - 4x| = 3.",
"r": r"""The equation |x^2 - 4x| = 3 splits into two cases: x^2 - 4x = 3 or x^2 - 4x = -3.

Case 1: x^2 - 4x = 3, so x^2 - 4x - 3 = 0. The discriminant is 16 + 12 = 28, which is positive, so two real roots: x = (4 ± sqrt(28)) / 2 = 2 ± sqrt(7). Their sum is 4 by Vieta. sqrt(7) is about 2.6458, so the roots are about 4.6458 and -0.6458.

Case 2: x^2 - 4x = -3, so x^2 - 4x + 3 = 0, which factors as (x - 1)(x - 3) = 0. Roots x = 1 and x = 3. Sum 4.

Are any roots repeated between the cases? The case 1 roots are irrational and the case 2 roots are integers, so no overlap. Also I should verify each root really satisfies the original equation. For x = 1: 1 - 4 = -3, absolute value 3. Good. For x = 3: 9 - 12 = -3, absolute value 3. Good. For x = 2 + sqrt(7): x^2 = 4 + 4 sqrt(7) + 7 = 11 + 4 sqrt(7), and 4x = 8 + 4 sqrt(7), so x^2 - 4x = 3. Good. For x = 2 - sqrt(7): x^2 = 11 - 4 sqrt(7), 4x = 8 - 4 sqrt(7), difference 3. Good.

Wait, let me think about it graphically to be sure I have all solutions. y = x^2 - 4x is a parabola with vertex at x = 2, y = -4. Its absolute value |x^2 - 4x| reflects the negative part (between x = 0 and x = 4) above the axis, creating a bump with maximum 4 at x = 2. The horizontal line y = 3 crosses the outer branches once on each side (x < 0 and x > 4), giving 2 - sqrt(7) and 2 + sqrt(7), and crosses the bump twice since 3 < 4, giving x = 1 and x = 3. So four solutions total, consistent with what I found.

If the line were y = 4 it would touch the bump only at x = 2, and if it were above 4 it would only hit the outer branches. With 3 we're below the bump's peak, so four intersections. Good.

The sum is 4 + 4 = 8. Alternatively, by symmetry: the whole graph of |x^2 - 4x| is symmetric about x = 2, so the solutions come in pairs symmetric about 2, each pair summing to 4. Two pairs, sum 8.

So the answer is 8.

Hmm, wait. Let me reconsider the problem statement once more: "the sum of all real numbers x such that |x^2 - 4x| = 3". I should make sure I'm not supposed to count multiplicity or anything. No, it's the sum of the distinct real solutions, which are 2 - sqrt(7), 1, 3, 2 + sqrt(7). Numerically: -0.6458 + 1 + 3 + 4.6458 = 8.0000. The irrational parts cancel, as expected from the symmetry.

Let me also think about whether a different constant would have changed the count. For |x^2 - 4x| = c: if c < 0 there are no solutions; if c = 0 the solutions are x = 0 and x = 4, sum 4; if 0 < c < 4 there are four solutions, sum 8; if c = 4 there are three solutions (2 - 2 sqrt 2, 2, 2 + 2 sqrt 2), sum 6; if c > 4 there are two solutions, sum 4. Our c = 3 falls in the four-solution range. Good, consistent with the picture.

So the answer is 8.""",
"a": r"""The solutions are 2 ± √7 (from x² − 4x = 3) and 1, 3 (from x² − 4x = −3); their sum is \boxed{8}."""})

DEMOS.append({"id": "d08", "lang": "en",
"q": r"A ball is thrown vertically upward with speed 20 m/s from the edge of a cliff 25 m above the ground, so that on the way down it misses the cliff and falls to the ground. Taking g = 10 m/s^2 and ignoring air resistance, how long after the throw does it hit the ground, and with what speed?",
"r": r"""Let me set up coordinates: take the launch point as y = 0, with upward positive. The ground is at y = -25 m. Initial velocity u = +20 m/s, acceleration a = -10 m/s^2.

Position: y(t) = 20 t - 5 t^2. I want y(t) = -25. So 20 t - 5 t^2 = -25, which gives 5 t^2 - 20 t - 25 = 0, divide by 5: t^2 - 4 t - 5 = 0. This factors as (t - 5)(t + 1) = 0, so t = 5 or t = -1. The negative root is not physical (it corresponds to a time before the throw on the extended parabola), so t = 5 s.

Let me sanity check with the phases. Going up: the ball decelerates from 20 m/s to 0 in 20/10 = 2 s, reaching height u^2 / (2g) = 400 / 20 = 20 m above the launch point, so 45 m above the ground. Then it falls 45 m from rest: 45 = 5 t^2, t^2 = 9, t = 3 s. Total 2 + 3 = 5 s. Matches.

Speed at impact: v = u + a t = 20 - 10 * 5 = -30 m/s, so 30 m/s downward. Check with energy: v^2 = u^2 + 2 a Δy = 400 + 2 * (-10) * (-25) = 400 + 500 = 900, so |v| = 30 m/s. Also the free-fall phase: falling 45 m from rest, v = sqrt(2 * 10 * 45) = sqrt(900) = 30. Everything is consistent.

Hmm, one thing to double check is whether the problem expects me to consider the ball passing the launch point on the way down. It does pass y = 0 at t = 4 s with speed 20 m/s downward (by symmetry), and then falls the remaining 25 m in 1 more second: from 20 m/s, 25 = 20 t + 5 t^2, t^2 + 4t - 5 = 0, t = 1. So yes 4 + 1 = 5 s. Good, another consistent decomposition.

Should I worry about g = 9.8 instead? The problem explicitly says g = 10 m/s^2, so the numbers come out clean. With 9.8 it would be slightly different, but that's not asked.

So: it hits the ground 5 s after the throw, with speed 30 m/s.

Let me double-check the sign conventions once more, because it's easy to mess them up. Upward is positive. Initial velocity +20. Acceleration -10. Displacement at impact is -25 (the ground is below the launch point). The equation s = ut + (1/2)at^2 gives -25 = 20t - 5t^2. Rearranged: 5t^2 - 20t - 25 = 0. Yes, that's what I had. Quadratic formula as a check: t = [20 ± sqrt(400 + 500)] / 10 = [20 ± 30] / 10, so t = 5 or t = -1. Same.

Another subtle point: the problem says the ball "misses the cliff" on the way down, which just confirms it falls all the way to the ground instead of landing back on the cliff top. If it had landed on the cliff top, the answer would be t = 4 s with speed 20 m/s. But it doesn't, so we use the full 25 m drop.

Also the speed at impact doesn't depend on whether it goes up first, only on the initial speed and the height difference (energy conservation): v^2 = 20^2 + 2 * 10 * 25 = 900. If it had been thrown downward at 20 m/s instead, the impact speed would also be 30 m/s, but the time would be shorter: -25 = -20t - 5t^2 gives t^2 + 4t - 5 = 0, t = 1 s. Interesting, but not asked.

Final: t = 5 s, impact speed 30 m/s.""",
"a": r"""Solving 20t − 5t² = −25 gives t = 5 s; the impact velocity is 20 − 10·5 = −30 m/s, i.e. \boxed{t = 5\ \text{s},\ v = 30\ \text{m/s}} downward."""})

DEMOS.append({"id": "d09", "lang": "en",
"q": r"50 mL of 0.10 M HCl is mixed with 50 mL of 0.080 M NaOH at 25 °C. What is the pH of the resulting solution?",
"r": r"""This is a strong acid plus strong base neutralisation, so I just need to see what is left over. Let me compute moles in millimoles to keep things simple.

HCl: 50 mL * 0.10 mol/L = 5.0 mmol of H+. NaOH: 50 mL * 0.080 mol/L = 4.0 mmol of OH-. They react 1:1, H+ + OH- -> H2O. So 4.0 mmol of H+ is neutralised and 5.0 - 4.0 = 1.0 mmol of H+ remains.

The total volume after mixing is 50 + 50 = 100 mL, assuming volumes are additive, which is the usual assumption for dilute aqueous solutions. So [H+] = 1.0 mmol / 100 mL = 0.010 mol/L.

pH = -log10(0.010) = 2.00.

Wait, should I account for the water autoionisation? [H+] from water would be around 10^-7 M or less, since the acid suppresses it. Compared with 10^-2 M it's negligible, five orders of magnitude smaller. So pH = 2.00 is fine.

Let me double check the units. 0.10 M means 0.10 mol per litre, which is 0.10 mmol per mL. 50 mL times 0.10 mmol/mL = 5.0 mmol. Yes. And 0.080 mmol/mL times 50 mL = 4.0 mmol. Yes.

Also NaCl, which is formed, is a neutral salt from a strong acid and strong base, so it doesn't hydrolyse and doesn't affect the pH. Na+ and Cl- are spectator ions.

Hmm, a common mistake would be to forget the dilution and use 1.0 mmol in 50 mL, giving 0.020 M and pH 1.70. But the volume is 100 mL after mixing. Another mistake would be to take the initial HCl concentration and get pH 1. The correct treatment is the excess H+ over the combined volume.

So the pH is 2.

Hmm, let me reconsider whether the problem wants the answer to a particular number of decimal places. The concentrations are given to two significant figures (0.10 and 0.080), so [H+] = 0.010 M has two significant figures, and by the usual convention the pH gets two decimal places: 2.00. If I wanted to be really careful, the uncertainty in 0.10 - 0.080 when computing the excess could be relatively large, since subtracting close numbers amplifies relative error. 5.0 - 4.0 = 1.0 mmol, and if each value were off by 0.05 mmol, the excess could be between 0.9 and 1.1 mmol, giving pH between about 1.96 and 2.05. So 2.00 is the right nominal answer, but in a real lab you'd measure it.

What if the NaOH were in excess instead? Then I'd compute [OH-], then pOH, then pH = 14 - pOH. Not the case here, since 5.0 > 4.0.

Let me also consider temperature: at 25 °C, Kw = 1.0 × 10^-14, so the relation pH + pOH = 14 holds. The problem specifies 25 °C, so no correction is needed. Even if it weren't 25 °C, for an acidic solution dominated by excess strong acid the pH is just -log[H+], which doesn't depend on Kw.

Final answer: pH = 2.00.""",
"a": r"""Excess H⁺ = 5.0 − 4.0 = 1.0 mmol in 100 mL, so [H⁺] = 0.010 M and pH = \boxed{2.00}."""})

DEMOS.append({"id": "d10", "lang": "en",
"q": r"How many trailing zeros does 125! have? Also, what is the last nonzero digit of 10!?",
"r": r"""Two parts here. First, the trailing zeros of 125!. Trailing zeros come from factors of 10 = 2 * 5, and there are always more 2's than 5's in a factorial, so I need to count the factors of 5 in 125!. Legendre's formula: floor(125/5) + floor(125/25) + floor(125/125) + floor(125/625) + ... = 25 + 5 + 1 + 0 = 31.

Let me double check each term. Multiples of 5 up to 125: 5, 10, ..., 125, that's 125 / 5 = 25 numbers, each contributes at least one factor of 5. Multiples of 25: 25, 50, 75, 100, 125, that's 5 numbers, each contributes an extra factor. Multiples of 125: just 125 itself, which contributes a third factor (125 = 5^3). So 25 + 5 + 1 = 31. Good, 125! ends in 31 zeros.

Second part: the last nonzero digit of 10!. 10! = 3628800. Let me verify: 1*2 = 2, *3 = 6, *4 = 24, *5 = 120, *6 = 720, *7 = 5040, *8 = 40320, *9 = 362880, *10 = 3628800. Yes. Removing the trailing zeros: 36288. The last nonzero digit is 8.

Let me make sure I have the number of trailing zeros right for 10!: factors of 5 in 10! are floor(10/5) = 2, so two trailing zeros, and 3628800 indeed ends in "00". Stripping them leaves 36288, which ends in 8.

Alternatively I could compute it without the full number: remove pairs of 2 and 5. 10! = 2^8 * 3^4 * 5^2 * 7. Let me verify the exponent of 2: floor(10/2) + floor(10/4) + floor(10/8) = 5 + 2 + 1 = 8. Exponent of 3: floor(10/3) + floor(10/9) = 3 + 1 = 4. Exponent of 5: 2. Exponent of 7: 1. So 10! / 10^2 = 2^6 * 3^4 * 7 = 64 * 81 * 7. 64 * 81 = 5184, 5184 * 7 = 36288. Last digit 8. Consistent.

Wait, the question asks two things; I should give both clearly: 31 trailing zeros for 125!, and last nonzero digit 8 for 10!.

Hmm, let me double-check the trailing zeros count for 125! with another approach, dividing repeatedly: 125 / 5 = 25, 25 / 5 = 5, 5 / 5 = 1, 1 / 5 = 0. Sum of the quotients: 25 + 5 + 1 = 31. Same as before. And a quick check that there are enough factors of 2: floor(125/2) + floor(125/4) + floor(125/8) + floor(125/16) + floor(125/32) + floor(125/64) = 62 + 31 + 15 + 7 + 3 + 1 = 119, way more than 31. So the number of 10s is limited by the 5s, and the answer is 31.

For the last nonzero digit of 10!, one more sanity check using a mod 10 computation while removing 2-5 pairs: multiply 1 through 10 but skip the factors of 5 and two factors of 2. Product without 5 and 10: 1 * 2 * 3 * 4 * 6 * 7 * 8 * 9 = 72576, and 10 = 2 * 5, so the remaining factors are 72576 * 2 (from the 10, after removing its 5) = 145152, and now I must remove one more factor of 2 (for the 5 from the number 5) and one factor of 2 was already paired with the 5 in 10... let me redo: 10! = 3628800 = 36288 * 100, so the last nonzero digit is the last digit of 36288, which is 8. The direct computation is simplest here.

So: 31 trailing zeros, and last nonzero digit 8.""",
"a": r"""125! has 25 + 5 + 1 = 31 trailing zeros, and 10! = 3628800 has last nonzero digit 8. \boxed{31 \text{ and } 8}"""})

DEMOS.append({"id": "d11", "lang": "en",
"q": r"Coins come in denominations 1, 5, 10, 21 and 25 cents, with unlimited supply. What is the minimum number of coins needed to make exactly 63 cents? Does the greedy algorithm find it?",
"r": r"""Let me first try greedy, since the question asks about it anyway. Greedy takes the largest coin that fits: 63 -> take 25, remainder 38 -> take 25, remainder 13 -> 21 doesn't fit, take 10, remainder 3 -> take 1, 1, 1. So greedy uses 25 + 25 + 10 + 1 + 1 + 1 = 63, that's 6 coins.

But 63 = 3 * 21. Three coins of 21! That's only 3 coins. So greedy is not optimal here. This is the classic example for this denomination set.

Can we do it in fewer than 3? With 2 coins, the maximum is 25 + 25 = 50 < 63, so impossible. With 1 coin, obviously impossible. So 3 is the minimum.

Let me verify with a small dynamic programming table to be careful, at least for some key values. Let f(n) be the minimum number of coins for n. f(0) = 0. The recurrence is f(n) = 1 + min over coins c <= n of f(n - c).

I'll compute a few: f(21) = 1, f(25) = 1, f(42) = 2 (21+21), f(46) = 2 (21+25), f(50) = 2 (25+25). f(63): options are 1 + f(62), 1 + f(58), 1 + f(53), 1 + f(42), 1 + f(38). f(42) = 2, so f(63) <= 3. Can any of the others be 1? f(62), f(58), f(53), f(38) would each need a single coin of that value, which doesn't exist. So f(63) = 1 + 2 = 3. Confirmed.

Wait, I should double-check that f(42) = 2 isn't beaten, and it can't be 1 since there's no 42 coin. Fine.

So the answer: minimum is 3 coins (21 + 21 + 21), and the greedy algorithm fails, giving 6 coins (25 + 25 + 10 + 1 + 1 + 1). The underlying reason is that this coin system is not canonical: the 21 coin breaks the property that greedy choices are always safe.

Hmm, just to be thorough about whether there's another 3-coin solution: 25 + 25 + 13? No 13 coin. 25 + 21 + 17? No. 25 + 10 + 28? No. Only 21 + 21 + 21 among 3-coin sums, it seems. Doesn't matter, the minimum count is what's asked.

Let me think about why greedy fails more generally with this system, just to be thorough. The problematic coin is 21: it's close to 25 but three 21s make 63, which greedy approaches via 25 + 25 + 10 + 3 ones. A classic test for whether a coin system is canonical is to check amounts up to the sum of the two largest coins; here that's 46. For example, at 42: greedy takes 25, then 10, 5, 1, 1 = 5 coins, but 21 + 21 = 2 coins. So greedy already fails at 42. That confirms the system isn't canonical.

Should I also double check 63 can't be made with 3 coins other than 21 + 21 + 21? Three coins from {1, 5, 10, 21, 25} summing to 63: if the largest is 25, the other two sum to 38, possible pairs from the set: 21 + 17? No. 25 + 13? No. So no. If the largest is 21, the other two sum to 42, which needs 21 + 21. So the only 3-coin representation is 21 + 21 + 21. Unique, but uniqueness wasn't asked.

Final: 3 coins; greedy gives 6, so greedy is not optimal for 63.""",
"a": r"""The minimum is 3 coins (21 + 21 + 21). Greedy picks 25 + 25 + 10 + 1 + 1 + 1 = 6 coins, so it is not optimal here. \boxed{3}"""})

DEMOS.append({"id": "d12", "lang": "en",
"q": r"A sequence is defined by a_1 = 1 and a_{n+1} = a_n + 2n for n >= 1. Find a_50.",
"r": r"""Let me write out the first few terms to see the pattern. a_1 = 1. a_2 = a_1 + 2*1 = 3. a_3 = a_2 + 2*2 = 7. a_4 = a_3 + 2*3 = 13. a_5 = 13 + 8 = 21. So the sequence is 1, 3, 7, 13, 21, ... The differences are 2, 4, 6, 8, which is what the recurrence says.

Telescoping: a_n = a_1 + sum_{k=1}^{n-1} 2k = 1 + 2 * (n-1) n / 2 = 1 + n(n - 1). Let me check with the terms I computed: n = 1: 1 + 0 = 1. n = 2: 1 + 2 = 3. n = 3: 1 + 6 = 7. n = 4: 1 + 12 = 13. n = 5: 1 + 20 = 21. All match.

So a_50 = 1 + 50 * 49 = 1 + 2450 = 2451.

Wait, let me make sure about the upper limit of the sum. a_n = a_1 + (a_2 - a_1) + (a_3 - a_2) + ... + (a_n - a_{n-1}). The difference a_{k+1} - a_k = 2k, for k from 1 to n - 1. So the sum is over k = 1..n-1 of 2k, which is 2 * (n-1)n/2 = n(n-1). Yes, correct.

For n = 50, the sum of 2k for k = 1 to 49 is 2 * (49 * 50 / 2) = 49 * 50 = 2450. Plus a_1 = 1 gives 2451.

Alternatively, n^2 - n + 1 at n = 50: 2500 - 50 + 1 = 2451. Same.

These numbers n^2 - n + 1 are sometimes called central polygonal numbers (the "lazy caterer" is different, that one is n(n+1)/2 + 1). Doesn't matter, the closed form is verified.

So a_50 = 2451.

Hmm, let me be careful about the indexing convention, because a lot of mistakes in these problems come from off-by-one errors. The recurrence is a_{n+1} = a_n + 2n for n >= 1. So a_2 = a_1 + 2*1, a_3 = a_2 + 2*2, ..., a_50 = a_49 + 2*49. So the last increment added is 2*49 = 98, not 2*50 = 100. Summing increments 2*1 + 2*2 + ... + 2*49 = 2 * (1 + 2 + ... + 49) = 2 * 1225 = 2450. Good, 49 * 50 / 2 = 1225. So a_50 = 1 + 2450 = 2451. Consistent.

If I had mistakenly summed up to 50, I'd get 1 + 2550 = 2551, which would be a_51. Let me verify: a_51 = 1 + 51 * 50 = 2551. Yes. So the formula a_n = n^2 - n + 1 keeps the indexing straight.

Another check by induction: suppose a_n = n^2 - n + 1. Then a_{n+1} = a_n + 2n = n^2 - n + 1 + 2n = n^2 + n + 1. And (n+1)^2 - (n+1) + 1 = n^2 + 2n + 1 - n - 1 + 1 = n^2 + n + 1. They match, and the base case a_1 = 1 - 1 + 1 = 1 holds. So the closed form is proven.

Therefore a_50 = 2451.""",
"a": r"""Telescoping gives a_n = 1 + n(n − 1), so a_50 = 1 + 50·49 = \boxed{2451}."""})

DEMOS.append({"id": "d13", "lang": "es",
"q": r"¿Cuántos divisores positivos tiene 720? ¿Cuántos de ellos son pares?",
"r": r"""Vale, primero factorizo 720. 720 = 72 * 10 = 8 * 9 * 10 = 2^3 * 3^2 * 2 * 5 = 2^4 * 3^2 * 5. Compruebo: 16 * 9 = 144, y 144 * 5 = 720. Correcto.

El número de divisores positivos se obtiene sumando uno a cada exponente y multiplicando: (4 + 1)(2 + 1)(1 + 1) = 5 * 3 * 2 = 30. Así que 720 tiene 30 divisores positivos.

Ahora los pares. Un divisor es par si contiene al menos un factor 2, es decir, si su exponente de 2 está entre 1 y 4 en lugar de entre 0 y 4. Entonces hay 4 opciones para el exponente de 2, 3 para el de 3 y 2 para el de 5: 4 * 3 * 2 = 24 divisores pares.

Espera, lo compruebo por el complemento. Los divisores impares son los divisores de 3^2 * 5 = 45, que son 1, 3, 5, 9, 15, 45: seis divisores. 30 - 6 = 24. Coincide.

Otra forma de verlo: los divisores pares de 720 son exactamente 2 veces los divisores de 360. 360 = 2^3 * 3^2 * 5 tiene (3+1)(2+1)(1+1) = 24 divisores. Otra vez 24. Perfecto, tres métodos dan lo mismo.

Solo por si acaso, enumero algunos divisores para ver que no me equivoco con la factorización: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 30, 36, 40, 45, 48, 60, 72, 80, 90, 120, 144, 180, 240, 360, 720. Cuento: son 30. Y los impares de la lista son 1, 3, 5, 9, 15, 45, seis. Todo cuadra.

Entonces la respuesta es: 30 divisores positivos, de los cuales 24 son pares.

Un momento, quiero asegurarme de que no confundo "divisores positivos" con "divisores propios". Los divisores propios excluirían al propio 720 (y a veces también al 1), pero la pregunta dice "divisores positivos", así que se cuentan todos, incluidos 1 y 720. Son 30.

También compruebo la fórmula con un número más pequeño que pueda contar a mano, por ejemplo 12 = 2^2 * 3. La fórmula da (2+1)(1+1) = 6, y los divisores son 1, 2, 3, 4, 6, 12: seis. Los pares serían los que tienen exponente de 2 entre 1 y 2: 2 opciones por 2 opciones del 3, es decir 4, que son 2, 4, 6, 12. Correcto. El método funciona.

Otra comprobación rápida para 720: la suma de los divisores sería (1+2+4+8+16)(1+3+9)(1+5) = 31 * 13 * 6 = 2418. No la necesito, pero me sirve para ver que la factorización es coherente: 720 es un número abundante y 2418 > 2 * 720 = 1440, lo cual tiene sentido.

Así que la respuesta final es 30 divisores positivos y 24 divisores pares.""",
"a": r"""720 = 2⁴·3²·5 tiene (4+1)(2+1)(1+1) = 30 divisores; los pares son 4·3·2 = 24. \boxed{30 \text{ y } 24}"""})

DEMOS.append({"id": "d14", "lang": "zh-Hans",
"q": r"笼子里有鸡和兔子，一共有35个头，94只脚。问鸡和兔子各有多少只？",
"r": r"""好，这是经典的鸡兔同笼问题。设鸡有x只，兔子有y只。每只鸡一个头两只脚，每只兔子一个头四只脚。所以头的数量给出方程 x + y = 35，脚的数量给出方程 2x + 4y = 94。我先把第二个方程两边除以2，得到 x + 2y = 47，这样计算起来更简单一些，也不容易出错。

用第二个方程减去第一个方程：(x + 2y) - (x + y) = 47 - 35，也就是 y = 12。所以兔子有12只，那么鸡就是 35 - 12 = 23 只。嗯，我来验算一下：鸡的脚是 23 乘以 2 等于 46，兔子的脚是 12 乘以 4 等于 48，加起来 46 + 48 = 94，正好等于题目给的脚数。头的数量是 23 + 12 = 35，也对。

等一下，我再用假设法检查一遍，这也是小学常用的方法。假设35只全部都是鸡，那么一共应该有 35 乘以 2 等于 70 只脚。但实际上有94只脚，多出了 94 - 70 = 24 只脚。每把一只鸡换成一只兔子，脚的数量就增加 4 - 2 = 2 只。所以需要换 24 除以 2 等于 12 次，也就是说兔子有12只，鸡有 35 - 12 = 23 只。两种方法得到的结果完全一致。

再反过来假设全部是兔子：35 乘以 4 等于 140 只脚，比实际多了 140 - 94 = 46 只。每把一只兔子换成鸡，脚数减少2只，所以要换 46 除以 2 等于 23 次，鸡就是23只，兔子是12只。三种思路结果都一样，我很确定答案是对的。

所以答案是：鸡23只，兔子12只。

我再换一个角度想一想，会不会题目里有陷阱，比如有的动物少了一条腿之类的。题目没有这样说，所以按正常情况处理就可以：鸡两只脚，兔子四只脚。另外头的数量和动物的数量是一一对应的，这一点也没有问题。

还可以用“抬脚法”来验证：让每只动物都抬起两只脚，那么鸡就没有脚着地了，兔子还剩两只脚着地。这时地上的脚数是 94 - 35 × 2 = 94 - 70 = 24 只，这些脚全部都是兔子的，每只兔子剩两只脚，所以兔子有 24 ÷ 2 = 12 只，鸡有 35 - 12 = 23 只。和前面的结果完全一样。

最后再检查一下答案是否合理：鸡和兔子的数量都是正整数，23 和 12 都是正整数，而且加起来是 35，脚数算出来是 94，没有任何矛盾。如果算出来是小数或者负数，那就说明题目的数据有问题，但这里一切正常。

所以最终答案是：鸡有23只，兔子有12只。

嗯，既然已经确定了答案，我再想一想怎么把过程写得清楚一些，让看的人一眼就能明白。最简洁的写法应该是列方程组：x + y = 35，2x + 4y = 94。第二个式子化简成 x + 2y = 47，两式相减得 y = 12，再代回去得 x = 23。这样三行就能写完，比假设法更直接，也不容易让人看糊涂。

不过假设法也很有意思，它其实和方程组是同一件事，只是没有写字母而已。假设全是鸡的时候，多出来的 24 只脚，正好对应方程里 2y 这一项的差值。两种方法本质上是一样的，所以结果一致并不奇怪。

最后确认一下单位和问法：题目问“鸡和兔子各有多少只”，所以答案要分别写出鸡的只数和兔子的只数，不能只写一个数。鸡23只，兔子12只。""",
"a": r"""鸡有23只，兔子有12只（验算：23×2 + 12×4 = 94）。\boxed{鸡23只，兔12只}"""})

DEMOS.append({"id": "d15", "lang": "en",
"q": r"How many ordered pairs of positive integers (a, b) satisfy 1/a + 1/b = 1/6?",
"r": r"""Let me clear denominators. 1/a + 1/b = 1/6 means 6b + 6a = ab, so ab - 6a - 6b = 0. The usual trick (Simon's favourite factoring) is to add 36 to both sides: ab - 6a - 6b + 36 = 36, which factors as (a - 6)(b - 6) = 36.

Now a and b are positive integers. Since 1/a < 1/6 (because 1/b > 0), we need a > 6, and similarly b > 6. So a - 6 and b - 6 are both positive integers. Wait, could they both be negative? If a - 6 < 0 then a < 6 and 1/a > 1/6, which would force 1/b < 0, impossible. So both factors are positive.

So I need the number of ordered pairs of positive integers (x, y) with x y = 36, which is the number of positive divisors of 36. 36 = 2^2 * 3^2, so the number of divisors is (2+1)(2+1) = 9. Each divisor x gives y = 36/x, and a = x + 6, b = y + 6.

Let me list them to be sure: x = 1, y = 36: (7, 42). Check: 1/7 + 1/42 = 6/42 + 1/42 = 7/42 = 1/6. Good. x = 2, y = 18: (8, 24): 3/24 + 1/24 = 4/24 = 1/6. Good. x = 3, y = 12: (9, 18): 2/18 + 1/18 = 3/18 = 1/6. Good. x = 4, y = 9: (10, 15): 3/30 + 2/30 = 5/30 = 1/6. Good. x = 6, y = 6: (12, 12): 1/12 + 1/12 = 1/6. Good. Then x = 9, 12, 18, 36 give the mirror images (15, 10), (18, 9), (24, 8), (42, 7).

That's 9 ordered pairs. If the question had asked for unordered pairs it would be (9 + 1)/2 = 5, but it says ordered, so 9.

Hmm, let me double check that I haven't missed anything with the sign analysis. The equation (a - 6)(b - 6) = 36 with both factors negative would need (6 - a)(6 - b) = 36 with 6 - a and 6 - b positive and at most 5 each, product at most 25 < 36. So no negative solutions anyway. Consistent with the inequality argument.

So the answer is 9.

Let me also double check the claim that there are exactly 9 positive divisors of 36 by listing them: 1, 2, 3, 4, 6, 9, 12, 18, 36. That's 9. Good.

And as a different sanity check, I can think of it as: for each a > 6, b = 6a / (a - 6), and b must be a positive integer. So (a - 6) must divide 6a. Since 6a = 6(a - 6) + 36, (a - 6) divides 6a exactly when (a - 6) divides 36. Same condition, 9 values of a - 6, so 9 values of a, each giving exactly one b. The largest a is 42 (with b = 7), and the smallest is 7 (with b = 42). Consistent with the list.

So the number of ordered pairs is 9.""",
"a": r"""(a − 6)(b − 6) = 36 with both factors positive, and 36 has 9 positive divisors, so there are \boxed{9} ordered pairs."""})
