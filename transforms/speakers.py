"""The one alias table that maps raw speaker labels to roles."""

from __future__ import annotations

import polars as pl

ROLES = ("therapist", "client", "unknown")

# Keys are normalised labels (see normalise_label). Numbered labels such as `Speaker 1` are left out on
# purpose: nothing in the label says who counsels, so they stay speakers with role `unknown` (issue 3's role
# inference may settle them from what they say).
ROLE_BY_ALIAS: dict[str, str] = {
    "consultant": "therapist",
    "therapist": "therapist",
    "counselor": "therapist",
    "counsellor": "therapist",
    "psychologist": "therapist",
    "psychotherapist": "therapist",
    "supporter": "therapist",
    # A study's participant in counselling research or a group: the one counselled. (A research interview's
    # `Interviewer` is no counsellor: left to role inference.)
    "participant": "client",
    # Chat exports and LLM-generated counselling data: the model plays the counsellor.
    "assistant": "therapist",
    # ESConv (fado_reformat) speaker codes.
    "sys": "therapist",
    "usr": "client",
    # Transcript abbreviations `T:` / `C:`, and the clinical-note ones `Th:` / `Cl:` / `Pt:`.
    "t": "therapist",
    "c": "client",
    "th": "therapist",
    "cl": "client",
    "pt": "client",
    "clinician": "therapist",
    # Service and EHR exports (NHS talking therapies, chat-counselling platforms) call the counsellor the
    # practitioner; no client is ever called that.
    "practitioner": "therapist",
    # `Human:` / `AI:` transcripts and ShareGPT's `human` / `gpt`: as with `assistant`, the model counsels.
    "human": "client",
    "gpt": "therapist",
    # Gemini's chat roles are `user` and `model` (Vertex AI tuning sets, the Gemini API's `contents`).
    "model": "therapist",
    "ai": "therapist",
    # ... and so does a chat model named in its export (`**ChatGPT:**`). Not models that share a person's name
    # (a client called Claude).
    "chatgpt": "therapist",
    # ChatGPT's own page, copied (and its "Copy" of a shared chat), heads each message `You said:` / `ChatGPT said:`.
    # Only with `said`: a bare `You:` is whoever exported a messenger chat, counsellor or client.
    "you said": "client",
    # A chat exporter's headings (`## Prompt:` / `## Response:`) and question-and-answer data (`Context:` /
    # `Response:` lines): the prompt is the person's, the response the model's or counsellor's.
    "prompt": "client",
    "response": "therapist",
    # Chinese corpora (CPsyCounD, SMILECHAT, CPsyCounE): counsellor, psychological counsellor, supporter.
    "咨询师": "therapist",
    "心理咨询师": "therapist",
    "支持者": "therapist",
    "user": "client",
    "patient": "client",
    "client": "client",
    "seeker": "client",
    "help-seeker": "client",
    "help seeker": "client",
    # Chinese: visitor (the usual word for a counselling client), help-seeker.
    "来访者": "client",
    "求助者": "client",
    # ... and the family in the room in family counselling (parents, mother, father, husband, wife): clients too.
    "父母": "client",
    "家长": "client",
    "母亲": "client",
    "父亲": "client",
    "丈夫": "client",
    "妻子": "client",
    # Chinese and Japanese titles that end a longer name (`ひだまり相談室`, a LINE counselling account; `王咨询师`):
    # counselling room, counsellor, psychologist; the one consulting, client.
    "咨询室": "therapist",
    "心理师": "therapist",
    "相談室": "therapist",
    "相談員": "therapist",
    "カウンセラー": "therapist",
    "心理士": "therapist",
    "心理師": "therapist",
    "相談者": "client",
    "クライエント": "client",
    # Peer-support platforms call the supporter the listener.
    "listener": "therapist",
    # Transcripts kept in another language's labels around English speech (Spanish and Portuguese, Italian,
    # French, German): therapist, psychologist, counsellor; patient, client.
    "terapeuta": "therapist",
    "psicólogo": "therapist",
    "psicóloga": "therapist",
    "psicologo": "therapist",
    "psicologa": "therapist",
    "thérapeute": "therapist",
    "therapeut": "therapist",
    "therapeutin": "therapist",
    "paciente": "client",
    "cliente": "client",
    "patiente": "client",
    "klient": "client",
    "klientin": "client",
    "patientin": "client",
    # ... and their counsellors (Spanish, Portuguese, French, German) and advice-seekers.
    "consejero": "therapist",
    "consejera": "therapist",
    "orientador": "therapist",
    "orientadora": "therapist",
    "conselheiro": "therapist",
    "conselheira": "therapist",
    # Portuguese clinic transcripts label the trainee counsellor so.
    "estagiária": "therapist",
    "estagiário": "therapist",
    "estagiaria": "therapist",
    "estagiario": "therapist",
    "conseiller": "therapist",
    "conseillère": "therapist",
    "psychologue": "therapist",
    "psychothérapeute": "therapist",
    "psicoterapeuta": "therapist",
    # French shorthand for the psychologist or psychiatrist; Quebec's and French helplines' counsellor and caller.
    "psy": "therapist",
    "intervenant": "therapist",
    "intervenante": "therapist",
    "écoutant": "therapist",
    "écoutante": "therapist",
    "appelant": "client",
    "appelante": "client",
    "berater": "therapist",
    "beraterin": "therapist",
    "psychologe": "therapist",
    "psychologin": "therapist",
    "psychotherapeut": "therapist",
    "psychotherapeutin": "therapist",
    "consultante": "client",
    # Dutch: the care worker (the usual word in Dutch counselling training), psychologist, therapist; client, patient.
    "hulpverlener": "therapist",
    "hulpverleenster": "therapist",
    "psycholoog": "therapist",
    "cliënt": "client",
    "cliënte": "client",
    "patiënt": "client",
    "patiënte": "client",
    "ratsuchende": "client",
    # Polish: therapist and psychologist (feminine forms too), counsellor; client, patient.
    "terapeutka": "therapist",
    "psycholog": "therapist",
    "psycholożka": "therapist",
    "doradca": "therapist",
    "klientka": "client",
    "pacjent": "client",
    "pacjentka": "client",
    "ratsuchender": "client",
    # Russian and Ukrainian: psychologist, psychotherapist, therapist, counsellor; client, patient (both genders).
    "психолог": "therapist",
    "психотерапевт": "therapist",
    "терапевт": "therapist",
    "консультант": "therapist",
    "клиент": "client",
    "клиентка": "client",
    "пациент": "client",
    "пациентка": "client",
    "клієнт": "client",
    "клієнтка": "client",
    "пацієнт": "client",
    "пацієнтка": "client",
    "консультантка": "therapist",
    "терапевтка": "therapist",
    "психологиня": "therapist",
    # Serbian (Cyrillic): therapist, counsellor, psychotherapist; client, patient (both genders).
    "терапеут": "therapist",
    "саветник": "therapist",
    "саветница": "therapist",
    "психотерапеут": "therapist",
    "клијент": "client",
    "клијенткиња": "client",
    "пацијент": "client",
    "пацијенткиња": "client",
    # Greek: therapist (both genders), psychologist, counsellor, psychotherapist; client (both genders), the one in
    # therapy, patient.
    "θεραπευτής": "therapist",
    "θεραπεύτρια": "therapist",
    "ψυχολόγος": "therapist",
    "σύμβουλος": "therapist",
    "ψυχοθεραπευτής": "therapist",
    "ψυχοθεραπεύτρια": "therapist",
    "πελάτης": "client",
    "πελάτισσα": "client",
    "θεραπευόμενος": "client",
    "θεραπευόμενη": "client",
    "ασθενής": "client",
    # Turkish: counsellor, therapist, psychologist; the one counselled, patient. (A capital I lower-cases to a dotted
    # i, so `DANIŞMAN:` is looked up as `danişman`.)
    "dan\u0131\u015fman": "therapist",
    "danişman": "therapist",
    "psikolojik dan\u0131\u015fman": "therapist",
    "terapist": "therapist",
    "psikoterapist": "therapist",
    "dan\u0131\u015fan": "client",
    "danişan": "client",
    "hasta": "client",
    # Korean: counsellor (three words in use), therapist; client, patient.
    "상담자": "therapist",
    "상담사": "therapist",
    "상담원": "therapist",
    "치료자": "therapist",
    "치료사": "therapist",
    "내담자": "client",
    "환자": "client",
    # Vietnamese: counsellor, therapist; client, patient. Hebrew and Arabic: therapist (both genders), counsellor;
    # client, patient.
    "nhà tham vấn": "therapist",
    "tham vấn viên": "therapist",
    "nhà trị liệu": "therapist",
    "thân chủ": "client",
    "bệnh nhân": "client",
    "מטפל": "therapist",
    "מטפלת": "therapist",
    "יועץ": "therapist",
    "יועצת": "therapist",
    "מטופל": "client",
    "מטופלת": "client",
    "פסיכולוג": "therapist",
    "פסיכולוגית": "therapist",
    "المعالج": "therapist",
    "المعالجة": "therapist",
    "المستشار": "therapist",
    "المرشد": "therapist",
    "العميل": "client",
    "المريض": "client",
    "المسترشد": "client",
    # ... their feminine forms, and a clinic's word for the one who attends (`المراجع`).
    "المرشدة": "therapist",
    "المستشارة": "therapist",
    "العميلة": "client",
    "المريضة": "client",
    "المسترشدة": "client",
    "المراجع": "client",
    "المراجعة": "client",
    # Hindi: counsellor (three words in use), therapist, psychologist; client, patient. Bengali: counsellor; client,
    # patient. Tamil: counsellor; user, client, patient. Urdu: counsellor, adviser, therapist; client, patient. Thai:
    # the one who gives counsel, the one who receives it, psychologist, patient. Burmese: adviser, the one who talks
    # it over.
    "परामर्शदाता": "therapist",
    "काउंसलर": "therapist",
    "सलाहकार": "therapist",
    "चिकित्सक": "therapist",
    "मनोवैज्ञानिक": "therapist",
    "क्लाइंट": "client",
    "मरीज़": "client",
    "मरीज": "client",
    "रोगी": "client",
    "কাউন্সেলর": "therapist",
    "পরামর্শদাতা": "therapist",
    "ক্লায়েন্ট": "client",
    "রোগী": "client",
    "ஆலோசகர்": "therapist",
    "பயனாளர்": "client",
    "வாடிக்கையாளர்": "client",
    "நோயாளி": "client",
    "کونسلر": "therapist",
    "مشیر": "therapist",
    "معالج": "therapist",
    "کلائنٹ": "client",
    "مریض": "client",
    "ผู้ให้คำปรึกษา": "therapist",
    "เคาน์เซลลิ่ง": "therapist",
    "เคาน์เซลเลอร์": "therapist",
    "นักจิตวิทยา": "therapist",
    "ผู้รับคำปรึกษา": "client",
    "ผู้ป่วย": "client",
    "အကြံပေး": "therapist",
    "ဆွေးနွေးသူ": "client",
    # Swahili: counsellor (`mshauri`, `mshauri nasaha` in HIV and school counselling); client, patient.
    "mshauri": "therapist",
    "mshauri nasaha": "therapist",
    "mteja": "client",
    "mgonjwa": "client",
    # Persian: counsellor, therapist, psychologist; client, patient.
    "مشاور": "therapist",
    "درمانگر": "therapist",
    "روانشناس": "therapist",
    "مراجع": "client",
    "بیمار": "client",
    # Chinese in traditional characters (Taiwan, Hong Kong): school counsellor, counselling psychologist; student,
    # client. Japanese verbatim records' `Co` (counsellor) beside `Cl`.
    "輔導員": "therapist",
    "輔導老師": "therapist",
    "諮商師": "therapist",
    "諮商心理師": "therapist",
    "學生": "client",
    "来談者": "client",
    "來談者": "client",
    "co": "therapist",
    # Danish, Norwegian and Swedish: counsellor, psychologist, therapist, the one treating (their client and patient
    # are `klient` and `patient`, above).
    "rådgiver": "therapist",
    "rådgivare": "therapist",
    # ... a helpline's guide (Norwegian `veileder`, Danish `vejleder`) and its user (`bruker`, `bruger`).
    "veileder": "therapist",
    "vejleder": "therapist",
    "bruker": "client",
    "bruger": "client",
    "psykolog": "therapist",
    "terapeut": "therapist",
    "behandler": "therapist",
    "behandlare": "therapist",
    # Malay and Indonesian: counsellor, psychologist; client, patient. Tagalog: counsellor; client.
    "kaunselor": "therapist",
    "konselor": "therapist",
    "ahli psikologi": "therapist",
    "psikolog": "therapist",
    "klien": "client",
    "pesakit": "client",
    "pasien": "client",
    "tagapayo": "therapist",
    "kliyente": "client",
    # Simulation and evaluation runs name the model playing the client so.
    "client sim": "client",
    "client simulator": "client",
    "simulated client": "client",
    "user simulator": "client",
    # Coaching (sleep, career, health, life coaches) is counselling's neighbour: the coach leads, the coachee or
    # client is coached.
    "coach": "therapist",
    "life coach": "therapist",
    "health coach": "therapist",
    "sleep coach": "therapist",
    "career coach": "therapist",
    "coachee": "client",
    # Peer-support chats: a trained volunteer supports a member.
    "peer supporter": "therapist",
    "volunteer": "therapist",
    "member": "client",
    # Crisis text lines call the one who texts in for help the texter; web-chat tools (Live Agent, Zendesk, tawk.to)
    # the one who opens a chat on the site the visitor.
    "texter": "client",
    # School counselling: the pupil or young person (`YP`) is the client.
    "pupil": "client",
    "young person": "client",
    "yp": "client",
    "visitor": "client",
    # Helplines and call-analytics output (speech-to-text of a support line): the agent who answers is the
    # counsellor, the caller or customer the one who rang for help.
    "agent": "therapist",
    # ... and help-desk exports (Intercom's author_type) name the service's side by what it is: its staff (`admin`)
    # or its bot, the person who wrote in the user. (Not `operator`: on a phone line that is the switchboard.)
    "admin": "therapist",
    "bot": "therapist",
    # ... and a peer-support room's moderation bot, which posts on the service's behalf.
    "automod": "therapist",
    "caller": "client",
    "customer": "client",
    # Group sessions are led by a facilitator; NHS talking-therapy services call the client a service user.
    "facilitator": "therapist",
    "service user": "client",
    # Scoped entries (`format:label`) hold for one source format only; role_of(label, scope=...) reads
    # them first. ESConv's collection platform called the help-seeker "speaker" (FailedESConv.json), a word
    # that means nothing about the role anywhere else.
    "esconv:speaker": "client",
    # A video call's participant list (nested_json.py): the clinician hosts the call and clients join it.
    "participant:host": "therapist",
    "participant:co-host": "therapist",
    "participant:cohost": "therapist",
    "participant:organizer": "therapist",
    "participant:organiser": "therapist",
    "participant:guest": "client",
    "participant:attendee": "client",
}


def normalise_label(label: pl.Expr) -> pl.Expr:
    """Case-, markup- and aside-insensitive key of a raw label: `**THERAPIST** (crying)` -> `therapist`."""
    return (
        # `peer_supporter` is two words; `__Client__` is emphasis.
        label.str.replace_all(r"(\w)_(\w)", "${1} ${2}")
        .str.replace_all(r"\([^)]*\)|\[[^\]]*\]|\uff08[^\uff09]*\uff09|[*_`]", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
        .str.to_lowercase()
        # (Composed: a label typed with combining accents, `thân chủ` in NFD, is the alias table's word.)
        .str.normalize("NFC")
        # A verbatim record numbers each speaker's turns on the label (`Co1`, `Cl12`, `T3`): the role is the letters.
        .str.replace(r"^(\p{L}{1,3})\d{1,4}$", "${1}")
    )


# Role nouns that name the role as the last word of a longer title (`Clinical Psychologist`, `Trainee
# Counsellor`, `Family Therapist`, `Psychological Wellbeing Practitioner`), hyphenated too (`E-counsellor`,
# `Co-therapist`). Only nouns that cannot mean anything else: `user`, `assistant`, `listener` or a letter end
# titles such as `Research Assistant` that counsel nobody.
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "therapist",
        "counselor",
        "counsellor",
        "psychologist",
        "psychotherapist",
        "clinician",
        "facilitator",
        "practitioner",
        "client",
        "patient",
        # Chat and helpline tools name the one who writes in by what they do (`Visitor 4821`, `Texter 12`).
        "visitor",
        "texter",
        "caller",
        "seeker",
        # The same nouns in the other languages the alias table reads.
        "terapeuta", "psicólogo", "psicóloga", "orientador", "orientadora", "consejero", "consejera",
        "therapeut", "therapeutin", "berater", "beraterin", "psychologe", "psychologin", "paciente", "klient",
        "klientin", "patientin", "hulpverlener", "psycholoog", "cliënt", "patiënt", "terapeutka", "psycholog",
        "psycholożka", "klientka", "pacjent", "pacjentka", "estagiária", "estagiário",
        "психолог", "психотерапевт", "терапевт", "консультант", "консультантка", "клиент", "клиентка", "клієнт",
        "клієнтка", "пациент", "пациентка", "пацієнт", "терапеут", "саветник", "клијент", "θεραπευτής",
        "θεραπεύτρια", "ψυχολόγος", "σύμβουλος", "πελάτης", "πελάτισσα", "dan\u0131\u015fman", "dan\u0131\u015fan",
        "terapist", "psikolog",
    }
)  # fmt: skip

_CJK_TITLES = "咨询师|咨询室|心理师|来访者|求助者|相談室|相談員|カウンセラー|心理士|心理師|相談者|クライエント"
_POSSESSIVE = r"^(?:my|your|his|her|their|our|the|a|an)\s"
# The transcript letters that take a turn count (`T1:`, `C12:`, `Th3:`).
_COUNTED_LETTERS = ("t", "c", "th", "cl", "pt")
_DISPLAY_NAME = r"^[ \t]*\p{Lu}[\p{L}\p{M}'.\-]*(?:[ \t]+[\p{Lu}\d][\p{L}\p{M}\d'.\-]*){1,3}[ \t]*$"
_FIELD_WORDS = (
    r"\b(?:information|info|notes?|history|name|id|summary|details?|profile|goals?|background|age|gender|type|"
    r"record|plan|issues?|concerns?|feedback|statement|quote|response|reply|message|prompt)\b"
)


def _alias(key: pl.Expr) -> pl.Expr:
    return key.replace_strict(ROLE_BY_ALIAS, default=None, return_dtype=pl.String)


def role_of(label: pl.Expr, scope: str | None = None) -> pl.Expr:
    """The role a raw label names: the alias table on the whole label; else on its aside, for a name
    with the role in parentheses or brackets (`Dr. Lee (Therapist)`, `Anna [client]`); else a role noun ending a
    longer title (`Clinical Psychologist`), in the label or its aside, or before a number or letter (`Client 2`);
    else `unknown`."""
    key = normalise_label(label)
    aside = normalise_label(label.str.extract(r"[(\[]([^()\[\]]*)[)\]]\W*$", 1))
    last_word = key.str.extract(r"[\s\-]([^\s\-]+)$", 1)
    # `Client 2:`, `Patient B:` in a group or couple session, `Visitor 4821:` in a chat tool, `[CLIENT NAME]:`
    # de-identified: the role noun before a number, a letter or a placeholder word.
    numbered = key.str.extract(r"^(\S+)\s+(?:\d{1,6}|[a-z]|name|initials|id)$", 1)
    # `T1:`, `C12:` in a textbook transcript: the alias with each speaker's turn count glued on.
    counted = key.str.extract(r"^([a-z]+)\d{1,3}$", 1)
    aside_last_word = aside.str.extract(r"(\S+)$", 1)
    # Chinese and Japanese write the title after the name with no space between (`ひだまり相談室`, `王咨询师`).
    cjk_title = key.str.extract(f"^[\\p{{Han}}\\p{{Katakana}}\\p{{Hiragana}}\u30fc]*?({_CJK_TITLES})$", 1)
    # ... or before it, joined by a dash or a dot, as a chat app's remark name writes it (`咨询师-周老师`,
    # `来访者·小鹿`).
    cjk_title_first = key.str.extract(f"^({_CJK_TITLES})[\\s\\-\u2013\u2014\u00b7\u30fb_]+\\S", 1)
    # `Lucía Orientadora IES`, `Counsellor Ana`: a chat app's display name with the role among its words, every word
    # capitalised as names are (`Client information:` and `Therapist Notes:` name fields, not speakers).
    any_word = (
        pl.when(label.str.contains(_DISPLAY_NAME) & ~key.str.contains(_FIELD_WORDS))
        .then(key.str.split(" ").list.eval(pl.element().filter(pl.element().is_in(list(ROLE_NOUNS)))).list.first())
        .otherwise(None)
    )
    # Arabic and Hebrew have no capitals to tell a name by: a role word first, then the name (`المرشدة هبة`, the
    # counsellor Heba), as a chat app's display name is written there.
    uncased_title_first = key.str.extract(r"^([\p{Arabic}\p{Hebrew}]+)\s+[\p{Arabic}\p{Hebrew}]", 1)
    # ... and in any uncased script a display name with a role word among its words (`ใจเย็น เคาน์เซลลิ่ง`, "Calm
    # Heart Counselling", a LINE account's name).
    # (Its last word only, as such names end on what the account is; and not in Arabic or Hebrew, where a role word
    # last is the possessed one, `والدة المريض`, the patient's mother, nor with Hindi's or Bengali's possessive.)
    uncased_any_word = pl.when(
        ~label.str.contains(r"[\p{Lu}\p{Ll}\p{Arabic}\p{Hebrew}]") & ~key.str.contains(r"\s(?:की|का|के|এর)\s")
    ).then(key.str.extract(r"\s(\S+)$", 1))
    # `ChatGPT said:`, `Counsellor says:`: a known label with the verb of a chat page's or a screen reader's heading.
    said = key.str.extract(r"^(.+?) (?:said|says)$", 1)
    plain = pl.coalesce(
        _alias(key),
        _alias(said),
        _alias(aside),
        # `My Therapist:` or `The Client:` in prose is about someone, not a speaker's title.
        pl.when(last_word.is_in(list(ROLE_NOUNS)) & ~key.str.contains(_POSSESSIVE)).then(_alias(last_word)),
        pl.when(numbered.is_in(list(ROLE_NOUNS))).then(_alias(numbered)),
        # (Only a transcript letter or a role noun: `User1`, `Agent2` are names, left to role inference.)
        pl.when(counted.is_in([*_COUNTED_LETTERS, *ROLE_NOUNS])).then(_alias(counted)),
        # `Ms Adeyemi (School Counselor)`: a title in the aside.
        pl.when(aside_last_word.is_in(list(ROLE_NOUNS)) & ~aside.str.contains(_POSSESSIVE)).then(
            _alias(aside_last_word)
        ),
        pl.when(~key.str.contains(_POSSESSIVE)).then(_alias(any_word)),
        _alias(cjk_title),
        _alias(cjk_title_first),
        _alias(uncased_title_first),
        _alias(uncased_any_word),
        pl.lit("unknown"),
    )
    if scope is None:
        return plain
    scoped = pl.lit(f"{scope}:") + key
    return (
        pl.when(scoped.is_in(list(ROLE_BY_ALIAS)))
        .then(scoped.replace_strict(ROLE_BY_ALIAS, default="unknown", return_dtype=pl.String))
        .otherwise(plain)
    )


def with_label_roles(frame: pl.DataFrame, label: str, role: str, scope: str | None = None) -> pl.DataFrame:
    """`frame` with column `role`: role_of its `label` column, worked out once per distinct label (a file's lines
    repeat a handful of labels thousands of times, and role_of is a dozen string operations)."""
    distinct = frame.select(pl.col(label).unique().drop_nulls())
    roles = distinct.with_columns(role_of(pl.col(label), scope).alias(role))
    return frame.join(roles, on=label, how="left", maintain_order="left").with_columns(
        pl.col(role).fill_null("unknown")
    )
