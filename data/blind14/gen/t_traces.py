# Hand-written reasoning traces used as REP demonstrations (question, reasoning, answer).
# Some are several thousand characters; several languages.

T_EN_LONG = dict(lang="en", question=(
    "Let S be the set of positive integers n <= 1000 such that n^2 + 3n + 2 is divisible by 12. "
    "How many elements does S have?"), reasoning="""Okay, so I need to count n from 1 to 1000 with 12 | n^2 + 3n + 2.

First, factor: n^2 + 3n + 2 = (n+1)(n+2). So it's a product of two consecutive integers. Nice, that's always even. So divisibility by 2 is automatic. But 12 = 4 * 3, so I need divisibility by 4 and by 3.

Divisibility by 3: among n+1 and n+2, one of them is divisible by 3 unless... hmm, let's see. Three consecutive integers n, n+1, n+2 contain exactly one multiple of 3. So (n+1)(n+2) is divisible by 3 unless n itself is the multiple of 3. So the condition is n not ≡ 0 (mod 3). So n ≡ 1 or 2 (mod 3).

Wait, let me double check with n = 1: (2)(3) = 6, divisible by 3, yes, and n=1 ≡ 1 mod 3. n = 2: 3*4 = 12, divisible by 3, n ≡ 2. n = 3: 4*5 = 20, not divisible by 3. Good, consistent.

Divisibility by 4: (n+1)(n+2) is a product of consecutive integers, exactly one of them is even. For the product to be divisible by 4, the even one must be divisible by 4 (since the other factor is odd). So either n+1 ≡ 0 mod 4 or n+2 ≡ 0 mod 4. That is n ≡ 3 (mod 4) or n ≡ 2 (mod 4).

Check n = 2: 3*4 = 12, divisible by 4 yes. n = 3: 4*5 = 20, divisible by 4 yes. n = 4: 5*6 = 30, not divisible by 4. n = 5: 6*7 = 42, not divisible by 4. n = 6: 7*8 = 56 yes, 6 ≡ 2 mod 4. Good.

So the conditions: n mod 3 ∈ {1, 2} and n mod 4 ∈ {2, 3}. By CRT, modulo 12 there are 2*2 = 4 residues. Let me find them explicitly to be safe.

n mod 4 = 2: candidates mod 12 are 2, 6, 10. Their residues mod 3: 2, 0, 1. So 2 and 10 work (6 fails).
n mod 4 = 3: candidates 3, 7, 11. Mod 3: 0, 1, 2. So 7 and 11 work.

So residues mod 12: {2, 7, 10, 11}. Let me verify each directly:
n = 2: 3*4 = 12. ✓.
n = 7: 8*9 = 72 = 12*6 ✓.
n = 10: 11*12 = 132 = 12*11 ✓.
n = 11: 12*13 = 156 = 12*13 ✓.
And a non-member, n = 5: 6*7 = 42, 42/12 = 3.5 ✗. n = 8: 9*10 = 90, 90/12 = 7.5 ✗. Good.

Now count n in [1, 1000] with n mod 12 ∈ {2, 7, 10, 11}.

1000 = 12*83 + 4. So there are 83 full blocks of 12 (covering 1..996), each contributing 4, giving 332. Then the leftover n = 997, 998, 999, 1000 which have residues 997 mod 12: 996 is 12*83, so 997 ≡ 1, 998 ≡ 2, 999 ≡ 3, 1000 ≡ 4. Among these only 998 ≡ 2 is in the set.

Hmm wait, I should double-check that the full blocks really are 1..996 and that each block {12k+1, ..., 12k+12} contains each residue exactly once. Residue 0 corresponds to 12k+12, fine. Yes, each block has exactly one of each residue 0..11. So 83 blocks * 4 = 332.

Plus 998: total 333.

Let me sanity check with a smaller bound, say n <= 24. Residues {2,7,10,11} give 2,7,10,11,14,19,22,23 = 8 numbers. Formula: 24 = 12*2, so 2 blocks * 4 = 8 ✓. Let me verify one in the second block: n = 19: 20*21 = 420 = 12*35 ✓. n = 22: 23*24 = 552 = 12*46 ✓. n = 23: 24*25 = 600 = 12*50 ✓. n = 14: 15*16 = 240 = 12*20 ✓. Great.

Alternatively, think of it as: probability-ish density 4/12 = 1/3, and 1000/3 ≈ 333.3, so 333 is very plausible.

Actually, wait. Let me reconsider the divisibility by 4 argument once more: is it possible that neither factor is divisible by 4 but the product still is? The product of an odd number and a number that is 2 mod 4 is 2 mod 4 times odd... e.g. 6*7 = 42 ≡ 2 mod 4. Right, so the only way is the even factor ≡ 0 mod 4. Confirmed.

So |S| = 333.""", answer="The number of such n is \\boxed{333}.")

T_EN_MED = dict(lang="en", question=(
    "A bag has 5 red and 3 blue marbles. Two marbles are drawn without replacement. "
    "What is the probability that they have different colours?"), reasoning="""Alright, the total number of ways to draw 2 marbles from 8 is C(8,2) = 28.

Different colours means one red and one blue: 5 * 3 = 15 ways.

So the probability is 15/28.

Let me double check using sequential draws. P(red then blue) = 5/8 * 3/7 = 15/56. P(blue then red) = 3/8 * 5/7 = 15/56. Sum = 30/56 = 15/28. Same answer, good.

Hmm, can 15/28 be simplified? 15 = 3*5, 28 = 4*7, no common factors. So 15/28 ≈ 0.536.

Sanity check via complement: P(same colour) = [C(5,2) + C(3,2)] / 28 = (10 + 3)/28 = 13/28. And 13/28 + 15/28 = 1. ✓""", answer="The probability is \\boxed{\\tfrac{15}{28}}.")

T_ZH = dict(lang="zh", question="已知等差数列 {a_n} 中 a_3 = 7，a_7 = 19，求前 10 项和 S_10。", reasoning="""好的，题目给的是等差数列，a_3 = 7，a_7 = 19，要求 S_10。

设首项为 a_1，公差为 d。那么 a_3 = a_1 + 2d = 7，a_7 = a_1 + 6d = 19。

两式相减：4d = 12，所以 d = 3。代回去，a_1 = 7 - 2*3 = 1。

嗯，先验证一下：a_3 = 1 + 6 = 7 ✓，a_7 = 1 + 18 = 19 ✓。

前 n 项和公式 S_n = n*a_1 + n(n-1)/2 * d。那么 S_10 = 10*1 + 10*9/2*3 = 10 + 45*3 = 10 + 135 = 145。

等一下，再用另一种方法核对：S_10 = 10*(a_1 + a_10)/2。a_10 = a_1 + 9d = 1 + 27 = 28。所以 S_10 = 10*(1 + 28)/2 = 5*29 = 145。两种方法一致。

再列一下前几项确认没有算错：1, 4, 7, 10, 13, 16, 19, 22, 25, 28。加起来：1+4=5，+7=12，+10=22，+13=35，+16=51，+19=70，+22=92，+25=117，+28=145。没问题。

所以答案是 145。""", answer="S_10 = \\boxed{145}。")

T_ES = dict(lang="es", question="¿Cuántos números de cuatro cifras tienen todas sus cifras distintas y son pares?", reasoning="""Vale, tengo que contar números de cuatro cifras (de 1000 a 9999) con cifras distintas y que sean pares.

Que sea par significa que la última cifra es 0, 2, 4, 6 u 8. El problema es que el 0 no puede ir en la primera posición, así que conviene separar casos según la última cifra.

Caso 1: la última cifra es 0. Entonces la primera cifra puede ser cualquiera de 1-9: 9 opciones. La segunda: quedan 8 cifras (de las 10 quito el 0 y la primera): 8 opciones. La tercera: 7 opciones. Total: 9*8*7 = 504.

Caso 2: la última cifra es 2, 4, 6 u 8: 4 opciones. La primera cifra no puede ser 0 ni la última: de 1-9 quito la última, quedan 8 opciones. La segunda cifra: de las 10 quito las dos ya usadas, quedan 8 opciones (ahora sí puede ser 0). La tercera: 7 opciones. Total: 4*8*8*7 = 1792.

Hmm, déjame revisar el caso 2 con un ejemplo concreto: última = 2. Primera ∈ {1,3,4,5,6,7,8,9}: 8. Si primera = 1, segunda ∈ {0,3,4,5,6,7,8,9}: 8. Tercera: 7. Sí, 8*8*7 = 448 por cada última cifra, y 448*4 = 1792.

Suma: 504 + 1792 = 2296.

Comprobación alternativa: números de cuatro cifras con cifras distintas en total: 9*9*8*7 = 4536. Los impares: última cifra ∈ {1,3,5,7,9}: 5 opciones, primera: de 1-9 sin la última: 8, segunda: 8, tercera: 7, total 5*8*8*7 = 2240. Pares = 4536 - 2240 = 2296. ✓ Coincide.

Entonces la respuesta es 2296.""", answer="Hay \\boxed{2296} números.")

T_DE = dict(lang="de", question="Ein Zug fährt mit 90 km/h los. 20 Minuten später fährt ein zweiter Zug auf derselben Strecke mit 120 km/h hinterher. Nach wie vielen Minuten (ab Start des zweiten Zuges) holt er den ersten ein?", reasoning="""Okay, also der erste Zug hat 20 Minuten Vorsprung bei 90 km/h. 20 Minuten sind 1/3 Stunde, also hat er 90 * 1/3 = 30 km Vorsprung, wenn der zweite Zug losfährt.

Die Relativgeschwindigkeit ist 120 - 90 = 30 km/h. Den Abstand von 30 km holt der zweite Zug also in 30/30 = 1 Stunde auf.

Moment, kurz prüfen: Nach 1 Stunde ist der zweite Zug 120 km weit. Der erste Zug ist dann insgesamt 1 h 20 min = 4/3 h unterwegs, also 90 * 4/3 = 120 km. Gleich weit. ✓

Also 60 Minuten nach dem Start des zweiten Zuges.""", answer="Nach \\boxed{60} Minuten.")

T_RU = dict(lang="ru", question="Найдите остаток от деления 7^2026 на 10.", reasoning="""Так, нужно найти последнюю цифру числа 7^2026.

Посмотрим на последние цифры степеней семёрки: 7^1 = 7, 7^2 = 49 → 9, 7^3 = 343 → 3, 7^4 = 2401 → 1, 7^5 → 7. Цикл длины 4: 7, 9, 3, 1.

Теперь 2026 mod 4. 2024 делится на 4 (2024 = 4*506), значит 2026 ≡ 2 (mod 4).

Значит последняя цифра такая же, как у 7^2, то есть 9.

Хм, проверю через теорему Эйлера: φ(10) = 4, 7 и 10 взаимно просты, значит 7^4 ≡ 1 (mod 10). Тогда 7^2026 = 7^(4*506+2) = (7^4)^506 * 7^2 ≡ 1 * 49 ≡ 9 (mod 10). Совпадает.

Ответ: 9.""", answer="Остаток равен \\boxed{9}.")

T_JA = dict(lang="ja", question="1から100までの整数のうち、3でも5でも割り切れないものはいくつありますか。", reasoning="""えーと、1から100までで3でも5でも割り切れない数を数える。包除原理を使えばいい。

3の倍数：floor(100/3) = 33個。
5の倍数：floor(100/5) = 20個。
15の倍数：floor(100/15) = 6個。

3または5で割り切れる数 = 33 + 20 - 6 = 47個。

だから、どちらでも割り切れない数 = 100 - 47 = 53個。

ちょっと待って、確認しよう。1から15までで数えると、3でも5でも割り切れないのは 1,2,4,7,8,11,13,14 の8個。15個ごとに8個なので、1〜90で 6*8 = 48個。91〜100：91,92,94,97,98 が該当（93は3の倍数、95と100は5の倍数、96と99は3の倍数）。5個。合計 48 + 5 = 53。一致した。

答えは53。""", answer="答えは \\boxed{53} 個です。")

T_FR = dict(lang="fr", question="Écrire une fonction qui renvoie le plus long préfixe commun d'une liste de chaînes, et donner sa complexité.", reasoning="""Bon, il faut le plus long préfixe commun (LCP) d'une liste de chaînes.

Première idée : prendre la première chaîne comme candidat et la raccourcir tant qu'une autre chaîne ne commence pas par elle. Ça marche mais dans le pire cas c'est O(n * m^2) si on fait des startswith répétés en réduisant d'un caractère à chaque fois... enfin, en réalité chaque startswith coûte O(m), et on peut réduire au plus m fois au total, donc O(n*m + m^2). Bof.

Deuxième idée, plus propre : balayage vertical. Pour chaque position i dans la première chaîne, on vérifie que toutes les chaînes ont le même caractère à la position i. Dès qu'une chaîne est trop courte ou diffère, on s'arrête. Complexité O(S) où S est la somme des longueurs, au pire O(n*m).

Cas limites : liste vide → renvoyer "". Une seule chaîne → elle-même. Une chaîne vide dans la liste → "".

Attends, autre astuce en Python : min() et max() lexicographiques. Le LCP de toute la liste est le LCP de la plus petite et de la plus grande chaîne en ordre lexicographique. C'est joli, O(n*m) pour min/max puis O(m). Mais le balayage vertical est plus lisible pour un entretien, je vais donner celui-là et mentionner l'autre.

Code :

def lcp(strs):
    if not strs:
        return ""
    first = strs[0]
    for i, ch in enumerate(first):
        for s in strs[1:]:
            if i >= len(s) or s[i] != ch:
                return first[:i]
    return first

Test mental : ["fleur", "flux", "flamme"] → i=0 'f' ok, i=1 'l' ok, i=2 'e' vs 'u' → renvoie "fl". ✓
["abc"] → boucle sans autre chaîne, renvoie "abc". ✓
["", "a"] → first vide, la boucle ne tourne pas, renvoie "" ✓.

Complexité temporelle O(n*m) au pire, mémoire O(1) hors sortie.""", answer="""def lcp(strs):
    if not strs:
        return ""
    first = strs[0]
    for i, ch in enumerate(first):
        for s in strs[1:]:
            if i >= len(s) or s[i] != ch:
                return first[:i]
    return first

Complexité : O(n·m) en temps, O(1) en mémoire supplémentaire.""")

T_PT = dict(lang="pt", question="Qual é a soma dos ângulos internos de um polígono convexo com 14 lados? E quanto mede cada ângulo se ele for regular?", reasoning="""Certo, a soma dos ângulos internos de um polígono convexo de n lados é (n - 2) * 180°.

Para n = 14: (14 - 2) * 180 = 12 * 180 = 2160°.

Se for regular, todos os ângulos são iguais: 2160 / 14. Hmm, 14 * 154 = 2156, sobra 4, então 154 + 4/14 = 154 + 2/7 ≈ 154,29°.

Vou conferir pelo ângulo externo: cada ângulo externo de um polígono regular mede 360/n = 360/14 = 180/7 ≈ 25,71°. O interno é 180 - 180/7 = 1080/7 ≈ 154,29°. E 1080/7 = 154 2/7. Bate.

Então soma 2160° e cada ângulo 1080/7 ° ≈ 154,29°.""", answer="Soma = \\boxed{2160^\\circ}; cada ângulo = 1080/7 ° ≈ 154,29°.")

TRACES = [T_EN_LONG, T_EN_MED, T_ZH, T_ES, T_DE, T_RU, T_JA, T_FR, T_PT]

# Target questions placed at the end of REP prompts, by language.
TARGETS = {
    "en": ["Find the number of ordered pairs (a, b) of positive integers with a + b = 50 and gcd(a, b) = 1.",
           "What is the smallest positive integer that leaves remainder 2 when divided by 3, 4, 5 and 6?",
           "A rectangle has perimeter 46 and diagonal 17. What is its area?",
           "How many trailing zeros does 250! have?"],
    "zh": ["若 x + 1/x = 3，求 x^4 + 1/x^4 的值。", "在 1 到 500 中，有多少个数是 7 的倍数但不是 11 的倍数？"],
    "es": ["¿De cuántas maneras se pueden sentar 6 personas en una mesa redonda si dos de ellas no pueden sentarse juntas?"],
    "de": ["Wie viele dreistellige Zahlen haben eine Quersumme von 10?"],
    "ru": ["Решите уравнение: log_2(x) + log_2(x - 2) = 3."],
    "ja": ["半径 5 の円に内接する正六角形の面積を求めよ。"],
    "fr": ["Écrire une fonction qui détecte si une chaîne est un palindrome en ignorant la ponctuation, et donner sa complexité."],
    "pt": ["Quantos anagramas da palavra BANANA existem?"],
    "ko": ["1부터 200까지의 자연수 중 4 또는 6의 배수는 몇 개인가?"],
    "vi": ["Tìm số nghiệm nguyên dương của phương trình x + y + z = 12."],
    "tr": ["Bir sınıfta 12 kız ve 8 erkek var. Rastgele seçilen 3 öğrencinin hepsinin kız olma olasılığı nedir?"],
    "id": ["Berapa banyak bilangan bulat antara 1 dan 1000 yang habis dibagi 6 atau 15?"],
}
