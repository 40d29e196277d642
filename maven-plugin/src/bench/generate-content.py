#!/usr/bin/env python3
"""Generates a synthetic content repository of N posts (default 10,000) for the irlint Maven plugin benchmark.

Posts are assembled from the phrases below (written for this benchmark; no real or evaluation posts), spread
over Markdown threads, CSV schedules, JSON and YAML exports like a content team's repository. About one post in
twenty carries a synthetic booking reference or a word the bundled rules flag, so the reports have work to do.

    python3 generate-content.py OUTPUT_DIR [POSTS]
"""
import json
import os
import random
import sys

OPENERS = ["Today in the IR suite", "Quick explainer", "Patient education", "Team news", "Did you know",
           "From our clinic", "Weekend reading", "New service", "Training day", "Research update"]
TOPICS = ["uterine fibroid embolization", "prostate artery embolization", "a CT-guided biopsy", "a PICC line",
          "varicocele embolization", "TIPS for portal hypertension", "kyphoplasty for a painful fracture",
          "a drainage catheter", "radiofrequency ablation of a small kidney tumour", "genicular artery embolization"]
MIDDLES = ["uses imaging to guide a thin tube through a tiny nick in the skin",
           "often means going home the same day",
           "is one option to discuss with your care team",
           "is done by interventional radiologists with X-ray or ultrasound guidance",
           "can avoid open surgery for some people"]
CLOSERS = ["Ask your doctor if it could help you.", "Read more on our website.", "Questions? Talk to your GP.",
           "#IRad #PatientEducation", "Recovery is usually quick, but everyone is different.", ""]
EXTRAS = ["Booked follow-up BK-{n:06d} for next week.", "It is guaranteed to work!", "What a crap day in the suite.",
          "Another frequent flyer in clinic."]


def post(rng, i):
    text = f"{rng.choice(OPENERS)}: {rng.choice(TOPICS)} {rng.choice(MIDDLES)}. {rng.choice(CLOSERS)}".strip()
    if i % 20 == 0:
        text += " " + rng.choice(EXTRAS).format(n=100000 + i)
    if i % 97 == 0:
        text += " 👩‍⚕️ 患者さん"
    return text


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    rng = random.Random(42)
    content = os.path.join(out, "content")
    for sub in ("threads", "schedules", "exports"):
        os.makedirs(os.path.join(content, sub), exist_ok=True)
    shares = [("md", total // 2, 10), ("csv", total // 4, 125), ("json", total * 3 // 20, 150)]
    shares.append(("yaml", total - sum(s[1] for s in shares), 100))
    i = 0
    for kind, count, per_file in shares:
        for f in range((count + per_file - 1) // per_file):
            n = min(per_file, count - f * per_file)
            posts = [post(rng, i + k) for k in range(n)]
            i += n
            if kind == "md":
                path = os.path.join(content, "threads", f"thread-{f:04d}.md")
                body = "\n\n---\n\n".join(posts) + "\n"
            elif kind == "csv":
                path = os.path.join(content, "schedules", f"schedule-{f:03d}.csv")
                rows = ["id,publish_at,text"] + [f'{k},2026-12-{1 + k % 28:02d} 09:00,"' + p.replace('"', '""') + '"'
                                                  for k, p in enumerate(posts)]
                body = "\n".join(rows) + "\n"
            elif kind == "json":
                path = os.path.join(content, "exports", f"export-{f:03d}.json")
                body = json.dumps({"posts": [{"id": k, "text": p} for k, p in enumerate(posts)]}, ensure_ascii=False, indent=1)
            else:
                path = os.path.join(content, "exports", f"queue-{f:03d}.yaml")
                body = "posts:\n" + "".join("  - text: " + json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(body)
    with open(os.path.join(out, "pom.xml"), "w", encoding="utf-8") as fh:
        fh.write(POM)
    print(f"{i} posts in {out}")


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.irlint.bench</groupId>
  <artifactId>content-10k</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.irlint</groupId>
        <artifactId>irlint-maven-plugin</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <configuration>
          <failOn>never</failOn>
        </configuration>
        <executions>
          <execution>
            <goals>
              <goal>check</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""

if __name__ == "__main__":
    main()
