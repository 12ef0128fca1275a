# -*- coding: utf-8 -*-
"""Hand-written reasoning traces (question, reasoning, answer) used as REP demonstrations.
Written for this set; several languages; some several thousand characters."""

TRACES = []

TRACES.append(dict(lang="en", q="How many positive integers n with n <= 1000 make n^2 + n + 1 divisible by 7?", r="""Okay, so I need to count n from 1 to 1000 such that 7 divides n^2 + n + 1.

Since divisibility by 7 only depends on n mod 7, the natural move is to check all seven residues and see which ones work, then count how many n <= 1000 fall in those residue classes.

Let me compute f(r) = r^2 + r + 1 mod 7 for r = 0..6.

r = 0: 0 + 0 + 1 = 1. Not 0.
r = 1: 1 + 1 + 1 = 3. Not 0.
r = 2: 4 + 2 + 1 = 7. That's 0 mod 7. Good, r = 2 works.
r = 3: 9 + 3 + 1 = 13, and 13 mod 7 = 6. Not 0.
r = 4: 16 + 4 + 1 = 21, 21 mod 7 = 0. So r = 4 works too.
r = 5: 25 + 5 + 1 = 31, 31 - 28 = 3. Not 0.
r = 6: 36 + 6 + 1 = 43, 43 - 42 = 1. Not 0.

So the residues are 2 and 4. Hmm, let me sanity check that with some algebra, because a quadratic mod a prime has at most two roots, so two roots is plausible. n^2 + n + 1 = 0 mod 7. Multiply by 4: 4n^2 + 4n + 4 = (2n + 1)^2 + 3. So (2n+1)^2 = -3 = 4 mod 7. Square roots of 4 mod 7 are 2 and 5. So 2n + 1 = 2 gives 2n = 1, n = 4 (since 2*4 = 8 = 1). And 2n + 1 = 5 gives 2n = 4, n = 2. Yes, exactly residues 2 and 4. Consistent.

Also a nice cross-check: n^2 + n + 1 divides n^3 - 1, so roots are the nontrivial cube roots of unity mod 7. 2^3 = 8 = 1 and 4^3 = 64 = 1 mod 7. Right, 2 and 4 are the cube roots of unity other than 1. Everything agrees.

Now count n in [1, 1000] with n = 2 mod 7.
n = 7k + 2 with k >= 0. Need 7k + 2 <= 1000, so 7k <= 998, k <= 142.57..., so k = 0, 1, ..., 142. That's 143 values.
Wait, let me double check 7 * 142 = 994, and 994 + 2 = 996 <= 1000. Next would be 1003 > 1000. So yes, 143 values (k from 0 to 142 inclusive is 143 numbers).

Now n = 4 mod 7: n = 7k + 4 <= 1000, 7k <= 996, k <= 142.28..., so k = 0..142, again 143 values. Check: 994 + 4 = 998 <= 1000, next 1005 too big. 143.

Is n = 0 excluded properly? n starts at 1 and the smallest members are 2 and 4, so nothing to remove.

Total = 143 + 143 = 286.

Let me verify with a rough density argument: 2 out of every 7 integers, 1000 * 2/7 = 285.7. We got 286, which is right next to it. 1000 = 7 * 142 + 6, so there are 142 full blocks of 7 (1..994) giving 284, plus the leftover 995..1000, which are residues 1, 2, 3, 4, 5, 6 mod 7 (995 = 994 + 1). Among those, residues 2 and 4 are 996 and 998. So 284 + 2 = 286. Same answer from a different direction.

Quick numeric spot check: n = 2: 4 + 2 + 1 = 7 yes. n = 9: 81 + 9 + 1 = 91 = 7 * 13 yes. n = 11: 121 + 11 + 1 = 133 = 7 * 19 yes. n = 996: 996^2 + 996 + 1... 996 = 7*142 + 2 so it's residue 2, fine, no need to compute the big number.

So the answer is 286.""", a="There are 286 such integers (n ≡ 2 or 4 mod 7, 143 of each)."))

TRACES.append(dict(lang="en", q="A train leaves at 14:35 and covers 210 km at an average speed of 84 km/h, plus a 12-minute stop on the way. When does it arrive?", r="""The driving time is distance over speed: 210 / 84. 84 * 2 = 168, remainder 42, and 42/84 = 0.5. So 2.5 hours, which is 2 h 30 min.

Then add the stop. Is the 12-minute stop included in the average speed? The question says "at an average speed of 84 km/h, plus a 12-minute stop", so I read it as moving time at 84 km/h and the stop is extra. Total = 2 h 30 min + 12 min = 2 h 42 min.

Departure 14:35. 14:35 + 2 h = 16:35. + 42 min = 17:17.

Let me double check: 16:35 + 25 min = 17:00, remaining 17 min -> 17:17. Yes.

If someone interpreted the average as including the stop, arrival would be 17:05, but the wording "plus" points to adding the stop. I'll go with 17:17.""", a="It arrives at 17:17 (2 h 30 min of travel + 12 min stop)."))

TRACES.append(dict(lang="zh", q="已知数列 {a_n} 满足 a_1 = 1，a_{n+1} = 2a_n + 1。求 a_10 的值，并写出通项公式。", r="""先把前几项算出来看看规律。
a_1 = 1
a_2 = 2×1 + 1 = 3
a_3 = 2×3 + 1 = 7
a_4 = 2×7 + 1 = 15
a_5 = 2×15 + 1 = 31

1, 3, 7, 15, 31……这看起来就是 2^n − 1：2^1−1=1，2^2−1=3，2^3−1=7，2^4−1=15，2^5−1=31。全部对上了。

不过只靠猜不够，要严格推一下。递推式 a_{n+1} = 2a_n + 1，两边同时加 1：
a_{n+1} + 1 = 2a_n + 2 = 2(a_n + 1)。
所以数列 {a_n + 1} 是首项 a_1 + 1 = 2、公比为 2 的等比数列。
于是 a_n + 1 = 2 × 2^{n−1} = 2^n，即 a_n = 2^n − 1。

等一下，确认一下为什么要加 1：一般地 a_{n+1} = p·a_n + q 的不动点是 x = px + q，这里 x = 2x + 1，得 x = −1。所以要看 a_n − (−1) = a_n + 1，和上面一致。

再用数学归纳法核对一遍：n=1 时 2^1 − 1 = 1，成立。假设 a_k = 2^k − 1，那么 a_{k+1} = 2(2^k − 1) + 1 = 2^{k+1} − 2 + 1 = 2^{k+1} − 1，也成立。没问题。

现在求 a_10 = 2^10 − 1 = 1024 − 1 = 1023。

顺便用递推往下算验证：a_6 = 63，a_7 = 127，a_8 = 255，a_9 = 511，a_10 = 2×511 + 1 = 1023。一致。

答案：通项 a_n = 2^n − 1，a_10 = 1023。""", a="通项公式 a_n = 2^n − 1，所以 a_10 = 1023。"))

TRACES.append(dict(lang="es", q="Un rectángulo tiene un perímetro de 46 cm y una diagonal de 17 cm. ¿Cuál es su área?", r="""Sean los lados x e y. El perímetro es 2(x + y) = 46, así que x + y = 23.
La diagonal cumple x² + y² = 17² = 289.

Lo que piden es el área x·y. No hace falta hallar x e y por separado: (x + y)² = x² + 2xy + y².
23² = 529. Entonces 529 = 289 + 2xy, de modo que 2xy = 240 y xy = 120.

Hmm, comprobemos que existe un rectángulo real con esos datos. x e y son raíces de t² − 23t + 120 = 0. Discriminante: 529 − 480 = 49, raíz 7. t = (23 ± 7)/2, o sea 15 y 8.
15 + 8 = 23 ✓. 15² + 8² = 225 + 64 = 289 ✓ (el clásico triángulo 8-15-17). Perímetro 2·23 = 46 ✓.

Área = 15 · 8 = 120 cm². Coincide con el cálculo directo.""", a="El área es 120 cm² (lados de 15 cm y 8 cm)."))

TRACES.append(dict(lang="ru", q="Тело брошено вертикально вверх с начальной скоростью 20 м/с. Через какое время после броска оно окажется на высоте 15 м? Сопротивлением воздуха пренебречь, g = 10 м/с².", r="""Запишем закон движения по вертикали, ось вверх, начало отсчёта в точке броска:
h(t) = v0·t − g·t²/2 = 20t − 5t².

Нужно найти t, при которых h(t) = 15:
20t − 5t² = 15
Перенесём всё в одну сторону: 5t² − 20t + 15 = 0, делим на 5: t² − 4t + 3 = 0.
Дискриминант: 16 − 12 = 4, корень 2. t = (4 ± 2)/2, то есть t₁ = 1 с и t₂ = 3 с.

Так, два корня. Это логично: тело проходит высоту 15 м дважды — один раз на подъёме, второй раз при падении. Проверю, что максимальная высота вообще больше 15 м, иначе корней бы не было.
Время подъёма t_max = v0/g = 2 с. h_max = 20·2 − 5·4 = 40 − 20 = 20 м. 20 > 15, значит, высота 15 м действительно достигается дважды.

Симметрия: корни должны быть симметричны относительно t = 2 с. 1 и 3 — да, симметричны (2 − 1 = 1, 3 − 2 = 1). Хорошо.

Проверка подстановкой:
t = 1: 20 − 5 = 15 ✓
t = 3: 60 − 45 = 15 ✓

Скорости в эти моменты: v = 20 − 10t. При t = 1 скорость +10 м/с (вверх), при t = 3 скорость −10 м/с (вниз). Модули одинаковые, как и должно быть по закону сохранения энергии: v² = v0² − 2gh = 400 − 300 = 100, |v| = 10 м/с. Всё сходится.

Вопрос «через какое время» — возможно, ждут один ответ, но корректно указать оба момента: через 1 с (на подъёме) и через 3 с (на спуске). Если бы нужен был только первый раз — 1 с.

Отдельно подумаю, не забыл ли я что-то: тело бросают с уровня земли? В условии не сказано иное, значит высота отсчитывается от точки броска. Сопротивление воздуха не учитываем. Значит, ответ: 1 с и 3 с.""", a="Тело будет на высоте 15 м дважды: через 1 с (при подъёме) и через 3 с (при падении)."))

TRACES.append(dict(lang="ja", q="男子3人と女子2人を一列に並べるとき、女子2人が隣り合わない並べ方は何通りありますか。", r="""まず男子3人を並べる。3! = 6通り。
男子の間と両端にできるすき間は「_ 男 _ 男 _ 男 _」で4か所。
女子2人をこの4か所のうち異なる2か所に入れれば、女子どうしは隣り合わない。女子は区別するので順列で 4P2 = 4×3 = 12通り。
合計 6 × 12 = 72通り。

念のため余事象でも確かめる。全体は 5! = 120通り。
女子2人が隣り合う場合：女子2人を1つのかたまりとみなすと、かたまり+男子3人で4つ → 4! = 24通り。かたまりの中の女子の並びが2通りなので 24 × 2 = 48通り。
120 − 48 = 72通り。

どちらの方法でも72通りで一致した。""", a="72通りです。"))

TRACES.append(dict(lang="de", q="Anna ist doppelt so alt, wie Ben war, als Anna so alt war, wie Ben jetzt ist. Zusammen sind sie 63 Jahre alt. Wie alt ist Anna?", r="""Klassisches Altersrätsel, ich setze Variablen: Anna jetzt A, Ben jetzt B.

"als Anna so alt war, wie Ben jetzt ist": Anna war B Jahre alt. Das ist A − B Jahre her (Anna muss also älter sein als Ben, sonst ergibt das keinen Sinn).
Ben war damals B − (A − B) = 2B − A.
"Anna ist doppelt so alt, wie Ben damals war": A = 2(2B − A) = 4B − 2A.
Also 3A = 4B.

Dazu A + B = 63. Aus 3A = 4B folgt B = 3A/4. A + 3A/4 = 63, also 7A/4 = 63, A = 36. Dann B = 27.

Probe: Vor 36 − 27 = 9 Jahren war Anna 27, also so alt wie Ben jetzt. Ben war damals 27 − 9 = 18. Anna ist jetzt 36 = 2 · 18. ✓ Summe 36 + 27 = 63. ✓

Moment, ich prüfe noch, ob ich "doppelt so alt, wie Ben war" richtig gelesen habe und nicht verdreht – ja, Annas jetziges Alter ist das Doppelte von Bens damaligem Alter. Passt.""", a="Anna ist 36 Jahre alt (Ben ist 27)."))

TRACES.append(dict(lang="pt", q="Com quantos zeros termina o número 100! (fatorial de 100)?", r="""Cada zero no final vem de um fator 10 = 2 × 5. Em 100! há muito mais fatores 2 do que 5, então basta contar quantos fatores 5 aparecem.

Múltiplos de 5 até 100: 100/5 = 20. Cada um contribui com pelo menos um 5.
Mas os múltiplos de 25 contribuem com um 5 extra: 100/25 = 4 (25, 50, 75, 100).
Múltiplos de 125: 100/125 = 0, nenhum.

Total de fatores 5: 20 + 4 = 24.

Hmm, deixa eu conferir que os 2 são mesmo suficientes: fatores 2 = 50 + 25 + 12 + 6 + 3 + 1 = 97. Bem mais que 24. Então o número de zeros é limitado pelos 5.

Só para ter certeza de que não esqueci nada: 25 = 5², conta 2; 50 = 2·5², conta 2; 75 = 3·5², conta 2; 100 = 4·5², conta 2. Os outros 16 múltiplos de 5 contam 1 cada. 16 + 4·2 = 24. Confere.""", a="100! termina com 24 zeros."))

TRACES.append(dict(lang="en", q="In how many ways can a 2 x 10 board be tiled with 1 x 2 dominoes?", r="""Let me think about this carefully. A 2 x 10 board, dominoes are 1 x 2 and can be placed horizontally or vertically.

First instinct: this is the classic Fibonacci tiling problem. But let me not just pattern-match; I want to derive the recurrence properly and then compute.

Let T(n) be the number of tilings of a 2 x n board.

Small cases by hand.
n = 1: a 2 x 1 board. Only one way: one vertical domino. T(1) = 1.
n = 2: a 2 x 2 board. Either two vertical dominoes side by side, or two horizontal dominoes stacked. Could there be a mix, one vertical and one horizontal? A vertical domino takes a full column, leaving a 2 x 1 column which must be another vertical. A horizontal domino in the top row covers both columns of the top row, leaving the bottom row, which must be another horizontal. So exactly 2. T(2) = 2.
n = 3: let me enumerate. VVV (three verticals). V then HH (vertical in column 1, two horizontals stacked on columns 2-3). HH then V (horizontals on columns 1-2, vertical in column 3). Any other? What about a horizontal in the top row at columns 1-2 and something else in the bottom row? If the top row has a horizontal at columns 1-2, the bottom-left cell (row 2, column 1) must be covered. A vertical there would need row 1 column 1, already taken. So it must be a horizontal at row 2 columns 1-2. So horizontals always come in stacked pairs. So T(3) = 3.

That observation is the key: horizontal dominoes always come in aligned stacked pairs. Let me argue it generally. Consider the leftmost column of the board. The top-left cell is covered either by a vertical domino (covering the whole first column) or by a horizontal domino covering columns 1-2 of the top row. In the second case, the bottom-left cell cannot be covered by a vertical (its partner cell is taken), so it must be covered by a horizontal covering columns 1-2 of the bottom row. So:

- Case A: first column is a vertical domino. The rest is a 2 x (n-1) board: T(n-1) ways.
- Case B: the first two columns are a stacked pair of horizontals. The rest is a 2 x (n-2) board: T(n-2) ways.

These cases are disjoint and cover everything. So T(n) = T(n-1) + T(n-2) for n >= 3, with T(1) = 1, T(2) = 2. It's also consistent to define T(0) = 1 (the empty board has one tiling, the empty one), then T(2) = T(1) + T(0) = 2. Good, matches.

Wait, let me double check T(3) with the recurrence: T(3) = T(2) + T(1) = 2 + 1 = 3. Matches my enumeration. 

Let me also check n = 4 by enumeration to be safe, since it's easy to miss cases. The recurrence says T(4) = 3 + 2 = 5. Enumerate using the stacked-pair structure: a tiling is a sequence of blocks, each either V (width 1) or H (width 2, a stacked pair), with total width 4. Compositions of 4 into parts 1 and 2:
1+1+1+1 -> VVVV
2+1+1 -> H V V
1+2+1 -> V H V
1+1+2 -> V V H
2+2 -> H H
That's 5. 

So T(n) is the number of compositions of n into 1s and 2s, which is the Fibonacci number F(n+1) with F(1) = F(2) = 1.

Now compute up to 10:
T(1) = 1
T(2) = 2
T(3) = 3
T(4) = 5
T(5) = 8
T(6) = 13
T(7) = 21
T(8) = 34
T(9) = 55
T(10) = 89

Hmm, let me recount to make sure I didn't shift an index. T(5) = T(4) + T(3) = 5 + 3 = 8. T(6) = 8 + 5 = 13. T(7) = 13 + 8 = 21. T(8) = 21 + 13 = 34. T(9) = 34 + 21 = 55. T(10) = 55 + 34 = 89.

And F(11) with F(1) = F(2) = 1: F(3) = 2, F(4) = 3, F(5) = 5, F(6) = 8, F(7) = 13, F(8) = 21, F(9) = 34, F(10) = 55, F(11) = 89. T(10) = F(11) = 89. Consistent.

Alternative check by counting directly: a tiling with k stacked H-pairs and (10 - 2k) verticals has (10 - 2k) + k = 10 - k blocks, of which k are H. Number of arrangements = C(10 - k, k).
k = 0: C(10, 0) = 1
k = 1: C(9, 1) = 9
k = 2: C(8, 2) = 28
k = 3: C(7, 3) = 35
k = 4: C(6, 4) = 15
k = 5: C(5, 5) = 1
Sum: 1 + 9 = 10, + 28 = 38, + 35 = 73, + 15 = 88, + 1 = 89.

Both methods give 89. I'm also going to make sure I'm not supposed to count rotations or reflections as the same. The question says "in how many ways can a 2 x 10 board be tiled", which normally counts distinct tilings of the fixed board, not up to symmetry. If it were up to symmetry it would say so. So 89.

One more consideration: are the dominoes distinguishable? No, dominoes are identical in these problems; we count the placements. If they were labeled we'd multiply by 10! (there are 10 dominoes since the area is 20 and each covers 2), which would be a weird question. So 89 is the intended answer.

Final answer: 89.""", a="There are 89 tilings (the count follows the Fibonacci recurrence T(n) = T(n-1) + T(n-2))."))

TRACES.append(dict(lang="fr", q="On lance deux dés équilibrés à six faces. Quelle est la probabilité que la somme obtenue soit un nombre premier ?", r="""Il y a 6 × 6 = 36 issues équiprobables (couples ordonnés).

Sommes possibles : de 2 à 12. Les nombres premiers dans cet intervalle : 2, 3, 5, 7, 11. (4, 6, 8, 9, 10, 12 ne sont pas premiers.)

Nombre de façons d'obtenir chaque somme s : c'est s − 1 pour s ≤ 7 et 13 − s pour s ≥ 7.
- somme 2 : (1,1) → 1 façon
- somme 3 : (1,2), (2,1) → 2 façons
- somme 5 : (1,4), (2,3), (3,2), (4,1) → 4 façons
- somme 7 : (1,6), (2,5), (3,4), (4,3), (5,2), (6,1) → 6 façons
- somme 11 : (5,6), (6,5) → 2 façons

Total : 1 + 2 + 4 + 6 + 2 = 15.

Attends, je vérifie que je n'oublie pas un premier : 13 est impossible (max 12). 1 n'est pas premier et n'est de toute façon pas atteignable. Donc la liste est complète.

Probabilité = 15/36 = 5/12 ≈ 0,4167.

Vérification par le complémentaire : sommes non premières 4 (3), 6 (5), 8 (5), 9 (4), 10 (3), 12 (1) → 3 + 5 + 5 + 4 + 3 + 1 = 21. 15 + 21 = 36. ✓""", a="La probabilité vaut 15/36 = 5/12 (environ 41,7 %)."))
