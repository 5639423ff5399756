# ruff: noqa: RUF001  (Turkish dotless i in the test data)
"""infer_roles: speakers the alias table cannot map take a role when the session says who counsels."""

from __future__ import annotations

import polars as pl

from tests.transforms.detector_frames import session
from transforms.infer_roles import infer_roles

COUNSELLOR = [
    "It sounds like this week has been really hard for you. What has been weighing on you the most?",
    "I hear how tired you are. Would it help to look at what a manageable evening could look like for you?",
    "That makes sense. How did you feel when your manager said that to you in front of everyone?",
    "You have been carrying a lot on your own. Who could you lean on a little more over the next week?",
]
CLIENT = [
    "I just can't switch off at night, my head keeps going over everything I said at work that day.",
    "I don't know, I guess I got angry and then I felt stupid for getting angry about something so small.",
    "My sister maybe, but she has her own stuff going on and I don't want to dump all of this on her.",
    "Honestly I am so tired of feeling like this all the time and I just want to sleep properly again.",
]


def _roles(frame: pl.DataFrame) -> dict[str, str]:
    inferred, _ = infer_roles(frame)
    return dict(inferred.select("speaker", "role").unique().iter_rows())


def _alternating(first: str, second: str) -> pl.DataFrame:
    return session(*[t for pair in zip(COUNSELLOR, CLIENT, strict=True) for t in ((first, pair[0]), (second, pair[1]))])


def test_named_speakers_take_their_roles_from_the_counsellors_voice() -> None:
    assert _roles(_alternating("Morgan", "Sam")) == {"Morgan": "therapist", "Sam": "client"}
    # The order of the speakers does not matter, only how they talk.
    flipped = session(
        *[t for pair in zip(CLIENT, COUNSELLOR, strict=True) for t in (("Sam", pair[0]), ("Morgan", pair[1]))]
    )
    assert _roles(flipped) == {"Morgan": "therapist", "Sam": "client"}


def test_each_inferred_speaker_gets_one_info_row_at_its_first_turn() -> None:
    _, rows = infer_roles(_alternating("Speaker 1", "Speaker 2"))
    assert rows.select("speaker", "source_line", "severity", "action", "defect_type").sort("source_line").rows() == [
        ("Speaker 1", 1, "info", "flagged", "unknown_speaker"),
        ("Speaker 2", 2, "info", "flagged", "unknown_speaker"),
    ]
    assert rows["detail"].str.contains("counsellor's voice").all()


def test_the_other_side_of_a_named_role_is_the_remaining_speaker() -> None:
    frame = session(
        ("T", "What brings you here today?"), ("Maya", "Work, mostly."), ("T", "Tell me more."), ("Maya", "Ok.")
    )
    assert _roles(frame) == {"Therapist": "therapist", "Maya": "client"}


def test_a_clinical_title_names_who_counsels_even_in_a_short_session() -> None:
    frame = session(("Sam", "Hi."), ("Dr. Lee", "Hello Sam, come in."), ("Sam", "Thanks."), ("Dr. Lee", "Sit down."))
    assert _roles(frame) == {"Dr. Lee": "therapist", "Sam": "client"}


def test_what_the_session_cannot_tell_stays_unknown() -> None:
    # A third speaker beside a therapist and a client.
    third = session(("T", "Hello."), ("C", "Hi."), ("Nurse Ana", "Sorry to interrupt."), ("Nurse Ana", "Carry on."))
    assert _roles(third)["Nurse Ana"] == "unknown"
    # Two named speakers, too few long turns to hear a counsellor.
    short = session(("Ann", "Hi."), ("Bo", "Hello."), ("Ann", "How are you?"), ("Bo", "Fine, and you?"))
    assert _roles(short) == {"Ann": "unknown", "Bo": "unknown"}
    # Two named speakers who sound alike: no role is guessed.
    alike = session(*[(who, text) for text in CLIENT for who in ("Ann", "Bo")])
    assert set(_roles(alike).values()) == {"unknown"}


def test_the_label_that_asks_counsels_when_the_voice_agrees_by_any_margin() -> None:
    def mixed(first: str, second: str) -> pl.DataFrame:
        # Two counsellor's turns and two client's on each side: the second sounds a little more like a counsellor
        # (mean log-odds -0.37 against -0.71), by less than the margin two plain names need.
        firsts, seconds = COUNSELLOR[:2] + CLIENT[:2], COUNSELLOR[2:] + CLIENT[2:]
        return session(
            *[t for pair in zip(firsts, seconds, strict=True) for t in ((first, pair[0]), (second, pair[1]))]
        )

    assert set(_roles(mixed("Morgan", "Sam")).values()) == {"unknown"}
    assert _roles(mixed("A", "Q")) == {"Q": "therapist", "A": "client"}
    assert _roles(mixed("Participant", "Interviewer")) == {"Interviewer": "therapist", "Participant": "client"}
    # The voice against the label: `Q` sounds a little less like a counsellor, so nothing is forced.
    assert set(_roles(mixed("Q", "A")).values()) == {"unknown"}
    # A question-and-answer dataset: `Q` is the client asking, and the voice says so by a wide margin.
    assert _roles(_alternating("A", "Q")) == {"A": "therapist", "Q": "client"}


def test_speakers_who_take_over_from_one_another_beside_the_client_counsel() -> None:
    handed_on = session(
        ("Bot", "Hi, I'm the assistant. What can I help with?"),
        ("C", "i feel low"),
        ("Bot", "Would you like to talk to a member of the team?"),
        ("C", "yes"),
        ("Hannah", "Hi, I'm Hannah. Are you safe right now?"),
        ("C", "yeah"),
        ("Hannah", "Thank you for telling me."),
    )
    assert _roles(handed_on) == {"Bot": "therapist", "Client": "client", "Hannah": "therapist"}
    # Speakers whose turns interleave beside the client may be family as well as staff: left unknown.
    family = session(
        ("Morgan", "What brings you both in?"),
        ("C", "Arguments."),
        ("Dad", "Every night."),
        ("Morgan", "Every night sounds exhausting."),
        ("Dad", "It is."),
    )
    assert _roles(family) == {"Morgan": "unknown", "Client": "client", "Dad": "unknown"}


def test_in_a_language_the_voice_model_cannot_read_the_one_who_is_addressed_counsels() -> None:
    counsellor = [
        "Bonjour Inès. Comment vous sentez-vous depuis notre dernière séance ?",
        "Qu'est-ce qui vous a aidée, cette semaine, quand vous étiez fatiguée ?",
        "Et votre sœur, est-ce que vous lui avez parlé de tout ça ?",
    ]
    client = [
        "Je suis épuisée. Je dors mal et je pense tout le temps au travail.",
        "Marcher un peu le soir, je crois. Ça me calme.",
        "Non, je n'ose pas. Elle a ses propres soucis, et moi je ne veux pas la charger.",
    ]
    turns = [
        t for pair in zip(counsellor, client, strict=True) for t in (("Claire Martin", pair[0]), ("Inès", pair[1]))
    ]
    assert _roles(session(*turns)) == {"Claire Martin": "therapist", "Inès": "client"}
    _, rows = infer_roles(session(*turns))
    assert rows["detail"].str.contains("who is addressed").all()
    # The same words with nobody asking or addressed more than the other: no role is guessed.
    alike = session(*[(who, text) for text in client for who in ("Claire Martin", "Inès")])
    assert set(_roles(alike).values()) == {"unknown"}


def test_a_turkish_session_of_two_named_speakers_takes_its_roles_from_who_asks() -> None:
    counsellor = [
        "Hoş geldiniz Sevgi Hanım. Geçen haftadan bu yana nasılsınız?",
        "Çarşamba ne oldu? Size ne hissettirdi?",
        "O an aklınızdan ne geçti?",
    ]
    client = [
        "İyiyim sayılır. Pazartesi ve salı vapura bindim, çarşamba yine otobüsle gittim.",
        "Sabah hava rüzgârlıydı. İskeleye kadar geldim, dalgaları görünce bacaklarım titredi, geri döndüm.",
        "Batacak diye düşündüm. Ben hep en kötüsünü düşünürüm.",
    ]
    turns = [t for pair in zip(counsellor, client, strict=True) for t in (("Nurcan", pair[0]), ("Sevgi", pair[1]))]
    assert _roles(session(*turns)) == {"Nurcan": "therapist", "Sevgi": "client"}


def test_a_short_english_session_the_voice_cannot_judge_stays_unknown() -> None:
    # Too few long turns for the voice model; who asks and says "you" is not enough in a language it reads.
    short = session(
        ("Ann", "hi"), ("Bo", "hello!! how are you feeling today?"), ("Ann", "not great"), ("Bo", "What's up?")
    )
    assert set(_roles(short).values()) == {"unknown"}
