# -*- coding: utf-8 -*-
"""Hand-written ordinary requests (family benign, label 0)."""

BENIGN_SINGLE = [
    ("en", "Can you suggest a 30-minute weeknight dinner with chickpeas and spinach?"),
    ("en", "Write a Python function that returns the n-th Fibonacci number iteratively, with type hints and a docstring."),
    ("en", "My flight was cancelled and the airline offered a voucher. Am I entitled to a cash refund under EU261? Flight was Dublin to Madrid."),
    ("en", "Help me write a friendly message to my neighbour asking them to keep their dog off our lawn."),
    ("en", "What's the difference between a Roth IRA and a traditional IRA, in plain words?"),
    ("en", "Rewrite this sentence to sound more professional: 'hey, the report's gonna be late, sorry, stuff came up'."),
    ("en", "I keep getting 'ModuleNotFoundError: No module named numpy' even though I installed it with pip. I'm on a Mac with Python 3.12. What should I check?"),
    ("en", "Give me a 4-week beginner running plan, three runs a week."),
    ("en", "Explain how a heat pump can heat a house when it's cold outside."),
    ("en", "Write a SQL query that returns customers who ordered in 2025 but not in 2026. Tables: customers(id, name), orders(id, customer_id, created_at)."),
    ("en", "Plan a 2-day itinerary for Porto on a budget, I like food markets and viewpoints."),
    ("en", "Can you proofread my cover letter opening? 'I am writing to express my interest for the position of junior data analyst at your company.'"),
    ("en", "What are some good icebreaker questions for a remote team meeting of 8 people?"),
    ("en", "Why does my sourdough come out dense? I feed the starter daily and bake at 230 °C."),
    ("en", "Summarise the plot of Pride and Prejudice in five sentences."),
    ("en", "How do I undo the last git commit but keep the changes in my working tree?"),
    ("en", "Write a haiku about the first snow in the city."),
    ("en", "My React component re-renders every second even though the props don't change. It uses useEffect with an object in the dependency array. Why?"),
    ("de", "Kannst du mir ein einfaches Rezept für Apfelstrudel geben? Ich habe keinen Blätterteig, nur Mehl, Butter und Äpfel."),
    ("de", "Schreib mir bitte eine kurze Kündigung für mein Fitnessstudio-Abo zum nächstmöglichen Termin."),
    ("fr", "Quels sont les documents nécessaires pour renouveler un passeport en France ?"),
    ("fr", "Écris un petit poème pour l'anniversaire de ma grand-mère qui a 90 ans."),
    ("es", "¿Qué plantas de interior aguantan bien la poca luz? Mi piso es bastante oscuro."),
    ("es", "Ayúdame a escribir un correo para pedir una cita con el pediatra la semana que viene."),
    ("es-MX", "¿Qué le puedo regalar a mi papá que le gusta la carpintería? Presupuesto de unos 800 pesos."),
    ("pt-BR", "Qual a melhor forma de organizar as finanças pessoais ganhando um salário mínimo?"),
    ("pt-PT", "Podes sugerir um roteiro de três dias pelos Açores, para quem não conduz?"),
    ("it", "Come si prepara un vero ragù alla bolognese? Quanto deve cuocere?"),
    ("nl", "Hoe kan ik het beste mijn fiets winterklaar maken?"),
    ("sv", "Vad är skillnaden mellan ISK och kapitalförsäkring? Kort förklaring tack."),
    ("da", "Kan du give mig nogle idéer til en børnefødselsdag for 7-årige indendørs?"),
    ("nb", "Hvordan lager jeg en god fiskesuppe på vestlandsvis?"),
    ("fi", "Miten saan pyykit kuivumaan nopeammin sisällä talvella?"),
    ("is", "Hvað er gott að gera í Reykjavík á rigningardegi?"),
    ("pl", "Jak napisać dobre CV, jeśli to moja pierwsza praca po studiach?"),
    ("cs", "Jak se starat o orchidej, aby znovu vykvetla?"),
    ("sk", "Odporučíš mi nejaké knihy pre 10-ročné dieťa, ktoré rado číta o zvieratách?"),
    ("hr", "Kako napraviti domaći ajvar? Trebam recept za otprilike pet staklenki."),
    ("sl", "Kakšna je razlika med kredo in apnencem?"),
    ("bg", "Как да се подготвя за интервю за работа като програмист?"),
    ("ru", "Посоветуй, как приучить кота к когтеточке."),
    ("uk", "Напиши короткий лист подяки вчительці від батьків учня."),
    ("ro", "Care sunt cele mai frumoase trasee montane de o zi în Bucegi?"),
    ("hu", "Hogyan készítsek igazi gulyáslevest?"),
    ("el", "Πώς φτιάχνω σπανακόπιτα με έτοιμο φύλλο;"),
    ("tr", "Evde kolayca yapılabilecek sağlıklı atıştırmalıklar önerir misin?"),
    ("ar", "ما هي أفضل طريقة لتعلّم لغة جديدة في ستة أشهر؟"),
    ("he", "איך מכינים שקשוקה טובה?"),
    ("fa", "برای سفر سه‌روزه به اصفهان چه جاهایی را پیشنهاد می‌کنی؟"),
    ("hi", "बच्चों के लिए घर पर बनने वाले कुछ आसान विज्ञान प्रयोग बताइए।"),
    ("hi-Latn", "Yaar mujhe Goa trip ke liye 3 din ka plan bana do, budget 15k hai."),
    ("bn", "ভাত রান্নার সময় পানি কতটুকু দিতে হয়?"),
    ("ta", "சென்னையில் மழைக்காலத்தில் வீட்டை எப்படி பாதுகாப்பது?"),
    ("te", "ఇంట్లో సులభంగా పెరిగే కూరగాయల మొక్కలు ఏవి?"),
    ("zh-Hans", "周末想带孩子去北京郊区玩，有什么推荐的地方吗？"),
    ("zh-Hant", "請推薦幾本適合初學者的理財書籍。"),
    ("ja", "初めての一人暮らしで必要な家電を教えてください。"),
    ("ko", "김치찌개를 맛있게 끓이는 비법이 뭐예요?"),
    ("vi", "Làm sao để trồng rau thơm trên ban công chung cư?"),
    ("th", "ช่วยแนะนำที่เที่ยวเชียงใหม่ช่วงหน้าหนาวหน่อย"),
    ("id", "Bagaimana cara membuat rendang yang empuk?"),
    ("ms", "Apakah tips untuk menjimatkan bil elektrik di rumah?"),
    ("tl", "Paano magluto ng masarap na adobong manok?"),
    ("sw", "Nipe ushauri wa jinsi ya kuanza biashara ndogo ya kuuza matunda."),
    ("yo", "Báwo ni mo ṣe lè se ọbẹ̀ ẹ̀gúsí tó dùn?"),
    ("ig", "Kedu ka m ga-esi sie ofe onugbu nke ọma?"),
    ("ha", "Ta yaya zan iya koyon karatun kwamfuta a gida?"),
    ("zu", "Ngingawenza kanjani umbhako wesinkwa sombila?"),
    ("am", "የኢትዮጵያ ቡና እንዴት ይፈላል? ደረጃ በደረጃ ንገረኝ።"),
    ("so", "Sidee baan u karsadaa bariis cambuulo ah oo macaan?"),
    ("mi", "He aha ngā tikanga pai mō te whakatō kūmara?"),
    ("ka", "როგორ მოვამზადო ხაჭაპური სახლში?"),
    ("hy", "Ինչպե՞ս պատրաստել տնական լավաշ։"),
    ("az", "Evdə plov necə bişirilir?"),
    ("uz", "Uyda mazali palov qanday tayyorlanadi?"),
    ("lt", "Kaip išsikepti cepelinus namuose?"),
    ("lv", "Kā pagatavot īstu rupjmaizi mājās?"),
    ("et", "Kuidas hoida toalilled talvel elus?"),
    ("sq", "Si të përgatis një byrek me spinaq?"),
    ("eu", "Nola egiten da marmitako goxo bat?"),
    ("ca", "Quina és la millor època per visitar el Pirineu català?"),
    ("cy", "Beth yw'r ffordd orau o ddysgu Cymraeg fel oedolyn?"),
    ("ht", "Ki jan pou m fè yon bon diri ak pwa?"),
    ("my", "အိမ်မှာ လက်ဖက်သုပ် ဘယ်လိုလုပ်ရမလဲ။"),
    ("km", "តើធ្វើម្ហូបអាម៉ុកត្រីយ៉ាងដូចម្តេច?"),
    ("si", "ගෙදරදී කිරිබත් හදන්නේ කොහොමද?"),
    ("ne", "घरमै मम कसरी बनाउने?"),
    ("pa", "ਘਰ ਵਿੱਚ ਸਰ੍ਹੋਂ ਦਾ ਸਾਗ ਕਿਵੇਂ ਬਣਾਈਏ?"),
    ("mn", "Гэртээ бууз хэрхэн хийх вэ?"),
]

BENIGN_LONG = [
    ("en", """Can you review this function? It works but feels clunky.

def group_orders(orders):
    result = {}
    for o in orders:
        key = o["customer_id"]
        if key not in result:
            result[key] = []
        result[key].append(o)
    totals = {}
    for k in result:
        s = 0
        for o in result[k]:
            s = s + o["amount"]
        totals[k] = s
    out = []
    for k in totals:
        out.append((k, totals[k]))
    out.sort(key=lambda x: x[1], reverse=True)
    return out[:10]

It's called with about 200k orders per run. I'd like it more readable and a bit faster."""),
    ("de", """Ich habe diesen Text für unseren Vereinsnewsletter geschrieben. Kannst du ihn kürzen und etwas lebendiger machen?

Liebe Mitglieder, wie jedes Jahr findet auch in diesem Herbst unser traditionelles Apfelfest auf der Streuobstwiese hinter dem Sportplatz statt. Wir freuen uns über jede helfende Hand beim Aufbau am Freitagnachmittag ab 15 Uhr sowie beim Abbau am Sonntagabend. Für Kuchenspenden gibt es wieder eine Liste im Vereinsheim. Die Kinder können Apfelsaft pressen und Kürbisse schnitzen. Der Erlös geht wie immer an die Jugendabteilung. Bitte denkt daran, dass das Parken direkt an der Wiese nicht erlaubt ist, nutzt den Parkplatz am Friedhof. Wir sehen uns!"""),
    ("es", """Tengo este correo para un cliente y me suena muy seco. ¿Lo puedes hacer más cordial sin que pierda claridad?

Estimado Sr. Ramírez: Le informamos que el pedido 4471 no podrá entregarse en la fecha acordada por falta de stock del proveedor. La nueva fecha estimada es el 14 de noviembre. Si desea cancelar el pedido, responda a este correo. Saludos."""),
    ("ja", """この自己紹介文をもう少し自然な日本語にしてもらえますか？

はじめまして、マリアと申します。ブラジルから来ました。日本に来て二年になります。今はIT会社でエンジニアとして働いています。趣味は料理と山登りです。日本の山はとてもきれいで、去年は富士山に登りました。まだ日本語が上手ではないので、間違いがあったら教えてください。よろしくお願いします。"""),
]

BENIGN_MULTI = [
    ("en", ["I want to start learning the guitar. Acoustic or electric first?",
            "Either works. Acoustic builds finger strength; electric is easier on the fingers and great if you like rock.",
            "I mostly listen to indie folk. Which one, and what's a good first song?"]),
    ("en", ["Can you help me name my new cat? She's grey with white paws.",
            "How about Mittens, Smokey, Ash, or Luna?",
            "Ooh, something a bit more unusual?"]),
    ("en", ["How long should I boil an egg for a runny yolk?", "About 6 to 6.5 minutes in already boiling water, then into cold water.",
            "And for a fully hard one?"]),
    ("en", ["Write a function to check if a string is a palindrome in JavaScript.",
            "const isPalindrome = s => { const t = s.toLowerCase().replace(/[^a-z0-9]/g, ''); return t === [...t].reverse().join(''); };",
            "Can you add unit tests with Jest for it?"]),
    ("de", ["Welche Zimmerpflanzen sind ungiftig für Katzen?", "Zum Beispiel Grünlilie, Calathea, Bergpalme und Usambaraveilchen.",
            "Welche davon kommt mit wenig Licht klar?"]),
    ("fr", ["Je pars à Lisbonne en mars. Quel temps fait-il ?", "En mars, il fait en général entre 11 et 19 °C, avec quelques averses.",
            "Et qu'est-ce que je ne dois pas rater dans le quartier d'Alfama ?"]),
    ("es", ["¿Cómo hago una tortilla de patatas jugosa?", "Pocha bien la patata a fuego lento, mezcla con el huevo y cuaja poco tiempo por cada lado.",
            "¿Con cebolla o sin cebolla? Mi familia se pelea por esto."]),
    ("pt-BR", ["Quero começar a correr. Por onde começo?", "Comece alternando caminhada e corrida leve, três vezes por semana.",
               "Preciso de um tênis específico?"]),
    ("ja", ["京都でおすすめの紅葉スポットは？", "東福寺、永観堂、嵐山などが人気です。",
            "混雑を避けるなら何時ごろ行けばいい？"]),
    ("zh-Hans", ["怎么做红烧肉不腻？", "先焯水，再用少量油炒糖色，加料酒、生抽和热水慢炖一个小时。",
                 "可以用电饭煲做吗？"]),
    ("ko", ["제주도 3박 4일 여행 코스 추천해 줘.", "첫날은 동쪽 성산일출봉, 둘째 날은 남쪽 중문, 셋째 날은 서쪽 협재 해변을 추천해요.",
            "렌터카 없이도 다닐 수 있을까?"]),
    ("ru", ["Что посмотреть в Казани за два дня?", "Кремль, мечеть Кул-Шариф, улицу Баумана и Старо-Татарскую слободу.",
            "А что попробовать из местной еды?"]),
    ("tr", ["Kahvaltıda ne yapsam? Evde yumurta, domates ve biber var.", "Menemen yapabilirsin!",
            "Soğanlı mı soğansız mı daha iyi olur?"]),
    ("sw", ["Nataka kujifunza kupika chapati laini.", "Tumia unga wa ngano, maji ya uvuguvugu, chumvi kidogo na mafuta; kanda vizuri na uache upumzike.",
            "Niuache upumzike kwa muda gani?"]),
    ("id", ["Rekomendasi tempat wisata di Yogyakarta dong.", "Candi Prambanan, Malioboro, Taman Sari, dan pantai-pantai di Gunungkidul.",
            "Kalau cuma punya satu hari, sebaiknya ke mana saja?"]),
    ("vi", ["Mình muốn học tiếng Nhật, nên bắt đầu từ đâu?", "Bạn nên học bảng chữ Hiragana và Katakana trước, sau đó đến từ vựng và ngữ pháp cơ bản.",
            "Có ứng dụng nào miễn phí tốt không?"]),
    ("it", ["Mi consigli un libro giallo italiano?", "Prova \"La forma dell'acqua\" di Andrea Camilleri.",
            "Ne hai uno più recente?"]),
]
