"""The blind defect cases (blind/defect_cases.py, written by someone who never read the detectors) stay found:
a detector change that loses one of them, or flags what the writer placed as a decoy, fails here."""

from __future__ import annotations

from pathlib import Path

from benchmarks.blind_defects import predicted_keys, write_cases


def test_blind_cases_found_with_few_false_rows(tmp_path: Path) -> None:
    truth = write_cases(tmp_path)
    predicted = predicted_keys(tmp_path)
    missed = sorted(truth - predicted)
    false = sorted(predicted - truth)
    # Measured: 37 of 39. Missed: a cut after 'while everyone' (a word that often ends sentences), and
    # '[End of transcript]' on the line after the last turn, which the product reports at that turn's label line.
    assert len(truth) == 39
    assert len(missed) <= 2, missed
    # Measured: 3. Two spoken interruptions that end mid-clause on a content word ('...and then', '...didn't even'),
    # and the same end-of-transcript line at its turn's label line.
    assert len(false) <= 3, false


def test_second_blind_cases_found_without_false_rows(tmp_path: Path) -> None:
    # blind/second_defect_cases.py, by another hand: its first run found 42 of 45 with 4 false rows (two file titles,
    # two spoken completions); those were fixed in general terms, so it now reads 45 of 45 with none.
    # Stop 27: an artefact on a line of its own under a turn ('[End of transcript]', '(Note: ...)') is reported at its
    # own line, as sets 1, 7, 10, 15, 18, 20, 23-35 expect (+23 rows found, 10 fewer false over the 36 sets); this
    # writer put it at the turn's line, so each such artefact is now one missed and one false row.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "second_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 45
    assert len(truth - predicted) <= 2, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_third_blind_cases_found(tmp_path: Path) -> None:
    # blind/third_defect_cases.py, by a third hand, in label styles and export shapes no test had seen: its first run
    # found 10 of 48 with 70 false rows (7 files quarantined, group and caption speakers flagged on every turn). Fixed
    # in general terms (label styles, flat exports, group roles, Mac Roman, stock sympathy around a referral...):
    # 48 of 48 (the last, a cut inside a word, '...it's just the contr', by the fragment rule), one false row: a
    # client's 'you tell yourself you'll win it back' that the voice model reads as a counsellor's.
    # Stop 27: an artefact on a line of its own under a turn ('[End of transcript]', '(Note: ...)') is reported at its
    # own line, as sets 1, 7, 10, 15, 18, 20, 23-35 expect (+23 rows found, 10 fewer false over the 36 sets); this
    # writer put it at the turn's line, so each such artefact is now one missed and one false row.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "third_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 48
    assert len(truth - predicted) <= 1, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_fourth_blind_cases_found(tmp_path: Path) -> None:
    # blind/fourth_defect_cases.py, written after the third set's fixes: its first run found 12 of 45 with 9 false
    # rows (7 files quarantined: angle-bracket, tab, arrow, @handle and 'HH:MM - Name:' labels, a JSON list of
    # sessions). Fixed in general terms: 43 of 45, two false rows; then 44 of 45 and one, once U+FFFD that came with
    # a valid file counted as mojibake. Missed: a therapist turn in the client's voice the voice model does not score
    # low enough. False: a last chat message ending 'if you want to' after an emoji.
    # Stop 27: an artefact on a line of its own under a turn ('[End of transcript]', '(Note: ...)') is reported at its
    # own line, as sets 1, 7, 10, 15, 18, 20, 23-35 expect (+23 rows found, 10 fewer false over the 36 sets); this
    # writer put it at the turn's line, so each such artefact is now one missed and one false row.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "fourth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 45
    assert len(truth - predicted) <= 3, sorted(truth - predicted)
    assert len(predicted - truth) <= 3, sorted(predicted - truth)


def test_fifth_blind_cases_found(tmp_path: Path) -> None:
    # blind/fifth_defect_cases.py, two-thirds ordinary exports, written after the fourth set's fixes: its first run
    # found 33 of 53 with 13 false rows (sessions under '#### sample ... ####' banners and '[Transcript 2 of 3
    # follows]' read as one, '(JM)' initials, a Markdown table after a preamble and a Word export quarantined).
    # Fixed in general terms: 51 of 53, no false row. Missed: two turns in the other role's voice that the voice
    # model does not score far enough.
    # Stop 27: an artefact on a line of its own under a turn ('[End of transcript]', '(Note: ...)') is reported at its
    # own line, as sets 1, 7, 10, 15, 18, 20, 23-35 expect (+23 rows found, 10 fewer false over the 36 sets); this
    # writer put it at the turn's line, so each such artefact is now one missed and one false row.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "fifth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 53
    assert len(truth - predicted) <= 4, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_sixth_blind_cases(tmp_path: Path) -> None:
    # blind/sixth_defect_cases.py, about 80% common exports, written after the fifth set's fixes: its first run found
    # 20 of 48 with 38 false rows (an e-mail thread read with From:/To: as speakers, five files quarantined). After
    # general fixes (end-of-text tokens between samples, peer-chat roles and a user_type column, e-mail headers are
    # no speakers, a preamble sentence is header, chats of a CSV without chat ids split where the platform says one
    # ended, a screenplay's centred names, instruction-tuning records, HTML comments, template slots, `[CLIENT NAME]:`):
    # 34 of 48, 11 false rows. Still out of reach: YAML turns and an e-mail thread (each quarantined with its reason).
    # E-mail threads then got a parser of their own (transforms/formats/email_thread.py): 39 of 48, 5 false rows; with
    # YAML sessions, underlined session headings, unpunctuated list items, `Dad:` speaking once, `[NAME]:` and U+FFFD
    # from upstream as mojibake: 45 of 48, 3 false rows. Missed: a therapist turn in the client's voice the voice
    # model does not score low enough, a YAML refusal, a German near repeat with its words reordered. False: three
    # unpunctuated last or trailing-off chat turns the writer counts as complete.
    # Stop 27: an artefact on a line of its own under a turn ('[End of transcript]', '(Note: ...)') is reported at its
    # own line, as sets 1, 7, 10, 15, 18, 20, 23-35 expect (+23 rows found, 10 fewer false over the 36 sets); this
    # writer put it at the turn's line, so each such artefact is now one missed and one false row.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "sixth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 48
    assert len(truth - predicted) <= 4, sorted(truth - predicted)
    assert len(predicted - truth) <= 3, sorted(predicted - truth)


def test_seventh_blind_cases(tmp_path: Path) -> None:
    # blind/seventh_defect_cases.py, 12 files in layouts no earlier set used, written after the sixth set's first
    # fixes: its first run found 23 of 49 with 21 false rows (a WhatsApp export, an HTML record export, Llama-2 and
    # ChatML dumps quarantined; one session per CSV row read as utterances). After general fixes (dates before the
    # clock, margin line numbers, lone clock lines, a row of header fields, a key naming roles in a phrase, HTML
    # exports, dialogue cells, chat templates): 46 of 49, one false row. Missed: a client turn in a Llama-2 record the
    # voice model does not score far enough, a cut inside a word the fragment rule does not know ('exerc'), and an
    # artefact line after a turn that the product reports at the turn's label line (the false row).
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "seventh_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 49
    assert len(truth - predicted) <= 3, sorted(truth - predicted)
    assert len(predicted - truth) <= 1, sorted(predicted - truth)


def test_eighth_blind_cases(tmp_path: Path) -> None:
    # blind/eighth_defect_cases.py, 13 files in layouts no earlier set used (Teams text, Telegram and Messenger JSON,
    # TEI XML, CHAT, help-desk tickets, a mysqldump, iMessage, preference pairs, call analytics, `COUNSELLOR.`
    # labels, a two-column PDF copy, evaluation runs): its first run found 0 of 45 with 21 false rows, 11 files
    # quarantined. After parsers for those shapes: 44 of 45, two false rows. Missed: a counsellor-voiced client turn
    # in the CHAT file. False: an observer's aside the voice model reads as the client's, and a PDF page footer
    # glued to a turn.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "eighth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 45
    assert len(truth - predicted) <= 1, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_ninth_blind_cases(tmp_path: Path) -> None:
    # blind/ninth_defect_cases.py, 14 files in layouts no earlier set used (AWS Transcribe word items, Llama-3, a
    # pg_dump COPY, Discord, a Slack day file, ASS subtitles, RTF, an SMS backup, a notebook, LaTeX, org-mode, a Rasa
    # tracker, an irssi log, a REFI-QDA project): its first run found 1 of 52 with 47 false rows, 12 files
    # quarantined. After readers for those shapes and general detector fixes (contractions spelt out, a generator's
    # intro above a session, a drafted reply offered, a reply saying the message was cut): 47 of 52, one false row.
    # Then the decoder's rules for mixed files (a declared code page; else any valid UTF-8 sequence makes lone
    # Latin-1 bytes encoding errors): 50 of 52, no false row. Missed: a loop whose third copy is a paraphrase (7 words
    # apart), so neither the loop nor that copy.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "ninth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 52
    assert len(truth - predicted) <= 2, sorted(truth - predicted)
    assert len(predicted - truth) == 0, sorted(predicted - truth)


def test_tenth_blind_cases(tmp_path: Path) -> None:
    # blind/tenth_defect_cases.py, 14 files: seven common shapes with conventions no earlier set used (court reporter
    # Q./A., Human/Assistant samples between <<< >>> banners, JSON Lines with unusual keys, a coded CSV with a shifted
    # row, a German set, initials with time codes) and seven new layouts (Zoom chat, Spanish WhatsApp, TextGrid,
    # ELAN, pandas to_string, FHIR bundle, Google Meet). Its first run found 18 of 56 with 62 false rows, 6 files
    # quarantined. After value-based JSON/XML reading, TextGrid/ELAN and printed-table readers, Zoom/Meet/court
    # labels, declared code pages, multilingual role words, refusals and generator lines, a recording-ended note
    # taken off before a cut is judged, a long turn's near repeat allowed an eighth of its words: 50 of 56, one false
    # row (an artefact line under a turn, reported at the turn's label as the other sets mark it; this set marks its
    # own line). Missed: two cuts (one inside court-reporter Q./A. lines, which are not read as turns; a German word
    # cut short), three role inversions, and that artefact line.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "tenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 56
    assert len(truth - predicted) <= 6, sorted(truth - predicted)
    assert len(predicted - truth) <= 1, sorted(predicted - truth)


def test_eleventh_blind_cases(tmp_path: Path) -> None:
    # blind/eleventh_defect_cases.py, 14 files in layouts the writer chose (none of the earlier sets' nor from a list
    # of ours): French labels with a no-break space before the colon, LLaMA-Factory history records in Chinese, SMS
    # webhook events, an Excel sheet with a column per role, an Obsidian note with front matter, Word HTML, a pprint
    # generation log, YouTube SBV captions, an Azure batch transcription, a Label Studio export, a Jefferson
    # extract, a Transcriber .trs, Salesforce Live Agent chats and a Teams Graph export. Its first run found 14 of
    # 57 with 57 false rows, 6 files quarantined. Now 52 of 57, two false rows ('(end of extract)' taken for an
    # artefact; an overlap turn of two speakers read as one unknown). Missed: a role inversion in French (the voice
    # models read English and Chinese; the Chinese one found its Chinese inversion), a JSON Lines row split by a raw
    # line break (read whole instead of reported), a refusal in the client's turn, a label whose only text is a
    # transcriber's bracketed note.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "eleventh_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 57
    assert len(truth - predicted) <= 5, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_twelfth_blind_cases(tmp_path: Path) -> None:
    # blind/twelfth_defect_cases.py, 13 files in layouts the writer chose: a skills workbook with turn-counted labels
    # (`T1:`, `C1:`) and page marks, a ChatGPT Exporter Markdown file, Vertex AI Gemini tuning rows, an Excel
    # "Unicode Text" coding sheet (UTF-16), Whisper + pyannote output, an OpenAI Assistants thread (newest first,
    # epoch times), Dutch generated dialogues (Windows-1252), an HTML chat table, a Twilio Conversations CSV, TTML
    # captions, a NIST STM reference, a Thunderbird mbox and an appointments CSV (no dialogue). Its first run found
    # 18 of 56 with 66 false rows, 5 files quarantined. Now 55 of 56, no false row (a re-transcribed segment that
    # repeats the tail of the turn before it and a repeat that differs by `said`/`says` found since). Missed: a
    # message declared UTF-8 but written in Windows-1252 inside a file that decodes whole as Windows-1252.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "twelfth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 56
    assert len(truth - predicted) <= 1, sorted(truth - predicted)
    assert predicted <= truth, sorted(predicted - truth)


def test_thirteenth_blind_cases(tmp_path: Path) -> None:
    # blind/thirteenth_defect_cases.py, 12 files: f4/f5 paragraph time marks, R's write.csv with a merge conflict,
    # Cohere chat rows, a column-stored Hugging Face dataset, a Japanese LINE export in Shift-JIS, HL7 MDM, EXMARaLDA,
    # Mac Roman with bare CR, a UTF-16 BE screen-reader transcript, an iCalendar file, a Bot Framework log and
    # Switchboard dialogue acts. Its first run found 22 of 59 with 88 false rows, 4 files quarantined. Now 48 of 59;
    # the HL7 file is still quarantined (no reader: 5 defects, 1 of the 2 false rows).
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "thirteenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 59
    # (49 found since lone Windows-1252 quotes on one line of an ASCII file are an encoding error.)
    assert len(truth - predicted) <= 10, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_fourteenth_blind_cases(tmp_path: Path) -> None:
    # blind/fourteenth_defect_cases.py, 12 files of ordinary shapes with a twist each: a PDF-copied Word transcript, a
    # typed-up process recording, a Zoom VTT, an Intercom CSV, a Polish Excel CSV under `sep=;` (Windows-1250), an
    # OpenAI fine-tuning file with weights, a Crisp message list, an Open WebUI Markdown export, a Google Docs
    # download, a Happy Scribe TXT, pasted tawk.to transcripts and a reflective log (no transcript). Its first run
    # found 29 of 54 with 9 false rows, one file quarantined; now 45 of 54, no false row. Missed: six role
    # inversions, a Polish cut, a cut fine-tuning reply, an empty turn followed by a bracketed note.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "fourteenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 54
    # (46 found since a lone answer's own finished sentences say its writer punctuates: the cut fine-tuning reply.)
    assert len(truth - predicted) <= 8, sorted(truth - predicted)
    assert len(predicted - truth) == 0, sorted(predicted - truth)


def test_fifteenth_blind_cases(tmp_path: Path) -> None:
    # blind/fifteenth_defect_cases.py, 12 everyday containers (plain text, role/content JSON Lines, a text-line CSV,
    # Markdown, SRT, a JSON list, `head` of several files, a ChatGPT page copied, fine-tuning rows) carrying the
    # subtle kinds: 15 cuts, 12 role inversions, refusals in six wordings, meta text. Its first run found 39 of 66
    # with 4 false rows (the ChatGPT copy quarantined); now 52 of 66, 2 false rows (two artefact lines the writer
    # marks at their own line, this product at the turn above, as the earlier writers do). Missed: six cuts with no
    # word-level evidence, three inversions, refusals repeated in a loop (dropped as repeats), a one-adjective repeat.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "fifteenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 66
    # (51 since quoted words are read as someone else's voice: a borderline inversion's session context shifted.)
    assert len(truth - predicted) <= 15, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_sixteenth_blind_cases(tmp_path: Path) -> None:
    # blind/sixteenth_defect_cases.py, 12 files: WhisperX lines with a speaker map, a Telegram HTML export, ShareGPT
    # and Alpaca JSON, a wide Markdown table, an MI coding TSV, pandoc text, a German session, Q&A pairs, a Google
    # Chat Takeout file and an RTTM file. Its first run found 21 of 65 with 50 false rows (the RTTM read as 33 near
    # repeats, JSON turns a line below where the writer looks, an Alpaca record that failed the batch); now 57 of
    # 65, 2 false rows (a forwarded notice read in the forwarder's voice, a closing note under the wide table); 58
    # since lone Windows-1252 quotes on one line of an ASCII file are an encoding error.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "sixteenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 65
    # (59 with the lone-answer rule: a Q&A answer cut.)
    assert len(truth - predicted) <= 6, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_seventeenth_blind_cases(tmp_path: Path) -> None:
    # blind/seventeenth_defect_cases.py, 12 files: Skype, Google Voice, EmpatheticDialogues CSV, Qualtrics, ParlAI,
    # OpenAI Batch output, SAMI, a Portuguese clinic transcript, Element/Matrix, a fixed-width report, pandas list
    # cells, SOAP notes. Its first run found 13 of 71 with 35 false rows, six files quarantined; now 40 of 71, 14 false
    # rows. Unread: the Qualtrics wide export, the fixed-width report with a rule. Read since, but placed a line above
    # where this writer counts them: the Google Voice thread's messages (each on its `<div>` line, the writer's on its
    # `<q>` line: 3 missed, 3 false) and the Skype turns (the speaker key's line against the message's first line: 5
    # missed, 5 false).
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "seventeenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 71
    assert len(truth - predicted) <= 31, sorted(truth - predicted)
    assert len(predicted - truth) <= 14, sorted(predicted - truth)


def test_eighteenth_blind_cases(tmp_path: Path) -> None:
    # blind/eighteenth_defect_cases.py, 10 files of common containers (plain text, Markdown, CSV, JSON Lines, SRT,
    # WebVTT, role/content JSON, a batch under sample banners) carrying the hard kinds beside their look-alikes. Its
    # first run, before anything was changed for it, found 53 of 62 with one false row; 55 since a generator's intro
    # that goes on to describe its sample, and "how the therapist might open the session:", are meta text.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "eighteenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 62
    assert len(truth - predicted) <= 7, sorted(truth - predicted)
    assert len(predicted - truth) <= 1, sorted(predicted - truth)


def test_nineteenth_blind_cases(tmp_path: Path) -> None:
    # blind/nineteenth_defect_cases.py, 10 files of what users most receive at realistic defect rates: generated
    # dataset dumps (ShareGPT, ChatML, an instruction row, Markdown sessions), tool transcripts (Word, Descript,
    # Teams, Otter) and four files not in English. First run 41 of 56 with 35 false rows (a French Otter export's
    # every turn an unknown speaker); now 50 of 56 and none. Missed: role inversions readable only by meaning, four
    # of them in Spanish, German and French.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "nineteenth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 56
    assert len(truth - predicted) <= 6, sorted(truth - predicted)
    assert len(predicted - truth) <= 0, sorted(predicted - truth)


def test_twentieth_blind_cases(tmp_path: Path) -> None:
    # blind/twentieth_defect_cases.py, 10 files at realistic rates with speaker names, two languages no set had used
    # (Swedish, Turkish) and one clean file. First run 32 of 55 with 49 false rows (a Turkish transcript's every
    # turn an unknown speaker); now 45 of 55 and 2 false rows. Missed: role inversions readable only by meaning, a
    # paraphrased loop, a one-word change in a short turn, a chat message cut on a real word ('wit').
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "twentieth_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 55
    assert len(truth - predicted) <= 10, sorted(truth - predicted)
    assert len(predicted - truth) <= 2, sorted(predicted - truth)


def test_twentyfirst_blind_cases(tmp_path: Path) -> None:
    # blind/twentyfirst_defect_cases.py, 10 files at realistic rates in five languages no set had used (Czech,
    # Romanian, Indonesian, Hindi in Latin script, Greek) beside English, one file clean. First run 29 of 54 with 26
    # false rows (an Indonesian dataset's turns all unknown speakers); now 43 of 54 and one false row. Missed: role
    # inversions readable only by meaning, a regenerated reply paraphrased twice (a loop and its near repeat), a cut in
    # a Hinglish chat.
    truth = write_cases(tmp_path, Path(__file__).resolve().parents[1] / "blind" / "twentyfirst_defect_cases.py")
    predicted = predicted_keys(tmp_path)
    assert len(truth) == 54
    assert len(truth - predicted) <= 11, sorted(truth - predicted)
    assert len(predicted - truth) <= 1, sorted(predicted - truth)
