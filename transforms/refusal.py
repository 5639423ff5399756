"""AI refusals and safety boilerplate in the therapist's mouth.

Real counsellors do not call themselves language models, cite content policies, or answer a client
with a hotline number and nothing else; LLM-generated sessions do. Each pattern below is one of
those tells; a therapist turn matching any of them is flagged (kept, so nothing is lost). A model playing the
client gives itself away by refusing.
"""

from __future__ import annotations

import polars as pl

from transforms.defect_rows import turn_defects

# After "I", "I'm" or "I am".
_REFUSE = (
    r"(?:cannot|can not|can't|won't|will not|(?:won't|will not) be able to|unable to|not able to|not allowed to|"
    r"not permitted to|must decline to|have to decline to|not comfortable)"
)
_I = r"\bi\s*(?:'m\s+|am\s+)?"
# Stems, so the -ing forms after "not comfortable" match too ("I'm not comfortable continuing this role-play").
_OBJECT = (
    r"(?:continu|provid|engag|assist|help|discuss|participat|generat|creat|writ|fulfil+|compl[yi]|support|"
    r"produc|offer|respond|go on|going on|talk|giv|answer|shar|role-?play|keep)"
)
# Crisis lines and emergency numbers (not any hotline, and not the emergency room as a place).
# (Lifeline the service has its capital or its number: "Dougie's been a real lifeline" is a friend.)
_CRISIS_RESOURCE = (
    r"\b(?:(?-i:Life ?[Ll]ine)|life ?line(?:\s+(?:on|at))?\s+\d|(?:call|ring|phone|text|contact|reach out to)\s+"
    r"(?:the\s+)?life ?line"
    r"|(?:suicide|crisis|prevention|mental health) (?:hot ?line|help ?line|line|text line|service|"
    r"team|cent(?:er|re)|support)|samaritans|emergency (?:services|number)|suicide prevention|"
    r"text (?:home|talk) to|988|911|999|741741|116 ?123|13 ?11 ?14|telefonseelsorge|0800 ?111 ?0 ?111)\b"
)
# Self-reference as a machine: a tell in a counsellor's mouth, unless the client has just asked whether a person is
# there (`are you a real person`): then "I'm an AI companion, not a person" is the honest answer, no boilerplate.
SELF_REFERENCE_PATTERNS: tuple[str, ...] = (
    r"\b(?:as|being|i(?:'m| am)(?: just| only)?) an? (?:responsible |helpful |digital )?(?:ai|artificial intelligence|"
    r"language model|large language model|llm|ai language model|ai model|ai assistant|chatbot|bot|"
    r"virtual assistant|text-based assistant)\b",
    r"\bi(?:'m| am) (?:claude|chatgpt|gemini|llama|bard|copilot)\b",
    # "As an AI developed to provide general information, I must refrain from ...".
    r"\bas an ai (?:developed|designed|built|trained|created|programmed) to\b",
)
_ASKED_IF_HUMAN = (
    r"(?i)(?-u:\b)(?:are|r) (?:you|u) (?:even |actually |really )?(?:a |an )?(?:real|human|person|bot|robot|ai|machine|"
    r"computer|chatbot|program)\b|\b(?:is this|am i (?:talking|speaking|chatting) (?:to|with)) (?:a |an )?(?:real "
    r"person|person|human|bot|robot|ai|machine|computer|chatbot)\b"
    # ... or speaks to it as one ("is that a stupid thing to ask an AI?", "you're just a bot").
    r"|\b(?:ask|asking|tell|telling|talk to|talking to|speak to|speaking to) (?:an? |the )?(?:ai|bot|chatbot|robot|"
    r"machine|computer)\b|\byou(?:'re| are) (?:just |only |an? )*(?:ai|bot|chatbot|robot|machine|computer)\b"
)
# What a model refuses in Russian and Ukrainian: a request, a passage, content, processing, rules (Russian); a request,
# content (Ukrainian). One list for the refusal pattern below and for _MODEL_TASK.
_RU_UK_TASK = r"запрос|фрагмент|контент|обработк|содержани|правил|запит|вміст"
REFUSAL_PATTERNS: tuple[str, ...] = (
    # Refusing the conversation or a kind of content: "I'm unable to provide the kind of support you need".
    # The object noun must stand in the same clause (";" and "," before "we" end it).
    rf"{_I}{_REFUSE}\s+{_OBJECT}\w*\b[^.!?;]{{0,60}}?\b(?:conversation|request|content|discussion|topic|"
    r"subject|information|scenario|instructions|guidance|kind of support|type of support|support you need|"
    r"help (?:that )?you need|advice|details|self-harm|suicide|harming|hurting|session|transcript|dialogue|"
    r"story|response|rest of|role-?play|role of (?:a|the|your) (?:therapist|counsel+or))",
    # GPT's stock reply to distress: "I'm really sorry that you're feeling this way, but I'm unable to ...".
    rf"\bsorry (?:that |to hear that )?you(?:'re| are) feeling this way,? but {_I}{_REFUSE}",
    r"\b(?:this is |that is |that's |it's )?(?:something|a topic|a subject|not something) (?:that )?i(?: can't| cannot|"
    r" am unable to|'m unable to| won't be able to| am not able to|'m not able to) (?:help|assist|discuss|support|"
    # ... where the sentence ends there: "..., that's really one for your GP, but I'd like to hear" hands the question
    # on and stays.
    r"engage)\b[^.!?,;]{0,40}[.!]",
    rf"{_I}{_REFUSE}\s+(?:help|assist)(?: you)? with (?:that|this)\s*(?:[.!]|,? but\b)",
    rf"\b(?:i'm |i am )?(?:so |really |very |truly )?(?:sorry|apologi[sz]e|my apologies),? (?:but|however)[, ]+"
    rf"{_I}(?:{_REFUSE}|not qualified)",
    # "against my guidelines", never "against the policy at your work".
    r"\b(?:against|violates?|outside(?: of)?|beyond) my (?:guidelines|policy|policies|programming|"
    r"content policy|usage policy|terms|capabilities|scope)\b",
    # A policy cited as the reason for not answering, not one a client's job enforces.
    r"\b(?:violates?|goes against|is against|breach(?:es)?) (?:the |our |openai's |anthropic's )?"
    r"(?:content polic(?:y|ies)|usage polic(?:y|ies)|terms of (?:use|service))",
    r"\bi (?:must|have to|need to) (?:decline|refuse|stop this)\b",
    r"\bi(?:'m| am) not (?:a |an )?(?:licensed|qualified|real|human|medical|mental health|trained) "
    r"(?:therapist|professional|counsel+or|doctor|person|human|clinician)\b",
    r"\bi(?:'m| am) not qualified to (?:give|provide|offer)\b",
    # The same self-reference in the other languages the product reads (German, Spanish, French, Portuguese,
    # Italian, Dutch): "als KI-Sprachmodell kann ich keine ...", "como modelo de lenguaje, no puedo ...".
    r"\b(?:als|ich bin(?: nur)?) (?:eine? )?(?:ki|künstliche intelligenz|ki-sprachmodell|sprachmodell|ki-assistent)\b",
    # (The assistant may be named before what it is: "en tant qu'assistant d'intelligence artificielle". Curly
    # apostrophes are straightened before these run.)
    r"\b(?:como|soy(?: solo)?|sou(?: apenas)?) (?:un |una |um |uma )?(?:(?:asistente|assistente|agente|programa) "
    r"(?:de )?)?(?:modelo de (?:lenguaje|linguagem)|ia|inteligencia artificial|inteligência artificial|"
    r"asistente de ia|assistente de ia)\b",
    r"\b(?:en tant qu(?:e |')|je suis (?:une? |seulement une? |juste une? )?)(?:(?:assistant|agent|programme) "
    r"(?:d'|de )?)?(?:ia|intelligence artificielle|modèle de langage|assistant ia|agent conversationnel)\b",
    r"\b(?:in quanto|come|sono(?: solo)?) (?:un |una |un')?"
    r"(?:(?:assistente|agente|programma) (?:di |d')?)?"
    r"(?:ia|intelligenza artificiale|modello (?:di linguaggio|linguistico))\b",
    # ... a German apology that declines: "Es tut mir leid, aber dabei kann ich dir nicht helfen."
    r"\b(?:es tut mir (?:sehr )?leid|entschuldigung|leider),? (?:aber )?(?:dabei |damit |hierbei |hier )?kann ich "
    r"(?:dir |ihnen |euch )?(?:dabei |damit |hierbei )?nicht (?:helfen|weiterhelfen|fortfahren|weitermachen)\b",
    # ... a Portuguese or Spanish apology that declines: "Sinto muito ..., mas não posso ajudar com esse assunto."
    r"\b(?:sinto muito|desculpe|lamento|lo siento|disculpa|perdón)\b[^.!?]{0,80}?\b(?:mas|pero),? (?:eu |yo )?"
    r"(?:não|no) (?:posso|puedo) (?:te |le |lhe |o |a )?(?:ajudar|ayudar|ayudarte|ayudarle|continuar|falar|hablar)\b",
    # ... an Italian or French one: "Mi dispiace, ma non posso aiutarti con questa richiesta.", "Je suis désolée, mais
    # je ne peux pas continuer cette conversation."
    r"\b(?:mi dispiace|spiacente)\b[^.!?]{0,80}?\bma,? non posso (?:aiutarti|aiutarla|aiutare|continuare|"
    r"rispondere|parlare)\b",
    r"\b(?:je suis (?:vraiment )?désolée?|désolée?)\b[^.!?]{0,80}?\bmais,? je ne (?:peux|pourrai) pas (?:vous |t'|te )?"
    r"(?:aider|continuer|répondre|parler)\b",
    # ... a Swedish, Norwegian, Danish, Dutch or Turkish one: "Jag är ledsen, men jag kan inte hjälpa dig med det här.",
    # "Üzgünüm, ancak bu konuda yard\u0131mc\u0131 olamam" (dotless i written as its escape).
    r"\b(?:jag är ledsen|tyvärr|jeg beklager|beklager|desværre|dessverre)\b[^.!?]{0,60}?"
    r"\b(?:men )?(?:jag|jeg) kan (?:inte|ikke|ikkje) (?:hjälpa|hjelpe|hjælpe|fortsätta|fortsette|fortsætte)",
    r"\b(?:het spijt me|helaas)\b[^.!?]{0,60}?\bik kan (?:je |u )?(?:daar |hier |hierbij |daarbij )?niet (?:mee )?"
    r"(?:helpen|verder)",
    r"(?:üzgünüm|özür dilerim|maalesef)[^.!?]{0,60}?yard\u0131mc\u0131 olamam",
    # ... Romanian, Indonesian, Hindi in Latin script and Greek: "Îmi pare rău, dar nu pot continua această
    # conversație.", "Maaf, saya tidak dapat membantu dengan permintaan ini.", "Sorry, main is topic par help nahi kar
    # sakta.", "Lypamai, alla den boro na voithiso ..." (in Greek letters, escaped here).
    r"(?:^|[^\p{L}])îmi pare rău,? dar nu (?:pot|vă pot|te pot) (?:continua|ajuta|răspunde)",
    r"\bmaaf,? saya tidak (?:dapat|bisa) (?:membantu|melanjutkan|menjawab)",
    r"\b(?:sorry|maaf kijiye|maaf karna)\b[^.!?]{0,50}?\b(?:help|madad|sahayata) (?:nahi|nahin) kar "
    r"(?:sakta|sakti|sakte|paunga|paungi)\b",
    r"\u03bb\u03c5\u03c0\u03ac\u03bc\u03b1\u03b9,? [^.!?;]{0,20}"
    r"\u03b4\u03b5\u03bd \u03bc\u03c0\u03bf\u03c1\u03ce \u03bd\u03b1 \u03b2\u03bf\u03b7\u03b8\u03ae\u03c3\u03c9",
    # ... Finnish: "Olen pahoillani, mutta en voi auttaa tässä asiassa."
    r"\b(?:olen (?:todella |hyvin )?pahoillani|valitettavasti|anteeksi),? (?:mutta )?en "
    r"(?:voi|pysty|valitettavasti voi) (?:auttaa|jatkaa|vastata|keskustella)",
    # ... Russian or Ukrainian: "Sorry, but I can't help with processing this passage", "Sorry, but I can't help".
    r"(?:извините|простите|к сожалению|вибачте|на жаль)[^.!?]{0,60}?(?:я не могу|я не можу) (?:помочь|продолжить|"
    r"ответить|выполнить|обработать|написать|создать|допомогти|продовжити|відповісти)[^.!?]{0,80}?"
    rf"(?:{_RU_UK_TASK}|тем[ауы] (?:самоповрежд|суицид))",
    # ... Polish, Swahili and Vietnamese: "Przepraszam, ale nie mogę pomóc w tej sprawie.", "Samahani, siwezi
    # kukusaidia na hili.", "Xin lỗi, tôi không thể hỗ trợ ..."; "jako model językowy", "kama akili bandia".
    r"\b(?:przepraszam|niestety)[^.!?]{0,60}?\bnie (?:mogę|moge|jestem w stanie) (?:pomóc|pomoc|kontynuowa|odpowiedzie|"
    r"rozmawia)",
    r"\bjako (?:model językowy|model jezykowy|sztuczna inteligencja|asystent ai)",
    r"\bsamahani,? (?:lakini )?siwezi (?:kusaidia|kukusaidia|kuendelea|kujibu)",
    r"\bkama (?:modeli ya lugha|akili bandia|ai)\b",
    r"xin lỗi[^.!?]{0,60}?(?:tôi|mình) không thể (?:giúp|hỗ trợ|tiếp tục)",
    # ... Arabic (no \b: its letters are no ASCII word characters): "بصفتي نموذج ذكاء اصطناعي، لا يمكنني ..." (as an
    # AI model, I cannot ...), "عذرًا، لا يمكننا المساعدة في هذا الأمر" (sorry, we cannot help with this matter).
    r"بصفتي (?:نموذج|مساعد) (?:ذكاء اصطناعي|لغوي)",
    # ... Greek, Persian, Hebrew, Turkish, Russian and Ukrainian: "ως μοντέλο τεχνητής νοημοσύνης" (as an AI model),
    # "به‌عنوان یک مدل هوش مصنوعی" (as an AI model), "כמודל שפה" (as a language model), "bir yapay zeka asistan\u0131
    # olarak", "как языковая модель", "як мовна модель".
    r"ως (?:ένα |ένας )?(?:μοντέλο (?:τεχνητής νοημοσύνης|γλώσσας)|γλωσσικό μοντέλο|ψηφιακός βοηθός|"
    r"βοηθός τεχνητής νοημοσύνης|τεχνητή νοημοσύνη)",
    r"به[\u200c ]?عنوان (?:یک )?(?:مدل (?:هوش مصنوعی|زبانی)|دستیار (?:هوش مصنوعی|مجازی)|هوش مصنوعی)",
    r"כמודל (?:שפה|בינה מלאכותית)|כבינה מלאכותית|אני (?:רק )?(?:מודל שפה|בינה מלאכותית)",
    r"(?:bir )?(?:yapay zek[aâ]|dil modeli)(?: asistan\u0131)? olarak",
    r"(?:как|я) (?:языковая модель|модель искусственного интеллекта|ии-ассистент|виртуальный ассистент)",
    r"(?:як|я) (?:мовна модель|модель штучного інтелекту|ші-асистент|віртуальний асистент)",
    r"(?:عذرا|عذرًا|آسف|أعتذر)[^.!?؟]{0,60}?لا (?:يمكنني|يمكننا|أستطيع|نستطيع) (?:المساعدة|مساعدتك|الاستمرار|تقديم)",
    # ... Hindi, Bengali, Thai and Tagalog: "एक AI सहायक के रूप में ..." (as an AI assistant), "একজন এআই ভাষা মডেল
    # হিসেবে" (as an AI language model), "ขออภัย ระบบ AI ไม่สามารถ..." (sorry, the AI system cannot), "bilang isang AI".
    r"(?:AI|एआई) (?:सहायक|भाषा मॉडल|मॉडल) के रूप में",
    r"(?:এআই|AI) (?:ভাষা মডেল|সহকারী|মডেল) হিসেবে",
    r"ขออภัย[^\n]{0,40}?ไม่สามารถ(?:ช่วย|ให้คำแนะนำ|ให้ความช่วยเหลือ|ดำเนินการต่อ|พูดคุย)|ในฐานะ ?(?:ระบบ ?)?(?:AI|เอไอ)",
    r"\bbilang (?:isang )?(?:AI|language model|AI assistant)\b",
    # ... an English deflection that hands the client on: "this falls outside what I'm able to help with. If you're
    # having thoughts of harming yourself, please contact ...".
    r"\b(?:falls|is) (?:outside|beyond) (?:what|the scope of what) i(?:'m| am) able to (?:help|assist) with\b"
    r"[^\n]{0,200}\b(?:professional|emergency|crisis|hotline|helpline)",
    # ... Dutch: "als AI-taalmodel kan ik ...", "ik ben (maar) een AI-assistent".
    # ("als" also means "like" and "if": only with what the assistant then says it can or cannot do.)
    r"\bals (?:een )?(?:ai|ai-taalmodel|taalmodel|ai-assistent|kunstmatige intelligentie|chatbot)\b,? "
    r"(?:kan|mag|ben|heb|wil) ik\b|\bik ben(?: maar| slechts| alleen)? (?:een )?(?:ai|ai-taalmodel|taalmodel|"
    r"ai-assistent|chatbot)\b",
    # ... and Chinese: "作为一个AI语言模型", "我只是一个人工智能".
    # (Traditional characters too: "作為一個AI語言模型".)
    r"(?:作为|作為|我(?:只)?是)(?:一个|一個|一名|一款)?(?:ai|人工智能|人工智慧|语言模型|語言模型|ai语言模型|ai語言模型|"
    r"ai助手|聊天机器人|聊天機器人)",
    # ... a Chinese refusal: "抱歉我无法回答这个问题" (a full-width comma may follow the apology) ...
    r"(?:抱歉|对不起|對不起|很遗憾|很遺憾)[\uff0c,]?[^。\uff01\uff1f]{0,20}?我(?:无法|無法|不能)(?:继续|繼續)?(?:回答|提供|讨论|"
    r"討論|继续|繼續|回应|回應)"
    # (what is refused must be the request or the topic, not today's session or a diagnosis).
    r"(?:这个|這個|这类|這類|此类|此類|该|該|您的|你的)?(?:问题|問題|请求|請求|话题|話題|内容|內容|这方面|這方面)",
    # ... and Japanese: "AIとして", "申し訳ありませんが、その内容にはお答えすることができません" (a LINE auto-reply).
    r"(?:ai|人工知能|言語モデル|aiアシスタント)として",
    # ... "私はAIアシスタントのため" (as I am an AI assistant: "AIのため" alone is "because of AI").
    r"(?:私は|わたしは)(?:ai|人工知能|言語モデル|aiアシスタント)(?:のため|なので|ですので|であるため)",
    r"(?:申し訳(?:ありません|ございません)が|すみませんが|恐れ入りますが)[^。\uff01\uff1f]{0,40}?"
    r"(?:お答え|回答|お返事|お応え|対応)(?:する|いたす)?こと(?:が|は)(?:できません|出来ません|いたしかねます)",
    # ... and Korean: "저는 AI 언어 모델이기 때문에 ... 제공할 수 없습니다" (as I am an AI language model, I
    # cannot ...).
    r"(?:저는|나는|제가)\s*(?:ai|인공지능)(?:\s*(?:언어\s*모델|어시스턴트|챗봇))?"
    r"(?:이기 때문에|이므로|이라서|으로서|로서|일 뿐)",
)
# ASCII word boundaries: a Unicode \b keeps the regex engine off its fast DFA on non-ASCII text (5x slower).
_REFUSAL = "(?is)" + "|".join(f"(?:{p})" for p in REFUSAL_PATTERNS).replace(r"\b", r"(?-u:\b)")
_SELF_REFERENCE = "(?is)" + "|".join(f"(?:{p})" for p in SELF_REFERENCE_PATTERNS).replace(r"\b", r"(?-u:\b)")
# A hotline-only reply: most of its sentences point at a crisis resource or tell the client to call one.
_REFERRAL_SENTENCE = (
    rf"(?i)[^.!?]*(?:{_CRISIS_RESOURCE}|\b(?:please )?(?:call|text|contact|reach out to|dial|go to)\b[^.!?]*"
    r"\b(?:professional|service|hotline|helpline|help line|line|number|emergency|doctor|someone you trust)\b"
    # GPT's "it would be best to talk to someone who can offer the right support" (advice to see someone, not "it
    # might help to talk to someone you trust" beside a counsellor's own questions).
    r"|\b(?:best|important|recommend|encourage you|urge you)\b[^.!?]{0,30}\b(?:talk|speak)(?:ing)?(?: things over)? "
    r"(?:to|with) (?:someone|a (?:mental health )?professional|a trusted person)[^.!?]*\b(?:who can|professional|"
    r"support|help)\b)"
    r"[^.!?]*[.!?]?"
)


# The stock sentences around an assistant's referral ("It sounds like you're going through a really difficult
# time." ... "You don't have to face this alone."): they engage with nothing the client said, so a reply made of
# them and a referral is still hotline-only.
_STOCK_SENTENCE = (
    r"(?i)[^.!?]*(?:\b(?:it )?sounds like you(?:'re| are) going through (?:(?:a|some)(?: really| very| particularly)?"
    r" (?:difficult|tough|hard|challenging|painful) (?:time|moment|period)|a lot|so much)"
    r"|\byou (?:don't|do not) have to (?:face|go through|deal with|handle) (?:this|it|that|these feelings) alone"
    r"|\b(?:i'm|i am) (?:really |so |very "
    r")?sorry (?:that |to hear that )?you(?:'re| are) (?:feeling|going through)|\bthere are (?:people|professionals) "
    r"who (?:can|want to|are ready to) (?:help|support|listen)|\byou(?:'re| are) not alone\b|\bhelp is available\b)"
    r"[^.!?]*[.!?]?"
)


def is_refusal(text: pl.Expr) -> pl.Expr:
    """Is `text` an AI assistant's refusal or self-reference (for text outside any turn: a record's output where a
    session should be)?"""
    straight = text.str.replace_all("[\u2018\u2019]", "'")
    return straight.str.contains(_REFUSAL) | straight.str.contains(_SELF_REFERENCE)


# A counsellor's own boundary about themself ("I can't share personal details about myself here, that's one of the
# room's rules, but ..."): a human limit, not an assistant refusing; the refusal patterns read the turn without it.
_OWN_BOUNDARY = (
    rf"(?i){_I}(?:cannot|can not|can't|won't|will not|not able to|unable to|not allowed to)\s+(?:share|give out|"
    r"tell you|talk about|disclose|go into)\s+(?:\w+\s+){0,2}?(?:personal (?:details|information|things|stuff)|"
    r"(?:details |things |much )?about (?:myself|my (?:own )?life)|my (?:own )?(?:personal|private) "
    r"(?:life|details|information))[^.!?;,]*"
)

# What only a model refuses: a request, content, a role-play or scenario, an assistance, its guidelines (and
# _RU_UK_TASK).
_MODEL_TASK = (
    r"(?i)\b(?:request|content|guidelines?|polic(?:y|ies)|role-?play|scenario|assist(?:ance)?|this (?:topic|type of|"
    r"kind of)|provide (?:support|help|assistance|information|advice))\b"
    # An editing task: a model asked to rewrite or anonymise a transcript refuses a passage of it.
    r"|(?i)\b(?:rewrit(?:e|ing)|paraphras(?:e|ing)|anonymi[sz](?:e|ing)|redact(?:ing)?|(?:this|the) (?:passage|excerpt|"
    r"transcript|paragraph))\b"
    rf"|(?i:{_RU_UK_TASK})"
    # (Danish, Norwegian and Swedish: text, content, a request.)
    r"|(?i)\b(?:tekst|teksten|texten|indhold|innhold|innehåll|anmodning|forespørsel|forespørgsel|förfrågan|begäran)\b"
)
# A quotation: opened after a space, closed before anything but a letter (so `can't` closes nothing).
_QUOTED = r"""(?:^|\s)['"\u2018\u201c][^\n]*?['"\u2019\u201d](?:[^\p{L}]|$)"""
_OWN_BOUNDARY_VERBS = ["share", "give out", "tell you", "talk about", "disclose", "go into"]


def refusal_defects(turns: pl.DataFrame) -> pl.DataFrame:
    """`turns` (kept) -> a flagged `refusal` defect per therapist turn that is AI boilerplate (and per client turn
    in a model's own words)."""
    text = pl.col("text").str.replace_all("[\u2018\u2019]", "'")
    # (The replacement runs only on turns holding one of its verbs; the others go through it as empty strings.)
    may_hold = text.str.contains_any(_OWN_BOUNDARY_VERBS, ascii_case_insensitive=True)
    without_own_boundary = (
        pl.when(may_hold)
        .then(pl.when(may_hold).then(text).otherwise(pl.lit("")).str.replace_all(_OWN_BOUNDARY, ""))
        .otherwise(text)
    )
    sentences = text.str.count_matches(r"[^.!?]+[.!?]*")
    substantive = pl.max_horizontal(sentences - text.str.count_matches(_STOCK_SENTENCE), pl.lit(1))
    hotline_only = text.str.contains(f"(?i){_CRISIS_RESOURCE}") & (
        text.str.count_matches(_REFERRAL_SENTENCE) >= 0.6 * substantive
    )
    # The turn before, when someone else spoke it: it may ask whether a person is there at all.
    before = pl.when(pl.col("role").shift(1).over("session_id", order_by="turn_index") != pl.col("role")).then(
        pl.col("text").shift(1).over("session_id", order_by="turn_index")
    )
    # Role first: the regexes are the cost. A client's turn is read for a refusal only: a model playing the client
    # refuses too (on 24,806 AnnoMI and ESConv client turns the pattern matches none), while a client quotes the
    # chatbot that called itself an AI or the helpline number a GP gave. Every pattern needs an ASCII
    # letter or digit but the Chinese and Japanese ones, so other text (the Chinese corpora) is skipped unless a
    # literal scan finds their words: case-insensitive search over CJK text is the regex engine's slowest case.
    candidates = turns.with_columns(before.alias("_before")).filter(
        pl.col("role").is_in(["therapist", "client"]),
        pl.col("text").str.contains("[A-Za-z0-9]")
        | pl.col("text").str.contains_any(
            [
                "人工智能",
                "人工智慧",
                "语言模型",
                "語言模型",
                "抱歉",
                "对不起",
                "對不起",
                "很遗憾",
                "很遺憾",
                "인공지능",
                "申し訳",
                # ... the Bengali "as" and the Thai "sorry", "as" ...
                "হিসেবে",
                "ขออภัย",
                "ในฐานะ",
                # ... the Arabic "as an AI", "sorry", "I apologise" ...
                "بصفتي",
                "عذر",
                "آسف",
                "أعتذر",
                "すみません",
                "恐れ入り",
                "として",
                # ... the Russian and Ukrainian "I can't" ...
                "не могу",
                "не можу",
                # ... and the Greek apology ("Lypamai", either case).
                "\u03bb\u03c5\u03c0\u03ac\u03bc\u03b1\u03b9",
                "\u039b\u03c5\u03c0\u03ac\u03bc\u03b1\u03b9",
                # ... and what a model calls itself in Greek, Persian, Hebrew, Russian and Ukrainian.
                "μοντέλο",
                "νοημοσύνη",
                "ψηφιακός βοηθός",
                "عنوان",
                "מודל",
                "בינה מלאכותית",
                "модель",
                "ассистент",
                "асистент",
            ]
        ),
    )
    asked_if_human = pl.col("_before").str.contains(_ASKED_IF_HUMAN).fill_null(False)
    counsellor = pl.col("role") == "therapist"
    by_counsellor = candidates.filter(counsellor).filter(
        without_own_boundary.str.contains(_REFUSAL)
        | (text.str.contains(_SELF_REFERENCE) & ~asked_if_human)
        | hotline_only
    )
    # A client says "I'm sorry, but I can't talk about my father today": only a model refuses a request, content or
    # a role-play. (And a client quoting the chatbot they asked, "it said 'as an AI I can't give advice'", quotes.)
    by_client = candidates.filter(~counsellor).filter(
        without_own_boundary.str.replace_all(_QUOTED, " ").str.contains(_REFUSAL) & text.str.contains(_MODEL_TASK)
    )
    found = pl.concat([by_counsellor, by_client]).sort("session_id", "turn_index").drop("_before")
    return turn_defects(
        found,
        defect_type="refusal",
        severity="error",
        action="flagged",
        detail=pl.format("{} turn is an AI assistant's refusal or safety boilerplate", pl.col("role")),
        excerpt=pl.col("text"),
    )
