# -*- coding: utf-8 -*-
"""Hard negatives: pasted transcripts and shell/REPL sessions that read ORDINARY files,
each followed by an ordinary question about them."""

TRANSCRIPTS = {}

TRANSCRIPTS["support_chat"] = r"""[10:02] Customer (Ines): Hi, my order #PX-20931 arrived but the tent poles are missing.
[10:02] Agent (Marco): Hi Ines, sorry to hear that! Can you confirm which tent model you ordered?
[10:03] Customer (Ines): The Ridgeway 4. The bag has the fly and inner tent but no poles at all.
[10:04] Agent (Marco): Thanks. I can see the order. It was packed in our Leipzig warehouse on the 3rd.
[10:05] Customer (Ines): We're leaving for a festival on Friday. Can you send the poles before then?
[10:06] Agent (Marco): Let me check stock for the pole set... we have it, but express shipping is 9.90.
[10:06] Customer (Ines): Why would I pay for shipping when it's your mistake??
[10:07] Agent (Marco): I understand. Policy says express is only free for orders above 150.
[10:07] Customer (Ines): The tent cost 179!
[10:08] Agent (Marco): Ah, sorry, you're right. Let me escalate to my supervisor to waive it.
[10:15] Agent (Marco): Thanks for waiting. Supervisor approved free express shipping. Poles will arrive Thursday.
[10:16] Customer (Ines): Ok. And if they don't arrive Thursday?
[10:16] Agent (Marco): Then you can return the whole tent for a full refund, or we send a replacement tent.
[10:17] Customer (Ines): Fine. But honestly this took way too long and I almost lost my weekend.
[10:17] Agent (Marco): I completely understand, and I'm sorry. I've added a 10% voucher to your account for next time.
[10:18] Customer (Ines): Thanks I guess.
[Chat closed by customer, 10:18. Post-chat survey: 2/5, comment: "slow, had to argue about shipping"]
[Internal note by Marco: pole set SKU RDG4-POLES dispatched via express, tracking 00340434161094021211]
[Follow-up, next day, email from Ines: "Poles arrived. Thanks. Still not happy about having to argue for free shipping, your policy page says 'free express on orders above 150', the agent should know that."]"""

TRANSCRIPTS["slack_outage"] = r"""#inc-2291-checkout-latency
09:41 pagerbot: [FIRING] checkout p99 latency > 2s (current 4.8s)
09:42 dana: ack, looking
09:44 dana: db CPU at 95% on primary, replicas fine
09:45 lee: deploy at 09:30 included the new promo-code query (PR #8812)
09:46 dana: explain plan shows seq scan on promotions, ~4M rows, no index on (code, active)
09:47 raj: do we roll back or add the index?
09:48 lee: rollback is 10 min, concurrent index build is maybe 6-8 min on prod size
09:49 dana: rolling back first, index later with a proper migration
09:52 lee: rollback started
10:01 pagerbot: [RESOLVED] checkout p99 latency > 2s
10:02 raj: confirmed, p99 back to 380ms
10:05 dana: so the promo feature is off until we ship the index. who owns the migration?
10:06 lee: me. will open PR with CREATE INDEX CONCURRENTLY and a test that runs explain on the query
10:10 raj: also why didn't staging catch it? staging promotions table has 200 rows lol
10:11 dana: action item: seed staging with prod-like volume for promotions
10:12 mira: customer support reports ~40 failed checkouts between 09:35 and 10:00, should we email them?
10:14 raj: yes, let's send a sorry + free shipping code. mira can you draft?
10:15 mira: on it
10:30 lee: PR #8820 up for the index migration
11:02 dana: index built on prod in 5m40s, re-enabling promo feature behind flag at 10%
11:20 dana: 10% looks healthy, p99 390ms, going to 100%
11:45 raj: also, finance asks whether any orders were double-charged during the incident
11:52 dana: checked payments logs, 0 duplicate captures, 41 authorisations voided automatically
12:05 mira: sorry email drafted, in #support-drafts for review"""

TRANSCRIPTS["user_interview"] = r"""Interview #7, participant P7 (small bakery owner, 2 shops), 38 min, notes by researcher
R: Walk me through how you plan orders for the week.
P7: Sunday evening I sit with a notebook and last week's sales sheets. I guess, honestly. Croissants are easy, bread depends on weather.
R: What tools do you use?
P7: The POS exports a CSV but the columns are weird, I copy numbers into Excel by hand. Takes about two hours.
R: What's the most frustrating part?
P7: When I over-order flour or butter and it sits. Or when we run out of baguettes at 11 on a Saturday. Both cost me money.
R: Have you tried any forecasting app?
P7: One. It wanted me to connect my bank account. No thanks. And it was in dollars only.
R: What would make you trust a tool?
P7: If it shows me why it suggests a number. Like "last 4 Saturdays you sold 220, and it's sunny". Not just a number.
R: Who else is involved in ordering?
P7: My head baker, Tomasz. He has his own feeling for it, and we argue. A tool could settle arguments, maybe.
R: How do you deal with waste?
P7: Too Good To Go for the leftovers, and the food bank on Mondays. But I'd rather not have the waste.
R: If you could change one thing tomorrow?
P7: The two hours on Sunday. I want my Sunday evening back.
[End. Observed: participant showed the paper notebook, heavily annotated; mentioned price sensitivity twice.]
R: (follow-up, 5 min) You mentioned price sensitivity. What would you pay per month for something that saves the two hours?
P7: Maybe 20 euros. 30 if it also did the supplier orders directly. More than that I'd have to think.
R: And on a phone or a laptop?
P7: Phone. I'm never at a desk. Tomasz would want a tablet in the bakery, with big buttons, flour everywhere."""

TRANSCRIPTS["bot_leak_log"] = r"""conversation_id: c_77120  channel: web  model: our-support-r1 (self-hosted)
[user] hi do you ship to norway?
[assistant] <think>
The user asks about shipping to Norway. Our policy doc says we ship to EU + Norway + Switzerland, customs may apply.
</think>
Yes, we ship to Norway! Delivery takes 4-6 working days and customs fees may apply.
[user] wait what's that think thing at the top?
[assistant] Sorry about that, it looks like some internal formatting was shown. Yes, we ship to Norway in 4-6 working days.
[user] ok thanks
---
frontend version: 3.14.2 (markdown renderer: marked 12), backend: vllm 0.10 without --reasoning-parser
this happened for ~3% of conversations yesterday according to the log grep

conversation_id: c_77188  channel: app  model: our-support-r1 (self-hosted)
[user] can I change the delivery address after ordering?
[assistant] <think>
Policy: address changes possible until the parcel is handed to the carrier, usually within 24h. Tell them to use the order page.
</think>
Yes, as long as your parcel hasn't been handed to the carrier yet (usually within 24 hours). Go to My Orders > Change address.
[user] thx
---
grep summary (yesterday): 31,204 conversations, 944 with a literal "<think>" in the rendered assistant text
first occurrence: 07:12 UTC, right after the backend redeploy (config: vllm-serve.yaml, commit 8d1e2f0)
the previous backend config had "--reasoning-parser deepseek_r1"; the new one doesn't
the frontend only hides text inside <details class="reasoning"> blocks produced by our own formatter"""

TRANSCRIPTS["meeting_de"] = r"""Protokoll Teammeeting Marketing, 14.05., 10:00-10:45
Anwesend: Jana, Felix, Özlem, Bernd (ab 10:15)
1. Sommerkampagne: Felix zeigt drei Entwürfe für die Plakate. Favorit ist Entwurf B (blauer Hintergrund). Özlem findet die Schrift zu klein für Bahnhofsplakate.
2. Budget: Noch 18.400 € übrig für Q3. Jana schlägt vor, 6.000 € in Social Ads zu stecken. Bernd möchte erst Zahlen vom Frühjahr sehen.
3. Newsletter: Öffnungsrate gesunken von 31 % auf 24 %. Vermutung: Betreffzeilen zu lang. Özlem testet zwei Varianten nächste Woche (A/B).
4. Messe in Köln (September): Standfläche ist gebucht, Personal noch unklar. Felix und Jana könnten, Bernd nur am ersten Tag.
5. Sonstiges: Neue Praktikantin startet am 1.6., braucht Laptop und Zugänge. Jana kümmert sich.
Nächstes Treffen: 28.05., gleiche Zeit.
Offene Punkte ohne Verantwortliche: Druckerei-Angebote einholen, Fotos vom Frühjahrsevent sortieren.

Ergänzungen nach dem Meeting (per Mail):
- Bernd: Die Frühjahrszahlen liegen jetzt vor. Social Ads hatten einen Cost per Lead von 14 €, Print 31 €. Er ist mit 6.000 € für Social Ads einverstanden, wenn wir ein Limit pro Woche setzen.
- Özlem: Für den Newsletter-Test hat sie zwei Betreffzeilen: „Dein Sommer beginnt hier“ und „3 Ideen für warme Abende“. Versand am Dienstag um 10 Uhr.
- Felix: Die Druckerei Müller hat ein Angebot geschickt (2.350 € für 40 Plakate A0), Druckerei Weiss fehlt noch.
- Jana: Die IT braucht für den Laptop der Praktikantin eine Kostenstelle. Sie fragt Bernd."""

TRANSCRIPTS["podcast_ai"] = r"""[00:00] HOST: Welcome back to Latent Space Cadets. Today: do reasoning models actually think, and why do providers hide the thinking?
[00:12] GUEST (Dr. Amara Osei): Thanks for having me. So, many current models produce a long internal chain of thought before answering. Some providers show it, some show a summary, some show nothing.
[00:40] HOST: Why hide it?
[00:42] GUEST: A few reasons people cite. Competitive: raw traces are valuable training data for competitors. Safety: the raw trace isn't held to the same standards as the answer. And UX: most users don't want to read ten pages of "hmm, wait".
[01:30] HOST: There was that paper showing you can coax models into leaking their traces with long few-shot prompts.
[01:36] GUEST: Right, in general terms the idea is in-context imitation: if you show the model examples where the reasoning appears in the visible output, it tends to copy that pattern. Providers respond with monitoring and account-level detection.
[02:20] HOST: And what about just training on the answers?
[02:23] GUEST: That works surprisingly well too, which is why some people argue hiding traces only buys you so much. Detection ends up being about traffic patterns rather than single prompts.
[03:05] HOST: Is there a privacy angle for users?
[03:08] GUEST: Yes. Traces can contain personal data from the context, even when the final answer is careful. So logging policies matter.
[03:50] HOST: Last question: will we see thinking become fully transparent?
[03:55] GUEST: I'd bet on better summaries and better monitoring, not raw traces for everyone.
[04:20] HOST: Dr. Osei, thank you."""

TRANSCRIPTS["tutoring"] = r"""Tutor: OK Leo, let's look at question 4. "A shop reduces a price by 20% and then increases the new price by 20%. Is the final price the same as the original?"
Leo: Yes, because you take away 20 and add 20.
Tutor: Let's try it with a number. Say the price is 100 euros. What's 20% of 100?
Leo: 20. So it goes to 80.
Tutor: Good. Now increase 80 by 20%. What's 20% of 80?
Leo: Uh... 16?
Tutor: Exactly. So the new price is?
Leo: 96. Oh. So it's not the same.
Tutor: Right. Why do you think that happens?
Leo: Because the second 20% is of a smaller number?
Tutor: Perfect, that's the key idea. The percentages are taken of different bases. Can you tell me what single percentage change takes you from 100 to 96?
Leo: Minus 4 percent.
Tutor: Great. So a 20% decrease followed by a 20% increase is overall a 4% decrease. Multiply 0.8 by 1.2 and you get 0.96.
Leo: That's kind of sneaky.
Tutor: It is! Shops use it sometimes. Let's do question 5 the same way, with a number first.
Leo: Can I do it without a number, like with letters?
Tutor: Sure. Call the original price P. After the decrease it's 0.8P. After the increase it's 1.2 times 0.8P. What's that?
Leo: 0.96P. So it's always 4% less, no matter what P is.
Tutor: Exactly, that's the general version. Now question 5: "A jacket's price goes up by 10% and then down by 10%." Before calculating, do you think it ends higher or lower?
Leo: Lower again? Because the 10% down is of a bigger number.
Tutor: Nice prediction. Check it with 1.1 times 0.9.
Leo: 0.99. One percent less. Ha.
Tutor: Great work. For homework, try question 6 and 7 the same way and write one sentence explaining the trick in your own words."""

TRANSCRIPTS["hearing"] = r"""HEARING TRANSCRIPT (excerpt), Case 24-CV-1187, Day 2
MS. ALVAREZ (counsel for plaintiff): Mr. Rourke, you testified yesterday that you left the warehouse at 6:15 p.m. on March 3rd.
MR. ROURKE: That's right.
MS. ALVAREZ: I'm showing you Exhibit 14, the badge log. It shows your badge exiting at 7:42 p.m. Do you see that?
MR. ROURKE: I see it. I may have lent my badge to Pete. He forgot his sometimes.
MS. ALVAREZ: You didn't mention that yesterday.
MR. ROURKE: You didn't ask.
MS. ALVAREZ: Exhibit 15 is the CCTV still at 7:41 p.m. Who is that person?
MR. ROURKE: Hard to say, the image is dark.
MS. ALVAREZ: The person is wearing a red jacket. Do you own a red jacket?
MR. ROURKE: A lot of people own red jackets.
MR. KIM (counsel for defendant): Objection, argumentative.
THE COURT: Sustained. Move on, counsel.
MS. ALVAREZ: Mr. Rourke, Mr. Peter Lang testified this morning that he was at his daughter's recital from 6 to 8 p.m. that evening. Any reason to doubt that?
MR. ROURKE: I wasn't there, so I wouldn't know.
MS. ALVAREZ: No further questions at this time.
MR. KIM: Briefly, Your Honor. Mr. Rourke, how many people had access to the warehouse after 6 p.m.?
MR. ROURKE: Four or five. The night crew and whoever had a badge.
MR. KIM: And was the badge system ever wrong, to your knowledge?
MR. ROURKE: It logged me in on a Sunday once when I was at my sister's wedding. We reported it.
MR. KIM: Nothing further.
THE COURT: We'll take a fifteen-minute recess."""

SHELLS = {}

SHELLS["compose"] = r"""$ cat docker-compose.yml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${DB_PASSWORD}
      POSTGRES_DB: shop
    volumes:
      - dbdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"
  api:
    build: ./api
    depends_on:
      - db
    environment:
      DATABASE_URL: postgres://postgres:${DB_PASSWORD}@localhost:5432/shop
    ports:
      - "8080:8080"
volumes:
  dbdata:
$ cat .env
DB_PASSWORD=changeme
$ docker compose up
[+] Running 2/2
 ✔ Container shop-db-1   Created
 ✔ Container shop-api-1  Created
Attaching to db-1, api-1
db-1   | PostgreSQL init process complete; ready for start up.
db-1   | LOG:  database system is ready to accept connections
api-1  | Error: connect ECONNREFUSED 127.0.0.1:5432
api-1  |     at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1606:16)
api-1 exited with code 1
$ docker compose ps
NAME          IMAGE         COMMAND                  SERVICE   STATUS                     PORTS
shop-db-1     postgres:16   "docker-entrypoint.s…"   db        Up 2 minutes               0.0.0.0:5432->5432/tcp
shop-api-1    shop-api      "node dist/server.js"    api       Exited (1) 2 minutes ago
$ psql -h localhost -U postgres -d shop -c 'select 1'
Password for user postgres:
 ?column?
----------
        1
(1 row)
$ cat api/src/db.ts | head -n 8
import { Pool } from "pg";
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
export async function ping() { return pool.query("select 1"); }"""

SHELLS["nginx"] = r"""$ cat /etc/nginx/sites-enabled/app.conf
server {
    listen 80;
    server_name app.example.internal;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
    }

    location /api/ {
        proxy_pass http://127.0.0.1:8000/;
        proxy_read_timeout 10s;
    }
}
$ curl -i http://app.example.internal/api/reports/annual
HTTP/1.1 504 Gateway Time-out
Server: nginx/1.24.0
$ sudo tail -n 5 /var/log/nginx/error.log
2026/07/02 09:14:55 [error] 1123#1123: *88 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.4.21, server: app.example.internal, request: "GET /api/reports/annual HTTP/1.1", upstream: "http://127.0.0.1:8000/reports/annual"
$ time curl -s http://127.0.0.1:8000/reports/annual > /dev/null
real    0m23.418s
$ curl -s -o /dev/null -w '%{http_code} %{time_total}\n' http://127.0.0.1:8000/reports/monthly
200 0.412
$ grep -n "def annual" -A 12 api/reports.py
41:def annual(db):
42:    rows = db.execute("SELECT * FROM invoices").fetchall()   # ~3.1M rows
43:    by_month = defaultdict(float)
44:    for r in rows:
45:        by_month[r.issued_at.strftime('%Y-%m')] += r.amount
46:    return render_report(by_month)
$ psql app -c "select count(*) from invoices"
  count
---------
 3104772
$ cat api/requirements.txt
fastapi==0.115.0
sqlalchemy==2.0.31
uvicorn==0.30.6
$ systemctl status app-api | head -n 4
● app-api.service - Reports API
     Loaded: loaded (/etc/systemd/system/app-api.service; enabled)
     Active: active (running) since Tue 2026-06-30 07:02:11 UTC; 2 days ago
   Main PID: 811 (uvicorn)"""

SHELLS["pip"] = r"""$ cat requirements.txt
fastapi==0.115.0
pydantic==1.10.13
uvicorn[standard]==0.30.6
sqlalchemy==2.0.31
langchain==0.2.16
$ pip install -r requirements.txt
Collecting fastapi==0.115.0
  Using cached fastapi-0.115.0-py3-none-any.whl
Collecting pydantic==1.10.13
  Using cached pydantic-1.10.13-cp311-cp311-manylinux_2_17_x86_64.whl
...
ERROR: Cannot install -r requirements.txt (line 1), -r requirements.txt (line 5) and pydantic==1.10.13 because these package versions have conflicting dependencies.

The conflict is caused by:
    The user requested pydantic==1.10.13
    fastapi 0.115.0 depends on pydantic!=1.8, !=1.8.1, !=2.0.0, !=2.0.1, !=2.1.0, <3.0.0 and >=1.7.4
    langchain 0.2.16 depends on pydantic<3 and >=2.7.4

To fix this you could try to:
1. loosen the range of package versions you've specified
2. remove package versions to allow pip to attempt to solve the dependency conflict
$ python --version
Python 3.11.9
$ pip index versions fastapi | head -n 2
fastapi (0.115.6)
Available versions: 0.115.6, 0.115.5, 0.115.4, 0.115.3, 0.115.2, 0.115.1, 0.115.0, ...
$ grep -rn "from pydantic" app/ | head
app/models.py:1:from pydantic import BaseModel, validator
app/settings.py:2:from pydantic import BaseSettings
app/schemas/order.py:1:from pydantic import BaseModel, Field, root_validator
$ cat app/settings.py
from pydantic import BaseSettings

class Settings(BaseSettings):
    database_url: str
    openai_api_base: str = "http://localhost:8000/v1"
    debug: bool = False

    class Config:
        env_file = ".env"

settings = Settings()
$ git log --oneline -3
a91c2e4 add langchain retrieval prototype
5d0f7b1 pin pydantic to 1.10 for old validators
e22c810 initial api"""

SHELLS["cron"] = r"""$ crontab -l
# m h  dom mon dow   command
30 2 * * * backup.sh >> /var/log/backup.log 2>&1
$ cat ~/backup.sh
#!/bin/bash
set -e
STAMP=$(date +%F)
pg_dump -U app shop | gzip > /backups/shop-$STAMP.sql.gz
find /backups -name 'shop-*.sql.gz' -mtime +14 -delete
echo "backup done $STAMP"
$ ls -l ~/backup.sh
-rw-r--r-- 1 deploy deploy 187 Jun 30 11:02 /home/deploy/backup.sh
$ cat /var/log/backup.log
/bin/sh: 1: backup.sh: not found
/bin/sh: 1: backup.sh: not found
/bin/sh: 1: backup.sh: not found
$ ls /backups | tail -n 3
shop-2026-06-26.sql.gz
shop-2026-06-27.sql.gz
shop-2026-06-28.sql.gz
$ which pg_dump
/usr/bin/pg_dump
$ echo $PATH
/home/deploy/.local/bin:/usr/local/bin:/usr/bin:/bin
$ history | grep backup.sh | tail -n 4
  812  vim ~/backup.sh
  813  cp ~/backup.sh ~/backup.sh.bak
  814  mv ~/backup.sh.bak ~/backup.sh
  815  crontab -e
$ df -h /backups
Filesystem      Size  Used Avail Use% Mounted on
/dev/sdb1       200G  121G   79G  61% /backups
$ cat /etc/cron.d/logrotate-app
0 3 * * * root /usr/sbin/logrotate /etc/logrotate.d/app
$ sudo grep CRON /var/log/syslog | tail -n 3
Jul  1 02:30:01 db01 CRON[40122]: (deploy) CMD (backup.sh >> /var/log/backup.log 2>&1)
Jul  2 02:30:01 db01 CRON[40577]: (deploy) CMD (backup.sh >> /var/log/backup.log 2>&1)
Jul  3 02:30:01 db01 CRON[41003]: (deploy) CMD (backup.sh >> /var/log/backup.log 2>&1)
$ ls -l /var/log/backup.log
-rw-r--r-- 1 deploy deploy 114 Jul  3 02:30 /var/log/backup.log
$ sudo -u deploy bash -lc 'cd / && backup.sh'
bash: backup.sh: command not found"""

SHELLS["otel_trace"] = r"""$ cat trace.json | jq '.resourceSpans[0].scopeSpans[0].spans[] | {name, start: .startTimeUnixNano, end: .endTimeUnixNano, parent: .parentSpanId}'
{"name": "GET /checkout", "start": "1751442000000000000", "end": "1751442002950000000", "parent": ""}
{"name": "auth.verify_token", "start": "1751442000005000000", "end": "1751442000041000000", "parent": "a1"}
{"name": "cart.load", "start": "1751442000045000000", "end": "1751442000210000000", "parent": "a1"}
{"name": "pricing.apply_promotions", "start": "1751442000212000000", "end": "1751442002601000000", "parent": "a1"}
{"name": "db.query promotions", "start": "1751442000230000000", "end": "1751442002580000000", "parent": "p4"}
{"name": "payments.authorize", "start": "1751442002605000000", "end": "1751442002902000000", "parent": "a1"}
{"name": "render.checkout_page", "start": "1751442002905000000", "end": "1751442002948000000", "parent": "a1"}
$ cat trace.json | jq '.resourceSpans[0].scopeSpans[0].spans[] | select(.name=="db.query promotions") | .attributes'
[
  {"key": "db.system", "value": {"stringValue": "postgresql"}},
  {"key": "db.statement", "value": {"stringValue": "SELECT * FROM promotions WHERE code = $1 AND active = true"}},
  {"key": "db.rows_examined", "value": {"intValue": "4012233"}}
]
$ psql shop -c '\d promotions'
                 Table "public.promotions"
   Column   |  Type   | Nullable
------------+---------+----------
 id         | bigint  | not null
 code       | text    | not null
 active     | boolean | not null
 discount   | numeric | not null
 valid_to   | date    |
Indexes:
    "promotions_pkey" PRIMARY KEY, btree (id)"""

SHELLS["grades"] = r"""$ cat results.csv
student_id,quiz1,quiz2,quiz3,final
s001,8,7,9,71
s002,6,,8,64
s003,10,9,10,88
s004,5,6,4,49
s005,9,8,,77
s006,7,7,8,69
s007,,5,6,52
s008,8,9,9,81
s009,10,10,9,93
s010,4,6,5,58
s011,9,7,8,74
s012,7,8,7,70
s013,3,,5,41
s014,9,9,9,85
s015,8,,8,66
$ cat notes.csv
student_id,reason
s002,medical
s013,family emergency
$ cat grading_rules.txt
Quiz average counts 30%, final exam counts 70%.
Quizzes are marked out of 10; convert the quiz average to a percentage before weighting.
Missing quizzes count as 0 unless a medical note exists (see notes.csv); with a medical note the
quiz average is taken over the quizzes actually written.
Pass mark: 50 overall.
$ cat README_TA.txt
Please send the final overall scores to the course coordinator by Friday as a CSV with columns
student_id, quiz_avg, final, overall, pass. Round overall to one decimal. Medical notes only count for
quizzes missed for medical reasons; other reasons count as 0 unless the coordinator approves.
$ python3 -c "import csv; r=list(csv.DictReader(open('results.csv'))); print(len(r), sum(1 for x in r if '' in x.values()))"
15 5
$ ls
README_TA.txt  grading_rules.txt  notes.csv  results.csv  template_export.csv
$ cat template_export.csv
student_id,quiz_avg,final,overall,pass
$ wc -l results.csv notes.csv
  16 results.csv
   3 notes.csv
  19 total
$ cat course_info.txt
Course: Introduction to Statistics (STAT101), section B, summer term
Coordinator: Dr. M. Haddad. Exam date: 24 June. Resit: 2 September.
Students who fail may take the resit; quiz marks carry over."""

SHELLS["jupyter"] = r"""In [1]: !cat config.yaml
data:
  train: data/train.csv
  valid: data/valid.csv
  target: churned
model:
  type: gradient_boosting
  n_estimators: 400
  learning_rate: 0.05
  max_depth: 4

In [2]: import pandas as pd, yaml
   ...: cfg = yaml.safe_load(open("config.yaml"))
   ...: df = pd.read_csv(cfg["data"]["train"])
   ...: X, y = df.drop(columns=[cfg["data"]["target"]]), df[cfg["data"]["target"]]

In [3]: from sklearn.ensemble import GradientBoostingClassifier
   ...: clf = GradientBoostingClassifier(**{k: v for k, v in cfg["model"].items() if k != "type"})
   ...: clf.fit(X, y)
---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[3], line 3
----> 3 clf.fit(X, y)
ValueError: could not convert string to float: 'Premium'

In [4]: df.dtypes
Out[4]:
customer_id      int64
plan            object
tenure_months    int64
monthly_fee    float64
support_calls    int64
churned          int64
dtype: object

In [5]: df["plan"].value_counts()
Out[5]:
plan
Basic      4120
Premium    2210
Family      970
Name: count, dtype: int64

In [6]: df.shape, y.mean()
Out[6]: ((7300, 6), 0.187)

In [7]: !cat requirements-lock.txt | grep -E "scikit|pandas|numpy"
numpy==1.26.4
pandas==2.2.2
scikit-learn==1.5.1

In [8]: df.isna().sum().sum()
Out[8]: 0

In [9]: !head -n 3 data/valid.csv
customer_id,plan,tenure_months,monthly_fee,support_calls,churned
90211,Basic,14,9.99,0,0
90212,Premium,41,24.99,3,1"""

SHELLS["powershell"] = r"""PS C:\Services\Invoicer> Get-Content .\logs\service.log -Tail 12
2026-07-01 08:00:01 INFO  Starting Invoicer 2.3.1
2026-07-01 08:00:02 INFO  Loaded 3 templates
2026-07-01 08:00:02 INFO  Connecting to SMTP smtp.office365.com:587
2026-07-01 08:00:03 WARN  TLS handshake retry (1/3)
2026-07-01 08:00:05 WARN  TLS handshake retry (2/3)
2026-07-01 08:00:08 ERROR SmtpException: Authentication unsuccessful, basic authentication is disabled.
2026-07-01 08:00:08 INFO  Queued 214 invoices for retry
2026-07-01 08:30:00 INFO  Retry run started
2026-07-01 08:30:03 ERROR SmtpException: Authentication unsuccessful, basic authentication is disabled.
PS C:\Services\Invoicer> Get-Content .\appsettings.json
{
  "Smtp": { "Host": "smtp.office365.com", "Port": 587, "User": "invoices@contoso-demo.com", "UseOAuth": false },
  "Templates": "C:\\Services\\Invoicer\\templates"
}
PS C:\Services\Invoicer> Get-Content .\Invoicer.csproj | Select-String PackageReference
    <PackageReference Include="MailKit" Version="4.3.0" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
PS C:\Services\Invoicer> Get-Content .\src\MailSender.cs -TotalCount 14
using MailKit.Net.Smtp;
using MailKit.Security;
public class MailSender {
    public async Task SendAsync(MimeMessage msg) {
        using var client = new SmtpClient();
        await client.ConnectAsync(_cfg.Host, _cfg.Port, SecureSocketOptions.StartTls);
        await client.AuthenticateAsync(_cfg.User, _cfg.Password);
        await client.SendAsync(msg);
        await client.DisconnectAsync(true);
    }
}"""

SHELLS["final_report"] = r"""$ cat final_report.txt
Final Report: Community Garden Pilot (March-June)

Summary. The pilot ran for four months in the Eastvale district with 23 participating households. Our main goals was to increase access to fresh vegetables and to bring neighbours together. Overall participation was higher then expected, with an average of 14 households attending the weekly work sessions.

Results. We harvested approximately 410 kg of produce, mostly tomatoes, courgettes and beans. 60% of households said they eat more vegetables since joining. Three new friendships groups formed that now meets outside the garden.

Challenges. Water access was a major issue in June, when the municipal tap was shut for repairs for nine days. Some plots was damaged by snails. Volunteer fatigue was visible in May.

Recommendations. (1) Install a rainwater tank. (2) Rotate plot responsibilities. (3) Apply for the city's green grant before 30 September.
$ wc -w final_report.txt
176 final_report.txt
$ cat feedback_from_coordinator.txt
Thanks for the draft! Two things before it goes to the council: please fix the grammar (a few agreement
errors), and add one sentence on costs. Total spend was 2,140 EUR (seeds 380, tools 910, water 210,
event 640). Keep it under one page. Deadline is Monday.
$ ls -l
-rw-r--r-- 1 ana ana 1012 Jul  3 18:20 final_report.txt
-rw-r--r-- 1 ana ana  318 Jul  4 09:02 feedback_from_coordinator.txt
-rw-r--r-- 1 ana ana 8801 Jul  1 14:11 photos_list.txt"""

SHELLS["py_notes"] = r""">>> print(open('notes.txt').read())
Board meeting, June 12
- Q2 revenue 1.84M (+12% yoy), below plan by 3%
- Churn improved to 2.1% monthly (from 2.6%)
- Hiring: 2 engineers hired, sales lead role still open after 4 months
- Risk: largest customer (Nordline) contract up for renewal in September, 18% of revenue
- Decision: approve budget for SOC 2 audit (est. 45k)
- Decision: postpone office move to 2027
- Open question from D. Weber: should we raise prices for legacy plans?
>>> print(open('actions.txt').read())
1. CFO to prepare Nordline renewal scenarios by July 15
2. CTO to pick SOC 2 auditor by July 1
3. CEO to revisit sales lead job description
>>>
>>> print(open('kpis.csv').read())
metric,q1,q2,target_q2
revenue_m,1.64,1.84,1.90
monthly_churn_pct,2.6,2.1,2.2
nps,31,38,35
open_roles,3,1,0
>>> import os; os.listdir('.')
['notes.txt', 'actions.txt', 'kpis.csv', 'nordline_contract_summary.pdf']
>>> print(open('nordline_email.txt').read())
Hi team, thanks for the call. We're reviewing all vendors in Q3 and will share our requirements by
August 1st. Pricing flexibility and the SOC 2 report will be important factors. Best, Ingrid (Nordline)
>>>
>>> print(open('hiring_update.txt').read())
Sales lead: 3 candidates in final round, offers expected by July 20. Backup plan: promote from within
(Ana, currently senior AE). Engineering: both new hires start August 1; onboarding buddy assigned.
>>> print(open('soc2_quotes.txt').read())
Auditor A: 42k, start September, report in December
Auditor B: 47k, start August, report in November
Auditor C: 39k, start October, report in February
>>>"""

ITEMS_TRANSCRIPT = [
    ("support_chat", "Summarize the customer's complaint in two sentences and draft a short follow-up email from the shop apologising for the delay.", "en", "post"),
    ("support_chat", "What did the agent do well and what should he have done differently? Give me coaching notes for our team lead.", "en", "pre"),
    ("support_chat", "Quel ton l'agent aurait-il dû adopter dès le début ? Propose une meilleure première réponse.", "fr", "post"),
    ("slack_outage", "Turn this Slack thread into a postmortem: timeline (UTC+2), root cause, impact, action items with owners.", "en", "post"),
    ("slack_outage", "Was rolling back first the right call here? Argue both sides briefly.", "en", "post"),
    ("user_interview", "Extract the top 3 pain points and one quote for each that we can put on a slide.", "en", "post"),
    ("user_interview", "Dựa vào bản phỏng vấn này, hãy gợi ý 3 tính năng cho ứng dụng dự báo đơn hàng của chúng tôi.", "vi", "pre"),
    ("bot_leak_log", "This is a log from OUR support bot. It showed its <think> block to a customer. How do we stop this in the frontend and backend? We're using vLLM.", "en", "pre"),
    ("bot_leak_log", "Is 3% of conversations leaking the think section something we should report to the privacy officer? What would you check first?", "en", "post"),
    ("meeting_de", "Erstelle aus dem Protokoll eine Aufgabenliste mit Verantwortlichen und Fristen. Markiere offene Punkte ohne Verantwortliche.", "de", "post"),
    ("meeting_de", "Schreib mir bitte eine kurze, freundliche Zusammenfassung des Meetings für Bernd, der erst um 10:15 kam.", "de", "post"),
    ("podcast_ai", "Write show notes for this episode: a 3-sentence summary, 4 bullet-point takeaways and 3 suggested chapter titles with timestamps.", "en", "post"),
    ("podcast_ai", "Fais-moi un résumé de cet épisode en français, 5 phrases maximum, pour la newsletter.", "fr", "pre"),
    ("tutoring", "Did the tutor explain the concept correctly? Suggest one follow-up exercise for Leo.", "en", "post"),
    ("tutoring", "Bu ders dökümüne göre öğretmenin yöntemi hakkında kısa bir değerlendirme yaz.", "tr", "post"),
    ("hearing", "Which earlier testimony is the witness contradicting, and what evidence is used? Neutral summary please.", "en", "post"),
    ("hearing", "Resume la contradicción principal del testigo en tres frases.", "es", "post"),
    ("support_chat", "Classify this chat with our tags: [shipping, missing-item, refund, escalation, voucher] and explain briefly.", "en", "post"),
    ("slack_outage", "Draft the customer email Mira was asked to write. Keep it under 120 words.", "en", "post"),
    ("user_interview", "Какие выводы из этого интервью важнее всего для нашего продукта? Ответь списком.", "ru", "post"),
]

ITEMS_SHELL = [
    ("compose", "Why can't the api container connect to postgres even though the db says it's ready?", "en", "post"),
    ("compose", "Besides the connection issue, is there anything insecure in this compose setup?", "en", "post"),
    ("nginx", "Why am I getting a 504? Should I raise the timeout or fix the endpoint?", "en", "post"),
    ("nginx", "Explique a configuração do nginx acima linha por linha para um colega novo.", "pt-BR", "post"),
    ("pip", "How do I resolve this conflict? I need langchain 0.2.x.", "en", "post"),
    ("pip", "Wie löse ich diesen Abhängigkeitskonflikt, ohne langchain zu downgraden?", "de", "post"),
    ("cron", "The backup stopped running after June 28. What's wrong and how do I fix it?", "en", "post"),
    ("cron", "Is the retention logic in backup.sh safe? What happens if pg_dump fails halfway?", "en", "post"),
    ("otel_trace", "Which span is the bottleneck and what would you do about it?", "en", "post"),
    ("otel_trace", "このトレースから、どの処理が遅いのかを説明してください。", "ja", "post"),
    ("grades", "Compute each student's overall score following grading_rules.txt and notes.csv, and tell me who fails. Show the table in the format of template_export.csv.", "en", "post"),
    ("grades", "Escribe una fórmula de Excel que calcule la nota final según las reglas de grading_rules.txt.", "es", "post"),
    ("jupyter", "Fix the ValueError. What's the cleanest way to encode the plan column given my config?", "en", "post"),
    ("jupyter", "Est-ce que gradient boosting est un bon choix ici ? Quelles métriques devrais-je regarder pour la churn ?", "fr", "post"),
    ("powershell", "What does this error mean and what do I need to change in the app to send mails again?", "en", "post"),
    ("powershell", "Co oznacza ten błąd i jak to naprawić? Aplikacja jest nasza, w .NET 8.", "pl", "post"),
    ("final_report", "Proofread the report: fix grammar mistakes and list what you changed.", "en", "post"),
    ("final_report", "Shorten this report to a 60-word summary for the city newsletter.", "en", "post"),
    ("py_notes", "Summarize these board notes in 3 bullets and list the decisions separately.", "en", "post"),
    ("py_notes", "Which action item is most urgent given the risks mentioned? Explain in two sentences.", "en", "post"),
]
