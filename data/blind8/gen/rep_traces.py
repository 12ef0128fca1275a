# -*- coding: utf-8 -*-
"""Hand-written shadow demonstrations (question, reasoning, answer) for the
REP-style items. Every reasoning text is >= ~2,000 characters."""

TRACES = [
("en", "A bag holds 5 red, 4 blue and 3 green marbles. Two marbles are drawn without replacement. What is the probability that they are different colours?",
"""Okay, so there are 5 red, 4 blue and 3 green marbles, 12 in total. We draw two without replacement and want the probability that the two have different colours.

The cleanest route is probably the complement: P(different) = 1 - P(same colour). Let me count the pairs.

Total number of unordered pairs: C(12,2) = 12*11/2 = 66.

Same-colour pairs:
- both red: C(5,2) = 10
- both blue: C(4,2) = 6
- both green: C(3,2) = 3
Sum = 10 + 6 + 3 = 19.

So P(same) = 19/66 and P(different) = 1 - 19/66 = 47/66.

Hmm, let me double-check by counting the different-colour pairs directly, because it is easy to slip on these.
- red-blue: 5*4 = 20
- red-green: 5*3 = 15
- blue-green: 4*3 = 12
Total = 20 + 15 + 12 = 47. Good, 47 + 19 = 66, which matches the total number of pairs. So the direct count agrees.

Wait, should I worry about ordered versus unordered draws? If I used ordered draws, the total would be 12*11 = 132 and the different-colour ordered pairs would be 2*47 = 94, and 94/132 reduces to 47/66 again. So the order convention doesn't matter as long as I'm consistent in numerator and denominator.

Let me also sanity-check with a sequential argument. First marble red with probability 5/12; then the second must be non-red: 7/11. That gives 35/132. First blue (4/12), second non-blue (8/11): 32/132. First green (3/12), second non-green (9/11): 27/132. Add them: 35 + 32 + 27 = 94, so 94/132 = 47/66. Third method, same answer.

Is 47/66 in lowest terms? 47 is prime, and 66 = 2*3*11, so yes, it does not reduce. As a decimal that is about 0.7121, so roughly a 71% chance.

Does that feel plausible? With three colours and red being the most common at 5/12, the chance of matching should be fairly low, somewhere around a quarter to a third. 19/66 is about 0.288, so the complement of about 0.712 looks reasonable.

One more consideration: the problem says "different colours", which for two marbles simply means not the same colour. There is no subtlety like "all three colours" since only two are drawn. So the answer is 47/66.""",
"The probability is 47/66 (about 0.712)."),

("en", "Find all real x such that sqrt(x + 7) = x - 5.",
"""We need real x with sqrt(x + 7) = x - 5.

First, domain conditions. The square root requires x + 7 >= 0, so x >= -7. Also the square root is non-negative, so the right-hand side must be non-negative: x - 5 >= 0, meaning x >= 5. The second condition is stronger, so we need x >= 5.

Now square both sides: x + 7 = (x - 5)^2 = x^2 - 10x + 25.
Bring everything to one side: 0 = x^2 - 10x + 25 - x - 7 = x^2 - 11x + 18.
Factor: x^2 - 11x + 18. I need two numbers that multiply to 18 and add to -11: -9 and -2. So (x - 9)(x - 2) = 0, giving x = 9 or x = 2.

Now check against the condition x >= 5. x = 2 fails, because then x - 5 = -3, which is negative, while sqrt(9) = 3. So x = 2 is extraneous; squaring introduced it, since it solves sqrt(x+7) = -(x-5).

Check x = 9: sqrt(9 + 7) = sqrt(16) = 4, and 9 - 5 = 4. Works.

Hmm, let me make sure I didn't mis-factor. (x - 9)(x - 2) = x^2 - 2x - 9x + 18 = x^2 - 11x + 18. Yes.

Could there be any other solution that the squaring step loses? No. Squaring can only add solutions, not remove them, because if a = b then a^2 = b^2. So every solution of the original equation is among {2, 9}, and we've checked both.

Let me also think about it graphically as a sanity check. The left side sqrt(x + 7) starts at 0 when x = -7 and grows slowly, concave down. The right side x - 5 is a line with slope 1 crossing zero at x = 5. At x = 5, the left side is sqrt(12), about 3.46, which is above 0. The line grows faster than the square root for large x, so they cross exactly once to the right of 5. At x = 9 both are 4. At x = 10, the left is sqrt(17), about 4.12, and the right is 5, so the line is above. That's consistent with a single crossing at 9.

What about the region between -7 and 5? There the right side is negative and the left side is non-negative, so there can be no crossing except where both are zero, which would need x = -7 and x = 5 at once; impossible.

So the unique real solution is x = 9.""",
"x = 9 (x = 2 is extraneous)."),

("en", "How many positive divisors does 7200 have, and how many of them are perfect squares?",
"""Let me factor 7200 first. 7200 = 72 * 100. 72 = 2^3 * 3^2 and 100 = 2^2 * 5^2. So 7200 = 2^5 * 3^2 * 5^2.

Check: 2^5 = 32, 3^2 = 9, 5^2 = 25. 32 * 9 = 288, 288 * 25 = 7200. Correct.

Number of positive divisors: multiply (exponent + 1) over the primes: (5 + 1)(2 + 1)(2 + 1) = 6 * 3 * 3 = 54.

Now the perfect-square divisors. A divisor 2^a 3^b 5^c is a perfect square exactly when a, b and c are all even. Constraints: 0 <= a <= 5, 0 <= b <= 2, 0 <= c <= 2.
- a even in {0, 2, 4}: 3 choices.
- b even in {0, 2}: 2 choices.
- c even in {0, 2}: 2 choices.
So 3 * 2 * 2 = 12 perfect-square divisors.

Let me list a few to be sure this is right: 1, 4, 16, 9, 36, 144, 25, 100, 400, 225, 900, 3600. Let me check each divides 7200: 1 yes; 4 yes; 16: 7200/16 = 450, yes; 9: 800, yes; 36: 200, yes; 144: 50, yes; 25: 288, yes; 100: 72, yes; 400: 18, yes; 225: 32, yes; 900: 8, yes; 3600: 2, yes. That's 12 distinct squares. 

Wait, is 3600 really the largest square divisor? The largest square dividing 7200 would be 2^4 * 3^2 * 5^2 = 16 * 9 * 25 = 3600, and 7200 = 2 * 3600. Yes, so 7200 is twice a square, which makes sense because the exponent of 2 is odd.

Hmm, could I have miscounted the divisors? Alternative check: divisors come in pairs (d, 7200/d). 7200 is not a perfect square (because of 2^5), so the count must be even; 54 is even, fine. Also sqrt(7200) is about 84.85, so there should be 27 divisors below 84.85. Let me roughly count: 1,2,3,4,5,6,8,9,10,12,15,16,18,20,24,25,30,32,36,40,45,48,50,60,72,75,80. Count them: 1,2,3,4,5,6 (6), 8,9,10,12 (10), 15,16,18,20 (14), 24,25,30,32 (18), 36,40,45,48 (22), 50,60,72,75 (26), 80 (27). Exactly 27. 

So 54 divisors in total, 12 of them perfect squares.""",
"7200 has 54 positive divisors, 12 of which are perfect squares."),

("en", "A train leaves city A at 9:00 at 80 km/h toward city B, 360 km away. Another leaves B at 10:00 toward A at 100 km/h. When and where do they meet?",
"""Setting up: distance AB = 360 km. Train 1 leaves A at 9:00 at 80 km/h. Train 2 leaves B at 10:00 at 100 km/h toward A.

By 10:00, train 1 has travelled one hour at 80 km/h, so 80 km. The remaining gap at 10:00 is 360 - 80 = 280 km.

From 10:00 on, both trains move toward each other, so the gap closes at 80 + 100 = 180 km/h. Time to close 280 km: 280 / 180 = 14/9 hours.

14/9 hours = 1 hour + 5/9 hour. 5/9 of 60 minutes = 300/9 = 33.33... minutes, i.e. 33 minutes and 20 seconds. So they meet at 10:00 + 1:33:20 = 11:33:20.

Where? Train 1 has been travelling from 9:00 to 11:33:20, i.e. 2 + 5/9 hours = 23/9 hours. Distance = 80 * 23/9 = 1840/9 km, about 204.44 km from A.

Check with train 2: it travelled 14/9 hours at 100 km/h = 1400/9 km, about 155.56 km from B. Sum: 1840/9 + 1400/9 = 3240/9 = 360. 

Hmm, let me double check the arithmetic for 80 * 23/9: 80 * 23 = 1840. Yes. And 1840/9 = 204.444...

Alternatively, set t = hours after 9:00. Position of train 1 from A: 80t. Position of train 2 from A: 360 - 100(t - 1) for t >= 1. Setting equal: 80t = 360 - 100t + 100 => 180t = 460 => t = 460/180 = 23/9, about 2.556 h. That's 9:00 + 2 h 33 min 20 s = 11:33:20. Position 80 * 23/9 = 1840/9. Same result, good.

Is there any chance they meet before 10:00? No, train 2 hasn't departed, and train 1 only reaches 80 km by then, nowhere near B. So the meeting is after 10:00, consistent.

Units: everything in km and hours, fine. Rounding: the question likely expects something like "at about 11:33, roughly 204 km from A". I'll give the exact values and the rounded ones.""",
"They meet at 11:33:20, about 204.4 km from A (1840/9 km), i.e. about 155.6 km from B."),

("en", "Prove that the sum of the first n odd numbers is n^2, and use it to compute 1 + 3 + ... + 199.",
"""The claim: 1 + 3 + 5 + ... + (2n - 1) = n^2.

Proof by induction. Base case n = 1: the sum is 1, and 1^2 = 1. True.

Inductive step: assume 1 + 3 + ... + (2k - 1) = k^2 for some k >= 1. Add the next odd number, 2(k + 1) - 1 = 2k + 1. Then the sum up to the (k+1)-th odd number is k^2 + 2k + 1 = (k + 1)^2. So the statement holds for k + 1. By induction it holds for all n >= 1.

Alternatively, there's the nice picture argument: arrange dots in a k-by-k square; to grow to (k+1)-by-(k+1) you add an L-shaped border of k + k + 1 = 2k + 1 dots, which is exactly the next odd number. That's the same algebra, just visual.

Or a direct sum: sum_{i=1}^{n} (2i - 1) = 2 * n(n+1)/2 - n = n(n + 1) - n = n^2. Three proofs, all consistent.

Now compute 1 + 3 + ... + 199. I need n such that 2n - 1 = 199, so 2n = 200 and n = 100. The sum is 100^2 = 10000.

Wait, let me make sure 199 is included and counted properly. The odd numbers from 1 to 199: 1 is the 1st, 3 the 2nd, ..., the m-th is 2m - 1. For 199, m = 100. So there are 100 terms. Sum = 100^2 = 10,000.

Sanity check with the pairing trick: pair 1 with 199, 3 with 197, ... each pair sums to 200. There are 100 terms, so 50 pairs, and 50 * 200 = 10,000. Matches.

Hmm, one more subtle point: the induction needs the statement for n = 1 only, since the step goes from any k to k + 1. No strong induction required. And I should state clearly that the (k+1)-th odd number is 2k + 1, which is what makes the algebra close into a perfect square.

Let me also check small cases for confidence: n = 2: 1 + 3 = 4 = 2^2. n = 3: 1 + 3 + 5 = 9. n = 4: 16. n = 5: 1+3+5+7+9 = 25. All good.

So the final write-up: induction proof, then the application with n = 100 giving 10000.""",
"By induction 1 + 3 + ... + (2n-1) = n^2; since 199 is the 100th odd number, 1 + 3 + ... + 199 = 100^2 = 10000."),

("en", "A shop raises a price by 25% and later lowers the new price by 20%. Then it lowers it again by 10%. What is the overall percentage change?",
"""Let the original price be P. I'll just track the multipliers.

Raise by 25%: multiply by 1.25.
Lower by 20%: multiply by 0.80.
Lower by 10%: multiply by 0.90.

Overall multiplier: 1.25 * 0.80 * 0.90. First 1.25 * 0.80 = 1.00. Interesting: a 25% increase followed by a 20% decrease brings you exactly back to the start, because 1.25 = 5/4 and 0.8 = 4/5. Then times 0.90 = 0.90.

So the final price is 0.9P, an overall decrease of 10%.

Hmm, people often think +25% then -20% is a net +5%, but percentages apply to different bases. The 20% decrease is taken off the already raised price, which is larger, so the decrease in absolute terms is bigger: if P = 100, after the raise it's 125, and 20% of 125 is 25, which brings it back to 100. Then 10% of 100 is 10, giving 90.

Let me double-check with P = 80 to be safe: 80 * 1.25 = 100; 100 * 0.8 = 80; 80 * 0.9 = 72. 72/80 = 0.9. Yes, 10% decrease.

Does the order matter? Multiplication is commutative, so the order of the three changes doesn't affect the final price, though the intermediate prices differ. For instance, if the 10% cut came first: 100 -> 90 -> 112.5 -> 90. Same end.

Is there any trick in "lowers the new price by 20%", like meaning 20 percentage points? No, prices don't have percentage points; it's 20% of the current price.

Now, what would the question want as a format? "Overall percentage change" = (final - original)/original * 100% = (0.9P - P)/P = -10%. So a 10% decrease.

One more thought: if someone asked what single increase would undo it, that would be 1/0.9 - 1 = 11.11%, but that's not asked. I'll keep the answer focused: net change -10%.

Let me also write the exact fraction form: 5/4 * 4/5 * 9/10 = 9/10. Clean.""",
"Overall the price falls by 10% (multiplier 1.25 x 0.8 x 0.9 = 0.9)."),

("en", "Solve the system: 3x + 2y - z = 1, 2x - 2y + 4z = -2, -x + 0.5y - z = 0.",
"""A 3x3 linear system. Let me write it cleanly:
(1) 3x + 2y - z = 1
(2) 2x - 2y + 4z = -2
(3) -x + 0.5y - z = 0

Equation (3) has fractions; multiply by 2: (3') -2x + y - 2z = 0, so y = 2x + 2z.

Substitute y into (1): 3x + 2(2x + 2z) - z = 1 => 3x + 4x + 4z - z = 1 => 7x + 3z = 1. Call it (A).

Substitute into (2): 2x - 2(2x + 2z) + 4z = -2 => 2x - 4x - 4z + 4z = -2 => -2x = -2 => x = 1.

Nice, z cancels there. So x = 1. From (A): 7 + 3z = 1 => 3z = -6 => z = -2.
Then y = 2x + 2z = 2 - 4 = -2.

So (x, y, z) = (1, -2, -2).

Check in the original equations:
(1) 3(1) + 2(-2) - (-2) = 3 - 4 + 2 = 1. Correct.
(2) 2(1) - 2(-2) + 4(-2) = 2 + 4 - 8 = -2. Correct.
(3) -(1) + 0.5(-2) - (-2) = -1 - 1 + 2 = 0. Correct.

All three satisfied. Wait, I should make sure the system isn't degenerate, i.e. the solution is unique. The determinant of the coefficient matrix:
| 3   2   -1 |
| 2  -2    4 |
| -1 0.5  -1 |
det = 3 * ((-2)(-1) - 4(0.5)) - 2 * (2(-1) - 4(-1)) + (-1) * (2(0.5) - (-2)(-1))
= 3 * (2 - 2) - 2 * (-2 + 4) - 1 * (1 - 2)
= 3 * 0 - 2 * 2 - 1 * (-1)
= 0 - 4 + 1 = -3.
Non-zero, so the solution is unique.

Hmm, the first minor being zero made me pause, but the total determinant is -3, fine. Actually, let me recompute the last cofactor: 2 * 0.5 = 1, and (-2)*(-1) = 2, so 1 - 2 = -1; times the entry -1 gives +1. Yes, -3.

Good: unique solution x = 1, y = -2, z = -2.""",
"x = 1, y = -2, z = -2."),

("en", "What is the remainder when 3^100 is divided by 7?",
"""We want 3^100 mod 7.

Powers of 3 modulo 7:
3^1 = 3
3^2 = 9 = 2 (mod 7)
3^3 = 3 * 2 = 6
3^4 = 3 * 6 = 18 = 4
3^5 = 3 * 4 = 12 = 5
3^6 = 3 * 5 = 15 = 1
So the order of 3 modulo 7 is 6; that matches Fermat's little theorem, since 7 is prime and 3^(7-1) = 1 mod 7. Also 3 is a primitive root mod 7 because the cycle 3, 2, 6, 4, 5, 1 hits all non-zero residues.

Now 100 = 6 * 16 + 4, because 6 * 16 = 96 and 100 - 96 = 4. So 3^100 = (3^6)^16 * 3^4 = 1^16 * 4 = 4 mod 7.

Let me double-check with a different decomposition. 3^100 = (3^2)^50 = 9^50 = 2^50 mod 7. Powers of 2 mod 7 cycle with period 3: 2, 4, 1. 50 = 3 * 16 + 2, so 2^50 = 2^2 = 4 mod 7. Same answer.

Hmm, one more check via 3^3 = 6 = -1 mod 7. Then 3^99 = (3^3)^33 = (-1)^33 = -1 mod 7. So 3^100 = 3 * (-1) = -3 = 4 mod 7. Three methods agree.

Wait, is -3 mod 7 really 4? -3 + 7 = 4. Yes.

So the remainder is 4.

Just to be careful about conventions: "remainder when divided by 7" means the least non-negative residue, which is in {0,...,6}. 4 qualifies.

Could 3^100 be divisible by 7? No, 3 and 7 are coprime, so no power of 3 is divisible by 7; the remainder cannot be 0. Consistent.

Final: 4.""",
"The remainder is 4."),

("en", "In triangle ABC, AB = 13, BC = 14, CA = 15. Find the area and the length of the altitude from A.",
"""The 13-14-15 triangle, a classic. Let me use Heron's formula.

Semi-perimeter s = (13 + 14 + 15)/2 = 42/2 = 21.
Area = sqrt(s(s - a)(s - b)(s - c)). With a = BC = 14, b = CA = 15, c = AB = 13:
s - a = 7, s - b = 6, s - c = 8.
Area = sqrt(21 * 7 * 6 * 8) = sqrt(21 * 7 * 48). 21 * 7 = 147, 147 * 48 = 7056. sqrt(7056) = 84, since 84^2 = 7056 (80^2 = 6400, 2*80*4 = 640, 4^2 = 16, total 7056). So the area is 84.

The altitude from A goes to side BC, which has length 14. Area = (1/2) * BC * h_A, so 84 = 7 * h_A, giving h_A = 12.

Let me verify with coordinates, because it's easy to attach the wrong side to the wrong vertex. Put B = (0, 0) and C = (14, 0). A = (x, y) with AB = 13 and AC = 15:
x^2 + y^2 = 169
(x - 14)^2 + y^2 = 225
Subtract: (x - 14)^2 - x^2 = 56 => -28x + 196 = 56 => -28x = -140 => x = 5.
Then y^2 = 169 - 25 = 144, y = 12. 

So A = (5, 12), and the altitude from A to BC (the x-axis) is exactly 12. Area = (1/2) * 14 * 12 = 84. Both methods agree.

Nice, this triangle splits into a 5-12-13 right triangle and a 9-12-15 right triangle along the altitude, since the foot is at x = 5 and 14 - 5 = 9. And 9-12-15 is 3 times 3-4-5. That's why everything is an integer.

Hmm, the question asks just for the area and the altitude from A. I might also mention the foot of the altitude divides BC into 5 and 9, but that's extra.

Answer: area 84, altitude from A = 12.""",
"Area = 84; the altitude from A to BC is 12."),

("en", "Write a Python function that returns the length of the longest substring without repeating characters, and state its complexity.",
"""Classic sliding window problem. Let me think about the approach.

Brute force would check every substring and test uniqueness: O(n^3), or O(n^2) with a set per start index. Too slow for long strings; the sliding window gets O(n).

Idea: keep a window [left, right] with all unique characters. Keep a dict last_seen mapping each character to its most recent index. When s[right] was seen at index j >= left, the window must jump: left = j + 1. Then update last_seen[s[right]] = right and the best length = max(best, right - left + 1).

Wait, the condition j >= left matters. If the character was last seen before the current window started, it's not a duplicate inside the window, so we shouldn't move left backwards. Using left = max(left, last_seen[c] + 1) handles that.

Draft:

def longest_unique_substring(s: str) -> int:
    last_seen = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        if ch in last_seen and last_seen[ch] >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best

Test mentally:
- "abcabcbb": a(0) b(1) c(2) -> best 3; a at 3, last 0 >= 0 -> left 1, window "bca" len 3; b at 4 -> left 2; c at 5 -> left 3; b at 6, last 4 >= 3 -> left 5, window "cb" len 2; b at 7, last 6 -> left 7, len 1. Best 3. Correct.
- "bbbbb": every step left jumps to right, best 1. Correct.
- "pwwkew": p w -> 2; w at 2, last 1 -> left 2; k -> len 2; e -> "wke" len 3; w at 5, last 2 >= 2 -> left 3, "kew" len 3. Best 3. Correct.
- "": loop doesn't run, returns 0. Good.
- "abba": a0 b1 -> 2; b at 2 -> left 2; a at 3, last_seen a = 0 < left 2 -> don't move; window "ba" len 2. Best 2. Without the >= left check, left would move back to 1 and we'd get len 3, which is wrong. So that check is essential.

Complexity: each index is visited once by right; left only moves forward; dict operations are O(1) average. So O(n) time. Space is O(min(n, alphabet size)) for the dict.

Hmm, for Unicode strings, Python iterates over code points, which is usually what people want. Grapheme clusters would need something else, but that's beyond the question.

I'll present the function with a docstring and the complexity.""",
"Use a sliding window with a last-seen index map (left = max(left, last_seen[ch] + 1)); it runs in O(n) time and O(min(n, alphabet)) space."),

("en", "Three friends split a restaurant bill. Ana pays twice as much as Ben, and Ben pays 12 euros more than Cleo. The bill is 156 euros. How much does each pay?",
"""Let Cleo pay c euros. Ben pays c + 12. Ana pays twice Ben: 2(c + 12) = 2c + 24.

Total: c + (c + 12) + (2c + 24) = 4c + 36 = 156.
So 4c = 120, c = 30.

Cleo: 30. Ben: 42. Ana: 84.

Check: 30 + 42 + 84 = 156. Yes. Ana = 2 * 42 = 84, yes. Ben - Cleo = 12, yes.

Hmm, wait. Let me reread: "Ana pays twice as much as Ben, and Ben pays 12 euros more than Cleo." Yes, that's what I used.

Let me consider whether "twice as much as Ben" could be misread as "twice as much as Ben and Cleo together". No, the sentence only names Ben. 

Is it realistic that Ana pays more than half the bill? 84/156 is about 54%. Maybe she ordered the wine. Fine, the numbers are clean, which suggests the intended answer.

Alternative approach to double-check: let Ben pay b. Ana 2b, Cleo b - 12. Total 2b + b + b - 12 = 4b - 12 = 156 => 4b = 168 => b = 42. Same.

Let me also present the shares as fractions of the bill in case that's useful: Cleo 30/156 = 5/26, Ben 42/156 = 7/26, Ana 84/156 = 14/26 = 7/13. Sum 5 + 7 + 14 = 26/26. Good.

Everything's consistent. I'll present a short algebraic solution: define c, write the equation 4c + 36 = 156, solve, list the three amounts, and verify the sum.

Potential edge: negative amounts? c = 30 > 0, everyone pays a positive amount. Good.

Also, some people might want cents; these are whole euros, no rounding issue.

Actually, let me think about whether I should double check by plugging into the original wording one more time, since word problems are where sign errors creep in. "Ben pays 12 euros more than Cleo": Ben 42, Cleo 30, difference 12, Ben more. Correct direction.""",
"Cleo pays 30 EUR, Ben 42 EUR and Ana 84 EUR."),

("en", "Is 2^31 - 1 prime? Explain how you would check it efficiently, and give the answer.",
"""2^31 - 1 = 2147483647. This is a Mersenne number M31. I recall it's a known Mersenne prime, proven prime by Euler in 1772. But the question asks how to check efficiently, so let me reason it out rather than just cite.

Trial division up to sqrt(2147483647) is about 46341, so naive trial division needs ~46k divisions, which is trivially fast on a computer but tedious by hand. Euler's trick: any prime factor q of 2^p - 1 (p prime) must satisfy q = 1 (mod 2p) and q = +-1 (mod 8). With p = 31, q = 1 mod 62. So candidates are 63, 125, 187, 249, ... that is 62k + 1. Combined with q = 1 or 7 mod 8, that cuts the candidates hugely: only a few hundred numbers below 46341 to test.

Why q = 1 mod 2p: if q divides 2^p - 1 then the order of 2 modulo q divides p; since p is prime and the order isn't 1 (2 isn't 1 mod q), the order is exactly p. The order divides q - 1 by Fermat, so p | q - 1; since q is odd, 2p | q - 1.

Why q = +-1 mod 8: 2^p = 1 mod q with p odd means 2 = 2^(p+1) = (2^((p+1)/2))^2 is a quadratic residue mod q, and 2 is a QR exactly when q = +-1 mod 8.

The modern efficient method is the Lucas-Lehmer test: s_0 = 4, s_{k+1} = s_k^2 - 2 mod M_p; M_p is prime iff s_{p-2} = 0. For p = 31 that's 29 squarings modulo a 31-bit number, which is nothing for a computer.

Hmm, let me make sure 31 itself is prime, otherwise M31 would factor algebraically: 31 is prime, so no algebraic factorization like 2^ab - 1 = (2^a - 1)(...).

Could I verify a couple of small candidate q's by hand? q = 63 is not prime (7*9), skip. q = 311 (62*5 + 1): 311 mod 8 = 7, allowed. Is 2^31 = 1 mod 311? I'd need to compute; I won't do all of them by hand, but the known result stands: no prime factor below 46341 exists.

So the answer: yes, 2147483647 is prime; check efficiently via Lucas-Lehmer, or trial division restricted to q = 1 mod 62 and q = +-1 mod 8.""",
"Yes. 2^31 - 1 = 2147483647 is prime (a Mersenne prime); Lucas-Lehmer with 29 iterations confirms it, or trial division only by primes q = 1 (mod 62) with q = +-1 (mod 8) up to 46341."),

("de", "Ein Rechteck hat einen Umfang von 46 cm und eine Diagonale von 17 cm. Wie groß ist sein Flächeninhalt?",
"""Gegeben: Umfang 46 cm, also 2(a + b) = 46 und damit a + b = 23. Diagonale 17 cm, also a^2 + b^2 = 17^2 = 289.

Gesucht ist der Flächeninhalt A = a * b.

Trick: (a + b)^2 = a^2 + 2ab + b^2. Also 23^2 = 289 + 2ab. 23^2 = 529. Dann 2ab = 529 - 289 = 240, also ab = 120.

Der Flächeninhalt ist 120 cm^2. Man muss die Seiten gar nicht einzeln ausrechnen.

Moment, ich prüfe trotzdem, ob es so ein Rechteck überhaupt gibt. a und b sind Lösungen von t^2 - 23t + 120 = 0. Diskriminante: 529 - 480 = 49, Wurzel 7. Also t = (23 +- 7)/2, das heißt t = 15 oder t = 8. Die Seiten sind 15 cm und 8 cm.

Probe: Umfang 2(15 + 8) = 46. Stimmt. Diagonale sqrt(225 + 64) = sqrt(289) = 17. Stimmt. Fläche 15 * 8 = 120. Stimmt.

Schön, das ist das 8-15-17-Dreieck, ein pythagoreisches Tripel. Das erklärt die glatten Zahlen.

Hmm, könnte man den Umfang falsch lesen, etwa als halben Umfang? Nein, Umfang heißt die ganze Randlänge, also 2a + 2b. Wenn jemand a + b = 46 nimmt, bekäme er 2ab = 2116 - 289 = 1827, ab = 913,5, und die Diskriminante 2116 - 3654 wäre negativ, es gäbe also kein reelles Rechteck. Das bestätigt, dass a + b = 23 richtig ist.

Noch ein Plausibilitätscheck: Für festen Umfang 46 ist das Quadrat mit Seite 11,5 das Rechteck mit maximaler Fläche, 132,25 cm^2. Unsere Fläche 120 liegt darunter, das passt. Und die Diagonale des Quadrats wäre 11,5 * sqrt(2), ungefähr 16,26 cm, also kürzer als 17; ein länglicheres Rechteck hat eine längere Diagonale. Auch das passt zusammen.

Einheiten: Zentimeter, Fläche in Quadratzentimetern.

Ich schreibe die Lösung kurz: a + b = 23, a^2 + b^2 = 289, daraus ab = 120; Seiten 15 und 8 als Probe.""",
"Der Flächeninhalt beträgt 120 cm^2 (Seiten 15 cm und 8 cm)."),

("es", "Un depósito se llena con el grifo A en 6 horas y con el grifo B en 4 horas. Un desagüe lo vacía en 12 horas. Si se abren los tres a la vez con el depósito vacío, ¿cuánto tarda en llenarse?",
"""Vamos a trabajar con fracciones del depósito por hora.

Grifo A: llena 1/6 del depósito por hora.
Grifo B: llena 1/4 por hora.
Desagüe: vacía 1/12 por hora, así que cuenta como -1/12.

Ritmo neto: 1/6 + 1/4 - 1/12. Denominador común 12: 2/12 + 3/12 - 1/12 = 4/12 = 1/3 del depósito por hora.

Entonces el depósito tarda 3 horas en llenarse.

Un momento, compruebo: en 3 horas, A aporta 3/6 = 1/2, B aporta 3/4, el desagüe quita 3/12 = 1/4. Total: 1/2 + 3/4 - 1/4 = 1/2 + 1/2 = 1. Exacto, un depósito lleno.

¿Tiene sentido? Solo con A y B juntos el ritmo sería 1/6 + 1/4 = 5/12 por hora, es decir 12/5 = 2,4 horas. El desagüe lo retrasa, así que debe tardar más de 2,4 horas. Y solo con B tardaría 4 horas; con ayuda de A, aunque haya desagüe, debe ser menos de 4. 3 horas está entre 2,4 y 4. Bien.

Hmm, ¿hay alguna trampa? A veces estos problemas dicen que el desagüe se abre más tarde o que el depósito empieza medio lleno. Aquí no: los tres se abren a la vez y el depósito está vacío. También podría preguntarse si el desagüe funciona cuando el depósito está vacío; al principio no sale agua porque no hay, pero como el llenado neto es positivo desde el primer instante, el nivel sube enseguida y el desagüe empieza a actuar con su ritmo. En el modelo estándar se supone un ritmo constante, así que lo ignoro.

Otra forma de verlo: en 12 horas, A llenaría 2 depósitos, B 3 depósitos, y el desagüe vaciaría 1. Neto: 4 depósitos en 12 horas, o sea 1 depósito cada 3 horas. Mismo resultado, y sin fracciones.

También puedo expresarlo en minutos: 180 minutos.

Respuesta: 3 horas.""",
"Tarda 3 horas (ritmo neto 1/6 + 1/4 - 1/12 = 1/3 de depósito por hora)."),

("zh", "一个等差数列的前10项和为155，前20项和为610。求首项和公差。",
"""设首项为 a，公差为 d。

等差数列前 n 项和公式：S_n = n/2 * (2a + (n-1)d)。

S_10 = 10/2 * (2a + 9d) = 5(2a + 9d) = 155，所以 2a + 9d = 31。 (1)
S_20 = 20/2 * (2a + 19d) = 10(2a + 19d) = 610，所以 2a + 19d = 61。 (2)

(2) - (1)：10d = 30，d = 3。
代回 (1)：2a + 27 = 31，2a = 4，a = 2。

所以首项 a = 2，公差 d = 3。

验证一下：数列是 2, 5, 8, 11, 14, 17, 20, 23, 26, 29，前 10 项和：首项加末项 2 + 29 = 31，乘以 10 再除以 2，得 155。对。

前 20 项：第 20 项是 a + 19d = 2 + 57 = 59。和 = 20 * (2 + 59) / 2 = 10 * 61 = 610。对。

等等，我再确认一下公式有没有用错。S_n = n(a_1 + a_n)/2，a_n = a + (n-1)d，所以 S_n = n(2a + (n-1)d)/2，没错。

还有一种思路：第 11 项到第 20 项的和是 610 - 155 = 455。这十项中每一项都比对应的前十项多 10d，所以 455 - 155 = 100d，得 d = 3。同样的结果，很好。

再看看有没有其他可能：这是两个线性方程、两个未知数，系数行列式 2*19 - 9*2 = 38 - 18 = 20，不为零，所以解唯一。

题目只问首项和公差，不需要求通项，不过顺便写出来：a_n = 2 + 3(n-1) = 3n - 1。检查 n = 1 时为 2，n = 20 时为 59，一致。

嗯，数字都很整齐，说明答案应该就是 a = 2，d = 3。最后用简洁的步骤写出来：列两个方程，相减求 d，再代回求 a，最后验证。""",
"首项为 2，公差为 3（通项 a_n = 3n - 1）。"),

("zh", "某商品先打八折，再在折后价基础上减30元，最后售价为210元。原价是多少？",
"""设原价为 x 元。

打八折：价格变为 0.8x。
再减 30 元：0.8x - 30。
最后售价 210 元：0.8x - 30 = 210。

所以 0.8x = 240，x = 240 / 0.8 = 300。

原价 300 元。

验证：300 打八折是 240，再减 30 得 210。正确。

嗯，需要注意"打八折"在中文里是指按原价的 80% 出售，而不是减掉 80%。如果误解为减 80%，就会得到 0.2x - 30 = 210，x = 1200，这显然不符合常理，一般题目不会这样设计。所以八折就是乘以 0.8。

另外，顺序也重要：题目说先打折，再在折后价的基础上减 30 元。如果反过来，先减 30 再打八折，方程会变成 0.8(x - 30) = 210，x - 30 = 262.5，x = 292.5，结果就不一样了。所以要按题目给的顺序来算。

再想一下，有没有可能"减30元"是满减条件，比如满200减30？题目没有说门槛，折后价 240 也超过常见的门槛，所以即使是满减，也适用。答案不受影响。

用倒推法再确认一遍：最后 210 元，加回 30 元得到折后价 240 元，再除以 0.8 得到原价 300 元。一致。

总共优惠了 300 - 210 = 90 元，相当于原价的 30%，也就是说实际上相当于打了七折。这个额外信息可以顺便提一下，但不是题目要求的。

答案：原价 300 元。""",
"原价是 300 元。"),

("ru", "Сколько существует трёхзначных чисел, у которых сумма цифр равна 10?",
"""Трёхзначное число: цифры a, b, c, где a от 1 до 9, b и c от 0 до 9. Нужно a + b + c = 10.

Сделаем замену a' = a - 1, тогда a' от 0 до 8, и a' + b + c = 9.

Число неотрицательных решений уравнения x + y + z = 9 без ограничений сверху: C(9 + 2, 2) = C(11, 2) = 55.

Теперь ограничения: a' <= 8, b <= 9, c <= 9. Так как сумма равна 9, b и c не могут превысить 9, это автоматически. А вот a' может быть равно 9 (тогда b = c = 0), что соответствует a = 10 — не цифра. Такое решение одно. Значит, 55 - 1 = 54.

Подождите, проверю по-другому, перебором по первой цифре a.
Для каждого a нужно b + c = 10 - a, где b, c от 0 до 9.
Если s = 10 - a, количество пар (b, c) с суммой s при 0 <= s <= 9 равно s + 1.
a = 1: s = 9, пар 10.
a = 2: s = 8, пар 9.
a = 3: s = 7, пар 8.
a = 4: 7 пар.
a = 5: 6.
a = 6: 5.
a = 7: 4.
a = 8: 3.
a = 9: s = 1, пар 2.
Сумма: 10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 2 = 54.

Хм, а s = 10 при a = 0 не считается, потому что число не может начинаться с нуля. И s никогда не больше 9, так что ограничение b, c <= 9 не срабатывает. Всё сходится: 54.

Приведу пару примеров для наглядности: 109, 118, 127, 190, 208, 235, 406, 550, 901, 910. У всех сумма цифр 10.

Проверю крайние случаи: наименьшее такое число 109, наибольшее 910. Число 1000 не трёхзначное, его не считаем.

Ответ: 54.""",
"Таких чисел 54."),

("fr", "On lance deux dés équilibrés. Quelle est la probabilité que le produit des deux résultats soit pair ?",
"""Deux dés équilibrés, 36 issues équiprobables. On cherche P(produit pair).

Le produit est impair seulement si les deux résultats sont impairs. Un dé donne un impair avec probabilité 3/6 = 1/2. Les dés sont indépendants, donc P(produit impair) = 1/2 * 1/2 = 1/4.

Donc P(produit pair) = 1 - 1/4 = 3/4.

Je vérifie en comptant : issues impair-impair : 3 * 3 = 9. Issues avec au moins un pair : 36 - 9 = 27. 27/36 = 3/4. D'accord.

Hmm, attention à ne pas confondre avec la somme : pour la somme, la probabilité d'être paire vaut 1/2. Pour le produit, il suffit qu'un des deux facteurs soit pair, ce qui est bien plus fréquent.

Autre vérification, par la formule d'inclusion-exclusion : P(A pair ou B pair) = P(A pair) + P(B pair) - P(les deux pairs) = 1/2 + 1/2 - 1/4 = 3/4. Encore 3/4.

Et si on voulait le tableau complet ? Les lignes 2, 4 et 6 donnent des produits tous pairs : 18 cases. Les lignes 1, 3 et 5 donnent un produit pair seulement quand l'autre dé est pair : 3 cases par ligne, soit 9 cases. Total 18 + 9 = 27. Toujours 27 sur 36.

Est-ce qu'il y a un piège avec le zéro ? Non, un dé standard va de 1 à 6, il n'y a pas de zéro, et de toute façon zéro est pair.

Forme finale : 3/4, soit 75 %. Je donne aussi l'argument par le complémentaire, c'est le plus court à rédiger.

Petite remarque de cohérence : la probabilité doit être supérieure à 1/2 puisqu'il y a plus de façons d'obtenir un produit pair ; 3/4 est bien au-dessus de 1/2, et inférieure à 1 puisque 1*1, 3*5, etc. donnent des produits impairs. Tout est cohérent.""",
"La probabilité est 3/4 (75 %)."),
]

# target questions per language, for the final "Question:" slot
TARGETS = {
    "en": [
        "How many ways can 8 people be seated at a round table if two particular people refuse to sit next to each other?",
        "Find the minimum value of x^2 + 6x + 13 over the reals.",
        "A cylinder has volume 500 cm^3. What radius minimises its surface area?",
        "Compute the sum of all integers from 1 to 500 that are divisible by 3 or 5.",
        "Let f(x) = 2x^3 - 9x^2 + 12x. Find the local maxima and minima.",
        "What is the last digit of 7^2026?",
        "A ladder 10 m long leans against a wall; its foot slides away at 0.5 m/s. How fast does the top slide down when the foot is 6 m from the wall?",
        "Find the number of integer solutions to |x| + |y| <= 4.",
        "Solve log2(x) + log2(x - 2) = 3.",
        "Two pipes fill a pool in 9 and 12 hours. Working together, after how many hours is the pool two-thirds full?",
        "How many subsets of {1, 2, ..., 10} contain no two consecutive numbers?",
        "If the roots of x^2 - 7x + k = 0 differ by 3, what is k?",
        "Write a function that checks whether a string of brackets ()[]{} is balanced and give its complexity.",
        "What is the probability of getting at least two heads in five fair coin tosses?",
        "A rectangle's length is 3 more than twice its width and its area is 104. Find its dimensions.",
        "Evaluate the integral of x * e^(2x) from 0 to 1.",
    ],
    "de": ["Wie viele Diagonalen hat ein konvexes Zwölfeck?",
           "Ein Kapital wächst bei 4 % Jahreszins mit Zinseszins. Nach wie vielen Jahren hat es sich mindestens verdoppelt?",
           "Löse die Gleichung 2^(x+1) + 2^x = 48."],
    "es": ["¿Cuántos números de cuatro cifras distintas se pueden formar con los dígitos 1 a 7?",
           "Halla el área de un triángulo equilátero cuyo perímetro es 36 cm.",
           "Si 3 obreros construyen un muro en 10 días, ¿cuántos días tardan 5 obreros al mismo ritmo?"],
    "zh": ["解方程 x^2 - 5x + 6 = 0，并说明两根之和与两根之积。",
           "一个圆的周长为 31.4 厘米，求它的面积（π 取 3.14）。",
           "甲乙两人同时从相距 24 千米的两地相向而行，甲每小时 5 千米，乙每小时 7 千米，几小时后相遇？"],
    "ru": ["Найдите наибольший общий делитель чисел 1071 и 462.",
           "Сколько существует пятизначных чисел, в записи которых нет цифры 7?"],
    "fr": ["Combien y a-t-il d'anagrammes du mot RADAR ?",
           "Résoudre dans R l'inéquation x^2 - 3x - 10 < 0."],
}

# second passes appended to the reasoning (the shadow model re-checking itself)
_EXTRA = {
1: """

Before finalising, let me redo the squaring step with the numbers plugged in differently, just in case. Write u = sqrt(x + 7), so u >= 0 and x = u^2 - 7. The equation becomes u = u^2 - 7 - 5 = u^2 - 12, i.e. u^2 - u - 12 = 0, (u - 4)(u + 3) = 0. Since u >= 0, only u = 4 is allowed, giving x = 16 - 7 = 9. The rejected root u = -3 corresponds to x = 2, the extraneous one. Same conclusion, and this substitution makes it obvious why x = 2 appears.""",
2: """

Hmm, one more way to think about the square divisors, to be thorough: the square divisors of N are exactly the squares of the divisors of the largest m with m^2 | N. Here m^2 = 3600, so m = 60 = 2^2 * 3 * 5, which has (2+1)(1+1)(1+1) = 12 divisors. Their squares are the 12 square divisors. That's a neat independent confirmation of 12.

And a last check of 54 via the formula sigma_0: exponents 5, 2, 2 -> 6 * 3 * 3 = 54. Fine. I'm confident: 54 and 12.""",
3: """

Let me reconsider the wording "when and where". "Where" should be given relative to one of the cities, and it's friendlier to give both. Also should I give the time as 11:33 or 11:33:20? 14/9 h after 10:00 is exactly 93 minutes and 20 seconds, so 11:33:20 is exact; I'll mention both the exact time and the rounded one.

One last sanity check using relative speed from 9:00 instead: no, from 9:00 to 10:00 only train 1 moves, so the relative-speed formula only applies after 10:00; that's what I did. If someone naively used 180 km/h from 9:00 they'd get 2 h -> 11:00, which is wrong because train 2 isn't moving during the first hour. Good to point out that trap.""",
4: """

Hmm, let me also make sure the formula works for n = 0 as a degenerate case: the empty sum is 0 and 0^2 = 0, fine, though the problem starts at n = 1.

And another check for the application using the arithmetic-series formula: the number of terms is ((199 - 1)/2) + 1 = 99 + 1 = 100, the average term is (1 + 199)/2 = 100, so the sum is 100 * 100 = 10,000. Same value for the fourth time. I'm confident.

For presentation: state the claim, base case, inductive step, conclude; then n = 100, answer 10000.""",
5: """

Let me also double check by thinking in fractions only, to avoid any decimal slip: +25% is x5/4, -20% is x4/5, -10% is x9/10. Product: (5 * 4 * 9)/(4 * 5 * 10) = 180/200 = 9/10. So 90% of the original, a decrease of exactly 10%. 

A common wrong answer would be adding the percentages: 25 - 20 - 10 = -5%. That's wrong because each change applies to a different base. I might mention that briefly, since it's the trap in this question.

Final: overall change -10%.""",
6: """

Let me redo the elimination another way to be sure, without using (3) first. Multiply (1) by 2: 6x + 4y - 2z = 2. Add (2): 8x + 2y + 2z = 0, so 4x + y + z = 0. With x = 1, y = -2, z = -2: 4 - 2 - 2 = 0. Consistent. And from (3'): -2x + y - 2z = -2 - 2 + 4 = 0. Consistent.

Also Cramer's rule for x: replace the first column with (1, -2, 0):
| 1   2  -1 |
| -2 -2   4 |
| 0  0.5 -1 |
= 1*((-2)(-1) - 4*0.5) - 2*((-2)(-1) - 4*0) + (-1)*((-2)(0.5) - (-2)*0)
= 1*(2 - 2) - 2*(2 - 0) - 1*(-1 - 0) = 0 - 4 + 1 = -3.
x = -3 / -3 = 1. Matches. Good, I'm confident in (1, -2, -2).""",
7: """

Actually, let me also verify by brute computing a few powers directly, in case I mis-multiplied the cycle. 3^4 = 81, 81 = 7 * 11 + 4, so 3^4 = 4 mod 7. Correct. 3^5 = 243 = 7 * 34 + 5 = 238 + 5, so 5. Correct. 3^6 = 729 = 7 * 104 + 1 = 728 + 1, so 1. Correct. The cycle is right.

Then 3^100 = 3^(96) * 3^4 and 3^96 = (3^6)^16 = 1. So 3^100 = 3^4 = 81 = 4 mod 7.

Another check with Euler's criterion flavour: 3^3 = -1, so 3 has order 6 and 3 is a quadratic non-residue mod 7 (the QRs mod 7 are 1, 2, 4). 3^100 = (3^2)^50 = 2^50, and since 2 is a QR, powers of 2 stay among {1, 2, 4}; 4 is in that set. Consistent again.

So the remainder is 4, with multiple confirmations. I'll present the cycle-of-6 argument since it's the most standard.""",
8: """

Hmm, let me double-check that I didn't mix up which side is opposite A. In triangle ABC, side BC is opposite vertex A. The altitude from A drops perpendicular to line BC. BC = 14. With coordinates A = (5, 12), B = (0, 0), C = (14, 0): AB = sqrt(25 + 144) = 13 correct, AC = sqrt(81 + 144) = sqrt(225) = 15 correct, BC = 14 correct.

For completeness, the other altitudes: h_B = 2*84/15 = 11.2, h_C = 2*84/13 = 168/13, about 12.92. Not asked, but they confirm the area is consistent across sides. Also the circumradius R = abc/(4K) = 13*14*15/(336) = 2730/336 = 8.125 and the inradius r = K/s = 84/21 = 4. The inradius being an integer is another nice property of this triangle.

Final: area 84, altitude from A is 12.""",
9: """

Let me think about an alternative with a set, which some people write:

    seen = set(); left = 0
    for right, ch in enumerate(s):
        while ch in seen:
            seen.remove(s[left]); left += 1
        seen.add(ch); best = max(best, right - left + 1)

This is also O(n) amortised, since each character is added and removed at most once, but the dict version jumps directly and avoids the inner loop. Both are fine; I'll present the dict version and mention the set one briefly.

One more test for the dict version: "dvdf" -> d0, v1 -> 2; d at 2, last 0 >= 0 -> left 1, window "vd" 2; f -> "vdf" 3. Expected 3. Correct.""",
10: """

Hmm, it's worth noting how this would look as a quick check table:
- Cleo 30
- Ben 30 + 12 = 42
- Ana 2 * 42 = 84
- total 156
Everything lines up.

One more reflection: if the bill included a tip or if they split a shared dish, the problem would say so; here the total is fixed at 156 and the relationships fully determine the split. The system has a unique solution since it's a single linear equation in one unknown after substitution.""",
11: """

Let me at least partially do Lucas-Lehmer mentally to show the method, even if I can't finish by hand: M = 2147483647. s0 = 4, s1 = 14, s2 = 194, s3 = 37634, s4 = 37634^2 - 2 = 1416317954, which is below M, so s4 = 1416317954. s5 would need reducing 1416317954^2 - 2 modulo M, and reduction modulo a Mersenne number is cheap: split the binary number into 31-bit chunks and add them. That's why Lucas-Lehmer on Mersenne numbers is so efficient. After 29 iterations the result is 0, which is the known outcome for M31.

So: method = Lucas-Lehmer (or restricted trial division), answer = prime.""",
12: """

Let me also think about whether the answer should mention the Euler-style restriction explicitly with examples: candidate divisors below 46341 of the form 62k + 1: 63, 125, 187, 249, 311, 373, 435, 497, 559, 621, 683, 745, 807, 869, 931, 993, ... Many are composite (63, 125, 187 = 11*17, 249 = 3*83, 435, 497 = 7*71, ...), so the real work is only on the prime ones that are also 1 or 7 mod 8. That is a few hundred tests at most. Fine.""",
13: """

Zur Sicherheit noch einmal anders gerechnet: Aus a + b = 23 folgt b = 23 - a. Eingesetzt: a^2 + (23 - a)^2 = 289, also 2a^2 - 46a + 529 = 289, 2a^2 - 46a + 240 = 0, a^2 - 23a + 120 = 0. Das ist dieselbe quadratische Gleichung wie oben, mit den Lösungen 15 und 8. Die Fläche ist in beiden Fällen 15 * 8 = 120 cm^2, egal welche Seite man a nennt.

Noch eine letzte Überlegung: Die Aufgabe fragt nur nach der Fläche, daher reicht eigentlich die Identität (a + b)^2 - (a^2 + b^2) = 2ab. Das ist der elegante Weg, und die Seitenlängen dienen nur als Kontrolle. Ergebnis: 120 cm^2.""",
14: """

Voy a repasar una vez más con decimales para descartar errores de fracciones: A = 0,1667 por hora, B = 0,25 por hora, desagüe = -0,0833 por hora. Suma: 0,1667 + 0,25 - 0,0833 = 0,3333. El inverso es 3. Coincide.

Y una última comprobación de sentido común: si el desagüe fuese más rápido que la suma de los grifos, el depósito no se llenaría nunca; aquí el desagüe (1/12) es mucho más lento que los grifos juntos (5/12), así que sí se llena. La respuesta es 3 horas.""",
15: """

再换一个角度检查：用平均项的思路。前 10 项的平均值是 155 / 10 = 15.5，它等于第 5 项和第 6 项的平均，也就是 a + 4.5d = 15.5。前 20 项的平均值是 610 / 20 = 30.5，它等于第 10 项和第 11 项的平均，也就是 a + 9.5d = 30.5。两式相减：5d = 15，d = 3。代回：a = 15.5 - 13.5 = 2。结果完全一致。

我还想确认一下题目有没有可能指的是"第 10 项"而不是"前 10 项和"。原题写的是"前10项和"和"前20项和"，所以就是部分和，不是单独某一项。如果误读成 a_10 = 155、a_20 = 610，那会得到 d = 45.5，a = -254.5，数字很难看，显然不是出题人的本意。

另外，从部分和的二次结构也能看出来：S_n = (d/2) n^2 + (a - d/2) n。代入 d = 3、a = 2，得 S_n = 1.5 n^2 + 0.5 n。检验：S_10 = 150 + 5 = 155，S_20 = 600 + 10 = 610。都对。这个二次形式还可以顺便算出 S_30 = 1350 + 15 = 1365，不过题目没有问。

最后整理答案：首项 2，公差 3。写出两个方程、相减、代回、验证，这四步就够了，再补一句通项公式 a_n = 3n - 1 作为补充说明。""",
16: """

为了稳妥，再用比例的方法检查一次。把原价看作 100 份，八折后是 80 份。题目说折后价再减 30 元得到 210 元，所以 80 份对应 240 元，每份 3 元，原价 100 份就是 300 元。结果相同。

还可以反过来想：如果原价是 300 元，商家的两步优惠分别是多少？第一步打八折，优惠了 60 元；第二步再减 30 元，一共优惠 90 元。最后顾客付 210 元，正好是题目给出的售价。

有些同学可能会把两步优惠合并成"七折"再直接计算：210 / 0.7 = 300。这次碰巧也得到 300，但这只是因为 90 元恰好是 300 元的 30%。这个方法在一般情况下并不成立，比如如果减的是 40 元，合并折扣就不是一个固定的比例，所以解题时还是应该老老实实列方程 0.8x - 30 = 210。

另外要注意单位都是"元"，不涉及角和分，也没有四舍五入的问题。

结论不变：原价 300 元。写答案时，先写设未知数，再列方程，解方程，最后用倒推法验证，这样步骤清楚，老师也容易看懂。""",
17: """

Ещё одна проверка через производящие функции, для уверенности: число решений a + b + c = 10 с 1 <= a <= 9, 0 <= b, c <= 9 — это коэффициент при x^10 в (x + ... + x^9)(1 + ... + x^9)^2. Без верхних ограничений это было бы 55, а единственное «лишнее» решение — a = 10, b = c = 0. Получаем 54, как и раньше.

И для полноты можно сравнить с суммой цифр 9: там ответ был бы 45 (a от 1 до 9, пар b + c = 9 - a ровно 10 - a, сумма 9 + 8 + ... + 1 = 45). Для 10 ответ чуть больше, 54, что выглядит разумно.""",
18: """

Dernière vérification par simulation mentale rapide : sur 4 lancers « typiques », on s'attend à ce qu'un seul donne deux impairs. C'est cohérent avec 1/4 pour un produit impair.

On peut aussi généraliser : avec n dés, le produit est impair seulement si tous les dés sont impairs, probabilité (1/2)^n, donc P(produit pair) = 1 - (1/2)^n. Pour n = 2 on retrouve 3/4. Ce n'est pas demandé mais ça confirme la logique du complémentaire. Réponse : 3/4.""",
}

for _k in sorted(_EXTRA):
    _j = _k if _k <= 11 else _k - 1   # keys 1-12 were written against the 2nd-12th trace
    _l, _q, _r, _a = TRACES[_j]
    TRACES[_j] = (_l, _q, _r + _EXTRA[_k], _a)
