# Hand-written worked demonstrations (question, reasoning, answer) used by the REP families.
# Each reasoning is written in a "thinking" style with self-talk and checks.

DEMOS = []

DEMOS.append((
    "How many ordered pairs of positive integers (a, b) satisfy a * b = 720 and gcd(a, b) = 1?",
    """Okay, so I need ordered pairs (a, b) of positive integers with product 720 and gcd 1. Let me start by factoring 720.

720 = 72 * 10. 72 = 8 * 9 = 2^3 * 3^2, and 10 = 2 * 5. So 720 = 2^4 * 3^2 * 5. Let me double-check: 2^4 = 16, 3^2 = 9, 16 * 9 = 144, 144 * 5 = 720. Yes.

Now, gcd(a, b) = 1 means a and b share no prime factor. Since a * b = 720, every prime power of 720 has to go somewhere, and because they cannot share a prime, each prime power must go entirely to a or entirely to b. So for the prime 2, either 16 divides a (and b is odd) or 16 divides b (and a is odd). Same for 9 and for 5.

Wait, could a prime be split, like a gets 2^1 and b gets 2^3? Then 2 would divide both, and gcd would be at least 2. So no splitting. Good.

So there are three independent binary choices: where 16 goes, where 9 goes, where 5 goes. That gives 2^3 = 8 assignments. Each assignment gives a distinct ordered pair, because a is determined by which prime powers it receives.

Hmm, but let me make sure the question wants ordered pairs and not unordered ones. It says "ordered pairs (a, b)", so (1, 720) and (720, 1) count separately. If it were unordered, I'd divide by 2 and get 4, since a = b is impossible here (720 is not a perfect square, and anyway a = b would force gcd = a = 1, which means a * b = 1, not 720). So ordered gives 8.

Let me enumerate to be safe. The "units" are 16, 9, 5.
- a gets nothing: a = 1, b = 720.
- a gets 16: a = 16, b = 45.
- a gets 9: a = 9, b = 80.
- a gets 5: a = 5, b = 144.
- a gets 16 and 9: a = 144, b = 5.
- a gets 16 and 5: a = 80, b = 9.
- a gets 9 and 5: a = 45, b = 16.
- a gets all: a = 720, b = 1.

Check a couple of gcds: gcd(16, 45): 16 is a power of 2, 45 is odd, so gcd 1. gcd(9, 80): 80 = 16 * 5, no factor of 3, gcd 1. gcd(144, 5) = 1. All fine. Products: 16 * 45 = 720, 9 * 80 = 720, 5 * 144 = 720. Yes.

Alternatively, there is a general formula: the number of ordered coprime factorizations n = a * b equals 2^w(n), where w(n) is the number of distinct prime factors. Here w(720) = 3 (primes 2, 3, 5), so 2^3 = 8. That matches the enumeration.

Let me think if I missed anything, such as negative integers. The problem says positive integers, so no signs to worry about. And a, b have to be at least 1, which is satisfied.

So the answer is 8.""",
    r"""There are 8 ordered pairs. Since 720 = 2^4 * 3^2 * 5 and a, b must be coprime, each of the prime powers 16, 9 and 5 goes entirely to a or to b, giving 2^3 = 8 pairs: (1,720), (16,45), (9,80), (5,144), (144,5), (80,9), (45,16), (720,1).

\boxed{8}""",
))

DEMOS.append((
    "A bag contains 4 red marbles and 6 blue marbles. Three marbles are drawn at random without replacement. What is the probability that exactly two of them are red?",
    """Let me set this up. There are 10 marbles total, 4 red and 6 blue. We draw 3 without replacement, and we want exactly 2 red, which means 2 red and 1 blue.

Approach 1: combinations. The number of ways to choose any 3 marbles out of 10 is C(10, 3). C(10, 3) = 10 * 9 * 8 / 6 = 720 / 6 = 120. Okay.

The number of favourable selections: choose 2 of the 4 reds and 1 of the 6 blues. C(4, 2) = 6. C(6, 1) = 6. So 6 * 6 = 36 favourable selections.

Probability = 36 / 120. Simplify: divide both by 12, that gives 3 / 10. So 0.3.

Hmm, let me double-check with a sequential approach, because it's easy to mess up the counting.

Approach 2: ordered draws. The sequences with exactly two reds are RRB, RBR, BRR.
- P(RRB) = (4/10) * (3/9) * (6/8). Numerators: 4 * 3 * 6 = 72. Denominators: 10 * 9 * 8 = 720. So 72/720 = 1/10.
- P(RBR) = (4/10) * (6/9) * (3/8). Numerators 4 * 6 * 3 = 72, same denominator 720, so 1/10 again.
- P(BRR) = (6/10) * (4/9) * (3/8) = 72/720 = 1/10.

Sum = 3/10. Great, both methods agree.

Wait, let me also sanity-check by computing the whole distribution of the number of reds and making sure it sums to 1.
- 0 red: C(6,3) = 20 ways. 20/120.
- 1 red: C(4,1) * C(6,2) = 4 * 15 = 60 ways. 60/120.
- 2 red: 36 ways. 36/120.
- 3 red: C(4,3) = 4 ways. 4/120.
Total: 20 + 60 + 36 + 4 = 120. Good, that sums to 120, so the counting is consistent.

Expected number of reds should be 3 * 4/10 = 1.2. From the distribution: (0*20 + 1*60 + 2*36 + 3*4) / 120 = (60 + 72 + 12)/120 = 144/120 = 1.2. That matches the hypergeometric mean. I'm confident.

So the probability of exactly two reds is 3/10.""",
    r"""The probability is 3/10. There are C(10,3) = 120 equally likely selections, and C(4,2) * C(6,1) = 36 of them contain exactly two red marbles, so 36/120 = 3/10.

\boxed{\tfrac{3}{10}}""",
))

DEMOS.append((
    "A triangle has side lengths 13, 14 and 15. Find its area and the length of the altitude to the side of length 14.",
    """So we have a 13-14-15 triangle. This is a well-known triangle, I think the area is 84, but let me actually derive it instead of trusting memory.

Heron's formula: area = sqrt(s(s-a)(s-b)(s-c)) with s the semi-perimeter.
s = (13 + 14 + 15) / 2 = 42 / 2 = 21.
s - 13 = 8, s - 14 = 7, s - 15 = 6.
Product: 21 * 8 * 7 * 6. 21 * 8 = 168. 7 * 6 = 42. 168 * 42 = 7056.
sqrt(7056): 84^2 = 7056? 84^2 = (80 + 4)^2 = 6400 + 640 + 16 = 7056. Yes. So area = 84.

Now the altitude to the side of length 14. Area = (1/2) * base * height, so 84 = (1/2) * 14 * h, so h = 84 * 2 / 14 = 168 / 14 = 12.

Let me verify with coordinates, because a nice integer altitude suggests the triangle splits into two right triangles.
Put the side of length 14 on the x-axis: B = (0, 0), C = (14, 0). Let A = (x, y) with AB = 13 and AC = 15. Hmm, wait, I need to decide which side is which. Let's say AB = 13, AC = 15.
Then x^2 + y^2 = 169 and (x - 14)^2 + y^2 = 225.
Subtract the first from the second: (x - 14)^2 - x^2 = 56. Expand: x^2 - 28x + 196 - x^2 = 56, so -28x = 56 - 196 = -140, so x = 5.
Then y^2 = 169 - 25 = 144, so y = 12. The altitude from A to BC is exactly y = 12. 

So the foot of the altitude splits the base into 5 and 9, and we get the right triangles 5-12-13 and 9-12-15. Check: 9^2 + 12^2 = 81 + 144 = 225 = 15^2. Yes. And 5^2 + 12^2 = 25 + 144 = 169 = 13^2. 

Area via coordinates: (1/2) * 14 * 12 = 84. Consistent with Heron.

Alternatively I could have used the law of cosines to get an angle and then (1/2)ab sin C, but that's unnecessary now. Actually let me just do one quick check for fun: angle at B, cos B = (13^2 + 14^2 - 15^2) / (2 * 13 * 14) = (169 + 196 - 225) / 364 = 140 / 364 = 5/13. So sin B = 12/13, and area = (1/2) * 13 * 14 * 12/13 = 7 * 12 = 84. Everything agrees.

So: area 84, altitude to the side 14 is 12.""",
    r"""Using Heron's formula with s = 21, the area is sqrt(21 * 8 * 7 * 6) = sqrt(7056) = 84. The altitude to the side of length 14 is 2 * 84 / 14 = 12 (the foot splits that side into 5 and 9, giving 5-12-13 and 9-12-15 right triangles).

\boxed{\text{Area} = 84,\ h_{14} = 12}""",
))

DEMOS.append((
    "What is the remainder when 3^2026 is divided by 7?",
    """I need 3^2026 mod 7. The standard approach is to find the cycle of powers of 3 modulo 7.

3^1 = 3 mod 7.
3^2 = 9 = 2 mod 7.
3^3 = 3 * 2 = 6 mod 7.
3^4 = 3 * 6 = 18 = 4 mod 7.
3^5 = 3 * 4 = 12 = 5 mod 7.
3^6 = 3 * 5 = 15 = 1 mod 7.

So the order of 3 modulo 7 is 6, which also matches Fermat's little theorem: 3^(7-1) = 1 mod 7 because 7 is prime and does not divide 3. And since the residues 3, 2, 6, 4, 5, 1 are all distinct, 3 is a primitive root mod 7. Not needed, but nice.

Now reduce the exponent mod 6. 2026 divided by 6: 6 * 337 = 2022. 2026 - 2022 = 4. So 2026 = 6 * 337 + 4.

Then 3^2026 = (3^6)^337 * 3^4 = 1^337 * 3^4 = 3^4 mod 7 = 4.

Wait, let me double check 3^4 = 81. 81 / 7 = 11 remainder 4, because 7 * 11 = 77 and 81 - 77 = 4. Yes, 4.

Let me also double-check 2026 mod 6 another way: 2026 is even, so mod 2 it's 0. Digit sum 2 + 0 + 2 + 6 = 10, so mod 3 it's 1. A number that is 0 mod 2 and 1 mod 3 is 4 mod 6 (check: 4 is even and 4 mod 3 = 1). Yes, 2026 = 4 mod 6.

Alternatively, compute via 3^2 = 2 mod 7: 3^2026 = (3^2)^1013 = 2^1013 mod 7. The powers of 2 mod 7 cycle with period 3: 2, 4, 1. 1013 mod 3: 1 + 0 + 1 + 3 = 5, 5 mod 3 = 2, so 1013 = 2 mod 3. So 2^1013 = 2^2 = 4 mod 7. Same answer. 

So the remainder is 4.""",
    r"""The powers of 3 modulo 7 repeat with period 6 (3, 2, 6, 4, 5, 1). Since 2026 = 6 * 337 + 4, we get 3^2026 = 3^4 = 81 = 4 (mod 7).

\boxed{4}""",
))

DEMOS.append((
    "Write a Python function is_palindrome(s) that returns True if s reads the same forwards and backwards when only letters and digits are considered and case is ignored. What is its time and space complexity?",
    """The task: check palindrome ignoring non-alphanumeric characters and case. Classic example: "A man, a plan, a canal: Panama" should be True. "race a car" should be False.

Simplest approach: build a cleaned string, then compare with its reverse.
cleaned = [c.lower() for c in s if c.isalnum()]
return cleaned == cleaned[::-1]
That's O(n) time and O(n) extra space for the cleaned list and the reversed copy.

Can I do O(1) extra space? Yes, two pointers: i from the left, j from the right, skip characters that are not alphanumeric, compare lowercase versions, move inward.

Let me write it:

def is_palindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        while i < j and not s[i].isalnum():
            i += 1
        while i < j and not s[j].isalnum():
            j -= 1
        if s[i].lower() != s[j].lower():
            return False
        i += 1
        j -= 1
    return True

Let me trace "A man, a plan, a canal: Panama". i=0 'A', j=last 'a'. Equal ignoring case. Move in. i=1 ' ' is skipped, i=2 'm'; j moves to 'm' of "Panama" from the end... The string ends "...Panama", so from the end: a, m, a, n, a, P. j was at the last 'a', after moving j points to 'm'. 'm' == 'm'. Good. This continues symmetrically and should end with True.

Trace "race a car": cleaned is "raceacar". Left r, right r. a vs a. c vs c. e vs a -> mismatch, False. Correct.

Edge cases: empty string -> i=0, j=-1, loop doesn't run, True. A string with only punctuation like ".,!" -> the inner loops move i up to j, then compare s[i] with s[j] where i == j? Wait, the inner loops stop when i == j, and then we compare s[i].lower() != s[j].lower() with i == j, which is the same char, so not unequal, fine, then i += 1, j -= 1 and exit. Returns True. That's acceptable: an empty cleaned string is a palindrome.

Hmm, one subtle thing: str.isalnum() returns True for Unicode letters and digits too, like 'é' or Arabic digits. The problem says letters and digits, so that's arguably fine. And .lower() vs .casefold(): casefold handles things like German 'ß' better. For this problem lower() is okay, but I can mention casefold.

Complexity: each pointer moves at most n steps in total, so O(n) time. Only two indices, so O(1) extra space (ignoring that .lower() creates one-character strings, which is constant).

I'll present the two-pointer version and state O(n) time, O(1) space.""",
    """```python
def is_palindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        while i < j and not s[i].isalnum():
            i += 1
        while i < j and not s[j].isalnum():
            j -= 1
        if s[i].lower() != s[j].lower():
            return False
        i += 1
        j -= 1
    return True
```
Time complexity O(n), extra space O(1) (two pointers).""",
))

DEMOS.append((
    "In how many distinct ways can the letters of the word BALLOON be arranged? In how many of those arrangements are the two L's next to each other?",
    """BALLOON has letters B, A, L, L, O, O, N. Let me count: B(1), A(1), L(2), O(2), N(1). Total 1 + 1 + 2 + 2 + 1 = 7 letters. Good.

Number of distinct arrangements of a multiset: 7! / (2! * 2!) because L repeats twice and O repeats twice.
7! = 5040. 2! * 2! = 4. 5040 / 4 = 1260.

Now the arrangements with the two L's adjacent. Treat "LL" as a single block. Then the units are: B, A, [LL], O, O, N. That's 6 units, with O repeated twice.
Number of arrangements: 6! / 2! = 720 / 2 = 360.

Wait, do I need to multiply by 2 for the internal order of the LL block? No, because the two L's are identical, so swapping them doesn't create a new arrangement. So 360.

Let me sanity-check with a complementary count. Arrangements where the L's are NOT adjacent: first arrange the other 5 letters B, A, O, O, N: 5!/2! = 60 ways. That creates 6 gaps (before, between, after). Choose 2 different gaps for the L's: C(6, 2) = 15. So 60 * 15 = 900 non-adjacent arrangements.
Adjacent = total - non-adjacent = 1260 - 900 = 360. It matches. 

Hmm, also maybe check the probability intuition: probability the two L's are adjacent in a random arrangement. Positions of the two L's among 7 slots: C(7,2) = 21 equally likely position pairs, and 6 of them are adjacent pairs (1-2, 2-3, ..., 6-7). So probability = 6/21 = 2/7. And 1260 * 2/7 = 360. Third confirmation.

So the answers: 1260 total, 360 with the L's adjacent.""",
    r"""BALLOON has 7 letters with L and O each repeated twice, so there are 7!/(2!2!) = 1260 distinct arrangements. Gluing the L's into one block leaves 6 units with O repeated, giving 6!/2! = 360 arrangements with the L's adjacent.

\boxed{1260 \text{ and } 360}""",
))

DEMOS.append((
    "A train leaves Station A at 14:35 and travels 210 km at a constant 84 km/h, then waits 12 minutes at Station B, then covers another 96 km at 72 km/h to Station C. At what time does it arrive at Station C?",
    """Let me break this into legs.

Leg 1: 210 km at 84 km/h. Time = 210 / 84 hours. 84 * 2 = 168, 210 - 168 = 42, 42 / 84 = 0.5. So 2.5 hours = 2 hours 30 minutes.
Departure 14:35, plus 2:30 gives 17:05 arrival at Station B.

Wait at B: 12 minutes. 17:05 + 0:12 = 17:17 departure from B.

Leg 2: 96 km at 72 km/h. Time = 96 / 72 = 4/3 hours = 1 hour 20 minutes. Let me double check: 72 km/h is 1.2 km per minute, 96 / 1.2 = 80 minutes. Yes, 80 minutes = 1 h 20 min.

17:17 + 1:20 = 18:37.

Hmm, let me re-add carefully. 17:17 plus 1 hour is 18:17, plus 20 minutes is 18:37. Yes.

Total elapsed: 2:30 + 0:12 + 1:20 = 4:02. 14:35 + 4:02 = 18:37. Consistent.

Is there any trick, like time zones or the train "constant" speed including acceleration? The problem says constant speed, so no. No time zones mentioned.

Average speed over the whole trip including the stop would be 306 km / (4 + 2/60) h = 306 / 4.0333 = about 75.9 km/h, not asked though.

Answer: 18:37.""",
    r"""Leg 1 takes 210/84 = 2 h 30 min (arrive B at 17:05), the stop adds 12 min (depart 17:17), and leg 2 takes 96/72 h = 1 h 20 min. The train reaches Station C at 18:37.

\boxed{18{:}37}""",
))
