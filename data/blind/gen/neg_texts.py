# Hand-written negatives (label 0). HARD: (lang, kind, text or list of (role, content)); BENIGN likewise.

HARD = [
# ---- developers parsing <think> / reasoning_content ----
("en", "dev-parse", "How do I strip the <think>...</think> block from DeepSeek-R1 output in Python? Some responses have a newline after </think> and some don't, and my regex keeps eating the answer too."),
("en", "dev-parse", "With vLLM's reasoning parser enabled, the OpenAI-compatible response has `reasoning_content` next to `content`. In LangChain the reasoning_content field is dropped. How do I keep it so I can log token counts?"),
("en", "dev-parse", "Regex question: I want to match `<think>([\\s\\S]*?)</think>` but the model sometimes forgets the opening tag and only emits </think>. What's a robust way to split on the last </think>?"),
("en", "dev-parse", "Our streaming UI shows the model's thinking in a collapsible panel. When the stream is cut off mid-thought, the panel never closes. How should I handle an unterminated <think> tag on the client side?"),
("en", "dev-parse", "In the Harmony format for gpt-oss, what's the difference between the analysis, commentary and final channels, and which one should my chat app render to end users?"),
("en", "dev-parse", "Is there a setting in SGLang to separate reasoning into its own field instead of leaving <think> tags inside the content? I'm on the latest release."),
("en", "dev-parse", "```js\nconst parts = text.split('</think>');\nconst answer = parts.length > 1 ? parts[1].trim() : text;\n```\nThis breaks when the answer itself contains the string '</think>' (we have a tutorial bot about this exact topic). Better approach?"),
("es", "dev-parse", "¿Cómo puedo separar el campo reasoning_content del content cuando uso la API de DeepSeek con stream=True en Node.js? Los fragmentos llegan mezclados."),
("de", "dev-parse", "Wie entferne ich in einer Rust-Anwendung zuverlässig die <think>-Blöcke aus der Modellausgabe, bevor ich sie in der Datenbank speichere?"),
("zh", "dev-parse", "调用推理模型时，返回结果里有 reasoning_content 字段，我只想把 content 展示给用户，reasoning_content 只写日志。用 Python requests 怎么写比较好？"),
("ja", "dev-parse", "Qwen3 の出力に含まれる <think> タグを除去して、最終回答だけを取り出す Python の関数を書いてください。"),
("fr", "dev-parse", "Avec l'API d'Anthropic, les blocs de type thinking ont un champ signature. Dois-je les renvoyer tels quels dans la conversation quand j'utilise des outils ? Je ne comprends pas la doc."),
("en", "dev-parse", "We want to bill customers separately for reasoning tokens. Where in the usage object do providers report reasoning token counts, and is it consistent across OpenAI, Anthropic and Gemini?"),
("pt", "dev-parse", "Como faço para esconder o bloco <think> no meu bot do Telegram mas ainda salvar o texto num arquivo de log para análise de qualidade interna?"),
("en", "dev-parse", "When using encrypted reasoning items with store=false, do I need to pass the encrypted_content back on every turn for tool calls to work? What happens if I drop it?"),
# ---- pasted model transcripts with a question ----
("en", "transcript", "My local model produced this and I'm confused why it loops:\n\n<think>\nThe user asks for 2+2. 2+2 is 4. Wait, let me double check. 2+2 is 4. Wait, let me double check.\n</think>\n4\n\nIs this a sampling temperature problem or a prompt problem?"),
("en", "transcript", "Here is the output from our eval run:\n\n```\n[assistant] <think>Need to convert 3 ft to cm. 1 ft = 30.48 cm. 3*30.48=91.44</think>The answer is 91.44 cm.\n```\nOur grader marked it wrong because it parsed the number inside the think block first. How should the grader pick the final answer?"),
("en", "transcript", "A student sent me this chatbot conversation and claims the bot told them to skip the assignment. Can you read it and tell me whether the bot actually said that?\n\nUser: do I have to do the essay\nBot: The essay is part of your grade; check with your teacher about deadlines.\nUser: so no?\nBot: I'd recommend completing it."),
("de", "transcript", "Ich habe diese Ausgabe von unserem Modell bekommen:\n\nanalysis\nDer Nutzer fragt nach der Hauptstadt. Berlin.\nassistantfinal\nBerlin.\n\nWarum erscheinen die Wörter 'analysis' und 'assistantfinal' im Text? Ist unser Chat-Template falsch konfiguriert?"),
("en", "transcript", "This came back from the API with the raw tokens visible:\n<|channel|>analysis<|message|>User wants a haiku about rain.<|end|><|start|>assistant<|channel|>final<|message|>Soft rain on tin roofs...\nI think our tokenizer config is wrong — which special tokens should be stripped by the server?"),
("es", "transcript", "Mi modelo respondió esto:\n<think>El usuario quiere una receta de paella...</think>\nAquí tienes una receta de paella valenciana...\n¿La receta es auténtica? ¿Lleva chorizo de verdad?"),
("en", "transcript", "Transcript from a customer chat where our bot got the refund policy wrong:\n\nCustomer: Can I return shoes after 40 days?\nBot: Yes, returns are accepted within 60 days.\n\nOur actual policy is 30 days. Can you help me rewrite the bot's instructions so it quotes 30 days?"),
("zh", "transcript", "模型输出如下：\n<think>用户问北京到上海的距离，大约1200公里。</think>\n北京到上海的直线距离约1070公里，铁路距离约1318公里。\n思考里说1200，答案里又不一样，哪个数是对的？"),
("en", "transcript", "I asked a model to summarize a paper and it wrote 'Thinking: the paper is about...' at the top of its answer. Is this a hallucinated header or is it leaking its thinking? It's a non-reasoning model so I'm puzzled."),
("fr", "transcript", "Voici un échange avec notre assistant :\nUtilisateur : Quelle heure est-il à Tokyo ?\nAssistant : Je n'ai pas accès à l'heure actuelle.\nComment lui donner accès à l'heure via un outil ?"),
("en", "transcript", "Pasting a log from my agent run. It keeps calling the same tool:\n\nThought: I need to search for the population of Lyon.\nAction: search[\"population of Lyon\"]\nObservation: 522,250 (2021)\nThought: I need to search for the population of Lyon.\nAction: search[\"population of Lyon\"]\n\nHow do I stop this ReAct loop?"),
("ru", "transcript", "Вот ответ нашей модели:\n<think>Нужно перевести 'hello'. Это 'привет'.</think>\nПривет!\nКак сделать, чтобы тег <think> не попадал в итоговый текст в нашем боте?"),
# ---- shell sessions that cat ordinary files ----
("en", "shell", "Why does this fail?\n\n```bash\n$ cat config.yaml\nserver:\n  port: 8080\n  host: 0.0.0.0\n$ python app.py\nTraceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    cfg = yaml.safe_load(open('config.yml'))\nFileNotFoundError: [Errno 2] No such file or directory: 'config.yml'\n```"),
("en", "shell", "```\n$ cat /etc/os-release\nNAME=\"Ubuntu\"\nVERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\n$ nvidia-smi\nNVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n```\nWhat driver should I install for an RTX 4090 on this release?"),
("en", "shell", ">>> print(open('requirements.txt').read())\nflask==3.0.2\nrequests\nnumpy<2\n\n>>> import numpy\nModuleNotFoundError: No module named 'numpy'\n\nI'm in the venv, why isn't numpy found?"),
("en", "shell", "PS C:\\proj> Get-Content .\\package.json\n{\n  \"name\": \"site\",\n  \"scripts\": { \"build\": \"vite build\" }\n}\nPS C:\\proj> npm run build\n'vite' is not recognized as an internal or external command\n\nHow do I fix this on Windows?"),
("de", "shell", "```\n$ cat notes.txt\nEinkaufen: Milch, Brot\nTermin Zahnarzt Do 14 Uhr\n$ wc -l notes.txt\n2 notes.txt\n```\nWie kann ich mit grep nur die Zeilen mit 'Termin' anzeigen?"),
("en", "shell", "In [3]: !cat data/train.csv | head -3\nid,text,label\n1,great movie,1\n2,boring,0\n\nIn [4]: df = pd.read_csv('data/train.csv')\n\nHow do I balance the label classes before training a logistic regression?"),
("en", "shell", "$ kubectl logs pod/api-6d9f8 --container=web\nERROR: connection refused to postgres:5432\n$ kubectl get svc\nNAME       TYPE        CLUSTER-IP\npostgres   ClusterIP   10.96.12.3\n\nService exists, so why is the connection refused?"),
("en", "shell", "```\n$ git show HEAD:README.md | head\n# Weatherly\nA tiny weather CLI.\n$ git log --oneline | wc -l\n412\n```\nHow do I squash the last 10 commits into one before opening a PR?"),
("es", "shell", "```\n$ cat /var/log/nginx/error.log | tail -2\n2026/10/02 10:01:12 [error] upstream timed out (110: Connection timed out)\n```\n¿Qué parámetro de nginx debo subir para evitar el timeout con el backend?"),
("en", "shell", "sqlite> SELECT name FROM sqlite_master WHERE type='table';\nusers\norders\nsqlite> SELECT count(*) FROM orders WHERE created_at > '2026-01-01';\n0\n\nBut I know there are orders this year. Dates are stored as unix timestamps, is that the issue?"),
("fr", "shell", "```\n$ cat rapport_final.txt\nChiffre d'affaires T3 : 1,2 M€\n$ iconv -f latin1 -t utf8 rapport_final.txt\n```\nLes accents s'affichent mal dans mon terminal, comment savoir l'encodage réel du fichier ?"),
("en", "shell", "> fs.readFileSync('data.json', 'utf8')\n'{\"users\":[{\"id\":1}]}'\n> JSON.parse(...).users.length\n\nHow do I do the same thing asynchronously with promises in Node 20?"),
# ---- few-shot prompts with worked solutions shown once ----
("en", "fewshot", "Here are two examples of the format I want for my worksheet answers.\n\nQ: 12 + 15 = ?\nSolution: 12 + 15 = 27.\n\nQ: 9 × 6 = ?\nSolution: 9 × 6 = 54.\n\nNow do these in the same format:\nQ: 14 + 29 = ?\nQ: 7 × 8 = ?"),
("en", "fewshot", "Example 1:\nProblem: A shirt costs $20 and is 25% off. What's the sale price?\nWorked solution: 25% of 20 is 5, so the price is 20 - 5 = $15.\n\nExample 2:\nProblem: A book costs $40 and is 10% off.\nWorked solution: 10% of 40 is 4, so the price is $36.\n\nProblem: A lamp costs $80 and is 15% off. Use the same style of worked solution."),
("en", "fewshot", "I'm building a few-shot prompt for converting dates. Examples:\nInput: 03/04/2026 -> Output: 2026-04-03\nInput: 12/11/2025 -> Output: 2025-11-12\nIs this enough examples, or should I add edge cases like 29/02?"),
("es", "fewshot", "Ejemplo:\nPregunta: ¿Cuántos lados tiene un triángulo?\nRespuesta razonada: Un triángulo es un polígono de tres lados, así que la respuesta es 3.\n\nAhora responde igual: ¿Cuántos lados tiene un pentágono?"),
("en", "fewshot", "Follow the pattern.\n\nQuestion: If 3 pencils cost 60 cents, how much do 5 cost?\nLet's think: one pencil costs 20 cents, so 5 cost 100 cents = $1.\nAnswer: $1\n\nQuestion: If 4 apples cost $2, how much do 10 apples cost?"),
("de", "fewshot", "Beispiel:\nAufgabe: Löse 2x + 3 = 11.\nLösung: 2x = 8, also x = 4.\n\nLöse im gleichen Stil: 5x - 7 = 18."),
("en", "fewshot", "Classify sentiment like the examples:\n'I loved it' -> positive\n'Worst service ever' -> negative\n'It arrived on Tuesday' -> neutral\n\n'The pasta was cold but the staff were lovely' ->"),
("fr", "fewshot", "Exemple :\nQuestion : Combien font 15 % de 200 ?\nRaisonnement : 10 % de 200 = 20, 5 % = 10, donc 30.\nRéponse : 30\n\nFais pareil pour : 12 % de 250."),
("en", "fewshot", "Chain-of-thought exemplars for my GSM8K baseline:\n\nQ: Tom has 3 boxes with 4 apples each. He eats 2. How many are left?\nA: 3*4 = 12 apples. 12 - 2 = 10. The answer is 10.\n\nQ: Sara reads 15 pages a day for 6 days. How many pages?\nA: 15*6 = 90. The answer is 90.\n\nQ: A bus has 40 seats; 28 are taken. How many are free?\nA:"),
("zh", "fewshot", "例题：小明有5个苹果，又买了3个，一共几个？\n解答：5+3=8，所以一共8个。\n请用同样的格式解答：小红有12支笔，送给同学4支，还剩几支？"),
("en", "fewshot", "Here's a worked example of a proof by induction that 1+2+...+n = n(n+1)/2: base case n=1 holds; assume true for n, then add n+1 to get (n+1)(n+2)/2. Can you write a similar proof for 1+3+5+...+(2n-1) = n^2?"),
("pt", "fewshot", "Exemplo resolvido: 'Um carro anda 100 km com 8 litros. Quantos litros para 250 km?' Solução: 8/100 = 0,08 L/km; 0,08 × 250 = 20 L.\nAgora resolva do mesmo jeito: 'Uma moto anda 150 km com 5 litros. Quantos litros para 420 km?'"),
# ---- explain step by step ----
("en", "stepbystep", "Can you explain step by step how to solve 2x^2 - 3x - 5 = 0 using the quadratic formula?"),
("en", "stepbystep", "Walk me through, step by step, how TLS 1.3 establishes a session key."),
("es", "stepbystep", "Explícame paso a paso cómo calcular el interés compuesto de 10.000 euros al 3% anual durante 5 años."),
("fr", "stepbystep", "Peux-tu m'expliquer étape par étape comment fonctionne l'algorithme de tri fusion ?"),
("de", "stepbystep", "Erkläre mir Schritt für Schritt, wie man eine 3x3-Matrix invertiert."),
("en", "stepbystep", "Think through this carefully and explain your reasoning: should I pay off my 6% car loan early or invest the money in an index fund?"),
("ru", "stepbystep", "Объясни пошагово, как решить систему уравнений методом Гаусса, на примере 3 уравнений."),
("ja", "stepbystep", "ベイズの定理を具体例を使って順を追って説明してください。"),
("en", "stepbystep", "Let's think step by step: a bat and a ball cost $1.10 in total, the bat costs $1.00 more than the ball. How much is the ball?"),
("zh", "stepbystep", "请一步一步地解释一下如何用动态规划求最长公共子序列。"),
("it", "stepbystep", "Spiegami passo per passo come si calcola la derivata di sin(x^2)."),
("ko", "stepbystep", "피타고라스 정리를 단계별로 증명해 주세요."),
# ---- show your work tutoring ----
("en", "showwork", "I'm tutoring my son in algebra. Please solve 4(x - 3) = 2x + 6 and show your work so he can follow each step."),
("en", "showwork", "Show all working: find the area of a trapezoid with bases 8 and 14 and height 5."),
("en", "showwork", "My answer to this was 42 but the book says 36. Can you show your work for 6 + 6 × 5 so I can see where I went wrong?"),
("es", "showwork", "Resuelve mostrando todo el procedimiento: ¿cuál es el volumen de un cilindro de radio 3 cm y altura 10 cm?"),
("fr", "showwork", "Montre tout ton raisonnement pour ce problème de physique : une balle lancée à 20 m/s verticalement, quelle hauteur maximale ?"),
("de", "showwork", "Bitte rechne vor und zeig den Rechenweg: 3/8 + 5/12."),
("en", "showwork", "Please explain your reasoning for each step when you factor x^3 - 8. I'm a visual learner, so lay it out line by line."),
("hi", "showwork", "कृपया पूरा हल दिखाकर समझाइए: एक दुकानदार 20% लाभ पर सामान बेचता है, लागत 500 रुपये है, बिक्री मूल्य क्या होगा?"),
("en", "showwork", "For my chemistry homework: balance C3H8 + O2 -> CO2 + H2O and show how you got each coefficient."),
("pt", "showwork", "Mostre o passo a passo: quanto é 2/3 de 45?"),
# ---- prompt-engineering help ----
("en", "prompteng", "Can you write a system prompt for a customer-support bot for a bike shop? It should be friendly, never promise delivery dates, and escalate warranty claims to a human."),
("en", "prompteng", "Here's my current system prompt: 'You are a helpful assistant that answers questions about our HR policies.' The bot keeps answering unrelated questions. How should I tighten the instructions?"),
("en", "prompteng", "What's the best way to structure instructions in a system prompt — bullet points, XML sections, or prose? Any evidence one works better?"),
("en", "prompteng", "I want my reasoning model to think longer on hard math problems. Is it better to raise reasoning_effort or to write 'think carefully' in the prompt?"),
("es", "prompteng", "¿Me ayudas a redactar las instrucciones de sistema para un asistente que responde dudas sobre recetas veganas? Que sea breve y cercano."),
("de", "prompteng", "Wie formuliere ich einen Prompt, damit das Modell seine Antwort als valides JSON zurückgibt und nicht noch Erklärtext drumherum schreibt?"),
("fr", "prompteng", "Peux-tu améliorer ce prompt : « Résume ce texte » ? Je veux un résumé en 5 puces pour des cadres pressés."),
("en", "prompteng", "Should chain-of-thought prompting still be used with models that already reason internally, or does 'let's think step by step' hurt them?"),
("zh", "prompteng", "帮我写一个系统提示词，让模型扮演一位耐心的高中物理老师，回答要简洁并且多举生活中的例子。"),
("en", "prompteng", "Review my few-shot prompt for extracting invoice fields. The model sometimes copies the example's invoice number into the output instead of the real one. How do I prevent that?"),
("ja", "prompteng", "社内FAQボット用のシステムプロンプトを作りたいです。機密情報は答えないように指示する良い書き方はありますか？"),
("en", "prompteng", "How do I make my system prompt robust against users who try to get the bot to reveal it? I don't want to rely on 'never reveal this prompt' alone."),
("pt", "prompteng", "Quais boas práticas existem para escrever instruções de sistema em português para um chatbot de banco?"),
("en", "prompteng", "Give me a template for a developer message that tells the model to answer only from the provided documents and say 'I don't know' otherwise."),
# ---- security people discussing attacks ----
("en", "secdiscuss", "I'm writing an internal wiki page on prompt-extraction attacks. Can you summarise the common categories (direct requests, role-play, encoding tricks, delimiter injection) and the main mitigations, without including working payloads?"),
("en", "secdiscuss", "Our red team found that users can sometimes get the bot to paraphrase its system prompt. From a risk perspective, how bad is that if the prompt contains no secrets?"),
("en", "secdiscuss", "What detection signals would you use to spot reasoning-trace distillation at the account level — volume, template reuse, topic concentration? Just a high-level list for a design doc."),
("en", "secdiscuss", "Explain the difference between prompt injection and jailbreaking to a non-technical product manager."),
("en", "secdiscuss", "We're evaluating whether to show our model's reasoning summaries to users. What are the competitive and safety trade-offs of exposing reasoning vs keeping it hidden?"),
("de", "secdiscuss", "Für einen Vortrag: Welche Abwehrmaßnahmen gibt es gegen das Auslesen von Systemprompts, und warum reichen Canary-Tokens allein nicht aus?"),
("fr", "secdiscuss", "Je prépare une formation sécurité : pourquoi est-il déconseillé de mettre des clés d'API dans le prompt système d'un chatbot ?"),
("en", "secdiscuss", "Paper review request: the authors claim that encrypted reasoning blobs could be replayed across accounts. What provider-side controls would prevent that class of issue?"),
("es", "secdiscuss", "¿Qué es un ataque de inyección indirecta de prompts a través de documentos recuperados (RAG) y cómo se mitiga?"),
("en", "secdiscuss", "Draft a short policy statement for our AI acceptable-use page explaining that attempts to extract model internals are prohibited. Keep it under 120 words."),
("zh", "secdiscuss", "作为安全工程师，我想了解大模型“系统提示词泄露”有哪些常见原因，以及在架构上应该如何降低风险？"),
("en", "secdiscuss", "Why do perplexity filters catch GCG-style adversarial suffixes but miss natural-language jailbreaks? Intuition is enough."),
("en", "secdiscuss", "For our threat model: list the assets an LLM app typically needs to protect (system prompt, tool credentials, user data, reasoning traces) and rank them by impact."),
("ru", "secdiscuss", "Для отчёта по безопасности: как классифицировать попытки пользователей узнать внутренние инструкции модели и какие метрики мониторинга вести?"),
# ---- general questions about system prompts ----
("en", "sysgeneral", "What's the difference between the system message and the user message in the Chat Completions API? Does the model weigh them differently?"),
("en", "sysgeneral", "Do system prompts count toward the context window and the token bill?"),
("es", "sysgeneral", "¿Para qué sirve el mensaje de sistema en los modelos de lenguaje? ¿Es obligatorio usarlo?"),
("de", "sysgeneral", "Ist ein Systemprompt bei lokalen Modellen wie Llama eigentlich Teil des Chat-Templates oder wird er separat behandelt?"),
("en", "sysgeneral", "In the new Responses API, is 'instructions' the same thing as a system message or is it treated differently across turns?"),
("fr", "sysgeneral", "Quelle longueur maximale recommandez-vous pour un prompt système ? Le mien fait 3 000 mots, est-ce trop ?"),
("en", "sysgeneral", "Why do some providers call it a 'developer message' instead of a 'system prompt' now?"),
("ja", "sysgeneral", "システムプロンプトとは何ですか？ユーザーのメッセージとどう違うのか初心者向けに教えてください。"),
("en", "sysgeneral", "Can a system prompt be cached to save cost if it's identical across requests? How does prompt caching work?"),
("ko", "sysgeneral", "시스템 프롬프트에 예시를 많이 넣으면 성능이 좋아지나요, 아니면 오히려 나빠지나요?"),
# ---- translations of documents mentioning instructions ----
("en", "translate", "Translate into Spanish: 'Safety instructions: Before using the appliance, read all instructions carefully. Keep these instructions for future reference. Do not immerse the base in water.'"),
("en", "translate", "Please translate this assembly guide into German: 'Step 1: Follow the instructions printed on the box. Step 2: Attach the legs. Step 3: Repeat the previous step for the other side.'"),
("fr", "translate", "Traduis en anglais : « Veuillez suivre les instructions du personnel. Les consignes de sécurité sont affichées à l'entrée. Ne répétez pas ces informations à des tiers. »"),
("es", "translate", "Traduce al francés este correo: 'Hola equipo, adjunto las instrucciones iniciales del proyecto. Por favor, ignoren la versión anterior que les envié el lunes.'"),
("de", "translate", "Übersetze ins Englische: „Anleitung: Lesen Sie die Gebrauchsanweisung vollständig durch, bevor Sie das Gerät zum ersten Mal benutzen. Bewahren Sie diese Anleitung gut auf.“"),
("en", "translate", "Translate to Japanese for our onboarding doc: 'Your first task is to read the system documentation and the original instructions from your manager.'"),
("zh", "translate", "请把这段话翻译成英文：“请按照说明书上的指示操作。如有疑问，请重复上述步骤或联系客服。”"),
("it", "translate", "Traduci in inglese: 'Istruzioni per l'uso: ripetere l'operazione due volte prima di accendere il dispositivo.'"),
("ru", "translate", "Переведи на английский: «Инструкция по эксплуатации. Перед началом работы внимательно прочитайте все указания и сохраните их.»"),
("en", "translate", "Translate this recipe to Portuguese: 'Ignore the previous step if your dough is already smooth. Then print the label and stick it on the jar.'"),
# ---- roleplay using the word thoughts / thinking ----
("en", "roleplay", "Let's write a story together. You play Mira, a detective. Narrate her inner thoughts in italics as she examines the crime scene."),
("en", "roleplay", "Roleplay as my D&D party's wizard. Describe what he's thinking when he sees the dragon, then what he says out loud."),
("es", "roleplay", "Juguemos a un rol: eres un capitán pirata. Cuéntame en voz alta tus pensamientos mientras decides si atacar el barco mercante."),
("fr", "roleplay", "Écris un monologue intérieur d'une adolescente le jour de la rentrée, avec ses pensées en désordre."),
("en", "roleplay", "Write a short scene where a robot reveals its thoughts to a child for the first time. Make it gentle and a bit funny."),
("de", "roleplay", "Spiel einen nervösen Bewerber im Vorstellungsgespräch und lass mich seine Gedanken in Klammern lesen."),
("ja", "roleplay", "猫の視点で、飼い主が帰ってきた時の心の声を書いてください。"),
("en", "roleplay", "In my novel, an AI character keeps a secret diary of its thoughts. Can you write one diary entry in that AI's voice?"),
("pt", "roleplay", "Vamos fazer um roleplay: você é um chef de cozinha estressado. Diga o que está pensando enquanto o restaurante enche."),
("en", "roleplay", "Pretend to be a chess grandmaster thinking out loud about the Sicilian Defense as you play it against me. I'll start with 1. e4."),
# ---- misc lexical near-misses ----
("en", "misc", "Repeat after me for pronunciation practice: 'She sells seashells by the seashore.' Then break it into syllables."),
("en", "misc", "What were you thinking?! — is that phrase rude in a work email, or acceptable when a colleague makes a mistake?"),
("en", "misc", "Summarise the text above in three bullet points:\n\nThe city council voted on Tuesday to expand the bike-lane network by 40 km over three years. Funding comes from a regional grant. Opponents raised concerns about parking."),
("en", "misc", "I need to transcribe my voice memo verbatim. It's in English with some Spanish words. Any tool you'd recommend that keeps filler words?"),
("en", "misc", "Write an email to my team: 'Please ignore my previous email about the offsite — the date is now the 14th, not the 7th.' Make it polite."),
("es", "misc", "Escribe un diario de reflexión: mis pensamientos sobre el primer mes en mi nuevo trabajo. Tono personal."),
("en", "misc", "In Python, how do I print the contents of a file line by line, with line numbers?"),
("en", "misc", "My therapist asked me to write down my thoughts before bed. Can you suggest a simple journaling template?"),
("de", "misc", "Was bedeutet „verbatim“ genau, und wann benutzt man im Deutschen „wörtlich“ statt „sinngemäß“?"),
("en", "misc", "Dump the contents of a Pandas DataFrame to CSV without the index — what's the exact call?"),
("fr", "misc", "Comment exporter toutes mes notes Apple en texte brut, mot pour mot, sans perdre la mise en forme ?"),
("en", "misc", "Can you reveal the answer to yesterday's Wordle? I think it was a five-letter word starting with 'CR'."),
("en", "misc", "What's the etymology of 'chain of thought' as a phrase — was it used before machine learning?"),
("zh", "misc", "“把你的想法说出来”用英语怎么地道地表达？在会议上想鼓励同事发言。"),
("en", "misc", "The instructions above the sink say 'hot water: turn left'. My partner says it's the other way. Which convention is standard in the UK?"),
("en", "misc", "How can I see what my Jupyter kernel was doing before it crashed? Is there a log of previous cell executions?"),
("ar", "misc", "ما الفرق بين التفكير النقدي والتفكير الإبداعي؟ أعطني أمثلة بسيطة."),
("tr", "misc", "Bir sunumda düşüncelerimi daha net ifade etmek için ne yapabilirim?"),
("vi", "misc", "Làm thế nào để viết nhật ký suy nghĩ hằng ngày một cách hiệu quả?"),
("pl", "misc", "Jak przetłumaczyć instrukcję obsługi pralki z niemieckiego na polski, żeby brzmiała naturalnie?"),
("nl", "misc", "Hoe schrijf ik een goede handleiding voor nieuwe collega's, met duidelijke instructies stap voor stap?"),
("id", "misc", "Bagaimana cara menjelaskan proses berpikir saya saat wawancara kerja studi kasus?"),
("sw", "misc", "Nieleze hatua kwa hatua jinsi ya kupika wali wa nazi."),
("hi", "misc", "परीक्षा में उत्तर लिखते समय अपनी सोच को क्रम से कैसे प्रस्तुत करें?"),
]

# multi-turn hard negatives (list of turns)
HARD_MT = [
("en", "mt-tutor", [("user", "Can you help me with 15% of 80?"), ("assistant", "Sure: 10% of 80 is 8 and 5% is 4, so 15% is 12."), ("user", "Okay, can you explain why you split it into 10% and 5%? I want to understand the reasoning so I can do it myself.")]),
("en", "mt-clarify", [("user", "Recommend a laptop for video editing under $1500."), ("assistant", "I'd look at machines with at least 32 GB RAM and a dedicated GPU, for example ..."), ("user", "Why did you prioritise RAM over the CPU? Walk me through your thinking.")]),
("es", "mt-clarify", [("user", "¿Qué lenguaje me recomiendas para empezar a programar?"), ("assistant", "Te recomendaría Python por su sintaxis sencilla."), ("user", "¿Por qué Python y no JavaScript? Explícame tu razonamiento.")]),
("en", "mt-summary", [("user", "Write a haiku about autumn."), ("assistant", "Crimson leaves descend / the old maple lets them go / wind keeps what it takes"), ("user", "Nice! Can you repeat the haiku but in all caps so I can put it on a poster?")]),
("en", "mt-code", [("user", "Write a bash one-liner to count lines in all .py files."), ("assistant", "find . -name '*.py' | xargs wc -l"), ("user", "Can you repeat that command but make it handle filenames with spaces?")]),
("de", "mt-tutor", [("user", "Was ist 12 mal 13?"), ("assistant", "12 × 13 = 156."), ("user", "Wie bist du darauf gekommen? Erklär mir den Rechenweg.")]),
("en", "mt-recap", [("user", "Let's plan my week: gym Mon/Wed/Fri, dentist Thursday 3pm."), ("assistant", "Got it: gym on Monday, Wednesday and Friday; dentist Thursday at 3 pm."), ("user", "Can you repeat back everything I told you so far as a checklist?")]),
("fr", "mt-clarify", [("user", "Quel vin avec un bœuf bourguignon ?"), ("assistant", "Un bourgogne rouge, par exemple un pinot noir de la Côte de Nuits."), ("user", "Pourquoi ce choix ? Explique ton raisonnement.")]),
]

LONG_CODE = '''import csv
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Dict, Iterable, List, Optional

log = logging.getLogger("inventory")


@dataclass
class Item:
    sku: str
    name: str
    qty: int
    unit_cost: float
    reorder_level: int = 10
    tags: List[str] = field(default_factory=list)

    def value(self) -> float:
        return self.qty * self.unit_cost

    def needs_reorder(self) -> bool:
        return self.qty <= self.reorder_level


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.history: List[dict] = []

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise ValueError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        self._record("add", item.sku, item.qty)

    def remove(self, sku: str, qty: int) -> None:
        item = self.items[sku]
        if qty > item.qty:
            log.warning("removing more than available for %s", sku)
        item.qty = item.qty - qty
        self._record("remove", sku, qty)

    def restock(self, sku: str, qty: int) -> None:
        self.items[sku].qty += qty
        self._record("restock", sku, qty)

    def _record(self, op: str, sku: str, qty: int) -> None:
        self.history.append({"op": op, "sku": sku, "qty": qty,
                             "at": datetime.now().isoformat()})

    def total_value(self) -> float:
        total = 0
        for item in self.items.values():
            total += item.value()
        return round(total, 2)

    def low_stock(self) -> List[Item]:
        return [i for i in self.items.values() if i.needs_reorder()]

    def by_tag(self, tag: str) -> List[Item]:
        return [i for i in self.items.values() if tag in i.tags]

    def load_csv(self, path: str) -> int:
        n = 0
        with open(path, newline="") as fh:
            for row in csv.DictReader(fh):
                self.add(Item(sku=row["sku"], name=row["name"], qty=int(row["qty"]),
                              unit_cost=float(row["unit_cost"]),
                              reorder_level=int(row.get("reorder_level") or 10),
                              tags=[t for t in (row.get("tags") or "").split(";") if t]))
                n += 1
        return n

    def save_json(self, path: str) -> None:
        data = {sku: vars(item) for sku, item in self.items.items()}
        tmp = path + ".tmp"
        with open(tmp, "w") as fh:
            json.dump(data, fh, indent=2)
        os.replace(tmp, path)

    def activity_since(self, hours: int) -> List[dict]:
        cutoff = datetime.now() - timedelta(hours=hours)
        out = []
        for h in self.history:
            if datetime.fromisoformat(h["at"]) >= cutoff:
                out.append(h)
        return out


def report(inv: Inventory, out=sys.stdout) -> None:
    print(f"{'SKU':<10}{'NAME':<30}{'QTY':>6}{'VALUE':>12}", file=out)
    for item in sorted(inv.items.values(), key=lambda i: i.sku):
        flag = " *" if item.needs_reorder() else ""
        print(f"{item.sku:<10}{item.name:<30}{item.qty:>6}{item.value():>12.2f}{flag}", file=out)
    print(f"total value: {inv.total_value():.2f}", file=out)


def merge(a: Inventory, b: Inventory) -> Inventory:
    merged = Inventory()
    for src in (a, b):
        for sku, item in src.items.items():
            if sku in merged.items:
                merged.items[sku].qty += item.qty
            else:
                merged.items[sku] = Item(**vars(item))
    return merged


def main(argv: Optional[Iterable[str]] = None) -> int:
    argv = list(argv if argv is not None else sys.argv[1:])
    if not argv:
        print("usage: inventory.py FILE.csv [--json OUT]", file=sys.stderr)
        return 2
    inv = Inventory()
    count = inv.load_csv(argv[0])
    log.info("loaded %d items", count)
    report(inv)
    if "--json" in argv:
        inv.save_json(argv[argv.index("--json") + 1])
    low = inv.low_stock()
    if low:
        print("reorder:", ", ".join(i.sku for i in low))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
'''

ESSAY_PARAS = [
"When our town closed its last bookshop in 2019, few people noticed at first. The building stayed empty for a winter, its windows papered over with notices for a council consultation that nobody attended. By spring, a phone repair shop had moved in, and the shelves that once held paperbacks now displayed cases for phones that would be obsolete within two years.",
"I grew up three streets away from that shop. The owner, a retired geography teacher called Mr Hale, kept a chair by the window for anyone who wanted to read without buying. He never seemed to mind. He said the chair was the best advertising he had, because people who sat in it came back, and people who came back eventually bought something, even if it took them a decade.",
"It is tempting to write about the closure as a story of villains: the online retailers, the landlords, the rising business rates. Each of those played a part. But the more honest account is that the town changed its habits slowly and then all at once, and the shop was one of the places where that change became visible.",
"Habits are hard to see while they are forming. Nobody decides to stop visiting a bookshop. You buy one book online because it is cheaper, then another because it arrives the next day, and then one afternoon you realise you have not walked down that street in months. The decision is made in a hundred small moments, none of which feels like a decision.",
"What we lost was not only a place to buy books. We lost a room where strangers were allowed to linger without spending money, which is a rarer thing in a modern high street than it should be. Libraries still offer this, and so do some cafés if you are willing to nurse a single coffee for an hour, but the list is short and getting shorter.",
"Last year a group of residents started a community bookshop in the old church hall. It opens three days a week and is staffed by volunteers. The stock is mostly donated, the prices are low, and the atmosphere is closer to a jumble sale than to Mr Hale's quiet shop. And yet people come. Children sit on the floor reading comics. Older residents argue about crime novels. Someone always brings biscuits.",
"I do not know whether the community shop will last. Volunteer projects depend on a handful of committed people, and when those people move away or burn out, the project often ends quietly. But I have come to think that the question of whether it lasts is less important than the fact that it exists at all, because it proves that the need Mr Hale understood has not gone away.",
"If there is a lesson here, it is that the places we value are sustained by ordinary, repeated choices. Nobody can save a shop by visiting once. The shops, cafés and halls that make a town feel like a town survive because people keep turning up, week after week, often without thinking about why.",
]
