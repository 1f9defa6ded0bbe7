"""Per-document diff of the reader's parse against gold (everything the scorer counts, plus
time hints, ids, leading-group office/name and segment headings, which it does not).
usage: python3 tools/diff_corpus.py [DOCS_DIR]   (default: ../docs; it runs this checkout's src)"""
import json, os, subprocess, sys, unicodedata, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")
GOLD = os.path.join(HERE, "..", "gold")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def n(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", str(s))
    return re.sub(r"\s+", "", s).strip("。，,.;；:：")


files = sorted(f for f in os.listdir(DOCS) if os.path.exists(os.path.join(GOLD, os.path.splitext(f)[0] + ".json")))
# this checkout's src, whichever Python runs the tool (a worktree has no .venv of its own)
env = dict(os.environ, PYTHONPATH=os.path.join(REPO, "src"))
out = subprocess.run([sys.executable, "-m", "kexie.cli", "parse", "--json"] + [os.path.join(DOCS, f) for f in files],
                     capture_output=True, text=True, env=env).stdout
pred = {os.path.basename(json.loads(l)["source"]): json.loads(l) for l in out.splitlines() if l.startswith("{")}
for f in files:
    g = json.load(open(os.path.join(GOLD, os.path.splitext(f)[0] + ".json"), encoding="utf-8"))
    p = pred.get(f, {})
    lines = []
    for k in ["doc_type", "issuer", "doc_number", "title", "signer", "date", "enclosed_title"]:
        if n(g.get(k)) != n(p.get(k)):
            lines.append(f"  {k}: gold {g.get(k)!r} got {p.get(k)!r}")
    for k in ["recipients", "cc", "references"]:
        if [n(x) for x in g.get(k) or []] != [n(x) for x in p.get(k) or []]:
            lines.append(f"  {k}: gold {g.get(k)} got {p.get(k)}")
    gc, pc = g.get("contact") or {}, p.get("contact") or {}
    for k in ("name", "phone", "email"):
        if n(gc.get(k)) != n(pc.get(k)):
            lines.append(f"  contact.{k}: gold {gc.get(k)!r} got {pc.get(k)!r}")
    gi, pi = g.get("outline") or [], p.get("outline") or []
    used = set()
    for x in gi:
        m = None
        for j, y in enumerate(pi):
            if j not in used and x["level"] == y.get("level") and n(x["marker"]) == n(y.get("marker")) and n(x["heading"])[:10] == (n(y.get("heading")) or "")[:10]:
                m = j; break
        if m is None:
            lines.append(f"  outline MISSING {x['id']} {x['marker']} L{x['level']} {x['heading']!r}")
            continue
        used.add(m); y = pi[m]
        if n(x["heading"]) != n(y.get("heading")):
            lines.append(f"  heading {x['id']}: gold {x['heading']!r} got {y.get('heading')!r}")
        if x["id"] != y.get("id"):
            lines.append(f"  id {x['marker']}{x['heading'][:10]}: gold {x['id']} got {y.get('id')}")
        if x.get("deadline") != y.get("deadline"):
            lines.append(f"  deadline {x['id']} {x['heading'][:12]}: gold {x.get('deadline')} got {y.get('deadline')}")
        if n(x.get("time_hint")) != n(y.get("time_hint")):
            lines.append(f"  time_hint {x['id']} {x['heading'][:12]}: gold {x.get('time_hint')!r} got {y.get('time_hint')!r}")
        gr, pr = x.get("responsibility") or {}, y.get("responsibility") or {}
        for role in ["lead_leaders", "responsible_leaders", "departments", "lead_units", "partner_units"]:
            if [n(a) for a in gr.get(role) or []] != [n(a) for a in pr.get(role) or []]:
                lines.append(f"  resp {x['id']} {x['heading'][:12]} {role}: gold {gr.get(role) or []} got {pr.get(role) or []}")
    for j, y in enumerate(pi):
        if j not in used:
            lines.append(f"  outline EXTRA {y.get('id')} {y.get('marker')} L{y.get('level')} {y.get('heading')!r} dl={y.get('deadline')} resp={y.get('responsibility')}")
    gl, pl = g.get("leading_group") or {}, p.get("leading_group") or {}
    if gl or pl:
        for k in ("name", "office"):
            if n(gl.get(k)) != n(pl.get(k)):
                lines.append(f"  group.{k}: gold {gl.get(k)!r} got {pl.get(k)!r}")
        for role in ("heads", "deputies", "members"):
            a = [(n(m.get("name")), n(m.get("title"))) for m in gl.get(role) or []]
            b = [(n(m.get("name")), n(m.get("title"))) for m in pl.get(role) or []]
            if a != b:
                lines.append(f"  group.{role}: gold {a} got {b}")
    gs = [(s.get("unit"), s.get("heading")) for s in g.get("segments") or []]
    ps = [(s.get("unit"), s.get("heading")) for s in p.get("segments") or []]
    if gs != ps:
        lines.append(f"  segments: gold {gs}\n            got  {ps}")
    print(f"== {f}: {'OK' if not lines else str(len(lines)) + ' differences'}")
    print("\n".join(lines))
