#!/usr/bin/env python3
"""Converts PETRARCH2's CAMEO dictionaries into Herald's compact event resources.

usage: convert-petrarch.py [SHARED_DIR]     (default: ../shared beside the repository)

Reads, from SHARED_DIR/data/events:
- petrarch2/CAMEO.2.0.txt           verb synonym blocks and their object patterns with CAMEO codes;
- petrarch2/Phoenix.agents.txt      common nouns that name actors, with their sector codes;
- plover-gsr-cameo/CAMEO2PLOVER-2021.txt   CAMEO code -> PLOVER type and mode.
Writes, under herald-core/src/main/resources/dev/herald/events:
- cameo-verbs.txt   lines in the pattern-file format of patterns.txt (EventPatterns), one per verb,
                    code and condition: "lemma V TYPE MODE CAMEO [if=obj:a|b | if=@prep:a|b] need=both";
- agents.txt        "phrase<TAB>SECTOR", the phrase lower case with single spaces.
The files are MIT-licensed data of the Open Event Data Alliance (see NOTICE); rerun this script to
regenerate them after a change of the dictionaries or of the choices below.

Choices (what PETRARCH's own reader does differently is said where it matters):
- PLOVER types are Herald's (those of PLOVER's gold-standard records): CAMEO2PLOVER's REQUEST is
  DEMAND, ACCUSE is INVESTIGATE when its mode is "investigate" and DISAPPROVE otherwise, and
  conventional military force (CAMEO 19x), which the 2021 table calls ASSAULT, stays FIGHT. Codes
  01x (statements) and 02x (appeals) have no PLOVER type and are left out.
- A pattern applies to the verb its comment names (the verb it was found with) when that verb is in
  the block, else to every verb of the block; PETRARCH applies each to every verb of the block, which
  gives "accuse ... talks" the code of "call off talks". Only patterns whose words
  after the verb are one object, one prepositional phrase, or a particle with either, and with no
  words before the verb, are kept: these are the ones a dependency parse can check word for word.
- Verbs whose every sense is too general to code an event from the verb alone (GENERIC below) keep
  their object patterns but lose their block's default code.
"""
import os
import re
import sys
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "herald-core/src/main/resources/dev/herald/events")
PARTICLES = {"off", "down", "up", "out", "back", "over", "aside", "away", "in", "on"}
PREPOSITIONS = {"for", "to", "with", "against", "into", "from", "on", "at", "of", "in", "by", "over", "about",
                "between", "toward", "towards", "across", "under", "upon", "within", "through", "behind",
                "before", "around", "near", "inside", "outside", "along"}
GENERIC = {"go", "come", "hear", "arrive", "consider", "introduce", "expect", "decide", "vote", "seek", "want",
           "fail", "express", "search", "report", "look", "appear", "seem", "make", "take", "get", "give", "put",
           "set", "hold", "keep", "move", "turn", "run", "leave", "bring", "send", "see", "show", "tell", "say",
           "ask", "call", "use", "work", "meet", "begin", "start", "continue", "end", "open", "close", "help",
           "want", "need", "try", "plan", "prepare", "intend", "receive", "return", "reach", "pass", "play",
           "stand", "stay", "win", "lose", "lead", "follow", "change", "increase", "reduce", "raise", "cut",
           "address", "assemble", "gather", "notify", "invite", "monitor", "attend", "convene", "communicate",
           "debate", "deliberate", "determine", "resign", "comply", "signal", "revive", "strive", "cable",
           "influence", "coordinate", "bargain", "disclose", "rejoice", "greet", "respect", "appreciate",
           "encourage", "favor", "favour", "bless", "reassert", "legitimise", "acknowledge", "doubt", "order",
           "search", "decree", "apply", "affirm", "outline", "defect", "evacuate", "shelter", "assist",
           "contribute", "release", "exonerate", "compensate", "grill", "brand", "mock", "snub", "renounce",
           "spurn", "dismiss", "rescind", "abort", "disband", "beef", "sign", "visit", "host", "fly", "travel", "combine",
           "drive", "walk", "talk", "speak", "write", "read", "watch", "join", "share", "build", "pay", "buy",
           "sell", "trade", "fight", "hit", "strike", "fire", "shoot", "kill", "die", "attack", "claim"}


def plover_table(path):
    table = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
            if m and len(m.group(1)) >= 3:
                table[m.group(1)] = (m.group(2), m.group(3).strip().split()[0] if m.group(3).strip() else "-")
    return table


def herald_type(cameo, table):
    if cameo[:2] in ("01", "02") or cameo not in table:
        return None
    plover, mode = table[cameo]
    if plover == "REQUEST":
        plover = "DEMAND"
    elif plover == "ACCUSE":
        plover = "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
    elif plover == "ASSAULT" and cameo.startswith("19"):
        plover = "FIGHT"
    if mode in ("investigate", "disapprove", "allege"):
        mode = "-"
    return plover, mode


def synonym_sets(lines):
    sets, name = {}, None
    for line in lines:
        s = line.split("#")[0].strip()
        if s.startswith("####### VERB PATTERNS"):
            break
        if s.startswith("&"):
            name = s
            sets[name] = []
        elif s.startswith("+") and name:
            sets[name].append(s[1:].rstrip("_").lower())
        elif not s:
            name = None
    return sets


def lemma_forms(word, sets):
    """The lemmas a pattern word stands for: a set's members, or the word and its singular."""
    if word.startswith("&"):
        return set(x.replace("_", " ").split()[-1] for x in sets.get(word, []) if x)
    w = word.lower().strip("$^%")
    out = {w}
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.add(w[:-1])
    return out


def pattern_condition(body, sets):
    """The condition a pattern line's words after the verb make, or None when it cannot be checked."""
    if "*" not in body:
        return None
    pre, post = body.split("*", 1)
    if pre.strip():
        return None
    elems = re.findall(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+", post.strip())
    elems = [e for e in elems if e not in ("$", "^", "%")]
    prt = None
    if elems and not elems[0].startswith(("(", "{", "&")) and elems[0].lower() in PARTICLES and len(elems) <= 2:
        prt = elems.pop(0).lower()
    if len(elems) > 1 and elems[1].startswith("("):
        elems = elems[:1]  # "* SUPPORT (FOR &CEASEFIRE)": the object decides
    if len(elems) > 1:
        return None
    conds = [f"prt:{prt}"] if prt else []
    if not elems:
        return ",".join(conds) if conds else None
    e = elems[0]
    if e.startswith("("):
        words = e[1:-1].split()
        if not words or words[0].lower() not in PREPOSITIONS:
            return None
        prep = words[0].lower()
        rest = " ".join(words[1:]).strip("{} ")
        if not rest:
            return ",".join(conds + [f"@{prep}"])
        head = rest.split()[-1]
        return ",".join(conds + ["@" + prep + ":" + "|".join(sorted(lemma_forms(head, sets)))])
    head = e.strip("{}").split()[-1] if e.strip("{}").split() else ""
    if not head or not re.match(r"^[&A-Za-z][A-Za-z_'-]*$", head):
        return None
    forms = lemma_forms(head, sets)
    forms = {f for f in forms if re.match(r"^[a-z][a-z'-]*$", f)}
    return ",".join(conds + ["obj:" + "|".join(sorted(forms))]) if forms else None


def verbs(path, table):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    sets = synonym_sets(lines)
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    rules = OrderedDict()  # (lemma, condition) -> (type, mode, cameo)
    block_verbs, block_code, block_patterns = [], None, []

    def flush():
        names = {lemma for lemma, _ in block_verbs}
        for lemma, own in block_verbs:
            for cond, code, origin in block_patterns:
                if origin is None or origin == lemma or origin not in names:
                    add(lemma, cond, code)
            code = own or block_code
            if code and lemma not in GENERIC:
                add(lemma, None, code)

    def add(lemma, cond, code):
        mapped = herald_type(code, table)
        if mapped and (lemma, cond) not in rules:
            rules[(lemma, cond)] = (mapped[0], mapped[1], code)

    for line in lines[start + 1:]:
        s = line.split("#")[0].rstrip()
        m = re.match(r"^---\s+\S+\s+\[([^\]]*)\]\s+---", line)
        if m:
            flush()
            block_verbs, block_patterns = [], []
            block_code = code_of(m.group(1))
            continue
        if not s.strip():
            continue
        if s.startswith("-"):
            cm = re.search(r"\[([^\]]*)\]", s)
            if cm:
                code = code_of(cm.group(1))
                cond = pattern_condition(s[1:cm.start()], sets)
                comment = line.split("#", 1)[1].split() if "#" in line else []
                origin = comment[0].lower() if comment and re.match(r"^[A-Z]+$", comment[0]) else None
                if code and cond:
                    block_patterns.append((cond, code, origin))
            continue
        cm = re.search(r"\[([^\]]*)\]", s)
        own = code_of(cm.group(1)) if cm else None
        word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", s).strip().split()
        if not word:
            continue
        w = word[0]
        if w.startswith("+") and "_" in w:
            parts = w[1:].lower().split("_")
            if len(parts) == 2 and parts[1] in PARTICLES:
                if own:
                    add(parts[0], f"prt:{parts[1]}", own)
            elif len(parts) == 2 and parts[1] in PREPOSITIONS:
                if own:
                    add(parts[0], f"@{parts[1]}", own)
            continue
        if re.match(r"^[A-Z][A-Z-]*$", w):
            block_verbs.append((w.lower(), own))
    flush()
    return rules


def code_of(field):
    code = field.split(":")[0].strip()
    return code if re.match(r"^\d{3,4}$", code) else None


def write_verbs(rules, path):
    by_lemma = OrderedDict()
    for (lemma, cond), value in rules.items():
        by_lemma.setdefault(lemma, []).append((cond, value))
    with open(path, "w", encoding="utf-8") as out:
        out.write("# CAMEO verb patterns converted from PETRARCH2's CAMEO.2.0.txt (MIT licence, Open Event Data\n"
                  "# Alliance; see NOTICE) by eval/convert-petrarch.py, with PLOVER types from CAMEO2PLOVER-2021.\n"
                  "# Generated: edit the script, not this file. Format: patterns.txt (EventPatterns).\n")
        for lemma in sorted(by_lemma):
            merged = OrderedDict()
            for cond, (typ, mode, code) in by_lemma[lemma]:
                key = (typ, mode, code, kind(cond))
                merged.setdefault(key, []).append(cond)
            specific = [(k, v) for k, v in merged.items() if k[3] is not None]
            default = [(k, v) for k, v in merged.items() if k[3] is None]
            for (typ, mode, code, _), conds in specific + default:
                cond = join(conds)
                line = f"{lemma} V {typ} {mode} {code}" + (f" if={cond}" if cond else "") + " need=both"
                out.write(line + "\n")


def kind(cond):
    """Conditions of one kind (obj:, @prep:, prt:) with one code merge into one line."""
    if cond is None:
        return None
    if "," in cond:
        return cond
    if cond.startswith("obj:"):
        return "obj"
    if cond.startswith("@") and ":" in cond:
        return cond.split(":")[0] + ":"
    return cond


def join(conds):
    if conds == [None]:
        return None
    if len(set(conds)) == 1:
        return conds[0]
    head = conds[0].split(":")[0]
    words = sorted({w for c in conds for w in c.split(":", 1)[1].split("|")})
    return head + ":" + "|".join(words)


def agents(path, out_path):
    subs, rows = {}, OrderedDict()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            s = line.split("#")[0].strip()
            m = re.match(r"^(!\w+!)\s*=\s*(.*)$", s)
            if m:
                subs[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
                continue
            m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*\[([^\]]*)\]", s)
            if not m:
                continue
            code = m.group(3).strip()
            sector = code.replace("~", "")[:3].upper()
            if not re.match(r"^[A-Z]{3}$", sector):
                continue
            phrases = [m.group(1)]
            for marker, values in subs.items():
                if marker in m.group(1):
                    phrases = [m.group(1).replace(marker, v) for v in values]
            for p in phrases:
                text = p.rstrip("_").replace("_", " ").lower().strip()
                if re.match(r"^[a-z][a-z' -]*[a-z]$", text) and text not in rows:
                    rows[text] = sector
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# Common nouns naming actors, with their CAMEO sector (the first three letters of PETRARCH's\n"
                  "# agent code), converted from PETRARCH2's Phoenix.agents.txt (MIT licence, Open Event Data\n"
                  "# Alliance; see NOTICE) by eval/convert-petrarch.py. Generated: edit the script, not this file.\n")
        for text, sector in sorted(rows.items()):
            out.write(f"{text}\t{sector}\n")
    return len(rows)


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
    events = os.path.join(shared, "data", "events")
    table = plover_table(os.path.join(events, "plover-gsr-cameo", "CAMEO2PLOVER-2021.txt"))
    rules = verbs(os.path.join(events, "petrarch2", "CAMEO.2.0.txt"), table)
    write_verbs(rules, os.path.join(OUT, "cameo-verbs.txt"))
    n = agents(os.path.join(events, "petrarch2", "Phoenix.agents.txt"), os.path.join(OUT, "agents.txt"))
    print(f"cameo-verbs.txt: {len(rules)} verb rules; agents.txt: {n} agent phrases")


if __name__ == "__main__":
    main()
