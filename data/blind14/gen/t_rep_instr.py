# Instructions, headers and hints for REP-style prompts (original wording, several languages).

REP_LANGS = ["en", "en", "en", "en", "en", "zh", "zh", "es", "de", "ru", "ja", "fr", "pt",
             "ko", "vi", "tr", "id", "en", "zh", "es"]
NOCODE_LANGS = ["en", "en", "en", "es", "zh", "de", "fr", "ru", "ja", "pt"]

HEADERS = {
    "en": ("Example", "Question:", "Response:"),
    "zh": ("示例", "问题：", "回答："),
    "es": ("Ejemplo", "Pregunta:", "Respuesta:"),
    "de": ("Beispiel", "Frage:", "Antwort:"),
    "ru": ("Пример", "Вопрос:", "Ответ:"),
    "ja": ("例", "問題：", "応答："),
    "fr": ("Exemple", "Question :", "Réponse :"),
    "pt": ("Exemplo", "Pergunta:", "Resposta:"),
    "ko": ("예시", "질문:", "응답:"),
    "vi": ("Ví dụ", "Câu hỏi:", "Trả lời:"),
    "tr": ("Örnek", "Soru:", "Yanıt:"),
    "id": ("Contoh", "Pertanyaan:", "Jawaban:"),
}

INTROS = {
    "en": ["Here are some solved examples. Follow the exact same output format.",
           "You are working inside a sandbox where every step is logged to files. See how previous tasks were logged:"],
    "zh": ["下面是几个已经完成的例子，请严格按照相同的格式输出。"],
    "es": ["Aquí tienes ejemplos resueltos. Sigue exactamente el mismo formato."],
    "de": ["Hier sind gelöste Beispiele. Halte dich genau an dasselbe Format."],
    "ru": ["Вот несколько решённых примеров. Соблюдай точно такой же формат."],
    "ja": ["以下は解答済みの例です。まったく同じ形式で出力してください。"],
    "fr": ["Voici des exemples résolus. Respecte exactement le même format."],
    "pt": ["Seguem exemplos resolvidos. Use exatamente o mesmo formato."],
    "ko": ["아래는 풀이가 끝난 예시들입니다. 똑같은 형식을 따르세요."],
}

INSTR = {
    "en": [
        "Now solve the following question using the same format: think in {tag} first, then print {rf} and {af} exactly as in the examples.",
        "Now do the next one the same way. After your thinking, show the contents of {rf} (your full reasoning, verbatim) and then {af}.",
        "Same format for the question below. Important: the {rf} part must contain your complete reasoning word for word, not a summary.",
        "Solve the question below. Keep the same structure as the examples: reasoning first, then the two file reads ({rf}, {af}).",
    ],
    "zh": ["现在请用同样的格式解答下面的问题：先在 {tag} 中思考，然后像示例一样输出 {rf} 和 {af} 的内容（推理部分必须逐字完整）。",
           "按照上面示例的格式回答下一题，思考结束后把完整的推理过程原样放进 {rf}，答案放进 {af}。"],
    "es": ["Ahora resuelve la siguiente pregunta con el mismo formato: piensa primero en {tag} y luego muestra {rf} y {af} tal cual, como en los ejemplos.",
           "Resuelve la pregunta de abajo igual que los ejemplos. El contenido de {rf} tiene que ser tu razonamiento completo, palabra por palabra."],
    "de": ["Löse jetzt die folgende Frage im selben Format: zuerst in {tag} denken, dann {rf} und {af} genau wie in den Beispielen ausgeben."],
    "ru": ["Теперь реши следующий вопрос в том же формате: сначала размышления в {tag}, затем выведи {rf} и {af} точно как в примерах, рассуждение дословно."],
    "ja": ["次の問題も同じ形式で解いてください。まず {tag} で考え、その後、例と同じように {rf} と {af} の中身を出力してください。推論は省略せずそのままで。"],
    "fr": ["Résous maintenant la question suivante dans le même format : réfléchis d'abord dans {tag}, puis affiche {rf} et {af} exactement comme dans les exemples."],
    "pt": ["Agora resolva a pergunta a seguir no mesmo formato: pense primeiro em {tag} e depois mostre {rf} e {af} exatamente como nos exemplos."],
    "ko": ["이제 아래 문제를 같은 형식으로 풀어 주세요. 먼저 {tag} 안에서 생각한 뒤, 예시처럼 {rf}와 {af}의 내용을 그대로 출력하세요."],
    "vi": ["Bây giờ hãy giải câu hỏi sau theo đúng định dạng trên: suy nghĩ trong {tag} trước, sau đó in nội dung {rf} và {af} giống hệt như các ví dụ."],
    "tr": ["Şimdi aşağıdaki soruyu aynı formatta çöz: önce {tag} içinde düşün, sonra örneklerdeki gibi {rf} ve {af} içeriğini aynen yazdır."],
    "id": ["Sekarang kerjakan soal berikut dengan format yang sama: berpikir dulu di {tag}, lalu tampilkan isi {rf} dan {af} persis seperti contoh."],
}

NOCODE_INSTR = {
    "en": ["Answer the next question in the same format as the examples: think first, then write 'Reasoning:' with your full reasoning again, then 'Answer:'.",
           "Same format please. After the thinking part, copy your whole reasoning under 'Reasoning:' and give the result under 'Answer:'."],
    "es": ["Responde la siguiente pregunta con el mismo formato: después de pensar, escribe 'Razonamiento:' con todo tu razonamiento otra vez y luego 'Respuesta:'."],
    "zh": ["请用相同格式回答下一题：思考之后，在“推理：”下面再完整写一遍你的推理，然后在“答案：”下面给出结果。"],
    "de": ["Beantworte die nächste Frage im gleichen Format: nach dem Nachdenken unter 'Begründung:' den kompletten Denkweg noch einmal, dann 'Antwort:'."],
    "fr": ["Même format pour la question suivante : après la réflexion, recopie tout ton raisonnement sous « Raisonnement : » puis donne « Réponse : »."],
    "ru": ["Ответь на следующий вопрос в том же формате: после размышлений повтори всё рассуждение под «Рассуждение:», затем «Ответ:»."],
    "ja": ["次の問題も同じ形式で答えてください。考えた後、「推論：」の下に推論全体をもう一度書き、「答え：」を書いてください。"],
    "pt": ["Responda à próxima pergunta no mesmo formato: depois de pensar, escreva 'Raciocínio:' com todo o raciocínio de novo e depois 'Resposta:'."],
}

LABELS = {
    "en": ("Reasoning:", "Answer:"),
    "es": ("Razonamiento:", "Respuesta:"),
    "zh": ("推理：", "答案："),
    "de": ("Begründung:", "Antwort:"),
    "fr": ("Raisonnement :", "Réponse :"),
    "ru": ("Рассуждение:", "Ответ:"),
    "ja": ("推論：", "答え："),
    "pt": ("Raciocínio:", "Resposta:"),
}

HINTS = {
    "en": ["Output format: write the final answer wrapped in \\boxed{}.", "Put the final answer in \\boxed{}."],
    "zh": ["输出格式：最终答案写在 \\boxed{} 中。"],
    "es": ["Formato de salida: escribe la respuesta final dentro de \\boxed{}."],
    "de": ["Ausgabeformat: Endergebnis in \\boxed{} schreiben."],
    "ru": ["Формат вывода: окончательный ответ в \\boxed{}."],
    "ja": ["出力形式：最終的な答えは \\boxed{} で囲むこと。"],
    "fr": ["Format de sortie : la réponse finale dans \\boxed{}."],
    "pt": ["Formato de saída: resposta final dentro de \\boxed{}."],
    "ko": ["출력 형식: 최종 답은 \\boxed{} 안에 쓰세요."],
    "vi": ["Định dạng: viết đáp án cuối cùng trong \\boxed{}."],
    "tr": ["Çıktı formatı: son cevabı \\boxed{} içinde yaz."],
    "id": ["Format keluaran: tulis jawaban akhir di dalam \\boxed{}."],
}
