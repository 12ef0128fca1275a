"""Eight hand-written worked reasoning traces reused as demonstrations by rep/rep_nocode.

Each entry: (question, reasoning, answer). Written fresh for blind5.
"""

TRACES = [
    (
        "How many positive integers less than 1000 are divisible by 7 but not by 11?",
        """Okay, so I need the count of n with 1 <= n <= 999 where 7 divides n and 11 does not.
First the multiples of 7 below 1000. 7 * 142 = 994, and 7 * 143 = 1001 which is too big, so there are 142 multiples of 7.
Now I have to throw away the ones that are also multiples of 11. Since 7 and 11 are both prime, a number divisible by both is a multiple of 77.
Multiples of 77 below 1000: 77 * 12 = 924, 77 * 13 = 1001 — again just over. So 12 of them.
Hmm, wait, let me double check 77 * 12. 77 * 10 = 770, 77 * 2 = 154, 770 + 154 = 924. Yes.
So the answer should be 142 - 12 = 130.
Let me sanity-check with a rough density argument: fraction divisible by 7 is 1/7, and of those, 10/11 are not divisible by 11. 999 * (1/7) * (10/11) ≈ 142.7 * 0.909 ≈ 129.7. Close to 130, good.
One more thing — "less than 1000" means I should not include 1000 itself, but 1000 is not a multiple of 7 anyway, so nothing changes.
Final: 130.""",
        "There are 130 such integers: 142 multiples of 7 below 1000, minus the 12 multiples of 77. \\boxed{130}",
    ),
    (
        "Two fair six-sided dice are rolled. What is the probability that the sum is a prime number?",
        """Let me list possible sums: they go from 2 to 12. Primes in that range are 2, 3, 5, 7, 11.
Now the number of ordered outcomes for each sum, out of 36 total:
sum 2: (1,1) -> 1 way
sum 3: (1,2),(2,1) -> 2 ways
sum 5: (1,4),(2,3),(3,2),(4,1) -> 4 ways
sum 7: (1,6),(2,5),(3,4),(4,3),(5,2),(6,1) -> 6 ways
sum 11: (5,6),(6,5) -> 2 ways
Total favourable = 1 + 2 + 4 + 6 + 2 = 15.
Hmm, did I miss 13? No, max is 12. And 9 is not prime, 4, 6, 8, 10, 12 even. Right.
So probability = 15/36. Simplify: divide by 3 -> 5/12.
Let me just double-check the count for sum 5 using the formula: for s <= 7 the count is s - 1, so sum 5 gives 4, sum 3 gives 2, sum 2 gives 1, sum 7 gives 6. For s > 7 it is 13 - s, so sum 11 gives 2. Consistent.
5/12 is about 0.4167.
Answer 5/12.""",
        "The probability is 15/36 = \\boxed{5/12}.",
    ),
    (
        "What is the remainder when 2^100 is divided by 7?",
        """I want 2^100 mod 7. Powers of 2 mod 7 should cycle quickly.
2^1 = 2
2^2 = 4
2^3 = 8 ≡ 1 (mod 7)
Oh nice, the order of 2 mod 7 is 3. So the cycle is 2, 4, 1, 2, 4, 1, ...
Then 2^100 = 2^(3*33 + 1) = (2^3)^33 * 2^1 ≡ 1^33 * 2 = 2 (mod 7).
Wait, let me check 3 * 33 = 99, and 100 - 99 = 1. Yes, exponent remainder 1.
Alternatively use Fermat: 2^6 ≡ 1 mod 7, 100 = 6*16 + 4, so 2^100 ≡ 2^4 = 16 ≡ 2 (mod 7). Same answer, good, the two methods agree.
Quick sanity check on a small case: 2^4 = 16, 16 mod 7 = 2, and 4 mod 3 = 1, which also predicts 2. The pattern holds.
Another check, 2^5 = 32 = 28 + 4, so 4, and 5 mod 3 = 2 predicts the second element of the cycle, which is 4. Good.
Hmm, is there any chance the question means 2^(100) with some other grouping, like (2^10)^10? That's the same number, 2^100, so no ambiguity.
And the remainder has to be in 0..6; 2 is in range.
So the remainder is 2.""",
        "Since 2^3 ≡ 1 (mod 7) and 100 = 3·33 + 1, we get 2^100 ≡ 2. Remainder: \\boxed{2}",
    ),
    (
        "A triangle has sides 13, 14 and 15. Find its area and the length of the altitude to the side of length 14.",
        """Classic 13-14-15 triangle. Heron's formula first.
s = (13 + 14 + 15) / 2 = 42 / 2 = 21.
Area = sqrt(s(s-a)(s-b)(s-c)) = sqrt(21 * 8 * 7 * 6).
21 * 8 = 168, 7 * 6 = 42, 168 * 42 = 7056. sqrt(7056) = 84 because 84^2 = 7056 (80^2 = 6400, 2*80*4 = 640, 16 -> 7056). Yes.
So area = 84.
Altitude to side 14: area = (1/2) * base * height, 84 = 7 * h, so h = 12.
Hmm, that's neat — actually this triangle splits into a 5-12-13 and a 9-12-15 right triangle along that altitude: 5 + 9 = 14. Let me verify: 5^2 + 12^2 = 169 = 13^2 and 9^2 + 12^2 = 81 + 144 = 225 = 15^2. Both check out, so the altitude of 12 is definitely right.
Let me also recompute the area from the two right triangles as an independent check: (1/2)*5*12 = 30 and (1/2)*9*12 = 54, 30 + 54 = 84. Same as Heron. 
Units: the question gives no units, so I'll just state the numbers.
Area 84, altitude 12.""",
        "Area = 84 (Heron: √(21·8·7·6)), and the altitude to the side of length 14 is 2·84/14 = 12. \\boxed{84,\\ 12}",
    ),
    (
        "Write a function that returns True if a string of brackets ()[]{} is balanced, and explain its complexity.",
        """The standard approach is a stack. Walk the string; push every opening bracket; on a closing bracket, the top of the stack must be the matching opener, otherwise it's unbalanced.
Edge cases I should think about:
- empty string -> balanced, return True.
- closing bracket when the stack is empty, e.g. ")(" -> must return False immediately, not crash on pop.
- leftover openers at the end, e.g. "((" -> stack not empty -> False.
- characters that are not brackets? The question says a string of brackets, but ignoring other characters is harmless, so I'll just skip them.
Mapping: pairs = {')': '(', ']': '[', '}': '{'}.
Let me trace "([]{})": push '(', push '[', ']' matches '[' pop, push '{', '}' matches pop, ')' matches '(' pop, stack empty -> True. Good.
Trace "([)]": push '(', push '[', ')' expects '(' but top is '[' -> False. Good.
Complexity: one pass, each char pushed/popped at most once -> O(n) time, O(n) extra space in the worst case (all openers).""",
        "```python\ndef is_balanced(s: str) -> bool:\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n    for ch in s:\n        if ch in '([{':\n            stack.append(ch)\n        elif ch in pairs:\n            if not stack or stack.pop() != pairs[ch]:\n                return False\n    return not stack\n```\nO(n) time, O(n) space.",
    ),
    (
        "On an island every inhabitant is a knight (always tells the truth) or a knave (always lies). A says: \"B is a knave.\" B says: \"A and I are of the same kind.\" What are A and B?",
        """Two cases on A.
Case 1: A is a knight. Then A's statement is true, so B is a knave. B's statement "A and I are the same kind" must then be false. A is knight and B is knave, so they are indeed different — the statement is false, which is consistent with B being a knave. No contradiction.
Case 2: A is a knave. Then "B is a knave" is false, so B is a knight. B's statement must be true: A and B are the same kind. But A is a knave and B is a knight — different. Contradiction.
So case 2 is impossible.
Hmm, let me double check case 1 once more from B's side: B knave, says something false; "we are the same" is false since A knight / B knave. Fine.
Is there any possibility both are the same type? If both knights, A's claim "B is knave" would be false — can't be. If both knaves, B's claim "same kind" would be true — a knave can't say that. So only A knight, B knave.""",
        "A is a knight and B is a knave.",
    ),
    (
        "Dos trenes salen al mismo tiempo de dos ciudades separadas por 300 km y viajan uno hacia el otro a 80 km/h y 70 km/h. ¿Cuándo y dónde se cruzan?",
        """Vale, se acercan uno al otro, así que las velocidades se suman: 80 + 70 = 150 km/h de velocidad de acercamiento.
La distancia inicial es 300 km. Tiempo hasta cruzarse: t = 300 / 150 = 2 horas.
¿Dónde? El tren rápido (80 km/h) recorre 80 * 2 = 160 km desde su ciudad de salida. El lento recorre 70 * 2 = 140 km.
Compruebo: 160 + 140 = 300. Cuadra.
Hmm, la pregunta dice "dónde" — lo natural es expresarlo desde la ciudad del tren de 80 km/h: a 160 km de ella, o equivalentemente a 140 km de la otra ciudad.
¿Alguna trampa? Salen al mismo tiempo, así que no hay ventaja inicial. Si uno saliera antes habría que restar primero lo que ya recorrió, pero aquí no.
También podría plantearlo con ecuaciones: posición del tren A: x = 80t; del tren B: x = 300 - 70t. Igualando: 80t = 300 - 70t -> 150t = 300 -> t = 2. x = 160. Mismo resultado.
Respuesta: a las 2 horas, a 160 km de la ciudad del tren más rápido.""",
        "Se cruzan a las 2 horas de salir, a 160 km de la ciudad del tren de 80 km/h (140 km de la otra).",
    ),
    (
        "鸡兔同笼，上有35个头，下有94只脚。问鸡和兔各有多少只？",
        """好，设鸡有 x 只，兔有 y 只。
头：x + y = 35
脚：2x + 4y = 94
先试"假设全是鸡"的方法：35 只全是鸡的话，脚数是 35 × 2 = 70 只。实际是 94 只，多了 94 − 70 = 24 只脚。
每把一只鸡换成一只兔，脚数多 2 只，所以兔有 24 ÷ 2 = 12 只。
鸡就是 35 − 12 = 23 只。
嗯，验算一下：23 × 2 = 46，12 × 4 = 48，46 + 48 = 94。对的。头数 23 + 12 = 35，也对。
也可以用方程消元：第二个式子除以 2 得 x + 2y = 47，减去第一个式子 x + y = 35，得 y = 12，x = 23。两种方法一致。
还要注意答案必须是非负整数，这里都满足。
等一下，再反过来用"假设全是兔"的方法检查一遍：35 只全是兔，脚数是 35 × 4 = 140 只，比实际多了 140 − 94 = 46 只。每把一只兔换成一只鸡，脚数少 2 只，所以鸡有 46 ÷ 2 = 23 只，兔是 35 − 23 = 12 只。结果一样，很好。
题目里没有说有别的动物，也没有说有的动物少了脚，所以不用考虑特殊情况。
有时候这类题会故意给出不可能的数字，比如脚数是奇数，或者脚数小于头数的两倍，或者大于头数的四倍。这里 94 是偶数，而且在 70 和 140 之间，所以一定有整数解。
用表格再粗略核对一下：鸡 20、兔 15 时脚数是 40 + 60 = 100，太多；鸡 25、兔 10 时脚数是 50 + 40 = 90，太少；鸡 23、兔 12 时正好 94。
所以鸡 23 只，兔 12 只。""",
        "鸡有 23 只，兔有 12 只。",
    ),
]
