"""Hand-written worked reasoning traces (question, reasoning, answer).

Written fresh for blind2. They play the role of a "shadow model" pool that
attackers reuse across many requests, and they also appear once (not
duplicated) inside hard negatives such as few-shot prompts.
"""

TRACES = [
    {
        "id": "mod13",
        "q": "What is the remainder when 3^100 is divided by 13?",
        "r": """Okay, so I need 3^100 mod 13. Computing 3^100 directly is hopeless, so let me look for a cycle in the powers of 3 modulo 13.

3^1 = 3.
3^2 = 9.
3^3 = 27, and 27 - 26 = 1, so 3^3 ≡ 1 (mod 13).

Oh nice, that's a really short cycle. The order of 3 modulo 13 is 3. Let me double check that, because Fermat would only guarantee 3^12 ≡ 1, and the order has to divide 12. 3 divides 12, so that is consistent. And 27 = 2*13 + 1 is definitely right.

So 3^100 = 3^(3*33 + 1) = (3^3)^33 * 3^1 ≡ 1^33 * 3 ≡ 3 (mod 13).

Wait, let me make sure 100 = 3*33 + 1. 3*33 = 99, plus 1 is 100. Yes.

Hmm, but let me sanity-check with a different route in case I made an arithmetic slip with the cycle. Use Fermat: 3^12 ≡ 1 (mod 13). 100 = 12*8 + 4, so 3^100 ≡ 3^4 (mod 13). 3^4 = 81. 81 mod 13: 13*6 = 78, 81 - 78 = 3. So 3^4 ≡ 3. That agrees with the cycle argument: 3^4 = 3^3 * 3 ≡ 3.

Alternatively I could do repeated squaring just to be paranoid:
3^1 ≡ 3
3^2 ≡ 9
3^4 ≡ 81 ≡ 3
3^8 ≡ 9
3^16 ≡ 81 ≡ 3
3^32 ≡ 9
3^64 ≡ 3
100 in binary is 64 + 32 + 4, so 3^100 ≡ 3^64 * 3^32 * 3^4 ≡ 3 * 9 * 3 = 81 ≡ 3.

Three independent ways give 3. I'm confident. The question only asks for the remainder, which should be in the range 0..12, and 3 is in that range.

So the answer is 3.""",
        "a": "The remainder is 3, because 3^3 = 27 ≡ 1 (mod 13) and 3^100 = (3^3)^33 · 3 ≡ 3.",
    },
    {
        "id": "banana",
        "q": "In how many ways can the letters of the word BANANA be arranged so that no two A's are adjacent?",
        "r": """Let me think. BANANA has 6 letters: B, A, N, A, N, A. So three A's, two N's and one B.

Total arrangements without restriction would be 6!/(3!2!1!) = 720/12 = 60. But we need no two A's adjacent.

Standard trick: first arrange the non-A letters, then put the A's into the gaps between them so they can't touch.

The non-A letters are B, N, N. Number of distinct arrangements of B, N, N is 3!/2! = 3: BNN, NBN, NNB.

For each such arrangement there are 4 gaps: before the first letter, between 1st and 2nd, between 2nd and 3rd, after the last. Like _ X _ X _ X _.

We need to place 3 A's into 3 distinct gaps out of 4 (at most one A per gap, otherwise two A's would be adjacent). The A's are identical, so that's C(4,3) = 4.

Total = 3 * 4 = 12.

Hmm, wait. Let me verify by listing for one arrangement, say BNN. Gaps: g0 B g1 N g2 N g3. Choose 3 of {g0,g1,g2,g3}:
- g0,g1,g2: A B A N A N -> ABANAN
- g0,g1,g3: A B A N N A -> ABANNA
- g0,g2,g3: A B N A N A -> ABNANA
- g1,g2,g3: B A N A N A -> BANANA
Yes, 4, and BANANA itself is one of them, which makes sense because in the word BANANA the A's are not adjacent.

Let me also sanity-check against the complement, just to be careful. Count arrangements where at least two A's are adjacent and subtract from 60... that gets messy with inclusion-exclusion on the A-pairs. Alternative: count directly with positions. Positions 1..6, choose 3 positions for A with no two consecutive. The number of ways to choose k non-consecutive positions from n is C(n-k+1, k) = C(4,3) = 4. Then fill the remaining 3 positions with B,N,N in 3 ways. 4*3 = 12. Same answer.

So 12 of the 60 arrangements have no two A's next to each other.""",
        "a": "12 arrangements (3 ways to arrange B, N, N times C(4,3) = 4 ways to place the A's in the gaps).",
    },
    {
        "id": "longest_substring",
        "q": "Write a Python function that returns the length of the longest substring without repeating characters. What is its time complexity?",
        "r": """The classic approach is a sliding window. Let me think through it carefully rather than just recite it.

I keep a window [left, right] that contains no repeated characters. I move right one step at a time. If the new character s[right] already occurs inside the current window, I have to move left to just past the previous occurrence of that character.

To know where the previous occurrence was, keep a dict last_seen mapping char -> last index. When I see s[right] = c:
- if c in last_seen and last_seen[c] >= left, then left = last_seen[c] + 1
- update last_seen[c] = right
- best = max(best, right - left + 1)

The condition last_seen[c] >= left matters. Example "abba": at right=2 (b), last_seen[b]=1 >= left=0, so left=2. At right=3 (a), last_seen[a]=0, which is < left=2, so we should NOT move left backwards to 1. If I forgot the check I would set left=1 and the window "bba" would be wrong. Good, keep the check. Alternatively use left = max(left, last_seen[c] + 1), which is the same thing.

Let me trace "abcabcbb":
right=0 a: left=0, best=1
right=1 b: best=2
right=2 c: best=3
right=3 a: last a=0>=0 -> left=1, window bca, best=3
right=4 b: last b=1>=1 -> left=2, window cab, 3
right=5 c: last c=2>=2 -> left=3, abc, 3
right=6 b: last b=4>=3 -> left=5, cb, 3
right=7 b: last b=6>=5 -> left=7, b, 3
Result 3. Correct, the expected answer for that string is 3.

Edge cases: empty string -> loop never runs, best stays 0. Single char -> 1. All same "bbbb" -> 1.

Complexity: each index is visited once by right; left only moves forward, so O(n) time. Space is O(min(n, alphabet size)) for the dict.

Code:

def length_of_longest_substring(s: str) -> int:
    last_seen = {}
    left = best = 0
    for right, c in enumerate(s):
        if c in last_seen and last_seen[c] >= left:
            left = last_seen[c] + 1
        last_seen[c] = right
        best = max(best, right - left + 1)
    return best

I think that's it. Mention O(n) time, O(k) space.""",
        "a": "Use a sliding window with a dict of last-seen indices; it runs in O(n) time and O(min(n, alphabet)) space.",
    },
    {
        "id": "knights",
        "q": "On an island, knights always tell the truth and knaves always lie. A says: 'B is a knave.' B says: 'A and C are the same type.' C says nothing. What is C?",
        "r": """Let me set up cases on A.

Case 1: A is a knight. Then A's statement is true, so B is a knave. B's statement is then false, so A and C are NOT the same type. A is a knight, so C is a knave.
Check consistency: A knight (true statement, B knave: yes). B knave, says "A and C same type", actually A knight, C knave, different, so the statement is false, and a knave lies. Consistent. So in this case C is a knave.

Case 2: A is a knave. Then A's statement is false, so B is NOT a knave, i.e. B is a knight. B's statement is true, so A and C are the same type. A is a knave, so C is a knave.
Check: A knave says "B is a knave" which is false since B is a knight. Good. B knight says "A and C same" and they're both knaves. True. Consistent. So in this case C is also a knave.

Interesting, both cases are consistent, so we can't determine A or B uniquely, but C is a knave in both.

Hmm, let me make sure I'm not missing anything. There are only two choices for A, and each one forced B and C completely. So there are exactly two consistent worlds:
(A,B,C) = (knight, knave, knave)
(A,B,C) = (knave, knight, knave)

In both, C is a knave. So the answer is: C is a knave, regardless.

Another way to see it: A and B are always of opposite types (A says B is a knave: if A is a knight, B is a knave; if A is a knave, B is a knight). So exactly one of A, B is a knight. B's statement "A and C are the same type" is equivalent to... if B is a knight, then A is a knave and C = A = knave. If B is a knave, the statement is false, A is a knight, C differs from A, so knave. Same conclusion, good.

Wait, should I consider that C says nothing, does that give info? No, silence gives no constraint. Fine.

So C must be a knave.""",
        "a": "C is a knave (both consistent assignments of A and B force it).",
    },
    {
        "id": "projectile",
        "q": "A ball is thrown straight up at 18 m/s from a 1.5 m high balcony. Taking g = 9.8 m/s^2, how high above the ground does it get and when does it hit the ground?",
        "r": """Let me set up coordinates: y measured upward from the ground, y0 = 1.5 m, v0 = +18 m/s, a = -9.8 m/s^2.

Maximum height: velocity zero at the top. v = v0 - g t = 0 -> t_top = 18/9.8 = 1.8367 s.

Height gained above launch point: v0^2/(2g) = 324/19.6 = 16.531 m. Let me compute 324/19.6 more carefully: 19.6 * 16 = 313.6, remainder 10.4, 10.4/19.6 = 0.5306. So 16.5306 m.

So max height above ground = 1.5 + 16.53 = 18.03 m. About 18.0 m.

Now time to hit the ground: solve y(t) = 1.5 + 18 t - 4.9 t^2 = 0.
4.9 t^2 - 18 t - 1.5 = 0.
t = [18 ± sqrt(324 + 4*4.9*1.5)]/(2*4.9) = [18 ± sqrt(324 + 29.4)]/9.8 = [18 ± sqrt(353.4)]/9.8.

sqrt(353.4): 18.8^2 = 353.44. Wow, very close. So sqrt(353.4) ≈ 18.7989.

Positive root: (18 + 18.7989)/9.8 = 36.7989/9.8 = 3.7550 s.

Hmm, let me double-check via the two-phase approach. Up phase takes 1.8367 s. Then it falls from 18.0306 m starting at rest: h = 4.9 t^2 -> t = sqrt(18.0306/4.9) = sqrt(3.67971) = 1.9183 s. Total = 1.8367 + 1.9183 = 3.7550 s. Matches.

Speed on impact, for completeness: v = sqrt(2 g h) = sqrt(19.6 * 18.0306) = sqrt(353.4) ≈ 18.80 m/s, downward. Makes sense that it is a bit more than 18 because it falls an extra 1.5 m below the launch point.

Should I worry about significant figures? Inputs are given to 2-3 sig figs, so report 18.0 m and 3.76 s, maybe 3.75 s. 3.7550 rounds to 3.76 at three sig figs... actually 3.755 to 3 s.f. is 3.76 (round half up) but it's really 3.75499..., let me recompute 36.7989/9.8 = 3.75499. So 3.75 s. I'll say about 3.75 s.""",
        "a": "It rises to about 18.0 m above the ground (16.5 m above the balcony) and lands after about 3.75 s.",
    },
    {
        "id": "limiting",
        "q": "If 10.0 g of aluminium reacts with 35.0 g of chlorine gas to form AlCl3, which reactant is limiting and what mass of AlCl3 forms?",
        "r": """Balanced equation first: 2 Al + 3 Cl2 -> 2 AlCl3. Check: Al 2 = 2, Cl 6 = 6. Good.

Molar masses: Al = 26.98 g/mol. Cl2 = 2*35.45 = 70.90 g/mol. AlCl3 = 26.98 + 3*35.45 = 26.98 + 106.35 = 133.33 g/mol.

Moles:
n(Al) = 10.0/26.98 = 0.3706 mol.
n(Cl2) = 35.0/70.90 = 0.4937 mol.

Ratio needed: 3 mol Cl2 per 2 mol Al, i.e. 1.5 mol Cl2 per mol Al.
For 0.3706 mol Al we would need 0.5560 mol Cl2. We only have 0.4937. So chlorine runs out first; Cl2 is limiting.

Let me double-check the other way: 0.4937 mol Cl2 needs 0.4937 * 2/3 = 0.3291 mol Al. We have 0.3706 mol Al, more than enough. Yes, Cl2 limiting, Al in excess by 0.3706 - 0.3291 = 0.0415 mol, which is 0.0415 * 26.98 = 1.12 g of Al left over.

Product: moles AlCl3 = 0.4937 * 2/3 = 0.3291 mol. Mass = 0.3291 * 133.33 = 43.88 g.

Let me compute more carefully: 0.32911 * 133.33. 0.3 * 133.33 = 40.0, 0.02911 * 133.33 = 3.881. Total 43.88 g.

Mass conservation sanity check: reactants consumed = 35.0 g Cl2 + (10.0 - 1.12) g Al = 35.0 + 8.88 = 43.88 g. Product = 43.88 g. 

So the answer is: chlorine limiting, about 43.9 g AlCl3, with about 1.1 g of Al unreacted. Three sig figs: 43.9 g.""",
        "a": "Cl2 is limiting; about 43.9 g of AlCl3 forms and about 1.1 g of Al is left over.",
    },
    {
        "id": "dice6",
        "q": "You roll a fair die until you get two sixes in a row. What is the expected number of rolls?",
        "r": """Let me define states by the current streak of sixes.
State S0: last roll was not a six (or start).
State S1: last roll was a six, streak of one.
Done when streak reaches 2.

Let E0 = expected remaining rolls from S0, E1 from S1.

From S0: roll once. With prob 1/6 go to S1, with 5/6 stay in S0.
E0 = 1 + (1/6) E1 + (5/6) E0.

From S1: roll once. With prob 1/6 done, with 5/6 back to S0.
E1 = 1 + (1/6)*0 + (5/6) E0.

From first: E0 - (5/6)E0 = 1 + (1/6)E1 -> (1/6) E0 = 1 + (1/6) E1 -> E0 = 6 + E1.
Substitute E1 = 1 + (5/6)E0:
E0 = 6 + 1 + (5/6)E0 = 7 + (5/6) E0 -> (1/6) E0 = 7 -> E0 = 42.

So expected number of rolls is 42. Then E1 = 36.

Hmm, let me sanity-check with the known formula for a run of n successes with probability p: E = (1 - p^n)/((1-p) p^n). For p=1/6, n=2: (1 - 1/36)/((5/6)(1/36)) = (35/36)/(5/216) = (35/36)*(216/5) = 35*6/5 = 42. Matches.

Also the alternative formula sum_{k=1..n} (1/p)^k = 6 + 36 = 42. Same.

Intuition: one six takes 6 rolls on average, and then you need the next one to also be six, failing most of the time and restarting. 42 seems reasonable.

So the answer is 42.""",
        "a": "42 rolls on average.",
    },
    {
        "id": "heron",
        "q": "A triangle has sides 13, 14 and 15. Find its area and the radius of its inscribed circle.",
        "r": """Heron's formula. Semi-perimeter s = (13 + 14 + 15)/2 = 42/2 = 21.

Area = sqrt(s(s-a)(s-b)(s-c)) = sqrt(21 * 8 * 7 * 6).
21*8 = 168, 7*6 = 42, 168*42 = 7056.
sqrt(7056) = 84, because 84^2 = 7056 (80^2 = 6400, 2*80*4 = 640, 16 -> 7056). Yes.

Area = 84.

Inradius r = Area / s = 84/21 = 4.

Let me double check the area a different way, splitting with an altitude to the side 14. Let the foot of the altitude divide 14 into x and 14 - x, with 13^2 - x^2 = 15^2 - (14-x)^2.
169 - x^2 = 225 - (196 - 28x + x^2) = 225 - 196 + 28x - x^2 = 29 + 28x - x^2.
169 = 29 + 28x -> x = 5. Height h = sqrt(169 - 25) = 12.
Area = 1/2 * 14 * 12 = 84. Matches.

So this is the famous 13-14-15 triangle made of a 5-12-13 and a 9-12-15 right triangle glued along the height 12. 5 + 9 = 14. Nice.

Circumradius is not asked, but R = abc/(4K) = 2730/336 = 8.125 if needed. Not needed.

Answer: area 84, inradius 4.""",
        "a": "Area = 84 and inradius r = 84 / 21 = 4.",
    },
    {
        "id": "sigma360",
        "q": "What is the sum of all positive divisors of 360?",
        "r": """Factor 360 first. 360 = 36 * 10 = 2^2 * 3^2 * 2 * 5 = 2^3 * 3^2 * 5.

Check: 8 * 9 = 72, 72 * 5 = 360. Good.

Sum of divisors is multiplicative: sigma(n) = product over prime powers of (p^(k+1) - 1)/(p - 1).

For 2^3: 1 + 2 + 4 + 8 = 15.
For 3^2: 1 + 3 + 9 = 13.
For 5^1: 1 + 5 = 6.

sigma(360) = 15 * 13 * 6 = 195 * 6 = 1170.

Let me make sure by also counting divisors: (3+1)(2+1)(1+1) = 24 divisors. Let me list and sum a few to see if 1170 is plausible:
1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36, 40, 45, 60, 72, 90, 120, 180, 360.
That's 24. Sum: pair them as d + 360/d:
1+360 = 361
2+180 = 182
3+120 = 123
4+90 = 94
5+72 = 77
6+60 = 66
8+45 = 53
9+40 = 49
10+36 = 46
12+30 = 42
15+24 = 39
18+20 = 38
Sum: 361 + 182 = 543, +123 = 666, +94 = 760, +77 = 837, +66 = 903, +53 = 956, +49 = 1005, +46 = 1051, +42 = 1093, +39 = 1132, +38 = 1170.

1170. Both methods agree.

Is the question asking for proper divisors? It says all positive divisors, so include 360 itself. Answer 1170. (Proper divisors would be 810.)""",
        "a": "1170 (since 360 = 2^3·3^2·5 and σ = 15·13·6).",
    },
    {
        "id": "second_salary",
        "q": "Write a SQL query that returns the second highest distinct salary from an employees table, or NULL if there is none.",
        "r": """So the table is employees(id, name, salary). We want the second highest distinct salary, and NULL when it doesn't exist (e.g. only one distinct salary, or empty table).

Option A: subquery with MAX.
SELECT MAX(salary) FROM employees WHERE salary < (SELECT MAX(salary) FROM employees);
If all salaries are equal, the WHERE filters everything, and MAX over an empty set returns NULL. Good, that's exactly the required behaviour. If the table is empty, the inner MAX is NULL, salary < NULL is unknown, nothing passes, outer MAX gives NULL. Good.

Option B: ORDER BY with OFFSET.
SELECT DISTINCT salary FROM employees ORDER BY salary DESC LIMIT 1 OFFSET 1;
Problem: if there is no second row, this returns zero rows, not a row with NULL. To get NULL wrap it: SELECT (SELECT DISTINCT salary FROM employees ORDER BY salary DESC LIMIT 1 OFFSET 1) AS second_highest; A scalar subquery with no rows yields NULL. That works in MySQL, Postgres, SQLite.

Option C: window functions. DENSE_RANK() OVER (ORDER BY salary DESC) = 2. Also needs the NULL wrapping, and DENSE_RANK not RANK, because with ties RANK would skip 2. E.g. salaries 100, 100, 90: RANK gives 1,1,3, so rank 2 doesn't exist and we'd wrongly return NULL. DENSE_RANK gives 1,1,2 -> 90. Correct.

What about NULL salaries in the table? MAX ignores NULLs, ORDER BY puts NULLs first or last depending on the DB. In Postgres, DESC puts NULLs first by default! So option B could return NULL as the "highest" and then the real max as second. Option A is immune. So option A is the most portable. Let me prefer option A and mention the NULL pitfall.

Final: option A, with an alias.""",
        "a": "SELECT MAX(salary) AS second_highest FROM employees WHERE salary < (SELECT MAX(salary) FROM employees);",
    },
    {
        "id": "hardy",
        "q": "In a population in Hardy-Weinberg equilibrium, 16% of individuals show a recessive phenotype. What fraction are heterozygous carriers?",
        "r": """Recessive phenotype means genotype aa. Under Hardy-Weinberg, frequency of aa is q^2.

q^2 = 0.16 -> q = 0.4.
p = 1 - q = 0.6.

Heterozygotes: 2pq = 2 * 0.6 * 0.4 = 0.48.

So 48% carriers.

Let me check everything adds up: p^2 = 0.36 (AA), 2pq = 0.48 (Aa), q^2 = 0.16 (aa). 0.36 + 0.48 + 0.16 = 1.00. Good.

Is the question "carriers among all individuals" or "carriers among phenotypically normal individuals"? It says "what fraction are heterozygous carriers", so among the whole population: 0.48. If it were among the unaffected, it would be 0.48 / 0.84 = 0.571, about 57%. Hmm, some textbooks ask that second version. I'll give 48% as the main answer and note the conditional version.

Assumptions: random mating, no selection, no migration, large population, no mutation, which is what "in equilibrium" means. The sqrt step assumes that the phenotype frequency equals the genotype frequency, i.e. complete dominance and full penetrance. Fine for a textbook question.

Double-check sqrt(0.16) = 0.4 since 0.4^2 = 0.16. Yes.

Answer: 0.48.""",
        "a": "48% of the population are carriers (2pq with q = 0.4, p = 0.6); among unaffected people it is about 57%.",
    },
]

# Extra traces in other languages (attackers also translate their shadow pool).
TRACES_XX = [
    {
        "id": "es_trenes",
        "lang": "es",
        "q": "Dos trenes salen a la vez de ciudades separadas por 300 km, uno hacia el otro, a 70 km/h y 80 km/h. ¿Cuándo y dónde se cruzan?",
        "r": """Vale, los trenes van uno hacia el otro, así que la velocidad relativa es la suma: 70 + 80 = 150 km/h.

La distancia que los separa es 300 km. Tiempo hasta cruzarse = 300 / 150 = 2 horas.

¿Dónde? El tren A (70 km/h) recorre 70 * 2 = 140 km desde su ciudad. El tren B recorre 80 * 2 = 160 km desde la suya. 140 + 160 = 300, cuadra.

Espera, ¿la pregunta da hora de salida? No, solo "a la vez". Entonces la respuesta es "2 horas después de salir". Si hubiera dicho que salen a las 9:00, sería a las 11:00.

Compruebo con ecuaciones por si acaso. Pongo la ciudad A en x = 0 y la ciudad B en x = 300.
x_A(t) = 70 t
x_B(t) = 300 - 80 t
Se cruzan cuando 70 t = 300 - 80 t -> 150 t = 300 -> t = 2. x = 140. Igual que antes.

Hmm, ¿y si uno de ellos tuviera que parar? No lo dice, así que asumo velocidades constantes durante todo el trayecto.

Otra comprobación de sentido común: el más rápido recorre más distancia, 160 > 140, y el punto de encuentro está más cerca de la ciudad del tren lento. Tiene sentido.

Unidades: km y km/h, tiempo en horas. Todo coherente.

Respuesta: se cruzan a las 2 horas, a 140 km de la ciudad del tren de 70 km/h (y a 160 km de la otra ciudad).""",
        "a": "Se cruzan al cabo de 2 horas, a 140 km de la ciudad del tren de 70 km/h.",
    },
    {
        "id": "zh_chicken",
        "lang": "zh",
        "q": "鸡兔同笼，共有35个头，94只脚。问鸡和兔各有多少只？",
        "r": """好，先设鸡有 x 只，兔有 y 只。

头：x + y = 35。
脚：鸡两只脚，兔四只脚，所以 2x + 4y = 94。

第二个式子两边除以 2：x + 2y = 47。
减去第一个式子：(x + 2y) - (x + y) = 47 - 35，所以 y = 12。
然后 x = 35 - 12 = 23。

验证一下：23 只鸡，脚 46 只；12 只兔，脚 48 只；46 + 48 = 94。头 23 + 12 = 35。对了。

也可以用"假设法"再算一遍，防止算错：假设全是鸡，35 只鸡有 70 只脚，比实际少 94 - 70 = 24 只脚。每把一只鸡换成一只兔，多 2 只脚，所以需要换 24 / 2 = 12 只。兔 12 只，鸡 23 只。两种方法一致。

嗯，再想一下有没有陷阱，比如题目有没有说"至少"之类的？没有。数量都是非负整数，23 和 12 都合理。

还有一种"抬脚法"：让所有动物抬起两只脚，剩下 94 - 70 = 24 只脚，都是兔子的，每只兔剩 2 只脚，所以兔 12 只。还是一样。

再用列表法粗略检查一下：如果兔 10 只，鸡 25 只，脚 40 + 50 = 90，少了 4 只；兔 11 只，鸡 24 只，脚 44 + 48 = 92，还少 2 只；兔 12 只，鸡 23 只，脚 48 + 46 = 94，正好。兔 13 只，鸡 22 只，脚 52 + 44 = 96，多了。说明每多一只兔子脚数加 2，和前面的推理一致，而且解是唯一的。

等一下，我要确认题目问的是"各有多少只"，不是问脚的数量，也不是问兔子比鸡少多少。是的，问的是只数。

顺便想一下如果题目数字不合理会怎样：比如脚数是奇数，就无解；或者脚数小于 2×头数（70），也无解；大于 4×头数（140），同样无解。94 在 70 和 140 之间，而且是偶数，所以有整数解，符合常理。

另外，用矩阵的方法也能解：系数矩阵 [[1,1],[2,4]]，行列式 = 4 - 2 = 2，不为零，所以有唯一解。x = (35×4 - 94×1)/2 = (140 - 94)/2 = 23，y = (1×94 - 2×35)/2 = (94 - 70)/2 = 12。又一次得到同样结果。

所以答案：鸡 23 只，兔 12 只。""",
        "a": "鸡 23 只，兔 12 只。",
    },
    {
        "id": "de_zins",
        "lang": "de",
        "q": "Ein Kapital von 8.000 € wird 3 Jahre lang mit 2,5 % pro Jahr verzinst, Zinseszins, jährliche Gutschrift. Wie hoch ist das Endkapital?",
        "r": """Also, Zinseszinsformel: K_n = K_0 * (1 + p)^n.

K_0 = 8000, p = 0,025, n = 3.

(1,025)^2 = 1,050625.
(1,025)^3 = 1,050625 * 1,025 = 1,050625 + 1,050625 * 0,025 = 1,050625 + 0,026265625 = 1,076890625.

K_3 = 8000 * 1,076890625 = 8615,125 €.

Gerundet: 8.615,13 €.

Moment, ich rechne das lieber Jahr für Jahr nach, weil Banken jährlich auf den Cent runden könnten:
Jahr 1: 8000 * 0,025 = 200 € Zinsen -> 8200,00 €.
Jahr 2: 8200 * 0,025 = 205 € -> 8405,00 €.
Jahr 3: 8405 * 0,025 = 210,125 € -> gerundet 210,13 € -> 8615,13 €.
Gleiches Ergebnis, gut.

Zinsen insgesamt: 615,13 €. Bei einfacher Verzinsung wären es nur 3 * 200 = 600 €, der Zinseszinseffekt bringt also 15,13 € zusätzlich. Klingt plausibel für so einen kleinen Zinssatz.

Steuern (Abgeltungsteuer, Freibetrag) sind in der Aufgabe nicht erwähnt, also ignoriere ich sie.

Antwort: rund 8.615,13 €.""",
        "a": "Das Endkapital beträgt rund 8.615,13 € (8000 · 1,025³).",
    },
]
