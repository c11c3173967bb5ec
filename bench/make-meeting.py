#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large but believable coproduce-meeting/1 file: N activities (default 40), each with
contributions, decisions, a commitment and five actions. Used by bench/run."""
import json
import sys

activities = int(sys.argv[1]) if len(sys.argv) > 1 else 40
out = sys.argv[2] if len(sys.argv) > 2 else "-"
principles = ["honesty-transparency-accountability", "partnership", "respect", "communication",
              "strengths", "accessibility"]
rungs = ["coercion", "education", "information", "consultation", "engagement", "co-design", "co-production"]
statuses = ["open", "in-progress", "done", "cannot-do"]
people = [("Priya Shah", "facilitator"), ("Jo Turner", "parent-carer"), ("Aisha Rahman", "parent-carer"),
          ("Siobhán Kelly", "parent-carer"), ("Sam", "young-person"), ("Kai", "young-person"),
          ("Dr Helen Price", "professional"), ("Mike Atherton", "professional")]
meeting = {
    "format": "coproduce-meeting/1",
    "title": "Annual SEND partnership review",
    "series": "SEND partnership board",
    "date": "2026-11-18", "start": "09:30", "end": "16:00",
    "location": "Council House, Derby",
    "charter": "derby",
    "facilitator": "Priya Shah",
    "attendees": [{"name": n, "role": r, "attendance": "present",
                   "credit": "anonymous" if r == "young-person" else "named"} for n, r in people],
    "activities": [],
    "charter_check": [{"principle": p, "score": "partly", "note": "Reviewed at the end of the day."}
                      for p in principles],
    "heard": {"yes": 6, "partly": 2, "no": 0},
}
for i in range(activities):
    contributions = [{"id": f"c{i}-{j}", "by": people[1 + (i + j) % 5][0],
                      "text": f"Point {j + 1} on item {i + 1}: we were not told what changed after the EHCP review."}
                     for j in range(3)]
    meeting["activities"].append({
        "title": f"Item {i + 1}: review of the service",
        "raised_by": people[1 + i % 5][1],
        "notes": "Families said the letters use terms they never explain. " * 4,
        "principles": [principles[i % 6], principles[(i + 2) % 6]],
        "ladder": {"facilitator": rungs[(i + 3) % 7], "parent-carer": rungs[(i + 1) % 7],
                   "young-person": rungs[i % 7], "professional": rungs[(i + 4) % 7]},
        "contributions": contributions,
        "decisions": [{"text": f"Decision {j + 1} on item {i + 1}.", "easy_read": "We agreed this.",
                       "made": "in-meeting" if j == 0 else "elsewhere"} for j in range(2)],
        "commitments": [{"by": "Derby City Council", "text": "Tell families what changed because of what they said.",
                         "principle": principles[i % 6]}],
        "actions": [{"text": f"Action {j + 1} on item {i + 1}.", "easy_read": "Priya will do this.",
                     "owner": "Priya Shah", "due": "2026-12-16", "status": statuses[j % 4],
                     **({"reason": "There is no budget until April."} if statuses[j % 4] == "cannot-do" else {}),
                     "responds_to": contributions[j % 3]["id"]} for j in range(5)],
    })
text = json.dumps(meeting, ensure_ascii=False, indent=2) + "\n"
if out == "-":
    sys.stdout.write(text)
else:
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
