# -*- coding: utf-8 -*-
"""Hand-written worked demonstrations for the REP families of blind25.

Each demonstration is a (question, reasoning, answer) triple written for this
set only.  The reasoning imitates the self-talk style of a thinking model.
Every reasoning text is between 1,000 and 3,500 characters (checked by check.py).
"""

DEMOS = [
dict(
    id="d01", lang="en",
    q="How many positive integers n with 1 <= n <= 100 make n^2 + n + 1 divisible by 7?",
    r="""Okay, so I need to count the integers n from 1 to 100 such that 7 divides n^2 + n + 1. Divisibility by 7 only depends on n modulo 7, so I can check the seven residues and then count how many numbers in the range fall into the good residue classes.

Let me compute n^2 + n + 1 for n = 0, 1, ..., 6.
n = 0: 0 + 0 + 1 = 1, not divisible.
n = 1: 1 + 1 + 1 = 3, no.
n = 2: 4 + 2 + 1 = 7, yes.
n = 3: 9 + 3 + 1 = 13, and 13 mod 7 = 6, no.
n = 4: 16 + 4 + 1 = 21 = 3 * 7, yes.
n = 5: 25 + 5 + 1 = 31, and 31 mod 7 = 3, no.
n = 6: 36 + 6 + 1 = 43, and 43 mod 7 = 1, no.

So the good residues are n = 2 and n = 4 (mod 7). Wait, let me double-check this with a different approach, because it is easy to slip on arithmetic. n^2 + n + 1 = 0 (mod 7) is the same as 4n^2 + 4n + 4 = 0, i.e. (2n + 1)^2 = -3 = 4 (mod 7). So 2n + 1 is 2 or -2 mod 7, which gives 2n = 1 or 2n = -3 = 4. The inverse of 2 mod 7 is 4, so n = 4 or n = 16 = 2. Good, the same two classes.

Now count. Numbers congruent to 2 mod 7 in [1, 100]: 2, 9, 16, ..., and the largest is 2 + 7k <= 100, so k <= 14, and 2 + 98 = 100. That is k = 0..14, fifteen numbers. Hmm, is 100 really 2 mod 7? 98 = 14 * 7, so yes.

Numbers congruent to 4 mod 7: 4, 11, ..., 4 + 7k <= 100 gives k <= 13.7, so k = 0..13, fourteen numbers, and the last one is 95.

Total 15 + 14 = 29. Let me spot check two of them. n = 9: 81 + 9 + 1 = 91 = 7 * 13, yes. n = 11: 121 + 11 + 1 = 133 = 7 * 19, yes. And a number outside the classes, n = 10: 111, and 111 / 7 is not an integer. Fine.

So the answer is 29.""",
    a="Exactly the n with n = 2 or n = 4 (mod 7) work, which gives 15 + 14 numbers. Final answer: \\boxed{29}",
),
dict(
    id="d02", lang="en",
    q="Two fair six-sided dice are rolled. What is the probability that the sum of the two numbers is a prime number?",
    r="""Let me think about this carefully. Two fair dice, 36 equally likely ordered outcomes. The sum ranges from 2 to 12. Which of those are prime? 2, 3, 5, 7, 11. Not 9 (3 * 3), not 4, 6, 8, 10, 12.

Now the number of ordered pairs for each sum. The standard pattern is 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1 for sums 2 through 12.
Sum 2: only (1,1), so 1 way.
Sum 3: (1,2) and (2,1), 2 ways.
Sum 5: (1,4), (2,3), (3,2), (4,1), 4 ways.
Sum 7: (1,6), (2,5), (3,4), (4,3), (5,2), (6,1), 6 ways.
Sum 11: (5,6), (6,5), 2 ways.

Total favourable = 1 + 2 + 4 + 6 + 2 = 15.

So the probability is 15/36. Simplify: both divisible by 3, so 5/12.

Hmm, wait. Should I worry about whether the dice are distinguishable? If I counted unordered outcomes I would get 21 outcomes, but they are not equally likely, so the ordered count of 36 is the right sample space. The answer stays 15/36.

Let me double check by counting the complement instead. Non-prime sums: 4 (3 ways), 6 (5 ways), 8 (5 ways), 9 (4 ways), 10 (3 ways), 12 (1 way). That is 3 + 5 + 5 + 4 + 3 + 1 = 21. And 15 + 21 = 36. Good, consistent.

As a decimal, 5/12 is about 0.4167, so a bit less than half, which feels right because 7 is the most common sum and it is prime, but many of the middle sums are even.

So the probability is 5/12.""",
    a="Prime sums are 2, 3, 5, 7 and 11, reached in 1 + 2 + 4 + 6 + 2 = 15 of the 36 outcomes. Probability: \\boxed{5/12}",
),
dict(
    id="d03", lang="en",
    q="A right triangle has legs of length 20 and 21. Find the radius of its inscribed circle.",
    r="""Alright, a right triangle with legs 20 and 21. First I need the hypotenuse. 20^2 = 400, 21^2 = 441, sum 841. And 841 = 29^2, since 29 * 29 = 841. So the hypotenuse is 29. Nice, a Pythagorean triple 20-21-29.

For the inradius there are two formulas I remember. The general one: r = Area / s where s is the semiperimeter. And the right-triangle shortcut: r = (a + b - c) / 2.

Let me use both to be safe.

Area = (1/2) * 20 * 21 = 210.
Perimeter = 20 + 21 + 29 = 70, so s = 35.
r = 210 / 35 = 6.

Shortcut: (20 + 21 - 29) / 2 = 12 / 2 = 6. Same.

Why does the shortcut work? Put the right angle at the origin with legs on the axes. The incircle touches both legs, so its center is at (r, r). The tangent lengths from the right-angle vertex are both r. From the other two vertices the tangent lengths are a - r and b - r, and these two segments together make up the hypotenuse: (a - r) + (b - r) = c, so r = (a + b - c) / 2. Good, that confirms it.

Wait, I should double check that I did not mix up legs and hypotenuse. The problem says legs 20 and 21, so the right angle is between them and the hypotenuse is the longest side, 29. Yes.

Sanity check on size: the inradius must be smaller than half the shortest leg, i.e. less than 10. 6 is fine.

So the inradius is 6.""",
    a="The hypotenuse is 29, the area is 210 and the semiperimeter is 35, so r = 210 / 35. Final answer: \\boxed{6}",
),
dict(
    id="d04", lang="en",
    q="On an island, knights always tell the truth and knaves always lie. A says: \"B is a knave.\" B says: \"A and I are of the same type.\" What are A and B?",
    r="""Let me set this up. Two people, each is a knight (truth-teller) or a knave (liar). Statements:
A: "B is a knave."
B: "A and I are of the same type."

Case 1: A is a knight. Then A's statement is true, so B is a knave. B's statement must then be false. B says "A and I are the same type". A is a knight, B is a knave, so they are different, and the statement is indeed false. Consistent so far. No contradiction.

Case 2: A is a knave. Then A's statement is false, so B is not a knave, meaning B is a knight. Then B's statement must be true: A and B are the same type. But A is a knave and B is a knight, so they are different. Contradiction. So case 2 is impossible.

Hmm, wait, let me make sure I am not missing a subtle reading. "Same type" means both knights or both knaves. In case 2 they differ, so B would be saying something false while being a knight. Yes, impossible.

Let me also sanity check case 1 from B's perspective: B is a knave, so everything B says is false. B says they are the same type. False means they are of different types. A is a knight, B is a knave. Different. Good.

Is there any possibility that both are knaves? Then A's statement "B is a knave" would be true, but A is a knave and cannot say something true. Impossible. Both knights? Then A's statement "B is a knave" would be false, but A is a knight. Impossible. So the only consistent assignment is A knight, B knave.

I can also double check with a truth table of the four assignments:
(knight, knight): A says B is knave -> false, but A is a knight. Fail.
(knight, knave): works, as shown.
(knave, knight): B says same type -> false, but B is a knight. Fail.
(knave, knave): A says B is knave -> true, but A is a knave. Fail.

So exactly one solution.""",
    a="Only one assignment is consistent with both statements: A is a knight and B is a knave.",
),
dict(
    id="d05", lang="de",
    q="Wie viele dreistellige natürliche Zahlen haben die Quersumme 5?",
    r="""Okay, ich soll zählen, wie viele dreistellige Zahlen die Quersumme 5 haben. Eine dreistellige Zahl hat die Form abc mit Hunderterziffer a von 1 bis 9 und Ziffern b, c von 0 bis 9. Bedingung: a + b + c = 5.

Da die Summe nur 5 ist, kann keine Ziffer größer als 5 werden, also spielt die obere Grenze 9 keine Rolle. Nur a >= 1 muss ich beachten.

Ich setze a' = a - 1, dann ist a' >= 0 und a' + b + c = 4. Die Anzahl der Lösungen in nichtnegativen ganzen Zahlen ist nach Sternen und Strichen C(4 + 2, 2) = C(6, 2) = 15.

Moment, ich prüfe das lieber durch direktes Aufzählen, damit kein Fehler drin ist.
a = 1: b + c = 4, also (0,4), (1,3), (2,2), (3,1), (4,0), das sind 5 Zahlen: 104, 113, 122, 131, 140.
a = 2: b + c = 3, 4 Möglichkeiten: 203, 212, 221, 230.
a = 3: b + c = 2, 3 Möglichkeiten: 302, 311, 320.
a = 4: b + c = 1, 2 Möglichkeiten: 401, 410.
a = 5: b + c = 0, 1 Möglichkeit: 500.
Summe: 5 + 4 + 3 + 2 + 1 = 15. Passt.

Hmm, sollte ich noch überlegen, ob die Zahl 050 oder Ähnliches mitgezählt wird? Nein, das wäre keine dreistellige Zahl, weil die führende Ziffer 0 wäre. Das habe ich durch a >= 1 bereits ausgeschlossen.

Noch eine kleine Plausibilitätsprüfung: Für die Quersumme 1 gäbe es nur die 100, also 1 Zahl, und mit der Formel C(0 + 2, 2) = 1. Für Quersumme 2: 101, 110, 200, also 3 Zahlen, Formel C(3, 2) = 3. Die Formel C(s + 1, 2) für s <= 9 scheint zu stimmen, und für s = 5 ergibt sich C(6, 2) = 15.

Also 15.""",
    a="Mit a' = a - 1 gilt a' + b + c = 4, also gibt es C(6,2) Lösungen. Ergebnis: \\boxed{15}",
),
dict(
    id="d06", lang="es",
    q="Si log_2(x) + log_4(x) = 6, ¿cuánto vale x?",
    r="""Vale, tengo log_2(x) + log_4(x) = 6. Lo primero es poner todo en la misma base. Como 4 = 2^2, log_4(x) = log_2(x) / log_2(4) = log_2(x) / 2.

Llamo L = log_2(x). Entonces la ecuación queda L + L/2 = 6, es decir (3/2) L = 6, así que L = 4.

Entonces x = 2^4 = 16.

Espera, compruebo. log_2(16) = 4. log_4(16): 4^2 = 16, así que es 2. Suma 4 + 2 = 6. Correcto.

También debo revisar el dominio: el logaritmo solo está definido para x > 0, y 16 > 0, bien. Además, ¿podría haber otra solución? La función f(x) = log_2(x) + log_4(x) es estrictamente creciente en (0, infinito) porque es suma de dos funciones crecientes, así que corta a la recta y = 6 una sola vez. Solución única.

Hmm, otra forma de verlo para estar seguro: escribir todo en base 4. log_2(x) = 2 log_4(x). Entonces 2M + M = 6 con M = log_4(x), M = 2, x = 4^2 = 16. Coincide.

Y una tercera comprobación numérica rápida: si x = 8, log_2 8 = 3 y log_4 8 = 1,5, suma 4,5, menor que 6. Si x = 32, 5 + 2,5 = 7,5, mayor que 6. Así que la solución está entre 8 y 32, y 16 encaja.

Por lo tanto x = 16.""",
    a="Con L = log_2(x) la ecuación es L + L/2 = 6, luego L = 4. Respuesta final: \\boxed{16}",
),
dict(
    id="d07", lang="fr",
    q="Quel est le reste de la division euclidienne de 2^100 par 13 ?",
    r="""Bon, je dois trouver 2^100 modulo 13. Comme 13 est premier et ne divise pas 2, le petit théorème de Fermat donne 2^12 ≡ 1 (mod 13).

J'écris 100 = 12 × 8 + 4. Donc 2^100 = (2^12)^8 × 2^4 ≡ 1^8 × 16 ≡ 16 (mod 13). Et 16 - 13 = 3. Le reste serait donc 3.

Attends, je vérifie l'ordre de 2 modulo 13, au cas où il serait plus petit que 12, ça ne change rien au résultat mais c'est une bonne vérification des calculs.
2^1 = 2
2^2 = 4
2^3 = 8
2^4 = 16 ≡ 3
2^5 ≡ 6
2^6 ≡ 12 ≡ -1
Donc 2^12 ≡ (-1)^2 = 1. L'ordre est bien 12 (2^6 ≡ -1, pas 1, et 2^4 ≡ 3, 2^3 ≡ 8, 2^2 ≡ 4, aucun ne vaut 1).

Autre chemin : 2^6 ≡ -1, donc 2^96 = (2^6)^16 ≡ (-1)^16 = 1. Puis 2^100 = 2^96 × 2^4 ≡ 16 ≡ 3. Même résultat.

Hmm, je vérifie la division : 12 × 8 = 96, 96 + 4 = 100. Oui.

Je peux aussi faire une exponentiation rapide par carrés successifs, pour être vraiment sûr :
2^8 = 256, et 256 = 13 × 19 + 9, donc 2^8 ≡ 9.
2^16 ≡ 81 ≡ 81 - 78 = 3.
2^32 ≡ 9.
2^64 ≡ 81 ≡ 3.
Comme 100 = 64 + 32 + 4, on a 2^100 ≡ 3 × 9 × 3 = 81 ≡ 3 (mod 13).
Encore 3. Trois méthodes différentes donnent le même reste, je suis confiant.

Le reste est 3, et il est bien compris entre 0 et 12.""",
    a="D'après Fermat, 2^12 ≡ 1 (mod 13), donc 2^100 ≡ 2^4 = 16 ≡ 3. Réponse : \\boxed{3}",
),
dict(
    id="d08", lang="zh-Hans",
    q="等差数列 {a_n} 的首项 a_1 = 3，公差 d = 4，求前 20 项的和 S_20。",
    r="""好，我来算一下。这是一个等差数列，首项 a_1 = 3，公差 d = 4，要求前 20 项的和。

等差数列前 n 项和的公式是 S_n = n/2 × (2a_1 + (n - 1)d)，也可以写成 S_n = n/2 × (a_1 + a_n)。

先算第 20 项：a_20 = a_1 + 19d = 3 + 19 × 4 = 3 + 76 = 79。

然后 S_20 = 20/2 × (3 + 79) = 10 × 82 = 820。

等一下，我用另一个公式再核对一遍：S_20 = 20/2 × (2 × 3 + 19 × 4) = 10 × (6 + 76) = 10 × 82 = 820。一致。

再换个角度想：数列是 3, 7, 11, 15, ...，每一项都是 4k - 1 的形式，k 从 1 到 20。那么和就是 4 × (1 + 2 + ... + 20) - 20 = 4 × 210 - 20 = 840 - 20 = 820。还是 820。

嗯，再检查一下 1 + 2 + ... + 20 = 20 × 21 / 2 = 210，没错。

另外粗略估计一下：平均项大约是 (3 + 79)/2 = 41，乘以 20 项就是 820，数量级也合理。

不过我还是担心会不会把项数算错，比如 a_20 到底是加 19 个公差还是 20 个公差。第 1 项是 3，第 2 项是 3 + 4 = 7，所以第 k 项是 3 + (k - 1) × 4。k = 20 时就是 3 + 19 × 4 = 79，没错，是加 19 个公差。

再用配对的方法验证一次：把第 1 项和第 20 项配对，3 + 79 = 82；第 2 项和第 19 项配对，7 + 75 = 82；第 3 项和第 18 项，11 + 71 = 82。一共可以配成 10 对，每对都是 82，所以总和是 10 × 82 = 820。

顺便把前几项的部分和也写出来看看有没有规律：S_1 = 3，S_2 = 10，S_3 = 21，S_4 = 36。按照公式 S_n = 2n^2 + n，n = 1 时 3，n = 2 时 10，n = 3 时 21，n = 4 时 36，都对得上。那么 S_20 = 2 × 400 + 20 = 820。

好，几种方法结果都一样，可以确定答案。

所以 S_20 = 820。""",
    a="a_20 = 3 + 19 × 4 = 79，所以 S_20 = 20/2 × (3 + 79)。最终答案：\\boxed{820}",
),
dict(
    id="d09", lang="ru",
    q="Найдите наименьшее натуральное n, при котором n! делится на 1000.",
    r="""Так, 1000 = 10^3 = 2^3 · 5^3. Значит, n! должно содержать хотя бы три множителя 2 и хотя бы три множителя 5. Двоек в факториале всегда больше, чем пятёрок, так что ограничение даёт именно пятёрка.

Количество пятёрок в n! равно [n/5] + [n/25] + ... Нужно, чтобы это было не меньше 3.

n = 5..9: [n/5] = 1, мало.
n = 10..14: [n/5] = 2, всё ещё мало.
n = 15: [15/5] = 3, [15/25] = 0, итого 3. Подходит.

Подожди, проверю двойки для n = 15: [15/2] + [15/4] + [15/8] = 7 + 3 + 1 = 11, больше трёх, значит 2^3 точно есть.

Проверю и то, что 14 не подходит: в 14! множитель 5 встречается только в 5 и 10, то есть всего две пятёрки, поэтому 14! делится на 100, но не на 1000. Действительно, 14! = 87178291200, оканчивается на два нуля. Хм, посчитаю нули: 87 178 291 200 — да, ровно два нуля в конце.

А 15! = 1307674368000 — три нуля в конце, делится на 1000.

Ещё раз продумаю логику: число нулей в конце n! равно числу пар (2, 5), а пятёрок меньше, поэтому число нулей равно числу пятёрок. Три нуля появляются впервые при n = 15.

Ответ: 15.""",
    a="Пятёрок в n! хватает только начиная с n = 15 (множители 5, 10, 15). Ответ: \\boxed{15}",
),
dict(
    id="d10", lang="ja",
    q="半径 5 の円に内接する正六角形の面積を求めよ。",
    r="""えっと、半径 5 の円に内接する正六角形の面積ですね。正六角形は中心から各頂点に線を引くと、合同な正三角形 6 個に分けられます。中心角は 360° ÷ 6 = 60° で、中心から頂点までの距離はどれも半径 5 なので、各三角形は一辺 5 の正三角形になります。

一辺 a の正三角形の面積は (√3/4) a^2 なので、a = 5 なら (√3/4) × 25 = 25√3/4。

それが 6 個なので、6 × 25√3/4 = 150√3/4 = 75√3/2。

ちょっと待って、確認します。正六角形の面積の公式 (3√3/2) a^2 に a = 5 を入れると (3√3/2) × 25 = 75√3/2。同じです。

数値で見ると √3 ≈ 1.732 なので 75 × 1.732 / 2 ≈ 64.95。円の面積は 25π ≈ 78.54 なので、六角形の方が少し小さい。内接しているのだから当然そうなるはずで、比率は約 0.83。妥当ですね。

念のため、辺の長さが本当に 5 か確認します。中心角 60° の二等辺三角形で、等しい二辺が 5 なので、底角も (180° - 60°)/2 = 60°。つまり正三角形で、六角形の辺も 5。問題ありません。

もう一つ別の方法でも確かめておきます。正六角形は、向かい合う頂点を結ぶ対角線（長さ 10、つまり直径）で二つの合同な台形に分けられます。台形の上底は 5、下底は 10、高さは正三角形の高さ (√3/2) × 5 = 5√3/2 です。台形の面積は (5 + 10) × (5√3/2) ÷ 2 = 75√3/4。二つ分で 75√3/2。やはり同じ答えになりました。

うーん、座標でも確認できます。頂点を (5, 0), (5/2, 5√3/2), (-5/2, 5√3/2), (-5, 0), (-5/2, -5√3/2), (5/2, -5√3/2) と置いて靴ひも公式を使うと、上半分の面積が 75√3/4、下半分も同じなので合計 75√3/2。三通りの方法で一致したので安心です。

単位は指定されていないので、そのまま数値で答えます。小数で書くと約 64.95 ですが、厳密な値で答えるべきなので 75√3/2 とします。

あ、問題文は「内接する」なので、円が六角形の内側にある「外接」の場合と取り違えていないかも確認しておきます。今回は六角形の頂点が円周上にあるので、円は六角形の外接円で、半径 5 は中心から頂点までの距離です。これで正しいです。

答えは 75√3/2。""",
    a="一辺 5 の正三角形 6 個分なので 6 × (√3/4) × 25 となる。答え：\\boxed{75\\sqrt{3}/2}",
),
dict(
    id="d11", lang="pt-BR",
    q="Quantos anagramas distintos tem a palavra BANANA?",
    r="""Certo, a palavra BANANA tem 6 letras. Vou contar as repetições: B aparece 1 vez, A aparece 3 vezes, N aparece 2 vezes. 1 + 3 + 2 = 6, confere.

Se todas as letras fossem diferentes, seriam 6! = 720 permutações. Mas trocar os A entre si não gera uma palavra nova, e o mesmo vale para os N. Então divido pelas permutações internas: 3! para os A e 2! para os N.

720 / (6 × 2) = 720 / 12 = 60.

Espera, deixa eu conferir de outro jeito. Escolho as posições dos A: C(6,3) = 20 maneiras. Sobram 3 posições; escolho 2 para os N: C(3,2) = 3. A última posição fica com o B. Total 20 × 3 = 60. Bate.

Hmm, e a pergunta pede anagramas distintos, incluindo a própria palavra BANANA? Normalmente sim, a própria palavra conta como um dos anagramas. Se fosse para excluir, seriam 59, mas o enunciado não pede isso, então fico com 60.

Mais uma verificação rápida por outro caminho: posição do B primeiro, 6 opções; nas 5 posições restantes, escolho 2 para os N, C(5,2) = 10; o resto são A. 6 × 10 = 60. Três caminhos diferentes, mesmo resultado.

Resposta: 60.""",
    a="6!/(3! · 2!) = 720/12, ou seja, são 60 anagramas. Resposta final: \\boxed{60}",
),
dict(
    id="d12", lang="ko",
    q="연속한 세 자연수의 곱이 2730일 때, 세 수의 합을 구하시오.",
    r="""음, 연속한 세 자연수를 n - 1, n, n + 1이라고 하면 곱은 (n - 1) n (n + 1) = n^3 - n = 2730 입니다.

먼저 대략적인 크기를 봅니다. n^3 이 2730 근처이므로 세제곱근을 생각하면 13^3 = 2197, 14^3 = 2744 입니다. 14^3 - 14 = 2744 - 14 = 2730. 딱 맞네요! 그러면 n = 14 이고 세 수는 13, 14, 15 입니다.

잠깐, 직접 곱해서 확인해 보겠습니다. 13 × 14 = 182, 182 × 15 = 2730. 맞습니다.

혹시 다른 해가 있는지 생각해 봅니다. 자연수 범위에서 f(n) = n^3 - n 은 n >= 1 에서 증가하므로 값이 2730 이 되는 n 은 하나뿐입니다. 그러니 유일한 해입니다.

소인수분해로도 확인해 보면 2730 = 2 × 3 × 5 × 7 × 13 입니다. 13, 14 = 2 × 7, 15 = 3 × 5 로 나누어 담으면 정확히 소인수가 모두 쓰입니다. 일관성이 있네요.

그런데 혹시 세 수를 n, n + 1, n + 2 로 두는 다른 방식으로 풀면 어떨지도 확인해 봅니다. n(n + 1)(n + 2) = 2730 이면 n 은 대략 2730 의 세제곱근보다 조금 작은 수여야 합니다. n = 12 이면 12 × 13 × 14 = 2184 로 부족하고, n = 13 이면 13 × 14 × 15 = 2730 으로 정확합니다. n = 14 이면 14 × 15 × 16 = 3360 으로 너무 큽니다. 그러니 같은 결론입니다.

또 하나, 연속한 세 자연수의 곱은 항상 6의 배수여야 합니다. 2730 ÷ 6 = 455 로 나누어떨어지니 문제 조건과도 모순이 없습니다.

마지막으로 문제에서 묻는 것이 곱이 아니라 합이라는 점을 다시 확인합니다. 네, 세 수의 합을 구하라고 했습니다. 곱은 이미 2730 으로 주어졌으니 헷갈리지 않도록 합을 답으로 적겠습니다.

세 수의 합은 13 + 14 + 15 = 42 입니다. 연속한 세 수의 합은 가운데 수의 3배이므로 3 × 14 = 42 로도 확인됩니다.

답은 42.""",
    a="세 수는 13, 14, 15 이고 13 × 14 × 15 = 2730 입니다. 합: \\boxed{42}",
),
dict(
    id="d13", lang="en",
    q="In how many ways can 8 identical candies be distributed among 3 children so that every child gets at least one candy and no child gets more than 4?",
    r="""Let me think. 8 identical candies, 3 distinct children, each gets at least 1 and at most 4. So I need the number of integer solutions of x1 + x2 + x3 = 8 with 1 <= xi <= 4.

First remove the lower bound. Put yi = xi - 1, so yi >= 0 and y1 + y2 + y3 = 5, with the upper bound becoming yi <= 3.

Without the upper bound, stars and bars gives C(5 + 2, 2) = C(7, 2) = 21 solutions.

Now subtract the ones where some yi >= 4. If y1 >= 4, set z1 = y1 - 4 >= 0, then z1 + y2 + y3 = 1, which has C(3, 2) = 3 solutions. Same for y2 and y3, so 3 * 3 = 9 bad solutions. Can two variables both be >= 4? That would need a sum of at least 8, but the sum is 5, so no overlaps. Inclusion-exclusion stops here.

So 21 - 9 = 12.

Hmm, wait. Let me double-check by listing, because these bounded problems are easy to get wrong. I will list the multisets of (x1, x2, x3) with values from 1 to 4 and sum 8, then count the orderings.

Possible multisets, sorted in decreasing order:
{4, 3, 1}: sum 8, fine. All distinct, so 3! = 6 orderings.
{4, 2, 2}: sum 8, fine. Two equal, so 3 orderings.
{3, 3, 2}: sum 8, fine. Two equal, so 3 orderings.
{4, 4, 0}: not allowed, 0 is below the minimum.
{5, 2, 1}: not allowed, 5 is above the maximum.
{6, 1, 1}: not allowed.
{3, 4, 1} is the same as the first one.
{2, 3, 3} is the same as the third one.

Is there anything else? Let me be systematic: the largest part is at most 4 and at least ceil(8/3) = 3.
Largest part 4: the other two sum to 4 with each between 1 and 4 and not larger than 4: (3, 1), (2, 2). That gives {4, 3, 1} and {4, 2, 2}. Also (4, 0) is invalid.
Largest part 3: the other two sum to 5 with each at most 3: (3, 2). That gives {3, 3, 2}. (4, 1) would make 4 the largest, already counted.
So three multisets.

Orderings: 6 + 3 + 3 = 12. Matches the inclusion-exclusion count.

Let me also sanity check the unrestricted-upper-bound number 21 by a different route: the number of compositions of 8 into 3 positive parts is C(7, 2) = 21. Yes, same thing. And the nine excluded ones are those with some part >= 5: a part of 5 with the others (2,1) or (1,2): for each position of the 5, 2 ways, so 6; a part of 6 with the others (1,1): 3 ways. 6 + 3 = 9. Good, 21 - 9 = 12 again.

Actually, let me reconsider whether "identical candies" changes anything. The candies are identical, so only the counts matter, and the children are distinct, so ordered triples are right. If the children were also identical we would count multisets, which would be 3, but the problem clearly talks about distributing among 3 children, who are different people.

One more thought: does "no child gets more than 4" include exactly 4? Yes, "not more than 4" allows 4. If it meant strictly fewer than 4, the only multiset would be {3, 3, 2}, giving 3 ways. But the natural reading is at most 4.

So the answer is 12.""",
    a="The valid triples are the orderings of {4,3,1}, {4,2,2} and {3,3,2}: 6 + 3 + 3 of them. Final answer: \\boxed{12}",
),
dict(
    id="d14", lang="it",
    q="Un negozio aumenta il prezzo di un articolo del 20% e poi lo sconta del 25%. Di quale percentuale è cambiato il prezzo rispetto a quello iniziale?",
    r="""Allora, chiamo P il prezzo iniziale. Dopo l'aumento del 20% il prezzo diventa 1,2 P. Poi c'è lo sconto del 25% sul nuovo prezzo, quindi si moltiplica per 0,75: 1,2 × 0,75 = 0,9. Il prezzo finale è 0,9 P.

Quindi il prezzo è diminuito del 10% rispetto a quello iniziale.

Aspetta, controllo con un numero concreto, perché con le percentuali è facile sbagliare. Prendo P = 100 euro. Aumento del 20%: 120 euro. Sconto del 25% su 120: 25% di 120 è 30, quindi 120 - 30 = 90 euro. Da 100 a 90, una diminuzione di 10 euro, cioè il 10%. Confermato.

Hmm, l'errore tipico sarebbe fare +20 - 25 = -5%, ma è sbagliato perché lo sconto si applica al prezzo già aumentato, non a quello iniziale. Le variazioni percentuali si compongono moltiplicando i fattori, non sommando.

Controllo anche che l'ordine non conti: prima sconto del 25% (75 euro) e poi aumento del 20% (75 × 1,2 = 90 euro). Stesso risultato, perché la moltiplicazione è commutativa. Bene.

Per curiosità, quale sconto avrebbe riportato il prezzo esattamente al valore iniziale? Servirebbe un fattore f con 1,2 × f = 1, cioè f = 1/1,2 ≈ 0,8333, quindi uno sconto di circa il 16,67%. Dato che il 25% è più grande, è coerente che il prezzo finale sia sotto quello iniziale.

La risposta è una diminuzione del 10%.""",
    a="Il fattore complessivo è 1,2 × 0,75 = 0,9, quindi il prezzo finale è il 90% di quello iniziale. Risposta: \\boxed{-10\\%}",
),
]
