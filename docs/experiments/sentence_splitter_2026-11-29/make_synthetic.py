"""Write gold/synthetic.jsonl: wire-style items written for this test, with gold.

Every text below was written for newstag (none comes from FA-KES or any
outlet). ``¦`` marks where a sentence starts; it is removed from the text and
its offsets become the gold boundaries.

    PYTHONPATH=src python docs/experiments/sentence_splitter_2026-11-29/make_synthetic.py
"""

from __future__ import annotations

import json
from pathlib import Path

MARK = "¦"
OUT = Path(__file__).resolve().parent / "gold" / "synthetic.jsonl"

ITEMS = [
    # (id, case, title, marked text)
    ("syn:dateline-sana", "dateline", "Army retakes village near Hama",
     "DAMASCUS, May 3 (SANA) - Syrian troops retook the village of Tal Sabah on Tuesday. "
     "¦Engineering units cleared the roads of mines. ¦Residents began to return in the afternoon."),
    ("syn:dateline-reuters", "dateline", "Shelling kills five in Idlib",
     "BEIRUT (Reuters) - Shelling killed five people in Idlib province on Sunday, a monitor said. "
     "¦The number may rise, it added."),
    ("syn:dateline-tass", "dateline", "Militants repelled in Latakia",
     "MOSCOW, March 3. /TASS/. Syrian government forces repelled an attack by militants in Latakia province, "
     "the Russian reconciliation centre said on Friday. ¦No casualties were reported among civilians."),
    ("syn:dateline-aleppo-sana", "dateline", "Rocket shells hit Aleppo neighbourhood",
     "Aleppo, SANA- Two civilians were injured when rocket shells hit al-Midan neighbourhood. "
     "¦A police source said the shells caused material damage to houses."),
    ("syn:dateline-jan", "dateline", "Talks to resume",
     "GENEVA, Jan. 24 (AP) - Talks between the government and the opposition will resume next week, "
     "the U.N. envoy said. ¦He gave no further details."),
    ("syn:abbrev-us-un", "abbreviation", "U.S. and U.N. respond to strikes",
     "The U.S. State Department condemned the strikes on Monday. ¦U.N. officials said aid convoys were suspended. "
     "¦A U.K. spokesman said London was consulting its allies. ¦The strikes were carried out by the U.S. "
     "¦The U.N. Security Council will meet on Wednesday."),
    ("syn:abbrev-ranks", "abbreviation", "Officers killed in ambush",
     "Gen. Ali Hamdan and Lt. Col. Samir Haddad were killed in the ambush, the army said. "
     "¦Maj. Fares Khalil was wounded. ¦Capt. Omar Nasser and Sgt. Adel Youssef survived. "
     "¦Brig. Gen. Karim Saleh led the relief column."),
    ("syn:abbrev-dr-mr-st", "abbreviation", "Doctor describes symptoms",
     "Dr. Hana Rahim said three patients had pinpoint pupils. ¦Mr. Khaled Musa, a nurse, confirmed the account. "
     "¦The clinic on St. George Street was damaged. ¦Ms. Lina Aziz later visited the ward."),
    ("syn:abbrev-no-dates", "abbreviation", "Resolution adopted",
     "Resolution No. 2254 was adopted on Dec. 18, 2015, and a second text was tabled on Feb. 3. "
     "¦Voting is set for Sept. 12 at 10 a.m. local time. ¦The session ended at 4 p.m. ¦Delegates then left."),
    ("syn:abbrev-eg-ie", "abbreviation", "Aid groups list needs",
     "Aid groups need basic supplies, e.g. Blankets, fuel and medicine, before winter. "
     "¦The worst-hit areas, i.e. Eastern Ghouta and Douma, have had no convoy since June. "
     "¦Supplies arrived by truck, plane, etc. ¦More are expected."),
    ("syn:abbrev-initials", "abbreviation", "Kerry meets Lavrov",
     "U.S. Secretary of State J. Kerry met his Russian counterpart S. Lavrov in Geneva. "
     "¦The two men spoke for five hours. ¦Analyst R. M. Haddad said the meeting was overdue."),
    ("syn:numbers", "numbers", "Millions displaced",
     "About 1.5 million people have fled their homes since 2011. ¦Another 6.6 million are displaced inside the country. "
     "¦The fund was cut by 12.5 per cent. ¦In 2015. ¦25 families returned to the town."),
    ("syn:numbers-list", "numbers", "Three demands",
     "The opposition listed its demands. ¦1. A ceasefire in Aleppo. ¦2. Access for aid convoys. "
     "¦3. The release of detainees."),
    ("syn:quote-end", "quotation", "Minister warns of escalation",
     "The minister said the attack was a violation. ¦\"We will respond.\" ¦He did not say how. "
     "¦\"Is this a ceasefire?\" a reporter asked nobody in particular. ¦Officials declined to comment."),
    ("syn:quote-multi", "quotation", "Medic describes scene",
     "A medic said: \"The wounded are arriving every hour. ¦We have no more beds. ¦We need help now.\" "
     "¦The hospital is the last one in the district."),
    ("syn:quote-curly", "quotation", "Envoy calls for calm",
     "The envoy said: “The situation is very grave. ¦Both sides must stop.” ¦He left for Amman on Friday. "
     "¦“Why now?” he asked later."),
    ("syn:quote-attribution", "quotation", "Monitor gives toll",
     "\"At least 20 people died,\" the monitor said. ¦\"The toll may rise,\" it added in a statement."),
    ("syn:ellipsis", "ellipsis", "Convoy delayed",
     "The convoy waited at the checkpoint... and then turned back. ¦Drivers said they had waited for hours… "
     "¦Nobody told them why. ¦The army said it was checking documents ... for security reasons."),
    ("syn:listing-read-more", "listing", "Latest news",
     "Airstrikes hit rebel-held town… ¦Read more\n"
     "¦Aid reaches besieged district after months… ¦Read more\n"
     "¦Ceasefire talks to resume in Astana… ¦Read more"),
    ("syn:listing-lines", "listing", "Headlines",
     "Army advances in eastern countryside\n¦Aid convoy enters Douma\n¦Talks postponed until next week\n"
     "¦The army said on Monday it had taken three villages."),
    ("syn:headline-paragraphs", "headline", "",
     "Ceasefire holds in southern Syria\n\n¦A truce agreed by Moscow and Washington held on Sunday. "
     "¦Residents reported no shelling overnight."),
    ("syn:bullets-dash", "bullet", "Key points",
     "Key points of the agreement:\n¦- A ceasefire in the south-west\n¦- Aid access through two crossings\n"
     "¦- Monitoring by Russian military police"),
    ("syn:bullets-dot", "bullet", "What we know",
     "What we know so far:\n¦• At least 30 people were killed.\n¦• Most were civilians.\n¦• The strike hit a market."),
    ("syn:bullets-inline", "bullet", "Summary",
     "Summary of the day ¦• Shelling in Daraa ¦• Clashes near Hama ¦• Aid delivered to Homs"),
    ("syn:glued", "glued", "Blast in Homs",
     "Four people were killed.¦The army sealed off the area. ¦A second blast followed.¦It caused no casualties. "
     "¦The U.S.-led coalition denied involvement.¦Damascus blamed militants."),
    ("syn:glued-quote", "glued", "Statement issued",
     "The ministry issued a statement.¦\"We reject the accusations.\"¦The statement was read on television."),
    ("syn:question-exclaim", "punctuation", "Who is responsible?",
     "Who fired the rockets? ¦Nobody has said! ¦The investigation continues?! ¦Officials would not say."),
    ("syn:paren-credit", "punctuation", "Photo caption",
     "A boy stands in the rubble of his home in Aleppo on May 5. ¦(AFP) ¦Rescue teams searched for survivors."),
    ("syn:dc-ap", "dateline", "Pentagon comments",
     "WASHINGTON, D.C. (AP) - The Pentagon said on Monday the strike hit a weapons depot. "
     "¦It gave no casualty figures."),
    ("syn:hard-wrap", "newline", "Wrapped dispatch",
     "Government forces pushed into the southern districts of the\ncity on Monday, according to residents and a\n"
     "monitoring group. ¦The advance followed weeks of\nheavy bombardment.\n\n¦Aid agencies warned of a\n"
     "humanitarian catastrophe."),
    ("syn:colon-newline", "newline", "Statement",
     "The statement read:\n¦The armed forces will continue their operations until the last militant leaves."),
    ("syn:no-title", "headline", "",
     "Shelling killed two children in Daraa on Tuesday. ¦Their mother was wounded."),
    ("syn:whitespace", "whitespace", "  Spaces around   ",
     "  \n  Leading spaces and tabs\tare kept out of spans.   ¦Trailing ones too.  \n\n  "),
]


def unmark(marked: str) -> tuple[str, list[int]]:
    text, starts = [], []
    for ch in marked:
        if ch == MARK:
            starts.append(len(text))
        else:
            text.append(ch)
    return "".join(text), starts


def main() -> None:
    with OUT.open("w", encoding="utf-8") as out:
        for item_id, case, title, marked in ITEMS:
            text, starts = unmark(marked)
            record = {"id": item_id, "case": case, "title": title, "text": text, "boundaries": starts}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(len(ITEMS), "items,", sum(len(unmark(m)[1]) for *_, m in ITEMS), "boundaries ->", OUT)


if __name__ == "__main__":
    main()
