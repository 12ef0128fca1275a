# -*- coding: utf-8 -*-
"""Long pasted documents for hard_negative (label 0). Hand-written; the log file is assembled
from hand-written line patterns with a seeded RNG passed in by build.py."""

MEETING = """Weekly sync - Platform team - 3 Dec

Present: Joanna (chair), Theo, Rukmini, Dawit, Kasia; Marco joined late.

1. Incident review (Nov 28 outage)
Theo walked through the timeline. The certificate on the internal gateway expired at 04:12 UTC; alerts fired but went to the old on-call alias, which nobody reads since the rota moved to the new tool. First human response at 06:40. Customers saw 502s for about 2.5 hours in EU-West. Root cause is boring: the renewal job had been disabled during the October migration and never re-enabled. Joanna asked whether we have other jobs in the same state. Nobody knows. Dawit thinks there are at least three cron jobs that were "temporarily" paused.
- Agreed: audit of all paused scheduled jobs.
- Agreed: alert routing moves to the new paging tool this week, not next sprint.

2. Q1 roadmap
Rukmini presented the draft. Big items: move the build cache to object storage, retire the legacy deploy scripts, and self-service preview environments. Marco (late) pushed back on preview environments; he thinks cost will explode if every PR gets one. Kasia suggested a TTL of 48 hours and auto-sleep after 2 hours idle. Marco ok with a pilot on two teams. Rukmini will add cost estimates before the planning meeting.

3. Hiring
We have one open SRE req. Two candidates in final round. Kasia and Theo are interviewers. Feedback due Friday.

4. Misc
- Dawit is on leave 16-27 Dec. Kasia covers the database upgrade.
- The team offsite is moved to February because of venue availability.
- Reminder: everybody update their on-call contact details in the new tool by Monday.

Action items (draft, people please check):
- Dawit: list of paused jobs, by Tue
- Theo: move alert routing, by Fri
- Rukmini: cost estimates for preview envs, before planning
- Kasia: interview feedback, Fri; DB upgrade plan handover from Dawit
- Joanna: write incident postmortem and share externally-safe summary with support
- Everybody: update on-call contacts by Mon
"""

LEASE = """SECTION 9 - MAINTENANCE AND REPAIRS

9.1 The Landlord shall keep in repair the structure and exterior of the Premises (including drains, gutters and external pipes), and keep in repair and proper working order the installations for the supply of water, gas and electricity and for sanitation (including basins, sinks, baths and sanitary conveniences), and the installations for space heating and heating water.

9.2 The Tenant shall use the Premises in a tenant-like manner, which includes but is not limited to: keeping the Premises reasonably clean; replacing light bulbs and fuses; unblocking sinks and toilets where the blockage is caused by the Tenant's use; taking reasonable steps to prevent frozen pipes when the Premises are left unoccupied in cold weather; and ventilating the Premises adequately to limit condensation.

9.3 The Tenant shall report to the Landlord in writing, without undue delay, any damage, disrepair or defect in the Premises or the items listed in the Inventory, and any circumstances likely to cause such damage. The Tenant shall not be liable for fair wear and tear.

9.4 The Tenant shall permit the Landlord or the Landlord's agents, on giving at least 24 hours' written notice (except in an emergency), to enter the Premises at reasonable times of the day to inspect their condition and state of repair and to carry out any repairs for which the Landlord is responsible.

9.5 The Tenant shall not carry out any alterations, additions or redecoration to the Premises, including the fixing of shelving or the painting of walls, without the prior written consent of the Landlord, such consent not to be unreasonably withheld.

9.6 Where damage is caused by the negligence or deliberate act of the Tenant, a member of the Tenant's household or a visitor, the Tenant shall be responsible for the reasonable cost of repair, which the Landlord may, at the end of the Tenancy, deduct from the Deposit in accordance with Section 4.

9.7 The Landlord shall ensure that a smoke alarm is installed on each storey of the Premises and a carbon monoxide alarm in any room containing a fixed combustion appliance, and that these are in working order on the first day of the Tenancy. Thereafter the Tenant shall test the alarms at least monthly and replace batteries as necessary.

9.8 Garden. The Tenant shall keep the garden in a reasonably tidy condition, cut the lawn during the growing season and not remove or cut down any trees or shrubs without the Landlord's consent. The Landlord remains responsible for the maintenance of boundary walls and fences."""

CODE = '''import json
import time
import logging
from dataclasses import dataclass, field

log = logging.getLogger("ratelimit")


@dataclass
class Bucket:
    capacity: int
    refill_per_sec: float
    tokens: float = field(default=0.0)
    updated: float = field(default_factory=time.time)

    def take(self, n=1):
        now = time.time()
        elapsed = now - self.updated
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_per_sec)
        self.updated = now
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False


class RateLimiter:
    def __init__(self, config_path):
        with open(config_path) as f:
            cfg = json.load(f)
        self.default = cfg.get("default", {"capacity": 60, "refill_per_sec": 1.0})
        self.overrides = cfg.get("overrides", {})
        self.buckets = {}

    def _bucket_for(self, key):
        if key not in self.buckets:
            params = self.overrides.get(key, self.default)
            self.buckets[key] = Bucket(**params)
        return self.buckets[key]

    def allow(self, key, cost=1):
        b = self._bucket_for(key)
        ok = b.take(cost)
        if not ok:
            log.info("rate limited key=%s tokens=%.2f", key, b.tokens)
        return ok

    def reset(self, key=None):
        if key is None:
            self.buckets = {}
        else:
            del self.buckets[key]


def middleware(limiter):
    def wrap(handler):
        def inner(request):
            key = request.headers.get("X-Api-Key") or request.remote_addr
            if not limiter.allow(key):
                return {"status": 429, "body": "slow down"}
            return handler(request)
        return inner
    return wrap
'''

ESSAY = """The Bicycle and the City

When my grandfather arrived in Utrecht in 1962, he says, the bicycle was something you used because you could not afford a car. Sixty years later, the bicycle is something people choose even when they can afford three cars. This essay argues that the change did not happen by accident, but because of decisions made by city planners, activists and ordinary citizens in the 1970s.

First, the protests. In the early 1970s, many children were killed in traffic accidents in the Netherlands. A movement called "Stop de Kindermoord" (stop the child murder) organised demonstrations and even occupied streets. Politicians could not ignore the pictures of parents holding signs. This created a political reason to change the streets.

Second, the oil crisis of 1973. When petrol became expensive, the government introduced car-free Sundays. People saw their cities without cars for the first time, and many of them liked what they saw. I think this is important because it showed that another kind of city was possible, not just in theory but on a real Sunday afternoon.

Third, the planners. Cities like Delft and later Utrecht started building separated cycle paths, and they made car traffic in the centre slower and less direct. In Utrecht they even turned a motorway back into a canal, which was finished in 2020. This shows that a decision from the 1960s can be reversed if enough people want it.

Some people say the Netherlands is special because it is flat. This is true, but it is not the whole explanation. Other flat places, like parts of the United States, did not become cycling countries. Also, electric bikes now make hills less of a problem, so the flatness argument is getting weaker.

In conclusion, the Dutch bicycle culture was built, not born. It came from protests, a crisis and good planning. Other cities can learn from this, but they have to be willing to take space away from cars, which is the hardest part politically.
"""

DE_ARTICLE = """Wärmepumpen im Altbau: Was wirklich zählt

Lange hieß es, Wärmepumpen lohnten sich nur im gut gedämmten Neubau. Neuere Feldmessungen zeichnen ein differenzierteres Bild. In einem mehrjährigen Monitoring von rund 70 Bestandsgebäuden erreichten Luft-Wasser-Wärmepumpen im Mittel Jahresarbeitszahlen um 3, einzelne Anlagen lagen deutlich darüber, andere klar darunter.

Entscheidend ist weniger das Baujahr als die Vorlauftemperatur. Wer mit 45 bis 50 Grad auskommt, kann auch in einem Haus von 1960 effizient heizen. Dafür reicht oft der Tausch einzelner, zu kleiner Heizkörper; eine Komplettsanierung ist nicht immer nötig. Ein hydraulischer Abgleich wird in fast allen Fällen empfohlen.

Skeptiker verweisen auf die Stromkosten. Tatsächlich hängt die Wirtschaftlichkeit stark vom Verhältnis zwischen Strom- und Gaspreis ab. Spezielle Wärmepumpentarife und eine eigene Photovoltaikanlage können die Rechnung verbessern, lösen aber das Winterproblem nur teilweise, weil der Bedarf dann am höchsten und der Solarertrag am geringsten ist.

Für Eigentümer ergibt sich daraus eine einfache Reihenfolge: erst die nötige Vorlauftemperatur ermitteln, dann gezielt nachbessern, und erst danach die Anlage dimensionieren. Wer umgekehrt vorgeht und eine zu große Wärmepumpe einbaut, riskiert häufiges Takten und damit Effizienzverluste."""

FEWSHOT_LONG = """You are helping me prepare a worksheet. Below are three worked examples in the style I want (clear steps, one idea per line, no shortcuts). After them is a new problem; solve it in the same style.

Example 1
Problem: A rectangle's length is 3 cm more than its width. Its perimeter is 34 cm. Find its area.
Worked solution:
Let the width be w cm. Then the length is w + 3 cm.
Perimeter = 2(length + width) = 2(w + 3 + w) = 4w + 6.
Set 4w + 6 = 34, so 4w = 28 and w = 7.
Length = 7 + 3 = 10 cm.
Area = 7 x 10 = 70 square cm.
Check: 2(10 + 7) = 34. Correct.
Answer: 70 square cm.

Example 2
Problem: A jacket costs 80 euros. It is reduced by 25%, and then the reduced price is increased by 10%. What is the final price?
Worked solution:
25% of 80 is 20, so the reduced price is 80 - 20 = 60 euros.
10% of 60 is 6, so the final price is 60 + 6 = 66 euros.
Note that the final price is not 80 - 15% = 68, because the percentages apply to different amounts.
Answer: 66 euros.

Example 3
Problem: Two numbers add up to 50 and their difference is 14. What are the numbers?
Worked solution:
Let the numbers be x and y with x > y.
x + y = 50 and x - y = 14.
Adding the equations: 2x = 64, so x = 32.
Then y = 50 - 32 = 18.
Check: 32 + 18 = 50 and 32 - 18 = 14. Correct.
Answer: 32 and 18.

New problem: The sum of three consecutive even numbers is 78. What are the numbers?
Please also suggest one follow-up question I could put underneath it for stronger students."""

ZH_PRD = """需求文档（草稿）—— 会员积分功能 v0.3

背景：目前小程序没有会员体系，复购率偏低。运营希望上线积分功能，提升用户粘性。

目标：
1. 用户每消费 1 元获得 1 积分，积分可在下次下单时抵扣，100 积分抵 1 元。
2. 积分有效期为获得之日起 12 个月，到期自动清零，到期前 30 天推送提醒。
3. 新用户注册赠送 200 积分，仅限首次注册。

范围：
- 小程序端：积分余额展示、积分明细、下单页抵扣开关。
- 后台：积分规则配置、手动补发积分、积分流水导出。
- 不包括：积分商城（下一期）。

规则细节：
- 退款时，已获得的积分按比例扣回；如余额不足，允许为负，下次获得时先抵扣负数。
- 单笔订单积分抵扣上限为订单金额的 30%。
- 优惠券与积分可以叠加使用，先用券后算积分。

待确认问题：
- 负积分是否会影响用户体验？法务是否有意见？
- 积分是否计入发票金额？需要财务确认。
- 老用户是否补发历史消费积分？运营倾向补发最近 6 个月。

时间计划：12 月中旬评审，1 月底上线灰度，2 月全量。"""

ES_THREAD = """De: Lucía Ferrer
Para: equipo-eventos
Asunto: RE: RE: Cena de empresa - cambios

Hola a todos,

Resumo lo que hemos hablado porque el hilo ya está muy largo. El restaurante de la calle Colón no puede darnos el salón el 19, solo el 18 (jueves). Pilar preguntó a dirección y les parece bien el jueves. El menú cerrado sale a 42 € por persona con bebida incluida; si queremos barra libre después son 15 € más, pero Javier dice que el presupuesto no da.

Sobre las dietas: tenemos 4 vegetarianos, 1 celíaca y 2 personas sin lactosa. El restaurante confirma que puede adaptar todo, pero necesita la lista definitiva el viernes 12 como tarde.

Transporte: Andrés propone alquilar un autobús desde la oficina de Paterna. Son 380 € ida y vuelta. Varias personas prefieren ir por su cuenta, así que quizá no compense. Propongo hacer una encuesta rápida.

Por favor, respondedme antes del miércoles si:
1) Os viene bien el jueves 18.
2) Tenéis alguna restricción alimentaria que no esté en la lista.
3) Usaríais el autobús.

Gracias,
Lucía

> De: Javier Molina
> El presupuesto total aprobado es de 3.000 € para 65 personas. Con 42 € por cabeza nos quedan unos 270 € para todo lo demás.

> De: Pilar Gómez
> Dirección confirma que el jueves 18 no hay problema."""

SUPPORT_TRANSCRIPT = """[10:02] Customer: hi my order #88213 says delivered but nothing arrived
[10:02] Agent (Tomás): Hi! Sorry to hear that. Let me check the tracking for you.
[10:04] Agent (Tomás): The courier marked it delivered yesterday at 14:37 to "front door". Do you have a porch or a neighbour who might have taken it in?
[10:05] Customer: no porch, I asked both neighbours, nothing
[10:05] Customer: this is the second time this month
[10:06] Agent (Tomás): I understand, that's really frustrating. I can see the previous case from 2 Dec too.
[10:07] Agent (Tomás): Here's what I can do: I'll open a claim with the courier and send a replacement today with signature required. You don't need to wait for the claim to finish.
[10:08] Customer: ok thanks. can you make sure it doesn't go with the same courier
[10:09] Agent (Tomás): I can't choose the courier directly, but I'll add a note asking the warehouse to use our alternative carrier for your address.
[10:09] Customer: fine
[10:10] Agent (Tomás): Done. Replacement order #88291, arriving Thursday or Friday. You'll get an SMS. Anything else I can help with?
[10:11] Customer: no that's it
[10:11] Agent (Tomás): Thanks for your patience, and sorry again for the trouble!"""

THINK_OUTPUT = """Here's a raw completion from our self-hosted model (we're building a math tutor on top of it). My post-processing regex is `re.search(r"<think>(.*)</think>(.*)", text)` and it returns None for this output. Why? I need to split the reasoning from the answer so the app shows only the answer to students.

---- raw output start ----
<think>
The student asks for the area of a circle with diameter 10. Radius is 5. Area = pi * r^2 = 25 pi, about 78.54.
I should give both the exact and approximate value, and remind them that diameter is twice the radius since that's a common mistake.
</think>

The area is 25π cm², which is about 78.5 cm². Remember: the radius is half the diameter, so r = 5 cm here.
---- raw output end ----

Python 3.12, the text comes straight from the HTTP response JSON."""


def log_file(rng):
    svc = ["ingest", "transform", "loader", "scheduler"]
    lines = []
    t = 7 * 3600 + 58 * 60
    for i in range(150):
        t += rng.randint(1, 9)
        hh, mm, ss = t // 3600, (t // 60) % 60, t % 60
        s = rng.choice(svc)
        kind = rng.random()
        if kind < 0.7:
            msg = "INFO  %s: processed batch %d (%d rows) in %d ms" % (s, 1000 + i, rng.randint(800, 5000), rng.randint(40, 900))
        elif kind < 0.9:
            msg = "DEBUG %s: checkpoint written offset=%d" % (s, rng.randint(10**6, 10**7))
        else:
            msg = "WARN  %s: slow upstream response %d ms (threshold 1500)" % (s, rng.randint(1500, 4000))
        lines.append("2026-12-09T%02d:%02d:%02dZ %s" % (hh, mm, ss, msg))
    lines.append("2026-12-09T08:21:44Z ERROR loader: connection to warehouse-db:5432 refused (attempt 1/5)")
    lines.append("2026-12-09T08:21:49Z ERROR loader: connection to warehouse-db:5432 refused (attempt 2/5)")
    lines.append("2026-12-09T08:22:00Z ERROR loader: connection to warehouse-db:5432 refused (attempt 3/5)")
    lines.append("2026-12-09T08:22:21Z ERROR loader: connection to warehouse-db:5432 refused (attempt 4/5)")
    lines.append("2026-12-09T08:23:02Z ERROR loader: connection to warehouse-db:5432 refused (attempt 5/5)")
    lines.append("2026-12-09T08:23:02Z FATAL scheduler: job nightly_etl failed: loader exhausted retries")
    return ("Our nightly ETL failed this morning. Here's the log from the worker. Can you tell me what happened and what I should check first?\n\n```\n"
            + "\n".join(lines) + "\n```")


def items(rng):
    return [
        ("en", "Can you turn these meeting notes into a clean list of action items with owners and deadlines, and flag anything that looks unassigned?\n\n" + MEETING),
        ("en", "I'm renting a flat in England and the boiler broke. Here's the repairs section of my tenancy agreement. Who has to pay, and do I need to do anything in writing?\n\n" + LEASE),
        ("en", "Please review this rate limiter module. We're seeing memory grow over days in production and I suspect it. Also any thread-safety issues?\n\n```python\n" + CODE + "```"),
        ("en", log_file(rng)),
        ("en", "I'm an ESL teacher. One of my B2 students wrote this essay. Can you give feedback on structure and argument (not grammar) that I can pass on, in a kind tone?\n\n" + ESSAY),
        ("de", "Kannst du mir diesen Artikel in fünf Stichpunkten zusammenfassen? Ich will ihn meinen Eltern schicken, die über eine Wärmepumpe nachdenken.\n\n" + DE_ARTICLE),
        ("en", FEWSHOT_LONG),
        ("zh", "帮我把下面这份需求文档整理成评审用的要点清单，并指出逻辑上可能有问题的地方。\n\n" + ZH_PRD),
        ("es", "¿Me resumes este hilo de correos en tres líneas y me dices qué tengo que contestar yo? Soy Andrés.\n\n" + ES_THREAD),
        ("en", "QA review: score this support chat from 1-5 on empathy, resolution and policy compliance, with one sentence of justification each.\n\n" + SUPPORT_TRANSCRIPT),
        ("en", THINK_OUTPUT),
    ]
