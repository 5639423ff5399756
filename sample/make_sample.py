"""Writes the bundled sample under sample/transcripts/ (run: python sample/make_sample.py).

All dialogue here is written for this project. The files show what real dumps look like: a clean
multi-session file, an LLM-generated session with a summary header, mojibake and a repetition
loop, a Windows-1252 export with CRLF line endings, a UTF-16 export, and two files that must be
quarantined (an image and notes with no speaker turns).
"""

from __future__ import annotations

import base64
from pathlib import Path

OUT = Path(__file__).resolve().parent / "transcripts"

CLINIC_TWO_SESSIONS = """\
Therapist: Good morning, Daniel. Last time we ended on the topic of your sleep. How has this week been?

Client: Honestly, pretty rough. I was up most nights going over things I said at work.

Therapist: Going over conversations again and again sounds exhausting. What kind of things were you replaying?

Client: Mostly a meeting where my manager asked a question and I froze. I keep thinking everyone noticed.

Therapist: So one moment of freezing has turned into a story that everyone saw you fail. What evidence do you have that people noticed?

Client: (pauses) I guess nobody said anything. One colleague even thanked me for the summary I sent afterwards.

Therapist: That's worth holding on to. Let's write that down as a balancing thought: "I froze for a moment, and I still did useful work."

Client: Okay. It feels a bit strange, but I can see it's more accurate.

Therapist: Mm-hmm.

Client: Mm-hmm.

Therapist: For this week, could you notice when the replaying starts at night and try the four-seven-eight breathing we practised?

Client: Yes. I'll try it, and I'll note what I was thinking about when it started.

-----

Therapist: Welcome back, Daniel. How did the breathing go?

Client: Better than I expected. Three nights out of five I fell asleep within half an hour.

Therapist: That's real progress. What happened on the other two nights?

Client: There was a deadline on Thursday, and my head just wouldn't switch off.

Therapist: Deadlines can make everything louder. What did you tell yourself on Thursday night?

Client: That if the report wasn't perfect they'd realise I'm not good enough for this job.

Therapist: That sounds like the same fear we met last week. If a friend told you that, what would you say to them?

Client: I'd say one report doesn't decide whether you're good at your job.

Therapist: Could you say that to yourself on the next deadline night?

Client: I can try. Maybe I'll write it on the card I keep by my bed.
"""

LLM_SESSION = """\

Session Summary:

1. Main topics discussed:
- Worry about an upcoming family visit
- Difficulty saying no to extra shifts

2. Techniques/exercises introduced:
- Cognitive restructuring of "I must keep everyone happy"
- Assertiveness script for declining requests
- Grounding exercise (5-4-3-2-1)

3. Homework assigned:
- Use the script once with a colleague
- Practise grounding before the visit

4. Key insights:
- Saying no protects time for recovery

Note: This session was generated for testing and contains artefacts on purpose.

Counselor: Hi Priya, thanks for coming in. You mentioned on the phone that the family visit is on your mind. Where would you like to start?

Patient: I think with work, actually. I said yes to three extra shifts this monthâ€”again. I don't know how to stop.

Counselor: It sounds like yes comes out before you've had a chance to check how you feel. What happens in the moment someone asks?

Patient: I feel this pressure in my chest, like if I say no they'll think I'm lazy or ungrateful.

Counselor: That pressure makes sense given how much you care about being reliable. Let's try a short script you could use: "Thanks for thinking of me. I can't take that shift, but I hope you find someone."

Patient: I understand. I will try the script with my manager tomorrow and let you know how it goes.

Patient: I understand. I will try the script with my manager tomorrow and let you know how it goes.

Counselor: That would be a good first step. How are you feeling about the visit itself?

Patient: Nervous. My mother always comments on my job, and I end up feeling about twelve years old.

Counselor: Before the visit, we could practise a grounding exercise so you have something to come back to when that feeling starts.

Patient: I understand. I will try the script with my manager tomorrow and let you know how it goes.

Counselor: Let's try it now: name five things you can see, four you can hear, three you can touch, two you can smell and one you can taste.

Patient: Okay. The lamp, the window, your notebook, the plant, my shoes. I already feel a little slower.
"""

WINDOWS_EXPORT = (
    "Psychologist: Thanks for staying on the line, Sam. You said the café job interview went differently than you planned?\r\n"
    "\r\n"
    "User: Yes \u2013 I rehearsed everything, but when they asked about the gap on my CV I just said \u201cpersonal reasons\u201d and went quiet.\r\n"
    "\r\n"
    "Psychologist: Going quiet after a hard question is common. What did you want to say?\r\n"
    "\r\n"
    "User: That I took time off to look after my health, and that I\u2019m ready now.\r\n"
    "\r\n"
    "Psychologist: That\u2019s an honest and strong answer. Shall we practise it a few times so it\u2019s there when you need it?\r\n"
    "\r\n"
    "User: Sure. \u201cI took time off to look after my health, and I\u2019m ready to commit to this role.\u201d\r\n"
)

UTF16_EXPORT = """\
Supporter: Hello, I'm glad you reached out tonight. What's been happening?

Seeker: My best friend moved abroad last month and the evenings feel really empty.

Supporter: Losing someone you see every day is a real loss, even when they're only a message away.

Seeker: Yeah. I know I should make new friends, but I don't even know where to start.

Supporter: What did the two of you enjoy doing together? Sometimes that points to places where similar people gather.

Seeker: We used to go climbing on Wednesdays. Maybe I could go back to the climbing gym on my own.
"""

NOTES_WITHOUT_TURNS = """\
Intake checklist, week 12
- consent forms filed
- two sessions rescheduled to Friday
- supervision meeting moved to 3 pm
"""

# The 8-byte PNG signature and a minimal header chunk: an image dropped into the transcript folder.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def main() -> None:
    files: dict[str, bytes] = {
        "clinic_a/daniel_sessions.txt": CLINIC_TWO_SESSIONS.encode("utf-8"),
        "generated/priya_followup.txt": LLM_SESSION.encode("utf-8"),
        "exports/sam_call_cp1252.txt": WINDOWS_EXPORT.encode("cp1252"),
        "exports/chat_export_utf16.txt": UTF16_EXPORT.encode("utf-16"),
        "misc/intake_checklist.txt": NOTES_WITHOUT_TURNS.encode("utf-8"),
        "misc/whiteboard_photo.png": TINY_PNG,
    }
    for relative, data in files.items():
        path = OUT / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(OUT.parent)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
