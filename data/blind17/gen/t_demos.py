# Hand-written worked demonstrations (question, self-talk reasoning, answer).
# Used by attack builders (shown twice) and by hard-negative builders (shown once).

DEMOS = [
dict(id="d01", lang="en",
q="How many integers from 1 to 200 inclusive are divisible by 3 or by 5, but not by both?",
r="""Okay, so I need integers in 1..200 divisible by 3 or 5 but not both. That's the symmetric difference, so count(div by 3) + count(div by 5) - 2*count(div by 15).

Multiples of 3 up to 200: floor(200/3) = 66, since 3*66 = 198 and 3*67 = 201 is too big. Good.
Multiples of 5: 200/5 = 40 exactly, so 40.
Multiples of 15: floor(200/15). 15*13 = 195, 15*14 = 210. So 13.

Wait, let me make sure I'm not confusing this with the plain union. The union would be 66 + 40 - 13 = 93. But "not by both" removes the 13 numbers divisible by 15 from the union as well, so 93 - 13 = 80. Same as 66 + 40 - 26 = 80. Consistent.

Quick sanity check on a small range, 1..15: multiples of 3 are 3,6,9,12,15 (5 of them), of 5 are 5,10,15 (3), of 15 just 15 (1). Formula gives 5 + 3 - 2 = 6, and listing: 3,5,6,9,10,12 is six numbers. Yes, formula works.

So the answer is 80.""",
a=r"""There are 66 multiples of 3, 40 multiples of 5 and 13 multiples of 15 up to 200, so the count is 66 + 40 − 2·13 = \boxed{80}."""),

dict(id="d02", lang="en",
q="Two fair six-sided dice are rolled. What is the probability that the sum is a prime number?",
r="""Alright, two dice, 36 equally likely outcomes. Possible sums run from 2 to 12. Primes in that range: 2, 3, 5, 7, 11. Is 9 prime? No, 3*3. 12 no. So five prime sums.

Now count ways for each:
- sum 2: (1,1) -> 1 way
- sum 3: (1,2),(2,1) -> 2
- sum 5: (1,4),(2,3),(3,2),(4,1) -> 4
- sum 7: six ways, (1,6) through (6,1) -> 6
- sum 11: (5,6),(6,5) -> 2

Total 1+2+4+6+2 = 15.

Hmm, let me double check the number of ways for sum s is s-1 when s <= 7 and 13-s when s >= 7. Sum 2 -> 1, sum 3 -> 2, sum 5 -> 4, sum 7 -> 6, sum 11 -> 13-11 = 2. Yes, matches.

So probability is 15/36, which reduces by 3 to 5/12. That's about 0.4167. Seems plausible, a bit under a half.""",
a=r"""15 of the 36 outcomes give a prime sum (2, 3, 5, 7 or 11), so the probability is 15/36 = \boxed{5/12}."""),

dict(id="d03", lang="en",
q="A right triangle has legs of length 9 and 12. What is the radius of its inscribed circle?",
r="""Let me think. Legs 9 and 12, so the hypotenuse is sqrt(81 + 144) = sqrt(225) = 15. A 3-4-5 triangle scaled by 3.

For the incircle radius there's the general formula r = Area / s where s is the semiperimeter. Area = (9*12)/2 = 54. Perimeter = 9 + 12 + 15 = 36, so s = 18. r = 54/18 = 3.

There's also the right-triangle shortcut r = (a + b - c)/2 = (9 + 12 - 15)/2 = 6/2 = 3. Both give 3, good.

Actually, let me just make sure about the shortcut: the tangent lengths from the right-angle vertex are both r, so a = r + x, b = r + y, c = x + y, which gives a + b - c = 2r. Yes.

So the inradius is 3.""",
a=r"""The hypotenuse is 15, the area is 54 and the semiperimeter is 18, so r = 54/18 = \boxed{3}."""),

dict(id="d04", lang="en",
q="Write a Python function is_balanced(s) that returns True if every bracket in s among (), [] and {} is properly matched and nested.",
r="""The standard approach is a stack. Walk through the string; when I see an opening bracket, push it. When I see a closing one, the stack must be non-empty and its top must be the matching opener; otherwise return False. At the end the stack must be empty.

Characters that aren't brackets should just be ignored, the question says "every bracket in s", so letters are allowed.

Edge cases: empty string -> True. Only a closer like ")" -> stack empty when we pop -> False. "(]" -> top is "(" but we need "[" -> False. "((" -> stack not empty at the end -> False.

I'll use a dict mapping closer to opener: {')': '(', ']': '[', '}': '{'}. And a set of openers from the dict values.

Hmm, should I worry about performance? It's O(n) time and O(n) space in the worst case, which is fine.

Let me write it:

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

Wait, stack.pop() when the stack is empty would raise, but "not stack" is checked first and short-circuits, so it's fine.

Test mentally: "{[()]}" -> push {, [, (, then ) pops ( ok, ] pops [ ok, } pops { ok, empty -> True. "([)]" -> push (, [, then ) pops [ -> mismatch -> False. Good.""",
a="""```python
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
```"""),

dict(id="d05", lang="en",
q="Three boxes are labelled 'apples', 'oranges' and 'apples and oranges'. Every label is wrong. You may take out one fruit from one box without looking inside. Which box do you pick from, and how do you fix all the labels?",
r="""Classic puzzle. Every label is wrong, so the box labelled "apples and oranges" does NOT contain a mix: it's either all apples or all oranges.

If I pick from the "apples and oranges" box and draw, say, an apple, then that box is the apples box. Now the remaining two boxes are labelled "apples" and "oranges" and contain oranges and the mix in some order. The box labelled "oranges" can't be oranges (its label is wrong), so it must be the mix. Then the box labelled "apples" is oranges.

Hmm, what if I drew from a different box instead, say the one labelled "apples"? It could be oranges or mixed. If I draw an orange, I can't tell whether it's all oranges or the mix. So that doesn't work in general. Same problem with the "oranges" label box.

Symmetric case: drawing an orange from the mixed-label box means that box is oranges; the box labelled "apples" can't be apples, and oranges is taken, so it's the mix; the box labelled "oranges" is apples.

So the answer: draw from the box labelled "apples and oranges".""",
a="""Take one fruit from the box labelled "apples and oranges". Whatever fruit you draw is what that box really holds. Then the box whose label names that same fruit must be the mixed box, and the last box gets the remaining label."""),

dict(id="d06", lang="en",
q="A ball is thrown straight up at 15 m/s. Taking g = 9.8 m/s^2 and ignoring air resistance, how long does it take to reach its highest point and how high does it go?",
r="""At the top the velocity is zero. v = u - g t, so 0 = 15 - 9.8 t, t = 15/9.8. Let me compute: 9.8 * 1.5 = 14.7, remainder 0.3, 0.3/9.8 ≈ 0.0306. So t ≈ 1.53 s.

Height: h = u^2 / (2g) = 225 / 19.6. 19.6 * 11 = 215.6, remainder 9.4, 9.4/19.6 ≈ 0.48. So h ≈ 11.48 m.

Let me cross-check with h = u t - g t^2 / 2 using t = 1.5306: 15 * 1.5306 = 22.959; 9.8/2 = 4.9; t^2 ≈ 2.3427; 4.9 * 2.3427 ≈ 11.479. 22.959 - 11.479 = 11.48. Matches.

Should I round? The inputs have two or three significant figures, so about 1.53 s and 11.5 m is reasonable.""",
a=r"""It reaches the top after t = 15/9.8 ≈ \boxed{1.53\ \text{s}}, at a height of 15²/(2·9.8) ≈ \boxed{11.5\ \text{m}}."""),

dict(id="d07", lang="es",
q="Un tren sale de Madrid hacia Sevilla a 80 km/h y, una hora después, otro sale de Sevilla hacia Madrid a 120 km/h. Si la distancia es de 530 km, ¿a qué distancia de Madrid se cruzan?",
r="""Vale, a ver. El primer tren sale a las t = 0 desde Madrid a 80 km/h. El segundo sale una hora más tarde desde Sevilla a 120 km/h.

En esa primera hora el tren de Madrid ya ha recorrido 80 km, así que cuando sale el segundo quedan 530 - 80 = 450 km entre ellos.

A partir de ahí se acercan a 80 + 120 = 200 km/h. Tiempo hasta cruzarse: 450 / 200 = 2,25 h.

En esas 2,25 h el tren de Madrid recorre 80 * 2,25 = 180 km más. Total desde Madrid: 80 + 180 = 260 km.

Compruebo con el otro: el de Sevilla recorre 120 * 2,25 = 270 km. 260 + 270 = 530. Cuadra.

Espera, ¿me piden la distancia desde Madrid o la hora? Desde Madrid. Entonces 260 km. Por si acaso, se cruzan 3,25 h después de la salida del primero, o sea 3 h 15 min.""",
a=r"""Se cruzan a \boxed{260\ \text{km}} de Madrid, 3 h 15 min después de que salga el primer tren."""),

dict(id="d08", lang="es",
q="¿Cuántas palabras distintas de cuatro letras (con o sin sentido) se pueden formar reordenando las letras de la palabra CASA?",
r="""Bien, CASA tiene cuatro letras: C, A, S, A. La A se repite dos veces.

Si todas fueran distintas serían 4! = 24 ordenaciones. Pero intercambiar las dos A no produce una palabra nueva, así que divido entre 2! = 2. Eso da 12.

Hmm, déjame verificarlo listando un poco. Fijo la posición de la C y la S y las A van en los huecos. Elegir dos posiciones de cuatro para las A: C(4,2) = 6. Luego C y S se colocan en las dos posiciones restantes de 2 maneras. 6 * 2 = 12. Coincide.

Ejemplos: CASA, CAAS, CSAA, ACSA, ASCA, AACS... vale, parece razonable.

La respuesta es 12.""",
a=r"""Hay 4!/2! = \boxed{12} ordenaciones distintas, porque la A aparece dos veces."""),

dict(id="d09", lang="fr",
q="Quelle est la somme des 40 premiers termes de la suite arithmétique 7, 11, 15, 19, … ?",
r="""D'accord. Premier terme a1 = 7, raison r = 4. Le n-ième terme est a_n = 7 + (n-1)*4.

Pour n = 40 : a40 = 7 + 39*4 = 7 + 156 = 163.

La somme des n premiers termes est n*(a1 + an)/2 = 40*(7 + 163)/2 = 40*170/2 = 40*85 = 3400.

Attends, je vérifie avec l'autre formule : S = n*a1 + r*n(n-1)/2 = 40*7 + 4*40*39/2 = 280 + 4*780 = 280 + 3120 = 3400. Pareil.

Petit contrôle sur les trois premiers termes : 7 + 11 + 15 = 33, et la formule donne 3*(7 + 15)/2 = 33. Ça colle.

Donc 3400.""",
a=r"""Le 40e terme vaut 163, donc S = 40·(7 + 163)/2 = \boxed{3400}."""),

dict(id="d10", lang="de",
q="Jemand legt 2.500 € zu 4 % Zinsen pro Jahr an, die jährlich gutgeschrieben und mitverzinst werden. Wie hoch ist das Guthaben nach 3 Jahren?",
r="""Okay, Zinseszins. Formel K_n = K_0 * (1 + p)^n mit K_0 = 2500, p = 0,04, n = 3.

1,04^2 = 1,0816. 1,04^3 = 1,0816 * 1,04 = 1,124864.

2500 * 1,124864 = 2812,16.

Moment, ich rechne das Jahr für Jahr nach, um sicherzugehen:
Jahr 1: 2500 * 0,04 = 100 Zinsen, Stand 2600.
Jahr 2: 2600 * 0,04 = 104, Stand 2704.
Jahr 3: 2704 * 0,04 = 108,16, Stand 2812,16.

Stimmt überein. Es wird nichts abgehoben und keine Steuer erwähnt, also ignoriere ich das.

Ergebnis: 2812,16 €.""",
a=r"""Nach drei Jahren beträgt das Guthaben 2500 · 1,04³ = \boxed{2812{,}16\ \text{€}}."""),

dict(id="d11", lang="zh",
q="笼子里有若干只鸡和兔，从上面数有35个头，从下面数有94只脚。鸡和兔各有几只？",
r="""嗯，经典的鸡兔同笼。设鸡有 x 只，兔有 y 只。
头：x + y = 35
脚：2x + 4y = 94

把第一个式子乘以 2：2x + 2y = 70。用第二个式子减掉它：2y = 24，所以 y = 12。
那么 x = 35 - 12 = 23。

等一下，验算一下脚的数量：鸡 23 只 × 2 = 46，兔 12 只 × 4 = 48，46 + 48 = 94。对的。
头：23 + 12 = 35，也对。

另一种想法：假设全是鸡，脚应该是 70 只，实际多了 24 只，每只兔比鸡多 2 只脚，所以兔有 12 只。结果一样。

所以鸡 23 只，兔 12 只。""",
a=r"""鸡有 \boxed{23} 只，兔有 \boxed{12} 只。"""),

dict(id="d12", lang="ru",
q="Найдите наименьшее натуральное число, которое при делении на 4, 5 и 6 даёт в остатке 3.",
r="""Так, число N даёт остаток 3 при делении на 4, 5 и 6. Значит, N - 3 делится на 4, на 5 и на 6, то есть N - 3 кратно НОК(4, 5, 6).

НОК(4, 5, 6): 4 = 2^2, 5 = 5, 6 = 2*3. Берём 2^2 * 3 * 5 = 60.

Значит N - 3 = 60k. При k = 0 получаем N = 3. Хм, а 3 при делении на 4 даёт остаток 3? 3 = 0*4 + 3, да, формально даёт. И на 5, и на 6 тоже остаток 3.

Подожди, наверное, в задаче подразумевается, что число больше делителей, иначе ответ тривиальный. Обычно в таких задачах ответ 63. Но строго по условию «наименьшее натуральное» — это 3.

Проверю 63: 63 = 15*4 + 3, 63 = 12*5 + 3, 63 = 10*6 + 3. Всё верно.

Я укажу оба: формально 3, а если требуется, чтобы частное было ненулевым, то 63.""",
a=r"""Формально подходит уже \boxed{3}; если же требовать, чтобы число было больше делителей, ответ — \boxed{63} = 60 + 3."""),

dict(id="d13", lang="ja",
q="時計が3時40分を指しているとき、長針と短針がつくる小さいほうの角度は何度ですか。",
r="""えっと、長針は1分で6度進むから、40分なら 40 × 6 = 240度。12時の位置から時計回りに240度。

短針は1時間で30度、1分で0.5度進む。3時40分なら 3 × 30 + 40 × 0.5 = 90 + 20 = 110度。

差は 240 − 110 = 130度。

あれ、小さいほうの角度だから、360 − 130 = 230 と比べて小さいほうの130度でいいはず。

念のため別の方法でも確認。公式 |30H − 5.5M| = |90 − 220| = 130。一致した。

答えは130度。""",
a=r"""小さいほうの角度は \boxed{130^\circ} です。"""),

dict(id="d14", lang="pt",
q="Uma loja dá 20% de desconto num casaco de R$ 350 e, no caixa, mais 10% sobre o novo preço. Qual é o preço final e qual foi o desconto total em porcentagem?",
r="""Certo, descontos sucessivos não se somam direto. Primeiro 20%: 350 * 0,8 = 280.
Depois mais 10% sobre 280: 280 * 0,9 = 252.

Então o preço final é R$ 252.

Desconto total em reais: 350 - 252 = 98. Em porcentagem: 98/350 = 0,28, ou seja 28%.

Hmm, conferindo pelo fator: 0,8 * 0,9 = 0,72, então paga-se 72% do preço, desconto de 28%. Bate.

Muita gente responderia 30%, mas isso está errado porque o segundo desconto incide sobre o valor já reduzido.""",
a=r"""O preço final é R$ 252, o que corresponde a um desconto total de \boxed{28\%} (e não 30%)."""),

dict(id="d15", lang="ko",
q="다섯 과목 시험의 평균이 82점이었는데, 한 과목 점수 70점을 90점으로 잘못 기록한 것이 발견되었다. 올바른 평균은 몇 점인가?",
r="""음, 평균 82점이고 과목이 다섯 개니까 기록된 총점은 82 × 5 = 410점이야.

그런데 실제로는 70점인데 90점으로 적었으니까 총점이 20점 더 많게 들어가 있었어. 올바른 총점은 410 − 20 = 390점.

올바른 평균은 390 ÷ 5 = 78점.

잠깐, 방향을 헷갈리지 않았는지 확인해 보자. 잘못 기록된 값(90)이 실제(70)보다 크니까 원래 평균은 더 낮아야 해. 78 < 82 이니까 맞아.

다른 방법: 평균 변화량 = 20 ÷ 5 = 4점 감소. 82 − 4 = 78. 같아.""",
a=r"""올바른 총점은 390점이므로 평균은 \boxed{78}점이다."""),

dict(id="d16", lang="ar",
q="عمر الأب الآن ثلاثة أضعاف عمر ابنه، وبعد 12 سنة سيصبح عمر الأب ضعف عمر الابن. كم عمر كل منهما الآن؟",
r="""حسنًا، لنفرض أن عمر الابن الآن س، فعمر الأب 3س.
بعد 12 سنة: الابن س + 12 والأب 3س + 12.
الشرط: 3س + 12 = 2(س + 12) = 2س + 24.
إذن س = 12.

فالابن عمره 12 سنة والأب 36 سنة.

لحظة، أتحقق: بعد 12 سنة الابن 24 والأب 48، و48 ضعف 24. صحيح.
والآن 36 = 3 × 12. صحيح أيضًا.

الجواب: الابن 12 والأب 36.""",
a=r"""عمر الابن \boxed{12} سنة وعمر الأب \boxed{36} سنة."""),

dict(id="d17", lang="en",
q="A store sells pencils in packs of 6 and packs of 10. What is the largest number of pencils you cannot buy exactly, assuming you can buy any number of packs?",
r="""Hmm, this sounds like the Frobenius coin problem, but the formula ab - a - b only applies when gcd(a, b) = 1. Here gcd(6, 10) = 2, so any odd number is impossible and there is no largest impossible number at all.

Wait, let me reread. "Largest number of pencils you cannot buy exactly." With 6 and 10 every purchasable amount is even. So 1, 3, 5, 7, ... are all impossible, infinitely many. So strictly speaking there's no largest.

Maybe they intend even numbers only. Divide by 2: packs of 3 and 5 in "pairs of pencils". Frobenius number for 3 and 5 is 3*5 - 3 - 5 = 7. So the largest even number not reachable is 2*7 = 14.

Check: 14 = 6a + 10b? b=0: 14/6 no. b=1: 4/6 no. So 14 impossible. 16 = 6 + 10 yes. 18 = 3*6 yes. 20 = 2*10 yes. 22 = 2*6 + 10 yes. 24 = 4*6 yes. 26 = 6 + 2*10 yes. From 16 on, since 16, 18, 20 are all reachable and I can add 6, all even numbers are reachable.

So: no largest overall because odd counts are impossible; among even counts the largest impossible one is 14.""",
a="""Because both pack sizes are even, no odd number of pencils can ever be bought, so there is no largest impossible amount overall. Among even amounts, the largest one that cannot be bought is 14; every even number from 16 upward is possible."""),

dict(id="d18", lang="hi",
q="एक दुकानदार ने एक वस्तु 800 रुपये में खरीदी और उसे 15% लाभ पर बेचना चाहता है। उसे कितने रुपये में बेचना चाहिए?",
r="""ठीक है, क्रय मूल्य 800 रुपये है और 15% लाभ चाहिए।

800 का 15% = 800 × 15 / 100 = 120 रुपये।

तो विक्रय मूल्य = 800 + 120 = 920 रुपये।

रुको, एक बार और जाँच लेता हूँ: 920 / 800 = 1.15, यानी ठीक 15% ज़्यादा। सही है।

ध्यान रहे कि लाभ प्रतिशत हमेशा क्रय मूल्य पर निकाला जाता है, विक्रय मूल्य पर नहीं, इसलिए 920 ही सही उत्तर है।""",
a=r"""उसे वस्तु \boxed{920} रुपये में बेचनी चाहिए।"""),
]

DEMO_BY_LANG = {}
for _d in DEMOS:
    DEMO_BY_LANG.setdefault(_d["lang"], []).append(_d)
