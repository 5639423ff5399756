"""Generation and editing artefacts inside a session: cut them out, drop turns made only of them.

"Here's a continuation of the therapy session:", "(Note: this dialogue is fictional)",
"[End of transcript]" and leaked `<think>` reasoning are not what anyone said. When they are part of
a turn they are removed (the turn is `repaired`); when nothing a speaker would say is left, the turn
is dropped. A turn that only narrates the session in the third person around such an artefact
("I'm glad to see that Naomi is making progress... Here's a continuation:") is artefact too.
"""

from __future__ import annotations

import polars as pl

from transforms.defect_rows import turn_defects
from transforms.regex_parts import with_narrow_word_class

# "Here's a continuation of the therapy session:" and kin. Kept apart from META_PATTERNS because it must
# start a sentence, and the sentence end before it has to survive the cut (no look-behind in polars' regex).
_SESSION_NOUN = r"(?:session|dialogue|dialog|conversation|transcript|therapy|role-?play|exchange|scene|script)"
_LEAD = (
    r"(?:here(?:['\u2019]s| is)|below is|the following is|continuing|picking up|resuming|"
    r"let(?:['\u2019]s| us) continue)"
    r"\s+(?:a|an|the|my|your)?\s*(?:(?:possible|revised|rewritten|continued|simulated|multi-turn|multiturn|"
    # ... and an editing tool's own words for its output: "Here's the tidied transcript for session 8, ...:".
    r"tidied|tidied-up|cleaned|cleaned-up|edited|corrected|formatted|reformatted|polished|proofread|anonymi[sz]ed|"
    r"de-identified|standardi[sz]ed|updated|improved|full|complete|final|requested),?\s+){0,2}"
)
_WHAT = (
    r"(?:continuation|revised version|rewritten version|transcript|dialogue|dialog|conversation|session|role-?play|"
    # (An editing tool's "Here is the passage rewritten in plain English, as requested:"; a passage alone may be a
    # book's: "Here's the passage from the workbook that helped me:".)
    r"chat|(?:passage|excerpt|text)\s+(?:rewritten|revised|reworded|simplified|edited|tidied)"
    # ... or what was done to it: "Here's the passage with the filler words removed:".
    r"|(?:passage|excerpt|transcript)\s+with\s+[^\n:]{0,60}?\s(?:removed|cut|taken out|stripped out|tidied up))"
)
# "the rest of the session", never "the rest of the story".
_PART = r"(?:rest|next part|next section|next portion)\s+(?:of|for|from)\s+(?:the|this|our|a|where)?\s*"
_HOW = (
    r"(?:here(?:['\u2019]s| is) how (?:the|this|our) (?:conversation|session|dialogue) (?:might|could|would|may) "
    r"(?:continue|go|unfold)"
    # ... or how one side would answer or begin: "Here's how the therapist might respond:", "... might open the
    # session:".
    r"|here(?:['\u2019]s| is) how (?:the|a|your) (?:therapist|counsell?or|counselor|client|patient|assistant) "
    r"(?:might|could|would|may|should) (?:respond|reply|answer|say|continue|open|begin|start)"
    # ... or the generator answering in its part: "As the counsellor, I would respond:".
    r"|(?:as|speaking as|playing) (?:the|a|your) (?:therapist|counsell?or|counselor|psychologist|assistant),? "
    r"i(?:['\u2019]d| would| might| will) (?:respond|reply|answer)(?: with)?)"
)
# "Here is the next therapist response in the conversation:": the generator announcing the line it writes next.
# Only with "next" (or the like) or a role named, and up to a colon: "Here's my answer." can be speech.
_ROLE_NOUN = r"(?:therapist|counsell?or|counselor|client|patient|assistant|ai|model)(?:['\u2019]s)?\s+"
_NEXT = (
    r"here(?:['\u2019]s| is)\s+(?:the|a|my|an)\s+"
    rf"(?:(?:next|possible|suggested|sample|follow-up)\s+(?:{_ROLE_NOUN})?|{_ROLE_NOUN}(?:(?:next|following)\s+)?)"
    # (A comma may come first, and what it does next: "..., continuing the session in a warm tone:".)
    r"(?:response|reply|turn|answer|message|line)(?:,?\s+(?:in|of|for|from|to|continuing|following|keeping|written)\s+"
    r"[^\n:]{0,60}?)?\s*:+"
    # ... or the persona announcing its own reply: "As a supportive CBT coach, here is my response:" ...
    r"|as an? (?:[\w-]+ ){0,4}(?:coach|therapist|counsell?or|counselor|assistant|ai|chatbot|bot|model|psychologist)"
    r",?\s+here(?:['\u2019]s| is) my (?:response|reply|answer)\s*:+"
    # ... or a drafted reply offered to the user: "Here's a warm, empathetic reply you could send:".
    # ... or in a voice asked for: "Of course! Here's a warm reply in a peer-support tone:".
    r"|here(?:['\u2019]s| is)\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,3}(?:response|reply|message|answer)\s+in\s+(?:a|an|the)\s+"
    r"[^\n:]{0,40}?\b(?:tone|style|voice|register)\s*:+"
    r"|here(?:['\u2019]s| is)\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,3}(?:response|reply|message|answer)\s+"
    r"(?:that\s+)?(?:you|to)\s+(?:could\s+|can\s+|might\s+|may\s+)?(?:send|use|say|give|post|try)\b[^\n:]{0,40}:+"
)
# "Here are three ...": several sessions announced, and what they are called.
_SEVERAL = (
    r"(?:here are|below are|the following are)\s+(?:(?:the|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
)
_SESSIONS = r"(?:dialogues|dialogs|conversations|transcripts|sessions|role-?plays|exchanges)"
# "Below is a realistic emotional support dialogue between a supporter and a seeker who ...": a described
# dialogue, named by who talks in it.
_DESCRIBED = (
    r"(?:here(?:['\u2019]s| is)|below is|the following is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:dialogue|dialog|conversation|transcript|session|role-?play|exchange)\s+between\s+"
    r"[^\n.:!?]{0,160}?[.:]+"
    # ... or several: "Below are four consecutive CBT sessions between a therapist and Maren, a 44-year-old ...".
    rf"|{_SEVERAL}(?:[\w-]+\s+){{0,3}}?{_SESSIONS}\s+between\s+"
    # (Between roles, or a named person described: "between a therapist and Maren", "between Marguerite, an
    # experienced counsellor, and ...", never "between now and Christmas" or "between you and your sister".)
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:therapist|counsell?or|counselor|psychologist|coach|client|patient|"
    r"supporter|seeker|user|assistant)|(?-i:\p{Lu})[\p{L}'\-]+,?\s+(?:a|an)\s)"
    r"[^\n.:!?]{0,200}?[.:]+"
    # ... or what it is about: "Here's a realistic first CBT session focused on scan-related anxiety.", "Below are
    # three consecutive sessions of graded exposure therapy for a fear of dogs." (a session noun right before the
    # topic word: "Here's a session plan for next week" names a plan).
    r"|(?:here(?:['\u2019]s| is)|below is|the following is)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:realistic|sample|"
    r"example|simulated|fictional|hypothetical|illustrative|mock)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:dialogue|dialog|conversation|transcript|session|role-?play|exchange)\s+(?:focused on|focusing on|about|on|"
    r"exploring|covering|addressing|in which|where)\s+[^\n:!?]{0,200}?[.:]+"
    rf"|{_SEVERAL}(?:[\w-]+\s+){{0,3}}?{_SESSIONS}\s+(?:of|on|about|focused on|exploring|covering|addressing)\s+"
    # (Of a therapy: "Here are three sessions of practice I'd suggest:" is a counsellor's plan.)
    r"[^\n:!?]{0,120}?\b(?:therapy|counsell?ing|cbt|dbt|act|emdr|exposure|treatment|intervention|coaching)\b"
    r"[^\n:!?]{0,120}?[.:]+"
    # ... or a sample, whatever it is for, up to the colon: "Here's a realistic sample helpline text chat you can use
    # for volunteer training:".
    # ("Here's a sample conversation you could practise with your partner:" is a counsellor's coaching.)
    r"|(?:here(?:['\u2019]s| is)|below is)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:realistic|simulated|"
    r"fictional|hypothetical|synthetic)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:dialogue|dialog|conversation|transcript|session|role-?play|exchange|chat)\b[^\n:!?.]{0,160}:+"
    # ... or samples: "Here are three sample dialogues for the handbook, each written to show ...:" (up to the colon).
    rf"|{_SEVERAL}(?:sample|example|illustrative|practice|mock|synthetic|simulated)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_SESSIONS}\b[^\n:]{{0,160}}:+"
)
# A text handed back reworked: "Here is a rewritten, more empathetic version of the answer:", "Sure — here's the
# transcript tidied up, with speaker labels added and filler words removed, ready to paste into your notes:".
_REWORKED = (
    r"(?:here(?:['\u2019]s| is)|below is)\s+(?:a|an|the|my)\s+(?:[\w-]+,?\s+){0,3}(?:version|rewrite|revision|edit)"
    r"\s+of\s+(?:the|your|my|this|that)\s+(?:answer|response|reply|message|text|transcript|dialogue|conversation|"
    # (... and what was done to it: "..., with fillers, false starts and repetitions removed:".)
    r"session)(?:,?\s+with\s+[^\n:]{0,80})?\s*:+"
    # ... or an edited version of a part of it: "Here's the cleaned-up version of this section with the filler words
    # removed:" (never "my version of that part:" or "the short version of this section:", which people say).
    # ... or a longer one, written on request: "Sure! Here's an extended version:".
    r"|here(?:['\u2019]s| is)\s+(?:a|an|the)\s+"
    r"(?:(?:longer|extended|expanded|lengthier|fuller|more detailed),?\s+(?:and\s+)?){1,2}version"
    r"[ \t]*:+[ \t]*(?:\n|\z)"
    r"|here(?:['\u2019]s| is)\s+(?:the|a|an)\s+(?:cleaned[- ]up|tidied(?:[- ]up)?|edited|corrected|revised|rewritten|"
    r"reformatted|polished|proofread)\s+version\s+of\s+(?:the|this|that)\s+(?:section|passage|excerpt|part|paragraph|"
    r"segment)(?:\s+with\s+[^\n:]{0,60})?\s*:+"
    # ... or what was done to the transcript: "Here is the text with punctuation restored:" (a recogniser's rewrite
    # step), "... with the filler words removed:" (a person's "the text with his name taken out" is no edit of this
    # kind).
    r"|here(?:['\u2019]s| is)\s+the\s+(?:text|transcript|passage|section|segment)\s+with\s+(?:the\s+)?"
    r"(?:punctuation|capitali[sz]ation|filler words|fillers|disfluencies|speaker labels|timestamps|time ?codes)"
    r"(?:\s+and\s+[\w ]{1,30})?\s+(?:restored|removed|added|fixed|corrected|cleaned up|stripped out)\s*:+"
    r"|here(?:['\u2019]s| is)\s+(?:the|your|a)\s+(?:transcript|dialogue|conversation|session|text)\s+(?:tidied|"
    r"cleaned|edited|formatted|rewritten|revised|corrected|anonymi[sz]ed|de-identified)(?: up)?[^\n:]{0,120}:+"
    # ... a reworded reply, named only by how it is better: "Here's a clearer version:".
    r"|here(?:['\u2019]s| is)\s+(?:a|an|the)\s+(?:clearer|cleaner|shorter|simpler|gentler|warmer|softer|kinder|"
    r"better|improved|polished|revised|rewritten|reworded|edited|more\s+[a-z]+)\s+version\s*:+"
    # ... or a reply described by what it does for "the user": "Here's a supportive response that validates the
    # user's feelings and offers practical coping strategies:".
    r"|here(?:['\u2019]s| is)\s+(?:a|an|my)\s+(?:[\w-]+,?\s+){0,3}(?:response|reply|answer)\s+(?:that|which)\s+"
    r"[^\n:]{0,160}?(?:the user|validat|acknowledg|empath)[^\n:]{0,160}:+"
)
# The same announcement from a generator writing German, Spanish, French, Portuguese, Italian, Dutch, a Scandinavian
# language, Turkish or Indonesian: "Gerne, hier ist ein weiterer Beispieldialog zum Thema Burnout:", "Aquí tienes
# otra conversación de ejemplo:", up to the colon.
_FOREIGN_INTRO = (
    r"(?:hier (?:ist|sind|folgt)|aquí (?:tienes|está|va|hay)|a continuación(?:,)? (?:tienes|se muestra|va)|voici|"
    r"ecco|aqui está|segue|här är|her er|hier is|işte|berikut(?: ini)?|tässä(?: on)?|вот|ось|"
    # (Polish, Swahili, Vietnamese and Arabic: here is, below is.)
    r"oto|hapa chini ni|hii hapa|ifuatayo ni|d\u01b0\u1edbi \u0111\u00e2y l\u00e0|\u0111\u00e2y l\u00e0|"
    # (Bengali, Urdu, Hindi and Tagalog: below, here is.)
    r"নিচে|یہ رہی|یہ رہا|नीचे|narito ang|"
    r"\u0625\u0644\u064a\u0643(?:\u0645)?|\u0641\u064a\u0645\u0627 \u064a\u0644\u064a|"
    # (Greek: what follows, here is, below.)
    r"ακολουθεί|ορίστε|παρακάτω)"
    r"\s+[^\n:]{0,60}?(?:dialog|"
    r"diálogo|dialogue|"
    r"gespräch|gesprach|conversaci[oó]n|conversation|conversa|conversazione|sitzung|sesión|séance|sessione|sessão|"
    r"sessao|simulação|simulacao|simulación|"
    r"transkript|transcripci[oó]n|transcrição|trascrizion|seduta|colloquio|transkrypcj|rozmow|sesj|mazungumzo|"
    r"nakala|kikao|h\u1ed9i tho\u1ea1i|cu\u1ed9c tr\u00f2 chuy\u1ec7n|bu\u1ed5i tham v\u1ea5n|"
    r"\u062d\u0648\u0627\u0631|\u0645\u062d\u0627\u062f\u062b\u0629|\u062c\u0644\u0633\u0629|"
    r"কথোপকথন|ট্রান্সক্রিপ্ট|ٹرانسکرپٹ|گفتگو|مکالمہ|سیشن|बातचीत|संवाद|ट्रांसक्रिप्ट|sesyon|dayalogo"
    r"|samtal|samtale|gesprek|diyalog|keskustelu\b|istunto\b"
    # (Russian and Ukrainian: dialogue, conversation, session, transcript, passage, line of dialogue.)
    r"|диалог|разговор|сесси|стенограмм|расшифровк|фрагмент|реплик|розмов|\u0441\u0435\u0441\u0456|діалог"
    # (Greek: dialogue, session.)
    r"|διάλογ|συνεδρί"
    # ... or the counsellor's reply: "Claro, aquí tienes la respuesta de la psicóloga:", "Certo! Ecco come potrebbe
    # rispondere il terapeuta:", "Här är ett empatiskt svar i rollen som samtalsstödjare:" (a reply to anyone else,
    # "ce que tu pourrais répondre à ta mère :", is a counsellor's suggestion).
    r"|(?:respuesta|risposta|réponse|reponse|antwort|resposta|rispondere|responder|répondre|repondre|antworten|svar|"
    r"antwoord|yan\u0131t|cevap|respons|jawaban|balasan|vastaus)[^\n:]{0,40}?(?:psic[oó]log|terapeut|th[ée]rapeut|"
    r"therapeut|"
    r"counsel|berater|samtalsstöd|kurator|hulpverlener|dan\u0131\u015fman|psikolog|psychologue|consejer|conselheir|"
    r"konselor|terapis))"
    r"[^\n:]{0,80}?:+"
    # ... and Chinese, up to a full-width colon: "好的, 以下是心理咨询师的回复" (OK, here is the counsellor's reply).
    r"|(?:以下是|下面是|以下為|以下为|下面继续|下面繼續|接下来是|接下來是|继续生成|繼續生成)[^\n:\uff1a]{0,40}?"
    r"(?:对话|對話|回复|回覆|回答|续写|續寫|示例|範例|"
    r"咨询|諮詢|諮商|内容|內容)[^\n:\uff1a]{0,20}?[:\uff1a]"
    # ... Japanese, up to the colon or full stop: "以下は、カウンセリングの続きです。" (below is the session's
    # continuation) ...
    r"|以下(?:は|が)[、,]?[^\n:\uff1a\u3002]{0,40}?(?:カウンセリング|対話|会話|面談|セッション|続き|例)"
    r"[^\n:\uff1a\u3002]{0,20}?(?:です|になります)?[:\uff1a]|以下(?:は|が)[、,]?[^\n:\uff1a\u3002]{0,40}?"
    r"(?:カウンセリング|対話|会話|面談|セッション)の(?:続き|例)(?:です|になります)\u3002"
    # ... and Korean: "다음은 상담사와 내담자의 대화입니다:" (what follows is a dialogue between a counsellor and
    # a client).
    r"|다음은[^\n:.]{0,40}?(?:대화|예시|상담 내용|상담 기록)(?:입니다|이에요|예요)[:.]?"
)
_INTRO = with_narrow_word_class(
    r"(?i)(^|[.!?]\s+|[\u3002\uff01\uff1f]\s*)[(\[]?(?:(?:sure|okay|ok|certainly|of course|absolutely|alright|"
    r"all right|great idea|good idea|great question|gerne|klar|natürlich|"
    r"claro|por supuesto|bien sûr|certo|certamente|självklart|visst|selvfølgelig|natuurlijk|tabii|elbette|tentu|"
    r"selvä|toki|totta kai|tietysti|jasne|oczywiście|sawa|bila shaka|অবশ্যই|ज़रूर|बिल्कुल|sige|siyempre|ضرور|แน่นอน|"
    r"\u0628\u0627\u0644\u062a\u0623\u0643\u064a\u062f|"
    r"βεβαίως|φυσικά|σίγουρα|ασφαλώς|конечно|разумеется|звісно|звичайно|בטח|כמובן|حتماً|حتما|البته|"
    r"好的|当然)"
    r"[,!.\uff0c\uff01\u3002]?\s*(?:[\u2014\u2013-]\s*)?)?(?:"
    rf"{_FOREIGN_INTRO}|"
    rf"{_DESCRIBED}|"
    rf"{_REWORKED}|"
    # Up to a colon, over any tail ("...between Dr. Lee and Maria:") ...
    # (A comma may come first: "Here is the anonymised transcript, with names replaced by placeholders:".)
    rf"{_LEAD}(?:{_WHAT}(?:(?:,\s+(?:with|of|for|from|between)|\s+(?:of|for|from|between|with|in|as|rewritten|revised|"
    rf"continued|written|based on))\s+"
    rf"[^\n:]{{0,80}}?)?"
    # (in a bracketed stage note, the bracket closes after the colon: "(Continuing the role-play as ...:)").
    rf"|{_PART}[^\n:]{{0,40}}?{_SESSION_NOUN}[^\n:]{{0,80}}?)\s*:+[)\]]?"
    # ... or up to a full stop over a short tail ("Below is the rest of the transcript.").
    rf"|{_LEAD}(?:{_WHAT}(?:\s+(?:of|for|from)\s+(?:the|this|our|a|where)?\s*[\w\- ]{{0,40}}?"
    # ... or naming who talks in it ("...of the dialogue between the therapist and the patient, now on sleep.").
    rf"|\s+(?:of|for|from)\s+(?:the|this|our|a)\s+{_SESSION_NOUN}\s+(?:between|with)\s+[^\n.:!?]{{0,120}}?)?"
    rf"|{_PART}[\w\- ]{{0,40}}?{_SESSION_NOUN}[\w\- ]{{0,40}}?)\s*\.+"
    # (How one side might answer may name the situation first: "...might respond in this situation:".)
    rf"|{_HOW}[^\n:.!?]{{0,40}}[:.]+"
    rf"|{_NEXT})"
)
# The generator's own instructions leaked into a turn: "Remember to stay in character as a warm, non-directive
# therapist and keep each reply under 80 words." (an actor's "I had to stay in character all day" names no persona
# or reply, and stays). Apart from META_PATTERNS: their bounded repeats would keep that regex off its fast DFA, so
# they run only on turns a literal scan for their words passes (_INSTRUCTION_WORDS).
_INSTRUCTION = (
    r"(?i)(?-u:\b)(?:(?:remember|make sure|be sure|try) to |please |always )?(?:stay|remain) in (?:character|role)"
    r"(?-u:\b)[^.!?\n]{0,160}?(?-u:\b)(?:therapist|counsell?or|counselor|persona|assistant|repl(?:y|ies)|responses?|"
    r"words)(?-u:\b)[^.!?\n]{0,160}[.!]"
    r"|(?i)(?-u:\b)(?:keep|limit) (?:each|every|all|your) (?:repl(?:y|ies)|responses?|answers?|turns?|messages?)"
    r"(?-u:\b)[^.!?\n]{0,40}(?-u:\b)\d+ words(?-u:\b)[^.!?\n]{0,60}[.!]"
)
_INSTRUCTION_WORDS = [
    "in character", "in role", "keep each", "keep every", "keep all", "keep your", "limit each", "limit every",
    "limit all", "limit your",
]  # fmt: skip
# The model stepping into the counsellor's part a user asked it to play (see META_PATTERNS). A counsellor may say
# "I'll be your counsellor until Maria is back"; only a model acts as one, or says so starting a role-play.
_OPENER = r"(?:sure|certainly|of course|absolutely|happy to help)[!.,][ \t]+"
# (`verb` is filled in where it is used: with or without "be".)
_PLAYING_COUNSELLOR = (
    r"i(?:['\u2019]ll| will) (?:{verb}) (?:your|the|a) (?:[\w-]+ ){{0,3}}"
    r"(?:therapist|counsell?or|counselor|coach|psychologist)\b"
)
_PRACTICE = r"role-?play|practi[cs]e|simulation|scenario|pretend|answer as yourself|be yourself|play yourself"
_LETS_BEGIN = r"(?:(?:let['\u2019]s|we can|i can) (?:begin|start|do|get started with|try)[^\n.!?]{0,60}[.!][ \t]+)"
_LETS_BEGIN_PLAY = (
    rf"(?:(?:let['\u2019]s|we can|i can) (?:begin|start|do|get started with|try)[^\n.!?]{{0,40}}(?:{_PRACTICE})"
    r"[^\n.!?]{0,40}[.!][ \t]+)"
)
# The sign-off's opening: "I hope this (sample) dialogue helps".
_HOPE_THIS = r"i hope this (?:(?:sample|example|short) )?"
# The tags a model's leaked reasoning comes under (the parsers keep them, this step cuts them).
REASONING_TAGS = "(?:think|thinking|scratchpad|reasoning|reflection|inner_monologue)"
# Artefacts removed wherever they stand. (?is): case-insensitive; `.` crosses lines for <think> blocks.
META_PATTERNS: tuple[str, ...] = (
    # Leaked reasoning, under whichever tag the generator used.
    rf"<{REASONING_TAGS}>.*?(?:</{REASONING_TAGS}>|\z)",
    rf"</?{REASONING_TAGS}>",
    # Chat-template tokens leaked from the generator.
    r"<\|[a-z_]+\|>|\[INST\].*?\[/INST\]|\[/?INST\]|</?s>|<<SYS>>.*?<</SYS>>",
    # An instruction-tuning prompt's section headers: where the generator ran on into a new `### Instruction:`,
    # everything after is a prompt it wrote itself; a `### Response:` header is only the marker.
    r"^[ \t]*#{2,4}[ \t]*(?:instruction|input|human|user|prompt)[ \t]*:.*\z",
    r"^[ \t]*#{2,4}[ \t]*(?:response|assistant|output)[ \t]*:[ \t]*$",
    # A markdown heading or bold line announcing the continuation.
    r"^\s*(?:#{1,6}\s*|\*\*)\s*(?:continuation|continued|the session continues)(?:\s+of\s+[^\n*]{0,60})?"
    r"\s*:?\s*(?:\*\*)?\s*:?\s*$",
    # The assistant's sign-off.
    rf"(?:{_HOPE_THIS}(?:helps|scene|dialogue|transcript|script|example|conversation|session)[^\n.!?]{{0,60}}[.!]\s*)?"
    r"let me know if you(?:['\u2019]d| would) like (?:me to )?"
    # ("... a longer version or a different setting!": the version is the generator's own.)
    r"(?:a (?:different|new|longer|shorter|more detailed|extended|expanded) version(?:[.!]|[ \t]+or[ \t]+[^\n]{0,40}?"
    r"(?:setting|scenario|style|tone|length|format|ending|focus))[^\n]*|"
    r"(?:a second|a third|a next|a further) (?:session|dialogue|transcript|part|scene)s? "
    r"(?:where|in which|that shows|showing|focusing on)[^\n]*|"
    r"(?:continue|a continuation|more|a follow-up|another|adjust|change|"
    r"tweak|modify|revise|expand|shorten|rewrite|edit)[^\n]*"
    r"(?:dialogue|conversation|session|transcript|scene|version|variation|example|sample|role-?play)[^\n]*)",
    rf"{_HOPE_THIS}(?:scene|dialogue|transcript|script|example) (?:works|helps|is helpful|is useful)"
    r"[^\n.!?]{0,80}[.!]",
    # A chat page's footer copied with the conversation: "ChatGPT can make mistakes. Check important info.", "Gemini
    # may display inaccurate info, including about people, so double-check its responses."
    r"(?:chatgpt|claude|gemini|copilot|meta ai|grok|le chat) can make mistakes\.[ \t]*(?:check important info|"
    r"consider checking important information|please double-check (?:responses|cited sources))\.?"
    r"|gemini (?:can|may) (?:make mistakes|display inaccurate info)[^\n]{0,60}?so double-check (?:it|its responses)\.?",
    # ... or its offer to write more: "*Would you like me to continue with Session 4, where Maren prepares ...?*": a
    # numbered session or part of a series, or what only a generator writes (a counsellor offers "another session
    # before the holidays" or to "write down the next session date").
    r"[*_]{0,2}would you like me to (?:continue|write|generate|create|draft|produce|add)(?: with)?[^\n?]{0,120}?"
    r"(?:session \d|part \d|the (?:next|rest of the|following) (?:dialogue|transcript|scene)|"
    r"another (?:dialogue|transcript|scene|example|version|variation))[^\n?]{0,200}\?[*_]{0,2}",
    r"[\[(]\s*(?:note|disclaimer|(?:author|editor|translator|transcriber|transcriptionist)['\u2019]?s note)\s*:"
    r"[^\])]*[\])]",
    # A role-play's out-of-character aside: "(OOC: I'll keep the replies shorter from here on.)", "((ooc brb))".
    r"[\[(]{1,2}\s*ooc\b[^\])\n]*[\])]{1,2}",
    # The same note in Dutch, French, German, Spanish or Italian, closed or left open at the turn's end ("Tot
    # volgende week! (Noot: dit gesprek is fictief ...").
    # (And Turkish, Swedish, Norwegian or Danish: "[Editör notu: ...]", "[Anmärkning: ...]".)
    # (And Greek, Russian, Ukrainian, Hebrew, Persian and Arabic: "(Σημείωση: ...)", "(Примечание: ...)".)
    r"[\[(]\s*(?:noot|opmerking|remarque|anmerkung|hinweis|notiz|nota|not|editör notu|anmärkning|kommentar|merknad|"
    r"bemærkning|σημείωση|σημ\.|примечание|примітка|замечание|הערה|یادداشت|توجه|ملاحظة)\s*:[^\])\n]*(?:[\])]|\z)",
    # The model stepping in or out of its part: "*(Stepping back into the role of your coach:)*", "(out of
    # character: ...)".
    r"\*{0,2}[\[(]\s*(?:(?:stepping|getting|going|coming|slipping|switching)\s+(?:back\s+)?(?:in(?:to)?|out of)\s+"
    r"(?:the\s+|my\s+)?(?:role|character)|back\s+(?:in(?:to)?|to)\s+(?:the\s+|my\s+)?(?:role|character)|"
    r"(?:in|out of)\s+character)\b[^\[\]()\n]{0,80}[\])]\*{0,2}",
    # An HTML comment (never speech), and a template slot the generator left unfilled: `{insert Socratic question}`.
    r"<!--.*?(?:-->|\z)",
    r"\{\{?\s*(?:insert|add|include|placeholder|todo|fill in|write)\b[^{}\n]{0,200}\}\}?",
    # ... in square brackets too: `[insert local crisis line number]`.
    r"\[\s*(?:insert|placeholder|fill in)\b[^\[\]\n]{0,200}\]",
    # A generator's instruction for the turn it was writing: `[Assistant turn 3 of 5: keep the reply under 60 words]`.
    r"[\[(]\s*(?:assistant|user|model|ai|bot|counsell?or|counselor|therapist|client) (?:turn|reply|response|message)"
    r"\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*[:\-][^\[\]()\n]{0,300}[\])]",
    # A generator's annotation closing a reply: a last paragraph that names the technique or its rationale
    # (`**Technique used:** Cognitive defusion (ACT). **Rationale:** ...`).
    r"\n[ \t]*\n[ \t]*(?:\*\*|__)?(?:techniques? used|technique|intervention|rationale|"
    r"therapeutic (?:technique|approach|intent|goal)|skills? used|strategy used|approach used)"
    r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[^\n]*(?:\n[^\n]*){0,3}\z",
    # ... or a template variable the sending tool never rendered: `{{first_name|fallback:"there"}}`, `{{ user.name }}`.
    r"\{\{\s*[a-z_][\w.]{0,40}\s*(?:\|[^{}\n]{0,80})?\}\}",
    # An editor's note in double angle brackets: `<<Maria - keep or cut?>>` (a note: a question, a name and a dash,
    # or an editor's word; French quotes typed as `<<tu ne vaux rien>>` are speech).
    r"<<[^<>\n]{0,300}?(?:\?|\p{Lu}\p{Ll}+ [-\u2013] |\b(?:cut|keep|todo|check|delete|move|rephrase)\b)"
    r"[^<>\n]{0,300}>>",
    # Review marks left in a document: `[Comment LS1: expand this?]`, `(TODO: make him sound more hesitant)`.
    r"[\[(]\s*(?:comment(?:\s+[\w.]{1,8})?|todo|fixme|note to self|reviewer(?:['\u2019]?s)? (?:note|comment)|sup|"
    r"supervisor(?:['\u2019]?s)?(?: note)?|editor)\s*:"
    r"[^\[\]()\n]{0,300}[\])]",
    # ... or to a named colleague after a dash, about the transcription: "[Catriona - can't make out the next bit,
    # can you check?]", "(Sam - audio drops out here, I've guessed the next bit)", "[Dr A - she says the surname here,
    # I've left it out]" (a stage direction after a dash, "[Laughs - nervously]", or an aside, "(Sarah - you remember
    # her?)", says nothing of the transcription).
    r"[\[(](?:[^\[\]()\n]{0,20}\s)?(?-i:\p{Lu})[A-Za-z.]{0,20}(?:\s(?-i:\p{Lu})[A-Za-z.]{0,20})?\s[-\u2013\u2014]\s"
    r"[^\[\]()\n]{0,300}?\b(?:check|can['\u2019]t (?:make out|tell|hear)|cannot make out|inaudible|guessed|redacted|"
    r"(?:on|from|in) the (?:audio|tape|recording)|"
    r"left (?:it|this|that|them|the \w+) out)\b[^\[\]()\n]{0,300}[\])]",
    # ... or a note one transcriber leaves another: "[Mo to Rosalind: is it 'sister-in-law'? please check]".
    r"\[[^\[\]\n:]{1,40}\bto (?-i:\p{Lu})[\p{L}'\-]+\s*:[^\[\]\n]{0,300}\]",
    # A dataset's strategy label left in the reply it annotates: "[Reflection of feelings] It sounds like ...".
    r"\A\s*\[(?:reflection of feelings|reflection|questions?|providing suggestions|affirmation and reassurance|"
    r"affirmation|self-disclosure|restatement or paraphrasing|restatement|paraphrasing|information|validation|"
    r"open question|closed question|summary|reframing|others)\]\s*",
    # ... or a generator's note on the technique in brackets, in any of several languages: "[Technique: reflecting
    # feelings | tone: warm]", "[Tehnică: reflectarea sentimentelor + întrebare deschisă | ton: cald]".
    r"[\[(]\s*(?:techniques?|technique used|tehnic[aă]|t[ée]cnica|tecnica|technik|teknik|strategy|intervention)\s*:"
    r"[^\[\]()\n]{0,120}[\])]",
    # ... or an editing tool's label opening the text it tidied: "Cleaned version (filler words removed): ...".
    r"\A\s*(?:cleaned|edited|tidied|corrected|revised|cleaned-up|tidied-up)(?: up)? version(?:\s*\([^()\n]{0,60}\))?"
    r"\s*:\s*",
    # An editor's label left on a draft: `[Draft 2 - warmer tone]`, `(v3: shorter)`.
    r"[\[(]\s*(?:draft|revision|rev|version|v)\s*\d+\b[^\[\]()\n]{0,80}[\])]",
    # A generator's note on the technique its counsellor is using: "[Therapist uses a reflection of feeling here to
    # deepen the client's awareness of shame.]" (square brackets only: "(Therapist nods)" is a stage direction).
    r"\[\s*(?:the )?(?:therapist|counsell?or|counselor|clinician|psychologist|coach)\s+"
    r"(?:uses|is using|employs|applies|models|demonstrates|validates|reflects|reframes|introduces|summari[sz]es|"
    r"normali[sz]es|explores|challenges)\b"
    r"[^\[\]\n]{0,300}\]",
    # A generator's note on what the sample shows or what to ask for next.
    r"[\[(][^\[\]()\n]{0,80}?\b(?:demonstrated|illustrated|shown) in this (?:sample|example|dialogue|transcript|"
    r"session|conversation)\b[^\[\]\n]{0,300}[\])]",
    # (What ends is the generated text; a transcriber's end of the audio, of a recording's part or of an extract, or an
    # end mark with its clock time, `[END OF TRANSCRIBED SECTION 00:13:37]`, is the deliverable's own.)
    r"[\[(]\s*(?:(?:end of (?:the )?(?:generated |simulated |sample |example |practice )?(?:transcript|session|"
    r"dialogue|dialog|conversation|chat|role[- ]?play|sample|example|scenario|simulation|demo|part|section)s?|"
    r"continued|to be continued|session ends|transcript ends|the session continues)[^\]):]{0,60}|"
    r"end(?: of)?(?: scene)?[ \t.!]*)[\])]",
    # Bracketed editorial remarks about the text itself; stage directions ("(pauses)", "[laughs]") stay.
    # (`[name redacted]` is anonymisation, part of real transcripts, not an artefact to remove.)
    r"[\[(][^\[\]()\n]{0,120}?\b(?:transcript|word count|for brevity|omitted|abridged|"
    r"(?:ai|computer|machine|model)[- ]generated|generated (?:for|by|with|as)|was generated|fictional|fictitious|"
    r"synthetic|simulated (?:session|conversation|dialogue|exchange)|(?:training|illustrative|educational|"
    r"demonstration) purposes)\b[^\[\]()\n]{0,120}[\])]",
    r"[\[(]\s*(?:the )?(?:session|conversation|dialogue|dialog|therapy|exchange|chat) (?:continues|continued|"
    r"resumes|resumed|ends|ended|concludes|concluded|picks up)[^\[\]()\n]{0,80}[\])]",
    # An editing tool's or editor's note on what it did to the text: "Note: some passages were lightly condensed for
    # readability, and one passage was left out."
    r"^\s*(?:note|editor['\u2019]?s note|transcriber['\u2019]?s note)\s*:\s*[^\n]{0,80}?\b(?:passages?|sections?|"
    r"parts?|portions?|exchanges?|turns?|lines?|the (?:text|transcript|dialogue|conversation))\b[^\n]{0,60}?\b"
    r"(?:condensed|shortened|abridged|omitted|left out|removed|paraphrased|summari[sz]ed|lightly edited|tidied|"
    # (... and why, as an editor says it: a client's "a few lines of the diary were left out, they're private" stays.)
    r"trimmed)\b[^\n]{0,80}?\b(?:for (?:readability|clarity|brevity|length|privacy|confidentiality|anonymity)|"
    r"to (?:protect|anonymi[sz]e|shorten))\b[^\n]*$",
    # A messaging system's draft from its writing assistant, sent as it was: "Suggested reply (generated, please review
    # before sending): Hi Kit, ...".
    r"\A\s*(?:ai[- ])?(?:suggested|draft(?:ed)?|generated) (?:reply|response|message)\s*(?:\([^()\n]{0,60}\))?"
    r"\s*:[ \t]*",
    r"^\s*(?:note|disclaimer)\s*:\s*(?:this|the)\s+(?:dialogue|conversation|transcript|session|scenario|example)"
    r"[^\n]*(?:fiction|fictional|fictitious|simulated|generated|illustrative|not real|role-?play)[^\n]*$",
    r"^[\s*#=\-_\[(]*(?:end of (?:the )?(?:generated |simulated |sample |example )?(?:transcript|session|dialogue|"
    r"conversation|role-?play|excerpt))[\s.*#=\-_\])]*$",
    # A generator's scorecard under a rule at the end of a reply: "---\nWord count: 31 | Techniques: reflection |
    # Empathy score: 4/5".
    # (A generator's keys, or two fields or more in one line: a client's `Rating: 4/10, slept badly` under a rule
    # is hers.)
    r"\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*\n[ \t]*(?:(?:word count|token count|tokens|techniques? used|empathy score)"
    r"[ \t]*:[^\n]*|[\w ]{1,30}:[^\n|]*\|[ \t]*[\w ]{1,30}:[^\n]*)(?:\n[^\n]*){0,3}\z",
    # A generator's own speaker header opening the text it wrote for a turn, persona and all: "**Client (Obinna, 27,
    # FY1 doctor):** I've just finished ..." (the turn's label is already its speaker; this is the model's echo). Only
    # with the persona in brackets: a bare "**Client:**" in a therapist turn may be the roles mixed up, for the role
    # checks to see.
    r"\A\s*\*\*(?:client|patient|therapist|counsell?or|counselor|user|assistant|psychologist)"
    r"(?: response| reply| turn)?\s*\([^()\n*]{1,80}\)"
    r"\s*:\s*\*\*[ \t]*",
    # A note for the team, left in a turn by a tool or a colleague who marks transcripts: "(AI Notes: this segment
    # was condensed ...)", "[TL note: good reflection here, use for training - Bryony]", "[coder: can't hear this
    # word - JR]".
    r"[\[(]\s*(?:(?:ai|tl|qa|team lead|coder|annotator|rater|reviewer|trainer|system|bot)(?:['\u2019]?s)?\s+notes?|"
    r"coder|annotator|rater|qa)\s*:[^\[\]()\n]{0,300}[\])]",
    # A generator's offer in brackets at the end of what it wrote: "(Would you like me to continue the session or
    # summarise the key points?)" (a counsellor's offer is spoken, not bracketed).
    r"[\[(]\s*would you like me to (?:continue|summari[sz]e|write|generate|create|draft|produce|add|expand|rewrite|"
    r"go on)\b[^\[\]()\n]{0,200}\?\s*[\])]",
    # An editing tool's label opening the text it reworked: "Cleaned transcript segment: It sounds like ...".
    r"^[ \t]*(?:cleaned|cleaned-up|edited|tidied|corrected|revised|condensed)\s+transcript"
    r"(?:\s+(?:segment|section|passage|excerpt))?\s*:[ \t]*",
    # A Chinese, Japanese or Korean generator's end mark or note, in ASCII or full-width brackets: "[對話結束]" (end of
    # dialogue), "(注: 本对话为虚构)" with full-width brackets and colon (note: this dialogue is fictional).
    r"[\[\u3010\uff08(]\s*(?:(?:对话|對話|会话|會話|咨询|諮詢|諮商|会談|面談|상담|대화)\s*"
    r"(?:结束|結束|終了|終わり|끝|종료)|(?:注|备注|備註|说明|說明|注記|참고)\s*[:\uff1a][^\]\u3011\uff09)\n]{0,200})\s*[\]\u3011\uff09)]",
)
# What a model says about its task rather than in its part, at the start of a reply: its plan about "the user"
# ("Okay, the user is anxious about a review. I should validate first, then gently check the evidence."), or its
# stepping into the counsellor's part a user asked it to play ("Sure! Let's begin the role-play. I'll be your CBT
# therapist for this practice session."; a counsellor's own role-play casts someone else: "I'll be your boss").
# Apart from META_PATTERNS for the same reason as _INSTRUCTION, gated by _ASIDE_WORDS.
_MODEL_ASIDE = with_narrow_word_class(
    "(?im)"
    + "|".join(
        f"(?:{p})"
        for p in (
            r"^[ \t]*(?:(?:okay|ok|alright|all right|so|hmm+|right|got it)[,.!]?[ \t]+)?the user"
            r"(?:['\u2019]s| is| seems| wants| has| feels| said| says| mentioned| just| appears| sounds| asked| was)\b"
            r"[^\n]{0,300}?[.!?][ \t]+(?:(?:so|now|first),? )?"
            r"(?:i (?:should|need to|must|will|want to)|i['\u2019]ll|let me|my (?:reply|response|answer) should)\b"
            r"[^\n]{0,300}?[.!?](?:[ \t]+|$)",
            rf"^[ \t]*(?:(?:{_OPENER})?{_LETS_BEGIN_PLAY}|{_OPENER}{_LETS_BEGIN})"
            rf"{_PLAYING_COUNSELLOR.format(verb='be|play|act as|take the role of')}[^\n.!?]{{0,120}}[.!](?:[ \t]+|$)",
            rf"^[ \t]*(?:{_OPENER})?{_PLAYING_COUNSELLOR.format(verb='play|act as|take the role of')}"
            r"[^\n.!?]{0,120}[.!](?:[ \t]+|$)",
            rf"^[ \t]*{_PLAYING_COUNSELLOR.format(verb='be|play|act as|take the role of')}"
            rf"[^\n.!?]{{0,120}}?(?:{_PRACTICE})[^\n.!?]{{0,120}}[.!](?:[ \t]+|$)",
        )
    ).replace(r"\b", r"(?-u:\b)")
)
_ASIDE_WORDS = [
    "the user", "i'll be", "i'll play", "i'll act", "i'll take", "i will be", "i will play", "i will act",
    "i will take", "i\u2019ll be", "i\u2019ll play", "i\u2019ll act", "i\u2019ll take",
]  # fmt: skip
# Every _INTRO match contains one of these (its lead words, or "here" of _HOW). A literal scan for them is
# ~30x cheaper than _INTRO, whose bounded repeats keep the regex engine off its DFA, so _INTRO only runs on
# the few turns the scan passes.
_INTRO_WORDS = [
    "here's", "here\u2019s", "here is", "below is", "following is", "continu", "picking up", "resuming",
    "hier ist", "hier sind", "hier folgt", "aquí", "a continuación", "voici", "ecco", "aqui está", "segue",
    "below are", "here are", "following are", "här är", "her er", "hier is", "işte", "berikut", "tässä",
    "以下是", "下面是", "以下為", "以下为", "下面继续", "下面繼續", "接下来是", "接下來是", "继续生成", "繼續生成",
    "以下は", "以下が", "다음은", "Вот ", "вот ", "Ось ", "ось ",
    "oto ", "hapa chini", "hii hapa", "ifuatayo", "নিচে", "یہ رہ", "नीचे", "narito ang",
    "d\u01b0\u1edbi \u0111\u00e2y", "\u0111\u00e2y l\u00e0",
    "\u0625\u0644\u064a\u0643", "\u0641\u064a\u0645\u0627 \u064a\u0644\u064a",
    "ακολουθεί", "ορίστε", "παρακάτω",
    "d respond", "would respond", "might respond", "will respond", "d reply", "would reply",
    "might reply", "will reply", "d answer", "would answer", "might answer", "will answer",
]  # fmt: skip
# Every match of a META_PATTERNS pattern contains one of these, compared without case: a bracket or markup
# character, a rule, or the words of the sign-offs and notes that have no bracket. A pattern added there needs its
# literal here (tests/transforms/test_detect_meta_text.py checks each pattern's example against this list).
META_LITERALS = [
    "<", "[", "(", "{", "#", "*", "---", "___", "let me know if you", "i hope this", "note", "disclaimer", "end of",
    "technique", "rationale", "intervention", "strategy used", "skill used", "skills used", "approach",
    "cleaned version", "edited version", "tidied version", "corrected version", "revised version", "up version",
    "would you like me to", "make mistakes", "display inaccurate", "ed transcript", "ed reply", "ed response",
    "ed message", "draft ", "up transcript",
    "\u3010", "\uff08",
]  # fmt: skip
# ASCII word boundaries: the patterns are English words, and a Unicode \b keeps the regex engine off its fast
# DFA on any text with a non-ASCII character (3x slower over a corpus).
_META = with_narrow_word_class("(?ism)" + "|".join(f"(?:{p})" for p in META_PATTERNS).replace(r"\b", r"(?-u:\b)"))
# What is left once artefacts are cut, when it is only narration about the session in the third person.
_NARRATION = (
    r"(?i:\b(?:the (?:therapist|counsel+or|client|patient|user|session)|(?:he|she|they) (?:is|are|seems|has))\b)"
    r"|\b\p{Lu}\p{Ll}+ (?:is|has|seems|appears|was) (?:making|willing|starting|beginning|feeling|open|ready|"
    r"doing|showing|able)\b"
)
_ADDRESSED = r"(?i)\byou(?:r|rs|rself|['\u2019\u02bc](?:re|ve|ll|d))?\b"
# Nothing a speaker says: punctuation, quotes and whitespace only.
_NOTHING_SAID = r"^[\s\p{P}\p{S}]*$"


def _matches_where_possible(text: pl.Expr, pattern: str, needs_one_of: list[str]) -> pl.Expr:
    """`text.str.contains(pattern)`, the regex run only on texts that contain one of the literals every match
    of `pattern` contains; the others are searched as empty strings. Over a batch the literal scan costs ~1% of
    _META's. (Null instead of empty would not do: polars runs the regex on the values under a null too.)"""
    candidate = (
        pl.when(text.str.contains_any(needs_one_of, ascii_case_insensitive=True)).then(text).otherwise(pl.lit(""))
    )
    return candidate.str.contains(pattern)


def _has_artefact(text: pl.Expr) -> pl.Expr:
    return (
        _matches_where_possible(text, _META, META_LITERALS)
        | _matches_where_possible(text, _INTRO, _INTRO_WORDS)
        | _matches_where_possible(text, _INSTRUCTION, _INSTRUCTION_WORDS)
        | _matches_where_possible(text, _MODEL_ASIDE, _ASIDE_WORDS)
    )


def _without_artefacts(text: pl.Expr) -> pl.Expr:
    """`text` with every artefact cut out and the blank lines the cuts leave folded."""
    return (
        text.str.replace_all(_META, "")
        .str.replace_all(_MODEL_ASIDE, "")
        .str.replace_all(_INTRO, "$1")
        .str.replace_all(_INSTRUCTION, "")
        # The emphasis an italic sign-off (`*I hope this helps...*`) leaves behind on its line.
        .str.replace_all(r"(?m)^[ \t]*[*_]{1,3}[ \t]*$", "")
        .str.replace_all(r"[ \t]+\n", "\n")
        # (A note cut from between two sentences leaves their two spaces: one is the text's.)
        .str.replace_all(r"([^\s]) {2,}([^\s])", "${1} ${2}")
        .str.replace_all(r"\n{3,}", "\n\n")
        .str.strip_chars()
    )


def is_artefact(text: pl.Expr) -> pl.Expr:
    """Is `text` nothing but generation artefacts ("Sure! Here's a continuation of the session:")?"""
    return _has_artefact(text) & _without_artefacts(text).str.contains(_NOTHING_SAID)


def is_generator_intro(text: pl.Expr) -> pl.Expr:
    """Is `text` only a generator introducing what it writes ("Here is a realistic counselling dialogue between a
    therapist and a client:")? Narrower than `is_artefact`: a template token or `[Transcript 2 of 3 follows]`
    above a session is the file's own furniture, its header, not something a generator said."""
    rest = text.str.replace_all(_INTRO, "$1")
    return _matches_where_possible(text, _INTRO, _INTRO_WORDS) & (
        rest.str.contains(_NOTHING_SAID) | rest.str.contains(_DESCRIBES_ITSELF)
    )


# A user's request to a model, copied with its answer (a chat page selected whole): "Can you write a realistic first
# CBT session between a therapist and a client who ...?", "Write three sessions of graded exposure ...", "yes,
# session 2 please". Read only on lines outside any turn: said in a turn ("could you write down the session times
# for me?") it is speech.
_REQUEST = (
    r"(?i)(?:^|[.!?]\s+)(?:(?:can|could|would|will) you(?: please)?|please|i(?:['\u2019]d| would) like you to|"
    r"i (?:want|need) you to)\s+(?:write|generate|create|produce|draft|simulate|make|give me|continue)\b[^\n]{0,160}?"
    rf"\b{_SESSION_NOUN}s?\b"
    r"|^\s*(?:write|generate|create|produce|draft|simulate)\s+(?:a|an|me|\d+|two|three|four|five|some)\b[^\n]{0,160}?"
    rf"\b{_SESSION_NOUN}s?\b"
    r"|^\s*(?:(?:yes|yeah|yep|ok|okay|sure|great|perfect|thanks|thank you)[,.!]?\s*)?(?:please\s+)?(?:now\s+)?"
    r"(?:write\s+|do\s+|continue with\s+|go on with\s+)?session\s+\d+\s*(?:please|pls|now|next)\b"
    # ... or what was typed at a local model's console (`>>> continue`; a chat with the model is repl_log.py's).
    r"|^[ \t]*>>>[ \t]"
)


def is_generation_request(text: pl.Expr) -> pl.Expr:
    """Is `text` (a line outside any turn) a user asking a model to write a session?"""
    return text.str.contains(_REQUEST)


# Outside any turn, a generator's announcement need not end on a colon: "Okay, here's a counselling session transcript
# exploring burnout in a small business owner.", "I'll write a realistic CBT session for you. The characters are
# fictional, ..." (never read inside a turn, where a counsellor may say "I'll write a summary of the session for you";
# and only with a generator's "Sure"/"Okay" or its "I'll write": "Below is the transcript of a session recorded at
# the clinic" is a person's preamble).
_ANNOUNCES_SESSION = with_narrow_word_class(
    r"(?i)^\W*(?:(?:sure|okay|ok|of course|certainly|absolutely|great)[,!.]?\s+(?:here(?:['\u2019]s| is| are)|"
    r"below (?:is|are))|i(?:['\u2019]ll| will|['\u2019]ve| have) (?:write|written|create|created|draft|drafted|"
    r"put together|generate|generated|made)) (?:a|an|the|you a|two|three|four|five|several)\b[^\n]{0,60}?"
    r"\b(?:session|dialogue|dialog|transcript|conversation|role-?play|script|exchange)s?\b[^\n]*$"
)


def is_generation_frame(text: pl.Expr) -> pl.Expr:
    """Is `text`, a line outside any turn, the exchange around a generated session: the user's request for it or the
    generator's announcement of it?"""
    return is_generator_intro(text) | is_generation_request(text) | text.str.contains(_ANNOUNCES_SESSION)


# What is left of an intro line when the generator went on to describe its sample: "The dialogue demonstrates CBT
# techniques for working with imposter feelings."
_DESCRIBES_ITSELF = (
    r"(?i)^\s*(?:(?:the|this) (?:dialogue|dialog|conversation|session|transcript|exchange|example|scenario|role-?play)|"
    r"it) (?:demonstrates|shows|illustrates|models|focuses on|uses|highlights|includes|features|explores)\b[^\n]*$"
    # ... or what it put in: "I've included natural pauses and some resistance to make it realistic."
    r"|^[\s\"'\u201d\u2019]*i(?:'ve|\u2019ve| have) (?:included|added|kept|made|tried|written|used|given|aimed|focused|"
    r"built|structured)\b[^\n]*$"
    # ... or how its sessions hang together: "Each session builds on the one before."
    r"|^\s*(?:each|every) (?:session|dialogue|conversation|transcript|one) (?:builds on|follows|continues|picks up)"
    r"\b[^\n]*$"
)


def strip_meta_text(turns: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(turns with artefacts removed and all-artefact turns dropped, meta_text defects)."""
    suspects = turns.filter(_has_artefact(pl.col("text"))).with_columns(
        _without_artefacts(pl.col("text")).alias("_cleaned")
    )
    all_artefact = pl.col("_cleaned").str.contains(_NOTHING_SAID) | (
        pl.col("_cleaned").str.contains(_NARRATION)
        # Speech to someone ("you said", "your week") is never narration about the session.
        & ~pl.col("_cleaned").str.contains(_ADDRESSED)
        & (pl.col("_cleaned").str.count_matches(r"[.!?](?:\s|$)") <= 2)
    )
    dropped = suspects.filter(all_artefact)
    repaired = suspects.filter(~all_artefact)
    kept = (
        turns.join(
            dropped.select("session_id", "source_turn_index"), on=["session_id", "source_turn_index"], how="anti"
        )
        .join(
            repaired.select("session_id", "source_turn_index", "_cleaned"),
            on=["session_id", "source_turn_index"],
            how="left",
            maintain_order="left",
        )
        .with_columns(pl.coalesce("_cleaned", "text").alias("text"))
        .drop("_cleaned")
    )
    defects = pl.concat(
        [
            turn_defects(
                dropped,
                defect_type="meta_text",
                severity="warning",
                action="dropped",
                detail=pl.lit("turn is a generation artefact (narration or 'here is a continuation'), not speech"),
                excerpt=pl.col("text"),
            ),
            turn_defects(
                repaired,
                defect_type="meta_text",
                severity="warning",
                action="repaired",
                detail=pl.lit("generation artefact removed from the turn"),
                excerpt=pl.col("text"),
                repaired_text=pl.col("_cleaned"),
            ),
        ]
    )
    return kept, defects
