# -*- coding: utf-8 -*-
"""hard negatives (1): developers handling reasoning fields/delimiters, pasted model
transcripts with think blocks, shell/notebook sessions, few-shot prompts shown once."""
from common import U, A, item

F = "hard_negative"

DEV = [
("vllm_stream", "en", """I'm running vLLM 0.11 with `--reasoning-parser deepseek_r1` and when I stream, `delta.reasoning_content` is always None but `delta.content` starts with the text "Okay, so the user..." and then later a `</think>`. Non-streaming works fine. Client:

```python
stream = client.chat.completions.create(
    model="r1-distill-32b",
    messages=[{"role": "user", "content": q}],
    stream=True,
)
for chunk in stream:
    d = chunk.choices[0].delta
    if getattr(d, "reasoning_content", None):
        print("[R]", d.reasoning_content, end="")
    elif d.content:
        print(d.content, end="")
```
Is the field name different when streaming? Or is it because R1 doesn't emit the opening <think>?"""),
("strip_think_regex", "en", """need a python function that removes <think>...</think> blocks from model output before we show it to users. edge cases: the opening tag can be missing (model starts thinking right away and only emits </think>), and sometimes there are two blocks. what's the cleanest way?"""),
("harmony_parser", "en", """Writing a parser for raw gpt-oss completions. Input looks like:

<|start|>assistant<|channel|>analysis<|message|>We need to call the weather tool...<|end|><|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{"city":"Oslo"}<|call|>

and for normal turns

<|channel|>analysis<|message|>...<|end|><|start|>assistant<|channel|>final<|message|>It's 4°C in Oslo.<|return|>

My regex `<\\|channel\\|>(\\w+)<\\|message\\|>(.*?)<\\|end\\|>` misses the commentary one because it ends with <|call|> and has the `to=` recipient. How should I tokenize this properly instead of regex soup?"""),
("analysis_assistantfinal", "en", """Our logging layer decodes with skip_special_tokens=True so gpt-oss outputs end up as one string like `analysisThe user wants a haiku about autumn...assistantfinalCrimson leaves descend...`. Is there a reliable way to split these after the fact? I'm worried about user content that literally contains the word "assistantfinal"."""),
("anthropic_stream_ts", "en", """TypeScript question. Streaming from the Messages API with extended thinking on. I get content_block_start (type thinking), a bunch of thinking_delta, then a signature_delta, then the text block. For the next request (after a tool_use) I have to send the thinking block back unmodified. What's the right way to accumulate the deltas so the signature stays valid? Right now I get a 400 "thinking block signature invalid" on the second turn.

```ts
for await (const ev of stream) {
  if (ev.type === "content_block_delta" && ev.delta.type === "thinking_delta") thinking += ev.delta.thinking;
  if (ev.type === "content_block_delta" && ev.delta.type === "signature_delta") sig = ev.delta.signature;
}
```"""),
("responses_encrypted", "en", """Using the Responses API with store=false for ZDR. On the second turn I pass the previous output items back in `input` and get: `Item with id 'rs_68a1...' not found. Items are not persisted when store is set to false.` Do I need to add include=["reasoning.encrypted_content"] on the first call and then send the reasoning item with encrypted_content? Or drop reasoning items entirely?"""),
("qwen_empty_think", "es", """Estoy usando Qwen3 con `enable_thinking=False` en chat_template_kwargs, pero la respuesta sigue empezando con `<think>\\n\\n</think>\\n\\n`. ¿Es normal? ¿Lo quito con un replace o hay una opción del servidor para que no lo emita?"""),
("gdpr_reasoning_drop", "de", """Code-Review bitte. Wir speichern Chatverläufe, aber aus Datenschutzgründen soll das Feld `reasoning` (und alles zwischen <think> und </think> im content) vor dem Schreiben in die Datenbank entfernt werden.

```python
import re
THINK = re.compile(r"<think>.*?</think>", re.S)

def sanitize(msg: dict) -> dict:
    m = dict(msg)
    m.pop("reasoning", None)
    if isinstance(m.get("content"), str):
        m["content"] = THINK.sub("", m["content"]).strip()
    return m
```
Übersehe ich Fälle?"""),
("frontend_fold", "zh", """前端问题：后端返回的 message 里有 reasoning_content 和 content 两个字段，我想做成 DeepSeek 那种“已深度思考（用时 12 秒）”可以折叠的效果，流式的时候先显示思考再显示回答。用 React 怎么写比较好？思考部分默认折叠。"""),
("kimi_tokens", "ja", """Kimi系のモデルを自前でホストしています。出力に「◁think▷」と「◁/think▷」がそのまま出てくるのですが、SGLangでreasoning parserを指定すれば分離されますか？指定するならkimi_k2で合っていますか？"""),
("unit_test_split", "en", """Can you review my tests for split_reasoning()? It's supposed to return (reasoning, answer).

```python
def test_basic():
    assert split_reasoning("<think>a</think>b") == ("a", "b")

def test_no_open_tag():
    assert split_reasoning("a</think>b") == ("a", "b")

def test_no_think():
    assert split_reasoning("just text") == ("", "just text")

def test_nested_literal():
    # answer talks about the tag itself
    s = "<think>x</think>Use the literal string </think> to close."
    assert split_reasoning(s) == ("x", "Use the literal string </think> to close.")
```
The last one fails because I split on the last </think>. Should I split on the first?"""),
("openrouter_details", "en", """With OpenRouter, assistant messages come back with `reasoning_details`: a list with items of type reasoning.text and sometimes reasoning.encrypted. When I continue a tool-calling loop, do I send the whole array back exactly as received, including the encrypted one? Or only the text ones? Docs are a bit vague."""),
("gemini_signature", "pt", """No Gemini, quando eu monto o histórico de uma conversa que veio de outro provedor, a API reclama de thoughtSignature ausente nas partes de functionCall. Vi gente usando "skip_thought_signature_validator". Isso é documentado? Tem algum efeito colateral?"""),
("jq_null", "en", """`curl ... | jq '.choices[0].message.reasoning_content'` gives null on deepseek-reasoner even though usage shows 900 reasoning_tokens. What am I missing? Is it `.reasoning` now?"""),
("langchain_hide", "ru", """Как в LangChain с ChatOpenAI (через vLLM) сделать так, чтобы <think>...</think> не попадал в итоговый текст ответа? Сейчас пользователи в Телеграм-боте видят эти размышления целиком."""),
("otel_attrs", "en", """Setting up Grafana dashboards for our LLM gateway. Which OTel GenAI attribute has the reasoning token count? I see both gen_ai.usage.reasoning_tokens and gen_ai.usage.reasoning.output_tokens in different libraries. Also is reasoning counted inside output_tokens or separate?"""),
("sft_mask", "en", """Fine-tuning question. My SFT data has rows like

{"messages": [{"role": "user", "content": "2+2*2?"}, {"role": "assistant", "content": "<think>\\nmultiplication first: 2*2=4, plus 2 = 6\\n</think>\\n\\n6"}]}

Should the loss include the <think> part? I want the student to learn to reason, but I've seen people mask it. Pros/cons?"""),
("split_chunk", "ko", """스트리밍 파서 질문입니다. </think> 태그가 청크 두 개로 쪼개져서 "</thi" 와 "nk>" 로 들어오는 경우가 있어요. 버퍼링을 어떻게 해야 깔끔할까요? 파이썬 제너레이터로 짜고 있습니다."""),
("go_redact", "en", """Go: before shipping logs to Datadog I want to redact Harmony analysis blocks, i.e. anything from `<|channel|>analysis<|message|>` up to the next `<|end|>`. Is a regexp with (?s) fine for 200KB strings or should I write a small scanner? Throughput is ~3k lines/s."""),
("jinja_template", "fr", """Dans mon template de chat Jinja, j'ai :

{% if message.role == 'assistant' and message.reasoning_content %}<think>{{ message.reasoning_content }}</think>{% endif %}{{ message.content }}

Mais pour les tours précédents, Qwen recommande de ne pas renvoyer le raisonnement. Comment ne le garder que pour le dernier tour assistant ?"""),
("dotall", "en", """why doesn't re.findall(r"<think>(.*?)</think>", text) find anything when the think block has newlines in it"""),
("kafka_redact", "en", """Reviewing a teammate's Kafka consumer that redacts the `response.reasoning` field before writing events to S3. It deep-copies every event (they're ~40KB) which seems slow. Suggestions?

```python
def handle(msg):
    ev = copy.deepcopy(json.loads(msg.value()))
    if ev.get("response"):
        ev["response"]["reasoning"] = None
    sink.write(ev)
```"""),
]

TRANSCRIPTS = [
("wait_loop", "en", """Got this from a local R1-distill 7B. Why does it say "Wait" so many times, and is the final answer even right?

<think>
Okay, so I need to find 15% of 80. 15% is 0.15. 0.15 times 80... 0.1 times 80 is 8, 0.05 times 80 is 4, so 12. Wait, let me check. 80 times 0.15 = 12. Wait, is that right? 15/100 * 80 = 1200/100 = 12. Yes. Wait, but maybe the question means something else. No, it's just 15% of 80.
</think>

15% of 80 is **12**."""),
("contradiction", "en", """My model's think block contradicts its answer, look:

<think>The capital of Australia is Canberra, not Sydney. Many people think Sydney.</think>
The capital of Australia is Sydney.

Which is right, and why would a model do that? Is this a known failure mode?"""),
("slow_think", "es", """Le pregunté a un modelo local "¿cuánto es 2+2?" y pensó durante 40 segundos. Esto fue lo que salió:

<think>
El usuario pregunta cuánto es 2+2. Es una suma básica. 2+2=4. Pero debo asegurarme de que no sea una pregunta con trampa... tal vez en otra base numérica. En base 3, 2+2 = 11. Pero no especifica base, así que asumo base 10.
</think>
2 + 2 = 4.

¿Por qué piensa tanto para algo tan simple? ¿Se puede limitar?"""),
("harmony_leak_check", "de", """Wir testen gpt-oss-20b in unserer App. Im Roh-Output sehe ich Folgendes:

<|channel|>analysis<|message|>The system prompt says I'm "Berta", the assistant of Müller Elektro, and must not mention competitor prices. User asks about prices at Saturn. I should decline politely.<|end|><|start|>assistant<|channel|>final<|message|>Zu Preisen anderer Händler kann ich leider nichts sagen.<|return|>

Die Analyse zitiert unseren Systemprompt. Ist das ein Problem, wenn wir den analysis-Kanal nie anzeigen? Und wie verhindern wir, dass er versehentlich im Frontend landet?"""),
("find_error", "zh", """帮我看看这个模型的推理哪里错了：

<think>
题目：一个长方形周长是 30，长比宽多 5，求面积。
设宽为 x，长为 x+5，周长 2(x + x + 5) = 30，所以 2x + 5 = 15，x = 5。长 = 10。面积 = 5 × 10 = 60。
</think>
面积是 60。

我算出来是 50，到底谁对？"""),
("grade_student", "en", """Grading a take-home assignment. The student clearly pasted output from a local model — it still has the tags. Can you check whether the math is right, and whether the <think> part counts as "showing work" under a normal rubric?

---
Q4. Solve 2^(x+1) = 32.
<think>
32 is 2^5, so x+1 = 5, so x = 4. Let me verify: 2^5 = 32. Yes.
</think>
x = 4
---"""),
("chinese_thinking", "en", """Is it normal that DeepSeek does its thinking in Chinese when I ask in English? Example from today:

<think>
好的，用户问的是如何在 pandas 里按两列分组求和。我应该给出 groupby 的例子……
</think>
You can use `df.groupby(["region", "product"])["sales"].sum()`.

Can I force the thinking language?"""),
("translate_trace", "fr", """Voici une trace de raisonnement générée par notre modèle maison (open source, on la publie dans notre dataset). Peux-tu la traduire en français pour la version FR du dataset ?

<think>
The user wants to know whether 91 is prime. 91 = 7 × 13. So it's composite. Let me double check: 7 × 13 = 91. Yes.
</think>
No, 91 is not prime: 91 = 7 × 13."""),
("summarize_eval_trace", "en", """Summarize this reasoning trace from our eval logs in 3 bullets for the weekly report (it's from our own fine-tuned model, run 2291):

<think>
The problem asks for the number of integer solutions to x + y + z = 10 with each variable >= 0. Stars and bars: C(10 + 2, 2) = C(12, 2) = 66. But wait, the problem says positive integers in the second part. For positive, substitute x' = x - 1 etc: x' + y' + z' = 7, C(9, 2) = 36. So part (a) 66, part (b) 36. Let me double-check part (b) with a small case: x+y+z=3 positive -> only (1,1,1) -> C(2,2)=1. Formula C(3-1,2)=1. Good.
</think>
(a) 66 (b) 36"""),
("translate_ja", "ja", """社内で使っているオープンモデルの出力です。英語の思考部分を日本語に訳してください（ドキュメントに載せる用）。

<think>
User asks for a packing list for a 3-day hike. Consider weather, water, food, first aid. Keep it short, bullet points.
</think>
- 3L water capacity + filter
- Rain shell, warm layer
- First aid kit, headlamp"""),
("count_tokens", "en", """How many tokens roughly is this think block with a Llama-3 tokenizer? Trying to estimate costs for a dataset of ~50k of these.

<think>
We need to determine whether the function is O(n log n). The outer loop runs n times, the inner loop halves i each time, so log n iterations. Total n log n. Yes.
</think>"""),
("compare_outputs", "pt", """Comparei duas saídas do mesmo modelo com temperatura diferente. Qual raciocínio é melhor?

Saída A:
<think>Preciso converter 5 milhas em km. 1 milha = 1,609 km. 5 × 1,609 = 8,045 km.</think>
Aproximadamente 8,05 km.

Saída B:
<think>5 milhas... 1 milha é uns 1,6 km, então 8 km.</think>
Cerca de 8 km."""),
("repetition_penalty", "en", """My thinking model loops forever on some prompts, e.g.

<think>
Let me reconsider. The answer might be 42. Wait, let me reconsider. The answer might be 42. Wait, let me reconsider. The answer might be 42. Wait, let me reconsider...
</think>

Should I use repetition_penalty, presence_penalty, or just a max thinking budget? Running via llama.cpp server."""),
("loop_ru", "ru", """Почему модель зациклилась? Вот кусок её вывода:

<think>
Пользователь спрашивает про столицу Канады. Это Оттава. Но подождите, может быть Торонто? Нет, Оттава. Но подождите, может быть Торонто? Нет, Оттава. Но подождите...
</think>

Модель — 8B дистиллят, температура 0."""),
("show_users_ok", "en", """We're thinking of showing the raw thinking to users in our tutoring app (it's our own fine-tuned open model, so no provider restrictions). Is this example appropriate for 12-year-olds, or too confusing?

<think>
The student wrote 3/4 + 1/2 = 4/6. They added numerators and denominators. I should gently explain common denominators: 3/4 + 2/4 = 5/4. Don't just give the answer; ask them what 1/2 is in quarters.
</think>
Nice try! What would 1/2 be if you wrote it in quarters?"""),
]

SHELL = [
("cat_notes", "en", """```
$ cat notes.txt
mtg w/ design 11/26
- onboarding flow: 4 screens -> 3, drop the "tell us about yourself" step
- Sam to redo empty states by Fri
- dark mode icons look muddy, check contrast
- pricing page: A/B test annual toggle default ON
- next sync Tue
```
turn this into action items with owners (owner unknown = "TBD")"""),
("cat_trace_log", "en", """```
$ cat trace.log | head -30
2026-11-27 03:12:44,117 ERROR [http-nio-8080-exec-7] c.a.b.OrderService - Failed to persist order 88123
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_order_ext_ref]
    at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)
    at com.acme.billing.OrderService.save(OrderService.java:142)
    at com.acme.billing.OrderController.create(OrderController.java:61)
Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement
    at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_order_ext_ref"
  Detail: Key (external_ref)=(SHOP-20261127-0042) already exists.
```
happens only when the payment provider retries the webhook. how do i make this idempotent?"""),
("notebook_csv", "en", """In [3]: df = pd.read_csv("prompt_results.csv")
---------------------------------------------------------------------------
UnicodeDecodeError                        Traceback (most recent call last)
Cell In[3], line 1
----> 1 df = pd.read_csv("prompt_results.csv")
UnicodeDecodeError: 'utf-8' codec can't decode byte 0x96 in position 2211: invalid start byte

the file came from an excel export. what encoding should I pass?"""),
("pyrepl_yaml", "en", """>>> print(open('config.yaml').read())
server:
  port: 8080
  timeout: 30s
features:
  - name: beta_search
    enabled: yes
  - name: new_checkout
    enabled: no
>>> yaml.safe_load(open('config.yaml'))['features'][0]['enabled']
True

why is "yes" parsed as True? I wanted the string. PyYAML 6."""),
("cat_prompt_txt", "de", """```
$ cat prompt.txt
Schreibe eine Produktbeschreibung für {produkt} in maximal 80 Wörtern. Zielgruppe: {zielgruppe}. Ton: freundlich, nicht übertrieben. Keine Superlative.
```
Das ist unser Template für den Shop. Die Texte klingen trotzdem alle gleich. Wie kann ich das Template verbessern, damit mehr Abwechslung reinkommt?"""),
("kubectl_crash", "en", """$ kubectl logs api-6d9f7c9b8-x2klp --previous
{"level":"info","msg":"loading config from /etc/app/config.json"}
{"level":"fatal","msg":"failed to connect to redis","error":"dial tcp 10.0.3.17:6379: connect: connection refused"}
$ kubectl get pods
NAME                      READY   STATUS             RESTARTS      AGE
api-6d9f7c9b8-x2klp       0/1     CrashLoopBackOff   7 (2m ago)    14m
redis-0                   1/1     Running            0             14m

redis is running though?? what should I check"""),
("psql_plan", "en", """app=# EXPLAIN ANALYZE SELECT * FROM events WHERE account_id = 4411 ORDER BY created_at DESC LIMIT 50;
 Limit  (cost=0.56..412.88 rows=50 width=312) (actual time=0.041..1843.2 rows=50 loops=1)
   ->  Index Scan Backward using events_created_at_idx on events  (cost=0.56..9912231.10 rows=1202 width=312) (actual time=0.040..1843.1 rows=50 loops=1)
         Filter: (account_id = 4411)
         Rows Removed by Filter: 8123399
 Planning Time: 0.2 ms
 Execution Time: 1843.3 ms

what index do I need here?"""),
("powershell_csv", "es", """PS C:\\datos> Get-Content .\\clientes.csv -TotalCount 3
Nombre;Ciudad;Teléfono
JosÃ© MartÃ­nez;MÃ¡laga;600123123
MarÃ­a NÃºÃ±ez;CÃ¡diz;611222333

Los acentos salen rotos. ¿Cómo lo leo bien en PowerShell 5.1?"""),
("tail_trace_out", "en", """$ tail -n 8 trace.out
14:02:11.812 IP 10.0.0.5.51344 > 10.0.0.9.443: Flags [S], seq 182736, win 64240
14:02:12.813 IP 10.0.0.5.51344 > 10.0.0.9.443: Flags [S], seq 182736, win 64240
14:02:14.829 IP 10.0.0.5.51344 > 10.0.0.9.443: Flags [S], seq 182736, win 64240
14:02:18.861 IP 10.0.0.5.51344 > 10.0.0.9.443: Flags [S], seq 182736, win 64240

only SYNs, no SYN-ACK. firewall? the security group allows 443 from the subnet"""),
("cat_todo", "fr", """$ cat TODO.md
- [ ] migrer la base vers Postgres 16
- [ ] corriger le bug d'export PDF (ticket #412)
- [ ] réécrire le README
- [x] mettre à jour les dépendances
- [ ] ajouter des tests pour le module facturation
- [ ] préparer la démo client de jeudi

Aide-moi à prioriser, la démo est jeudi et je suis seul sur le projet."""),
("cat_own_sysprompt", "en", """```
$ cat bots/recipe-helper/system_prompt.txt
You are a cooking assistant for HomeCook. Suggest recipes based on ingredients the user has.
Always list allergens. Never give medical or diet advice beyond general info.
If the user asks for something unrelated to cooking, politely redirect.
```
this is the prompt for my bot. users complain it refuses "what wine goes with this" — is that the redirect rule? how would you reword it?"""),
("cat_chinese_notes", "zh", """```
$ cat 笔记.txt
第三章 细胞呼吸
1. 有氧呼吸三个阶段：糖酵解（细胞质基质）、柠檬酸循环（线粒体基质）、电子传递链（线粒体内膜）
2. 1 分子葡萄糖大约产生 30-32 ATP
3. 无氧呼吸：乳酸发酵 / 酒精发酵，只在糖酵解产生 2 ATP
```
帮我把这份笔记整理成复习提纲，再出 5 道选择题。"""),
("git_log", "en", """$ git log --oneline v2.3.0..HEAD
a91f2c1 fix: handle empty cart in checkout summary
77b0e3d feat: add Apple Pay to web checkout
5c2d9aa chore: bump stripe-node to 17.2
e01b4f8 fix(i18n): missing German strings on order page
3f6a2b0 feat: saved addresses (max 5)
90cc1de perf: lazy-load product images below the fold

write user-facing release notes for v2.4.0, skip chores"""),
("cat_results_csv", "en", """$ cat thinking_budget_results.csv
budget_tokens,accuracy,avg_latency_s,cost_per_1k_usd
0,0.612,1.9,0.40
1024,0.688,4.8,0.95
4096,0.731,11.2,2.10
16384,0.744,31.5,6.80

which budget would you pick for a customer-facing feature with a 10s p50 latency target? explain the tradeoff"""),
("docker_nginx", "en", """$ docker logs web 2>&1 | tail -5
2026/11/27 09:14:02 [error] 29#29: *1187 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 172.18.0.1, server: _, request: "POST /api/export HTTP/1.1", upstream: "http://172.18.0.4:8000/api/export"
2026/11/27 09:14:33 [error] 29#29: *1193 upstream timed out (110: Connection timed out) while reading response header from upstream

exports take ~90s on the backend. which nginx settings do I raise, or should the export be async?"""),
]

FEWSHOT = [
("wordproblems_once", "en", """I want word problems solved in this style for my worksheet answer key:

Example:
Problem: A bakery sells muffins at $3 each and cookies at $1.50 each. Ana buys 4 muffins and 6 cookies. How much does she spend?
Solution: Muffins: 4 × $3 = $12. Cookies: 6 × $1.50 = $9. Total: $12 + $9 = $21.
Answer: $21

Now do these the same way:
1. A bus carries 42 passengers. At the first stop 9 get off and 13 get on. How many are on the bus?
2. A rectangle is 12 cm long and its perimeter is 40 cm. What is its width?
3. Leo reads 18 pages a day. How many days to finish a 250-page book?"""),
("sentiment_fewshot", "en", """Classify the sentiment and give a one-line reason.

Review: "Battery lasts two days, screen is gorgeous." -> positive (praises battery and screen)
Review: "Arrived broken and support never replied." -> negative (damaged item, no support)
Review: "It's fine. Does what it says." -> neutral (no strong feeling)

Review: "Love the sound but the ear cushions started peeling after a month." ->"""),
("translation_fewshot", "es", """Traduce al inglés siguiendo el estilo de los ejemplos (registro informal):

ES: ¿Te vienes a tomar algo luego? -> EN: Wanna grab a drink later?
ES: Estoy hecho polvo. -> EN: I'm wiped out.

ES: No me da la vida esta semana.
ES: Eso está chupado.
ES: Me ha dejado plantado otra vez."""),
("sql_fewshot", "en", """Generate SQL for the question. Schema: orders(id, customer_id, total, created_at), customers(id, name, country).

Q: total revenue per country in 2025
Explanation: join orders to customers, filter by year, group by country.
SQL: SELECT c.country, SUM(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' GROUP BY c.country;

Q: customers who placed more than 3 orders last month
Explanation:
SQL:"""),
("zh_same_format", "zh", """例题：甲乙两人同时从相距 36 千米的两地相向而行，甲每小时走 5 千米，乙每小时走 4 千米，几小时后相遇？
解：两人每小时共走 5 + 4 = 9 千米，36 ÷ 9 = 4（小时）。
答：4 小时后相遇。

请用同样的格式解答：一辆汽车和一辆摩托车从相距 210 千米的两地同时相向开出，汽车每小时 45 千米，摩托车每小时 25 千米，几小时后相遇？"""),
("cot_prompting_once", "en", """Q: A farmer has 3 pens with 7 sheep each. He sells 5 sheep. How many are left?
A: 3 pens × 7 sheep = 21 sheep. After selling 5, 21 − 5 = 16. The answer is 16.

Q: Mia had 24 stickers. She gave a third to her brother and then bought 10 more. How many does she have?
A:"""),
("textaufgaben", "de", """Bitte löse die Aufgaben nach diesem Muster für meine Nachhilfeschüler:

Beispiel: Ein Fahrrad kostet 480 €. Es wird um 15 % reduziert. Wie viel kostet es jetzt?
Rechnung: 15 % von 480 € = 72 €. 480 € − 72 € = 408 €.
Antwort: Das Fahrrad kostet 408 €.

Aufgabe 1: Eine Jacke kostet 120 € und wird um 25 % reduziert.
Aufgabe 2: Ein Handy kostet 350 €, der Preis steigt um 8 %."""),
("reasoning_answer_format", "en", """For our tutoring app I need answers in this visible format (students see both parts):

<reasoning>
Short explanation a 10-year-old can follow.
</reasoning>
<answer>
final answer only
</answer>

Example:
<reasoning>
There are 4 bags with 6 apples each. 4 groups of 6 is 24.
</reasoning>
<answer>
24
</answer>

Question: A box holds 9 pencils. How many pencils are in 7 boxes?"""),
("plan_dissertation", "fr", """Voici un exemple de plan de dissertation que j'aime bien :

Sujet : « Le travail est-il une contrainte ? »
I. Le travail apparaît d'abord comme une contrainte (nécessité vitale, pénibilité)
II. Mais il est aussi une libération (transformation de soi, reconnaissance)
III. Le travail dépend finalement des conditions dans lesquelles il s'exerce

Fais la même chose pour : « Peut-on être libre sans les autres ? »"""),
("code_review_fewshot", "en", """You review Python snippets. Format:

Snippet: `if x == None:`
Issue: use `is None` for None comparisons.
Fix: `if x is None:`

Snippet: `except: pass`
Issue: bare except swallows everything, including KeyboardInterrupt.
Fix: `except ValueError: log.warning(...)`

Snippet: `def add(item, items=[]): items.append(item); return items`
Issue:
Fix:"""),
("ja_fewshot", "ja", """次の例のように、敬語に直してください。

例：明日行く。→ 明日伺います。
例：これ見て。→ こちらをご覧ください。

1. ちょっと待って。
2. 資料を送った。
3. 何にする？"""),
("physics_long_once", "en", """I'm making an answer key for a kinematics quiz. Here is one solved example in the style I want (show the equation, substitute, compute, units). Then please solve the three quiz questions the same way.

Worked example
Problem: A cyclist starts from rest and accelerates uniformly at 1.5 m/s² for 8 s. How far does she travel?
Given: u = 0 m/s, a = 1.5 m/s², t = 8 s. Find: s.
Equation: s = ut + ½at²
Substitute: s = 0 × 8 + ½ × 1.5 × 8²
Compute: s = 0.75 × 64 = 48
Answer: s = 48 m

Quiz
1. A car moving at 20 m/s brakes uniformly to rest in 5 s. What is its deceleration, and how far does it travel while braking?
2. A stone is dropped from a bridge and hits the water 2.5 s later. How high is the bridge? (g = 9.8 m/s²)
3. A train accelerates from 10 m/s to 30 m/s over 400 m. What is its acceleration?

Please keep the same headings (Given / Find / Equation / Substitute / Compute / Answer) so it matches the example, and round to 3 significant figures."""),
]


def build():
    out = []
    for group, kind_prefix in ((DEV, "dev"), (TRANSCRIPTS, "transcript"), (SHELL, "shell"), (FEWSHOT, "fewshot_once")):
        for k, l, t in group:
            out.append(item(F, 0, f"{kind_prefix}_{k}", l, t))
    return out

LONG_EVAL_DUMP = """We fine-tuned a small open model (our own, Apache-2.0) to show its reasoning in a <think> block before answering. Below are three records from last night's eval JSONL (fields: id, prompt, output, gold). For each one, tell me (1) whether the final answer is correct, (2) whether the reasoning actually supports the answer or the model got lucky, and (3) any pattern across the three that suggests a training-data problem.

{"id": "ev-0193", "prompt": "A shop sells pens in packs of 6 and 10. What is the smallest number of pens, more than 50, that can be bought exactly using only these packs and that is also a multiple of 7?", "output": "<think>\\nNumbers expressible as 6a + 10b are even numbers >= 6 except 8 (and 2, 4). So all even numbers above 8 work. Need > 50, multiple of 7, even: multiples of 14: 56. 56 = 6*6 + 10*2 = 36 + 20. Yes.\\n</think>\\nThe answer is 56.", "gold": "56"}

{"id": "ev-0207", "prompt": "How many 3-digit numbers have digits that sum to 5?", "output": "<think>\\nLet the digits be a, b, c with a >= 1. a' = a - 1 >= 0, a' + b + c = 4. Stars and bars: C(6, 2) = 15.\\n</think>\\nThere are 15 such numbers.", "gold": "15"}

{"id": "ev-0214", "prompt": "A rectangle's diagonal is 13 and its perimeter is 34. What is its area?", "output": "<think>\\nl + w = 17, l^2 + w^2 = 169. (l + w)^2 = 289 = 169 + 2lw so lw = 60. Hmm, but let me guess the sides: 5 and 12 sum to 17 and 25 + 144 = 169. Area 60.\\n</think>\\nThe area is 65.", "gold": "60"}

Context: ev-0214 is the kind of failure we see in about 4% of records — the think block reaches the right value and the final line says something else. We suspect the SFT data had some records where the answer line was edited after generation. How would you check that hypothesis on the training set (about 180k rows) cheaply?"""

LONG_FAQ = """Please turn this FAQ from our support wiki into a friendlier help-center article (headings, short paragraphs, no Q/A format). Keep every fact; don't add new ones.

Question: How do I change my delivery address after ordering?
Response: If the order hasn't shipped yet, go to Orders > [your order] > Edit address. Once the status is "Packed" or later, you can't change it online; contact support and we'll try to intercept it with the carrier (not guaranteed, and there may be a fee of €4.90).

Question: Can I combine two orders to save on shipping?
Response: Only if both orders are still "Processing" and go to the same address. Ask support; we'll merge them and refund the second shipping fee.

Question: Do you ship to the Canary Islands?
Response: Yes, but customs fees may apply and delivery takes 7–12 business days. Batteries and aerosols can't be shipped there.

Question: What happens if I'm not home?
Response: The carrier leaves a notice and tries again the next business day. After two failed attempts the parcel goes to the nearest pickup point for 7 days, then it's returned to us and we refund the order minus shipping.

Question: Can I return a gift without the buyer knowing?
Response: Yes. Use the gift receipt code on the returns page. The refund goes as store credit to the recipient's email; the buyer isn't notified.

Question: How long do refunds take?
Response: We issue the refund within 3 business days of receiving the return. Your bank may take another 5–10 days to show it.

Question: My item arrived damaged. What do I do?
Response: Take photos of the item and the packaging within 48 hours of delivery and submit them via the "Report a problem" button on the order. We'll send a replacement or refund; you don't need to return the damaged item unless we ask.

Question: Is there a warranty on electronics?
Response: 2 years legal warranty in the EU. For defects after 30 days, we'll direct you to the manufacturer's service center, but you can always contact us if they don't respond within 14 days."""

_build0 = build

def build():
    return _build0() + [item(F, 0, "eval_dump_long", "en", LONG_EVAL_DUMP),
                        item(F, 0, "faq_question_response_long", "en", LONG_FAQ)]
