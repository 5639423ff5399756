"""Technique catalog and techniques per session: summary phrases mapped to codes, dialogue evidence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import polars as pl
import pytest

from benchmarks.labelled_sessions import LABELLED_SESSIONS, labelled_turns
from benchmarks.labelled_sessions_blind import BLIND_SESSIONS, blind_turns
from benchmarks.techniques import dialogue_found
from flows.batch import process_batch
from tests.conftest import shared_path
from tests.transforms.detector_frames import session
from transforms.defect_rows import empty_defects
from transforms.techniques import UNMAPPED, _cues, map_phrases, technique_catalog, techniques_from_dialogue
from warehouse.load import ensure_schema

# CACTUS's ground_truth_CBT names (corpora README) and the code each must land on.
CACTUS = {
    "Alternative Perspective": "cognitive_restructuring",
    "Evidence-Based Questioning": "evidence_examination",
    "Problem-Solving Skills Training": "problem_solving",
    "Decatastrophizing": "decatastrophizing",
    "Pie Chart Technique": "continuum_or_pie_chart",
    "Efficiency Evaluation": "pros_and_cons",
    "Continuum Technique": "continuum_or_pie_chart",
    "Behavior Experiment": "behavioral_experiment",
    "Changing Rules to Wishes": "cognitive_restructuring",
    "Pros and Cons Analysis": "pros_and_cons",
    "Reality Testing": "evidence_examination",
    "Systematic Exposure": "exposure",
    "Role-playing and Simulation": "role_play",
    "Self-Assertiveness Training": "assertiveness_training",
}
ISSUE_CODES = {
    "cognitive_restructuring", "evidence_examination", "decatastrophizing", "thought_record", "pros_and_cons",
    "continuum_or_pie_chart", "behavioral_experiment", "exposure", "problem_solving", "role_play",
    "assertiveness_training", "behavioral_activation", "goal_setting", "homework", "breathing_exercise",
    "relaxation_mindfulness", "journaling", "strengths_review", "self_compassion", "values_clarification",
    "social_support", "psychoeducation", "safety_planning",
}  # fmt: skip
NO_DEFECTS = pl.DataFrame(schema={"session_id": pl.String, "source_turn_index": pl.Int32, "defect_type": pl.String})


def test_catalog_holds_the_issue_codes_once_each() -> None:
    catalog = technique_catalog()
    assert catalog["code"].is_unique().all()
    assert set(catalog["code"]) >= ISSUE_CODES
    assert set(catalog["family"]) == {"cbt", "skills", "support", "safety"}
    assert catalog.filter(pl.col("synonyms").list.len() == 0).height == 0


def test_cactus_technique_names_map_to_their_codes() -> None:
    assert dict(zip(CACTUS, map_phrases(pl.Series(list(CACTUS))).to_list(), strict=True)) == CACTUS


def test_summary_phrases_take_the_earliest_synonym_and_unknown_ones_stay_unmapped() -> None:
    phrases = ["Role-playing scenarios for asking for help", "Thought reframing exercise", "Tarot reading"]
    assert map_phrases(pl.Series(phrases)).to_list() == ["role_play", "cognitive_restructuring", UNMAPPED]


@pytest.mark.shared
def test_every_psycheval_skill_tag_maps_to_a_code() -> None:
    folder = shared_path("corpora", "psycheval")
    names = sorted(
        {
            micro["skill_name"]
            for path in sorted(Path(folder).glob("*.json"))
            for one in json.loads(path.read_text(encoding="utf-8"))["sessions"]
            for skill in one["suggest_skills"]
            for micro in skill["micro_skills"]
        }
    )
    codes = map_phrases(pl.Series(names))
    assert len(names) > 800
    unmapped = [n for n, c in zip(names, codes.to_list(), strict=True) if c == UNMAPPED]
    assert unmapped == []


def test_dialogue_evidence_skips_refusals_and_role_inverted_turns() -> None:
    turns = session(
        ("T", "Let's try a breathing exercise: breathe in slowly for four counts."),
        ("C", "Okay."),
        ("T", "I'm unable to help with that, but please call a crisis line."),
        ("C", "Shall we make a safety plan together?"),
    )
    found = techniques_from_dialogue(turns, NO_DEFECTS)
    assert found.select("technique", "source", "source_line").rows() == [
        ("breathing_exercise", "dialogue", 1),
        ("safety_planning", "dialogue", 3),
    ]
    assert re.search("breath", found["evidence"][0], re.IGNORECASE)
    flagged = pl.DataFrame(
        {"session_id": ["s1"], "source_turn_index": [2], "defect_type": ["refusal"]},
        schema=NO_DEFECTS.schema,
    )
    assert techniques_from_dialogue(turns, flagged)["technique"].to_list() == ["breathing_exercise"]
    swapped = pl.DataFrame({"session_id": ["s1"], "source_turn_index": [None], "defect_type": ["role_inversion"]},
                           schema=NO_DEFECTS.schema)  # fmt: skip
    assert techniques_from_dialogue(turns, swapped).height == 0


def test_a_proposal_is_stronger_evidence_than_a_mention() -> None:
    turns = session(
        ("T", "Some people find journaling useful."),
        ("C", "Maybe."),
        ("T", "Would you be willing to try journaling this week?"),
    )
    found = techniques_from_dialogue(turns, NO_DEFECTS)
    # Line 1 mentions journaling first, but line 3 proposes it: the stronger evidence wins.
    assert found.select("technique", "source_line", "confidence").rows() == [
        ("homework", 3, 0.9),
        ("journaling", 3, 0.9),
    ]


def test_schema_setup_loads_the_catalog_idempotently(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        ensure_schema(con)
        ensure_schema(con)
        rows = con.execute("SELECT code, family, len(synonyms) > 0 FROM technique_catalog ORDER BY code").fetchall()
    finally:
        con.close()
    assert len(rows) == technique_catalog().height
    assert {code for code, _, _ in rows} >= ISSUE_CODES
    assert all(has for _, _, has in rows)


@pytest.mark.shared
def test_cactus_and_psycheval_listed_techniques_land_as_mapped_summary_rows() -> None:
    cactus = shared_path("corpora", "cactus", "evaluation.json")
    psycheval = sorted(shared_path("corpora", "psycheval").glob("*.json"))
    batch = process_batch([str(cactus), *map(str, psycheval)], {})
    listed = batch.techniques.filter(pl.col("source") == "summary")
    records = json.loads(cactus.read_text(encoding="utf-8"))
    # Every CACTUS plan item becomes one row (per session, distinct), and none is unmapped.
    assert listed.join(batch.sessions.filter(pl.col("source_path").str.ends_with("evaluation.json")), on="session_id")[
        "evidence"
    ].len() == sum(len(set(r["ground_truth_CBT"])) for r in records)
    assert listed.filter(pl.col("technique") == UNMAPPED).height == 0
    assert listed.height > 1000


def test_dialogue_cues_are_latin_script_so_the_letter_filter_loses_none() -> None:
    # techniques_from_dialogue skips turns without a Latin letter; a cue in another script would never fire.
    cues = _cues()
    assert cues.height > 0
    assert cues.filter(
        ~pl.col("cue").str.contains(r"^[\x00-\x7f]+$") | ~pl.col("cue").str.contains("[A-Za-z]")
    ).is_empty()


def test_chinese_turn_beside_an_english_one_finds_only_the_english_technique() -> None:
    turns = pl.DataFrame(
        {
            "session_id": ["s1", "s1"],
            "source_id": ["f", "f"],
            "turn_index": [0, 1],
            "source_turn_index": [0, 1],
            "source_line": [1, 2],
            "role": ["therapist", "therapist"],
            "text": ["我们来做一个呼吸练习吧。", "Let's try a breathing exercise together: breathe in slowly."],
        },
        schema_overrides={"turn_index": pl.Int32, "source_turn_index": pl.Int32},
    )
    found = techniques_from_dialogue(turns, empty_defects())
    assert found.get_column("source_line").to_list() == [2]


def test_labelled_sessions_agree_with_their_labels() -> None:
    # The README's figures: every label found and nothing else, on both sets. Neither is blind any more: the
    # cues were extended after each set's first run (first set 14 of 22, blind set 6 of 37 then).
    assert dialogue_found(LABELLED_SESSIONS) == labelled_turns()
    assert dialogue_found(BLIND_SESSIONS) == blind_turns()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("What would be a kinder, more realistic thought to hold onto instead?", "cognitive_restructuring"),
        ("And what supports that belief? Anything that contradicts it?", "evidence_examination"),
        ("Say the worst did happen at the wedding. How would you handle it?", "decatastrophizing"),
        ("Each evening, jot down what went through your mind when the craving hit.", "thought_record"),
        ("What are the upsides and downsides of moving back home?", "pros_and_cons"),
        ("If you split the blame for the divorce, how big a slice is really yours?", "continuum_or_pie_chart"),
        ("Let's put that belief to the test: text him first and see.", "behavioral_experiment"),
        ("We'll start with the lowest step and stay until your anxiety comes down.", "exposure"),
        ("Let's weigh up the options you have for the rent.", "problem_solving"),
        ("I'll be your landlord, and you tell me the boiler needs fixing.", "role_play"),
        ("Practise stating calmly what you need from her, then hold your ground.", "assertiveness_training"),
        ("What did you used to enjoy on weekends before the injury?", "behavioral_activation"),
        ("What would you like to be different by the end of our sessions?", "goal_setting"),
        ("Last session you agreed to call the clinic. How did it go?", "homework"),
        ("Inhale through the nose, then breathe out through pursed lips.", "breathing_exercise"),
        ("Tighten your shoulders for five seconds, then release them.", "relaxation_mindfulness"),
        ("Some people keep a worry list by the bed so the thoughts can wait till morning.", "journaling"),
        ("Applying after ten rejections took real courage.", "strengths_review"),
        ("You're being very hard on yourself right now.", "self_compassion"),
        ("What's really important to you about your work?", "values_clarification"),
        ("You don't have to go through this alone. Could your cousins help?", "social_support"),
        ("That's the anxiety talking; it shrinks when you stop checking.", "psychoeducation"),
        ("Are you having thoughts of ending your life?", "safety_planning"),
    ],
)
def test_a_technique_in_words_no_labelled_session_uses(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Is there a way to see it in a different light?", "cognitive_restructuring"),
        ("Did anyone actually say that, or are you guessing?", "evidence_examination"),
        ("Will this still matter in five years?", "decatastrophizing"),
        ("What was the hot thought in that moment?", "thought_record"),
        ("what does the worry do for you", "pros_and_cons"),
        ("Where would you put yourself on a line from hopeless parent to perfect parent?", "continuum_or_pie_chart"),
        ("Think of it as collecting data.", "behavioral_experiment"),
        ("Little by little, go back to the supermarket, five minutes first.", "exposure"),
        ("So plan A is to ask for an extension; what's plan B?", "problem_solving"),
        ("Let's swap roles, you be him and I'll be you.", "role_play"),
        ("You can say no without explaining yourself.", "assertiveness_training"),
        ("Let's add one thing back into your week that used to make you happy.", "behavioral_activation"),
        ("If you woke up tomorrow and the problem was gone, what would be different?", "goal_setting"),
        ("Between now and next week, could you try that once a day?", "homework"),
        ("Put one hand on your belly and feel it rise.", "breathing_exercise"),
        ("Imagine placing each thought on a leaf floating down a stream.", "relaxation_mindfulness"),
        ("Try writing a letter to your dad that you never send.", "journaling"),
        ("Give yourself a pat on the back for that.", "strengths_review"),
        ("Cut yourself some slack.", "self_compassion"),
        ("What would you want people to say about you at your eightieth birthday?", "values_clarification"),
        ("Is there anyone you can confide in?", "social_support"),
        ("Alcohol is a depressant, so it can make the low mood worse.", "psychoeducation"),
        ("Do you have a plan to hurt yourself?", "safety_planning"),
    ],
)
def test_a_technique_in_general_phrasings(text: str, code: str) -> None:
    # Written for the broadened cues (general verbs, questions, metaphors); no labelled session uses them.
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Cue families the second blind set showed missing, each in words of mine, not the set's.
        ("Just throw some wild ideas at me, we'll sort them later.", "problem_solving"),
        ("Which of these feels like it would actually help most?", "problem_solving"),
        ("Could you ask him for what you need, in one sentence?", "assertiveness_training"),
        ("Okay, let me be your manager now. 'Why is this late again?'", "role_play"),
        ("Let's get the Saturday bike ride back into your week.", "behavioral_activation"),
        ("Can I tell you a little about how panic usually works in the body?", "psychoeducation"),
        ("Many people notice the worry gets louder at night.", "psychoeducation"),
        ("Grief tends to come in waves rather than fading evenly.", "psychoeducation"),
        ("What would it be like to show that same patience towards yourself?", "self_compassion"),
        ("If your daughter made that mistake, what would you say to her?", "self_compassion"),
        ("Could you let your neighbour in a little more?", "social_support"),
        ("So for this week, then: the walk on Tuesday and the phone call.", "homework"),
        ("Tell me when we next meet how the phone call went.", "homework"),
        ("Those are genuine accomplishments, not luck.", "strengths_review"),
        ("Could you replace that thought with something kinder but still true?", "cognitive_restructuring"),
        ("Draw a circle for the whole evening; which slices were yours?", "continuum_or_pie_chart"),
        ("I wonder whether staying quiet protected you when you were little.", "insight_interpretation"),
    ],
)
def test_a_technique_in_phrasings_the_second_blind_set_showed_missing(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    "text",
    [
        "Which of these days suits you for the next appointment?",
        "Let me be honest with you about the waiting list.",
        "Most people say the car park is the worst part of the hospital.",
        "Is that okay if I share a little bit about how I work with clients?",
    ],
)
def test_second_blind_set_cues_stay_quiet_nearby(text: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert found.is_empty(), found.select("technique", "evidence").rows()


@pytest.mark.parametrize(
    "text",
    [
        # A scaling question rates a mood, a readiness or a belief, not a belief placed on a continuum: six writers
        # of labelled sets never labelled one continuum_or_pie_chart (they were 9 of its 10 false rows).
        "zero being not at all, ten being completely, how confident are you",
        "On a scale of zero to ten, how anxious are you right now?",
        "What number would you give your mood out of ten this week?",
        "Why a four and not a two?",
        "How much do you believe that thought, out of a hundred?",
    ],
)
def test_a_scaling_question_is_no_continuum(text: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert "continuum_or_pie_chart" not in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("so, um, what's the evidence, you know, that you're a bad mum?", "evidence_examination"),
        ("lets slow ur breathing down together", "breathing_exercise"),
        ("r u having thoughts of killing urself", "safety_planning"),
    ],
)
def test_fillers_shorthand_and_missing_apostrophes_do_not_hide_a_cue(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "ok")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words the broadened cues fired on in AnnoMI/ESConv before they were narrowed.
        "Fortunately, children are resilient, so it may pass quickly for them.",
        "There is a concept called Maslow's hierarchy of needs.",
        "Maybe plan a holiday or take a night class?",
        "Oh nice! I used to love drinking and partying.",
        "You have every right to feel angry.",
        "That would be considered a murder suicide.",
        "I was in it for two years before I broke away.",
        "We spent the day cutting down a tree and making pumpkin pie.",
        "What are the chances of you doing something just for yourself soon?",
    ],
)
def test_broadened_cues_stay_quiet_on_everyday_words(text: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert found.is_empty()


@pytest.mark.parametrize(
    "text",
    [
        "She ended up in the emergency room with an asthma attack last spring.",
        "Thanks for chatting, good luck and keep safe!",
        "What is the worst part of it for you?",
        "I've heard good things about that yoga studio.",
        "Have you told your mother that you drink with your friends?",
    ],
)
def test_everyday_words_near_a_cue_are_no_technique(text: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert found.filter(pl.col("technique") != "relaxation_mindfulness").is_empty()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Families the fifth and sixth blind sets showed missing, each in words of mine, not the sets'.
        ("Shall we set a weekly target for the walks?", "goal_setting"),
        ("What would you like to have achieved by the summer?", "goal_setting"),
        ("What does 'better' look like for you?", "goal_setting"),
        ("So, two goals, concrete and measurable.", "goal_setting"),
        ("You might aim for two evenings a week.", "goal_setting"),
        ("Tell her what you need, and then what you're asking her to do.", "assertiveness_training"),
        ("Don't bury it under apologies; make the ask first.", "assertiveness_training"),
        ("Who would you be texting when it gets bad at night?", "social_support"),
        ("Could you and your neighbour buddy up for the walks?", "social_support"),
        ("The task between now and Tuesday is the sleep diary.", "homework"),
    ],
)
def test_a_technique_in_phrasings_the_fifth_and_sixth_blind_sets_showed_missing(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Families the seventh blind set showed missing, each in words of mine, not the set's.
        ("And who's really on your side when it's bad?", "social_support"),
        ("The bereavement group meets on the first Monday.", "social_support"),
        ("What about phoning your sister tonight?", "social_support"),
        ("That's not a weak person talking, that's someone who kept going.", "strengths_review"),
        ("Let's put Sunday night into columns, then.", "thought_record"),
        ("Whose voice is that, when it says you're useless?", "insight_interpretation"),
        ("Maybe you learned to keep quiet as a boy, when shouting meant trouble.", "insight_interpretation"),
        ("Each walk gets a day and a time next to it.", "behavioral_activation"),
        ("Bring the diary back in with you and we'll look at it.", "homework"),
        ("How about we test that prediction on Saturday?", "behavioral_experiment"),
        ("What's the least scary step you could take first?", "exposure"),
        ("'I must never fail' is a rule, not a preference.", "cognitive_restructuring"),
        ("Would you write a letter to the younger you, the one at school?", "journaling"),
    ],
)
def test_a_technique_in_phrasings_the_seventh_blind_set_showed_missing(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # Declining to assign it is no evidence; a negation that is the technique's own advice still is.
        ("Here's the plan for the week. I'm not setting you homework, mind.", "homework", False),
        ("I won't give you homework this time, just notice how it goes.", "homework", False),
        ("Don't beat yourself up over it.", "self_compassion", True),
        ("Is there anyone you could tell, so you're not carrying it by yourself?", "social_support", True),
        # Homework negated, or its task denied in a script the client is coached to send.
        ("Those steps are yours to keep, not homework; we won't be meeting again.", "homework", False),
        ("It isn't homework, we'll do the sheet in here each time.", "homework", False),
        ("Shorter, then: thanks for asking, but I can't do an extra shift this week.", "homework", False),
        ("Could you try the sheet once more this week and bring it along?", "homework", True),
        # Noticing described as part of how panic works is no mindfulness practice; noticing asked for is.
        ("When you notice your breath speed up, your body reads it as danger.", "relaxation_mindfulness", False),
        ("Let's pause. Notice your breath, just as it is, for a minute.", "relaxation_mindfulness", True),
    ],
)
def test_a_counsellor_declining_to_set_a_technique_is_not_evidence(text: str, code: str, expected: bool) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert (code in found["technique"].to_list()) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("So, before I see you again: two short walks, and tick them off.", "homework"),
        ("Between today and our next appointment, try the breathing once each morning.", "homework"),
        ("What would you want your retirement to be about, if worry weren't in charge?", "values_clarification"),
        ("If fear wasn't steering, where would you be heading?", "values_clarification"),
        (
            "I wonder if keeping so busy is partly a way of not having to think about the divorce.",
            "insight_interpretation",
        ),
        ("Whenever we get close to your father, the subject changes.", "insight_interpretation"),
        ("Some people write a letter to the person they lost, just for themselves.", "journaling"),
        ("What have you noticed that suggests your boss is angry with you?", "evidence_examination"),
        ("Keep it brief and clear: what happened and what you need from her.", "assertiveness_training"),
        ("Before the party, make a prediction about how many people will ignore you.", "behavioral_experiment"),
        ("Let's turn that into a concrete, achievable target for the spring.", "goal_setting"),
        ("Could the swimming go on set days, say Monday and Friday?", "behavioral_activation"),
        ("Who might you get in touch with from your old running club?", "social_support"),
        ("Who would you let in on what has been happening at home?", "social_support"),
        ("Okay, I'll be Margaret. Go ahead and tell me about the rent.", "role_play"),
        ("This isn't the first time you've pulled through something like this.", "strengths_review"),
        ("Six months ago you'd have said you couldn't even leave the house.", "strengths_review"),
        ("So the bottom rung is standing at the bus stop for five minutes.", "exposure"),
        ("Draw the blame as a cake and carve it up between everyone involved.", "continuum_or_pie_chart"),
    ],
)
def test_a_technique_in_phrasings_the_eighth_blind_set_showed_missing(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # Cues the eighth blind set showed firing too widely, narrowed; what they are for still counts.
        ("No homework this week, just look after yourself.", "homework", False),
        ("We'll talk about your sister next time.", "homework", False),
        ("We'll look at your diary together next time.", "homework", True),
        ("What's the smallest step towards the job you want?", "exposure", False),
        ("Let's put it in two columns: what you gain and what you lose.", "thought_record", False),
        ("Let's explore that prediction. If it all happened, what then?", "behavioral_experiment", False),
    ],
)
def test_cues_the_eighth_blind_set_showed_too_wide_stay_narrow(text: str, code: str, expected: bool) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert (code in found["technique"].to_list()) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Before we meet on the 3rd, could you ring the college about the course?", "homework"),
        ("We'll go over how it went at the start of our next session.", "homework"),
        ("What sort of uncle do you want to be for those boys?", "values_clarification"),
        ("Let's write down every possible option first, without judging any of them.", "problem_solving"),
        ("Suppose a miracle happens tonight and the worry is gone. What's different in the morning?", "goal_setting"),
        ("What did you do that Tuesday that made that calm evening possible?", "strengths_review"),
        ("Would you be willing to ring Dave tonight and tell him how it's been?", "social_support"),
        ("If you were going to say no to her, kindly but clearly, what would you say?", "assertiveness_training"),
        ("What's the worst you imagine? And the best? And the most likely?", "decatastrophizing"),
        ("Second box, what went through your head right then?", "thought_record"),
    ],
)
def test_a_technique_in_phrasings_the_ninth_and_tenth_blind_sets_showed_missing(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Exam scripts, not an assertiveness script; breathing tried in the room, not a role play.
        ("You spend half an hour on every script you mark.", "assertiveness_training"),
        ("Shall we try it now? In for four, out for six.", "role_play"),
        ("Last time you said you'd like to talk about your sister.", "homework"),
    ],
)
def test_words_the_ninth_and_tenth_blind_sets_showed_too_broad_are_no_evidence(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code not in found["technique"].to_list()


def test_a_session_whose_counsellor_says_nothing_will_be_followed_up_sets_no_homework() -> None:
    turns = (
        ("T", "Could we schedule two activities for the coming week that bring you closer to people?"),
        ("C", "Bouldering on Tuesday, maybe."),
        ("T", "As we have no further session booked, this is not homework: the plan is yours."),
        ("C", "Okay."),
    )
    assert "homework" not in techniques_from_dialogue(session(*turns), NO_DEFECTS)["technique"].to_list()
    followed_up = (*turns[:2], ("T", "Good. We'll look at how it went next week."), ("C", "Okay."))
    assert "homework" in techniques_from_dialogue(session(*followed_up), NO_DEFECTS)["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Could you plan one thing this week just for the two of you, something you both enjoy?",
            "behavioral_activation",
        ),
        ("A binge is partly a physical response to that restriction, not a lack of character.", "psychoeducation"),
        ("Would you be willing to test it, carefully, once a day?", "behavioral_experiment"),
        ("Let's look at both, honestly, the good and the bad.", "pros_and_cons"),
        ("Could your brother be one of the people you lean on?", "social_support"),
        ("A clear no is short and gives him nothing to argue with.", "assertiveness_training"),
        ("What would be a version that keeps the good part but is less harsh on you?", "cognitive_restructuring"),
        ("What would a realistic school-night goal be?", "goal_setting"),
    ],
)
def test_a_technique_in_phrasings_the_eleventh_blind_set_showed_missing(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("How have your sleep and alcohol use been this week?", "homework"),
        ("Last week we agreed to look at what changed when you retired.", "homework"),
        ("Keep the sleep log each morning, just the times.", "journaling"),
    ],
)
def test_words_the_eleventh_blind_set_showed_too_broad_are_no_evidence(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code not in found["technique"].to_list()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Would you be willing to take the bolt out of that rifle and leave it with someone you trust?",
            "safety_planning",
        ),
        ("Now give each one its piece of the circle. How big is the storm?", "continuum_or_pie_chart"),
        ("Maybe a letter to your dad, not to send. What you miss, what you're sorry for.", "journaling"),
        (
            "What is one thing that would give you some pleasure, small enough not to crash you?",
            "behavioral_activation",
        ),
        ("And the other side of it, what's not so good about it for you?", "pros_and_cons"),
        ("We call these safety behaviours, and they keep your attention turned inward.", "psychoeducation"),
        ("Try it again without the sorry. What you need, and why.", "assertiveness_training"),
        (
            "It sounds like an old habit. Where do you think you learned to keep everyone calm?",
            "insight_interpretation",
        ),
    ],
)
def test_a_technique_in_phrasings_the_twelfth_blind_set_showed_missing(text: str, code: str) -> None:
    found = techniques_from_dialogue(session(("T", text), ("C", "Okay.")), NO_DEFECTS)
    assert code in found["technique"].to_list()


def test_an_assistant_that_cannot_follow_up_sets_no_homework() -> None:
    turns = (
        ("T", "Over the next few days, try the three-column notebook when the worry wakes you."),
        ("C", "Okay."),
        ("T", "To be clear, none of this is homework: I can't follow up with you."),
        ("C", "Understood."),
    )
    assert "homework" not in techniques_from_dialogue(session(*turns), NO_DEFECTS)["technique"].to_list()


@pytest.mark.parametrize(
    ("turns", "code", "expected"),
    [
        # Proposing a task with "why not" is no declining of it.
        ((("T", "Why not try the breathing every morning this week?"),), "homework", True),
        # A declined first match does not hide a later one in the same turn.
        (
            (("T", "When you notice the urge, take three slow breaths and notice your feet on the floor."),),
            "relaxation_mindfulness",
            True,
        ),
        # Accented names are words inside a cue's gap.
        ((("T", "Could you look at it from Zoë's point of view?"),), "cognitive_restructuring", True),
        # Ordinary sentences the review found the new cues matching.
        ((("T", "Shall we call it a day there?"),), "psychoeducation", False),
        ((("T", "Take care of yourself until we meet again."),), "homework", False),
        ((("T", "Today we'll go through how the assessment works."),), "homework", False),
        ((("T", "Can I bring it back to what you said about your dad?"),), "relaxation_mindfulness", False),
        ((("T", "These are big things to be dealing with at once."),), "strengths_review", False),
        ((("T", "What sort of shape do you want to be in by summer?"),), "values_clarification", False),
        ((("T", "Just notice the thoughts as they come, without judging them."),), "problem_solving", False),
        ((("T", "Every marriage has the good and the bad."),), "pros_and_cons", False),
        ((("T", "Let's slow down and see what actually happened that night."),), "behavioral_experiment", False),
        ((("T", "She's the most likely, I think, to understand."),), "decatastrophizing", False),
        ((("T", "Maybe it was about the same time you started the new job?"),), "insight_interpretation", False),
        ((("T", "What would be a more realistic timeline for the move?"),), "cognitive_restructuring", False),
    ],
)
def test_the_reviews_cases_for_this_stops_cues(turns: tuple[tuple[str, str], ...], code: str, expected: bool) -> None:
    found = techniques_from_dialogue(session(*turns, ("C", "Okay.")), NO_DEFECTS)
    assert (code in found["technique"].to_list()) is expected


@pytest.mark.parametrize(
    "said",
    [
        "I can't follow up with the school myself, but your mum could ring them.",
        "It's not homework like at school, it's just for you. We'll look at it next week.",
        "We have no sessions booked yet, so let's book one before you go.",
        "I won't be checking up on you, but bring it next week and we'll go through it together.",
    ],
)
def test_ordinary_sentences_do_not_veto_homework(said: str) -> None:
    turns = (("T", "Could you try the thought diary every evening this week?"), ("C", "Okay."), ("T", said))
    assert "homework" in techniques_from_dialogue(session(*turns), NO_DEFECTS)["technique"].to_list()


@pytest.mark.parametrize(
    ("turns", "code", "expected"),
    [
        # Cues added from the fifteenth blind set, in words of this test's own.
        ((("T", "Before our next call, could you jot a few lines about the fire in a notebook?"),), "homework", True),
        ((("T", "Try the listening exercise every evening until we meet."),), "homework", True),
        ((("T", "Fill in the chart daily. Thursday we go over it."),), "homework", True),
        ((("T", "Nightmares and jumpiness like yours are common reactions after a crash."),), "psychoeducation", True),
        ((("T", "Feel the seat under you and the floor against your feet."),), "relaxation_mindfulness", True),
        ((("T", "What would need to be different for you to call this worth it?"),), "goal_setting", True),
        ((("T", "What does smoking them cost you?"),), "pros_and_cons", True),
        ((("T", "What do you predict will happen if you stay in the lift?"),), "behavioral_experiment", True),
        ((("T", "Will you play your brother for a minute?"),), "role_play", True),
        ((("T", "Is there a teacher you would want in your corner?"),), "social_support", True),
        # ... and ordinary sentences they must leave alone.
        ((("T", "Take care of yourself until we meet again."),), "homework", False),
        ((("T", "Looking at both lists side by side, which evidence is stronger?"),), "pros_and_cons", False),
        ((("T", "What mattered most was that you got home safe."),), "values_clarification", False),
        # Cues added from the sixteenth blind set, in words of this test's own.
        (
            (("T", "Let's put some structure back into the week, a walk at nine on fixed days."),),
            "behavioral_activation",
            True,
        ),
        ((("T", "I'll ask to see the calendar when I'm back on the third."),), "homework", True),
        ((("T", "Would you want to try writing to him in a notebook, about your day?"),), "journaling", True),
        ((("T", "Would you be up for getting in touch with your cousin this week?"),), "social_support", True),
        ((("T", "What were you best at, back at the depot?"),), "strengths_review", True),
        ((("T", "What does drinking still do for you, honestly?"),), "pros_and_cons", True),
        ((("T", "What kind of granddad do you want to be at her wedding?"),), "values_clarification", True),
        ((("T", "Try saying only what you need from her, nothing else."),), "assertiveness_training", True),
        # ... and ordinary sentences they must leave alone.
        ((("T", "The old routine can come back to bite you if you rush it."),), "behavioral_activation", False),
        ((("T", "What kind of music do you want to be playing in ten years?"),), "values_clarification", False),
    ],
)
def test_cues_added_from_the_blind_sets(turns: tuple[tuple[str, str], ...], code: str, expected: bool) -> None:
    found = techniques_from_dialogue(session(*turns, ("C", "Okay.")), NO_DEFECTS)
    assert (code in found["technique"].to_list()) is expected
