#!/usr/bin/env python3
"""Writes a CaseDesk store shaped like a division's real data, independently of `casedesk demo`.

    python3 Benchmarks/gen_store.py DIR --cases 100000 [--seed 1] [--jobs 2]

Real cases are more uneven than the demo's: most have one to four defendants, some have
dozens; charge lists run long; international requests are chased again and again; notes
are paragraphs. The sizes are drawn from heavy-tailed distributions tuned so that the
average case file is about 3.6 KB (100,000 cases are about 360 MB). Every file is one
`casedesk check` accepts (history in lifecycle order, chases before lastChased, payment due
within six months of the order, ...), written as CaseDesk writes them (two-space indent,
keys in the order of docs/store.md, UTF-8 unescaped), so both programs read the same bytes.

The same seed gives the same store: case N is generated from (seed, N) alone.
"""
import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import sys

UNITS = [("ocd-north", "Organised Crime Division North", "organisedCrimeDivision"),
         ("ocd-south", "Organised Crime Division South", "organisedCrimeDivision"),
         ("ccu-london", "Complex Casework Unit London", "complexCaseworkUnit"),
         ("ccu-mids", "Complex Casework Unit Midlands", "complexCaseworkUnit"),
         ("intl", "International Justice and Organised Crime", "internationalDivision"),
         ("sfo-liaison", "Specialist Fraud Division", "specialistFraud")]
FIRST = ["James", "Mohammed", "Olivia", "Amelia", "Jack", "Noah", "Sophie", "Aleksander", "Zoë", "Siobhán",
         "Oluwaseun", "Priya", "Tomás", "Björn", "Agnieszka", "Dritan", "Ana", "Liam", "Fatima", "Chen",
         "Mateusz", "Ioana", "Kemal", "Juan", "Ngozi", "Andrés", "Élodie", "Grzegorz", "Hana", "Declan"]
LAST = ["Smith", "Khan", "Kowalski", "O'Brien", "Hoxha", "Popescu", "García", "Nguyen", "Okafor", "Patel",
        "Müller", "Jönsson", "Rossi", "Van der Berg", "Dubois", "Yılmaz", "Silva", "Murphy", "Wiśniewski",
        "Kaczmarek", "Brown", "Ahmed", "Ivanova", "Fernández", "Łukasz", "Ó Súilleabháin", "Baker", "Chowdhury"]
STAFF_FIRST = ["Sarah", "David", "Helen", "Marcus", "Rachel", "Imran", "Claire", "Owen", "Nadia", "Peter",
               "Joanna", "Kwame", "Lucy", "Gareth", "Farah", "Simon", "Emma", "Rory", "Anita", "Tom"]
STAFF_LAST = ["Osei", "Hughes", "Clarke", "Bell", "Shah", "Evans", "Wright", "Lloyd", "Begum", "Foster",
              "Reid", "Mensah", "Ward", "Price", "Iqbal", "Hall", "Cole", "Walsh", "Dutta", "Barnes"]
OFFENCES = [("Conspiracy to supply a controlled drug of Class A", "Criminal Law Act 1977 s.1"),
            ("Being concerned in the supply of a controlled drug of Class A", "Misuse of Drugs Act 1971 s.4(3)(b)"),
            ("Fraudulent evasion of a prohibition on importation", "Customs and Excise Management Act 1979 s.170(2)"),
            ("Possession of a prohibited firearm", "Firearms Act 1968 s.5(1)(aba)"),
            ("Transferring criminal property", "Proceeds of Crime Act 2002 s.327"),
            ("Entering into a money laundering arrangement", "Proceeds of Crime Act 2002 s.328"),
            ("Facilitating a breach of immigration law", "Immigration Act 1971 s.25"),
            ("Arranging or facilitating travel of another person with a view to exploitation", "Modern Slavery Act 2015 s.2"),
            ("Holding another person in slavery or servitude", "Modern Slavery Act 2015 s.1"),
            ("Fraud by false representation", "Fraud Act 2006 s.2"),
            ("Conspiracy to defraud", "Common law"),
            ("Unauthorised access to computer material", "Computer Misuse Act 1990 s.1"),
            ("Causing a child to engage in sexual activity", "Sexual Offences Act 2003 s.10"),
            ("Conspiracy to commit burglary", "Criminal Law Act 1977 s.1"),
            ("Participating in the activities of an organised crime group", "Serious Crime Act 2015 s.45"),
            ("Possession of an identity document with improper intention", "Identity Documents Act 2010 s.4")]
CRIMES = ["drugTrafficking", "firearmsTrafficking", "organisedImmigrationCrime", "humanTrafficking",
          "childSexualExploitation", "cyberCrime", "moneyLaundering", "organisedAcquisitiveCrime", "fraud", "other"]
COUNTRIES = ["ES", "NL", "FR", "DE", "IT", "PL", "RO", "AL", "IE", "BE", "PT", "TR", "CO", "BR", "US", "CN",
             "NG", "VN", "AE", "LT", "CZ", "GR", "MA", "PK", "IN", "JM", "CH", "SE", "HU", "BG"]
COURTS = ["Southwark Crown Court", "Central Criminal Court", "Manchester Crown Court (Minshull Street)",
          "Birmingham Crown Court", "Liverpool Crown Court", "Westminster Magistrates' Court",
          "Leeds Crown Court", "Bristol Crown Court", "Snaresbrook Crown Court", "Woolwich Crown Court"]
HEARINGS = ["firstAppearance", "plea", "pretrial", "trial", "sentence", "confiscation", "extradition", "other"]
AUTHORITIES = ["Fiscalía Especial Antidroga", "Openbaar Ministerie", "Parquet national financier",
               "Generalstaatsanwaltschaft Frankfurt am Main", "Procura della Repubblica di Milano",
               "Prokuratura Krajowa", "DIICOT", "Prokuroria e Posaçme", "US Department of Justice OIA"]
ASSIST = ["bank records", "telephone subscriber data", "witness statement", "search and seizure",
          "restraint of assets", "service of documents", "video-link evidence", "company records",
          "cell-site analysis", "arrest and surrender"]
WORDS = ("the defendant was seen at the premises on several occasions and cell-site data places his phone "
         "nearby; counsel advises that the evidence of the undercover officer is admissible subject to "
         "disclosure of the authorisation; the financial investigator reports further accounts in the name "
         "of a nominee; the court listed the matter for mention and directed service of the expert report; "
         "the liaison magistrate confirms that the request has been allocated to an investigating judge; "
         "defence served a notice of alibi late and the judge refused an adjournment; translation of the "
         "intercept product is expected within six weeks; the victim's ABE interview was re-edited after "
         "the ground rules hearing; chased the central authority by email and telephone").split()
OUTCOMES = ["guiltyPlea"] * 50 + ["convictedAfterTrial"] * 20 + ["acquittedAfterTrial"] * 9 + \
           ["directedAcquittal"] * 3 + ["dropped"] * 12 + ["administrativelyFinalised"] * 6
ORDERS = ["seriousCrimePreventionOrder", "travelRestrictionOrder", "financialReportingOrder",
          "sexualOffencesPreventionOrder", "directorDisqualification", "slaveryAndTraffickingPreventionOrder", "other"]
CONF_STAGES = ["none", "restraint", "investigation", "proceedings", "orderMade", "receivership", "enforcement", "satisfied"]
MAIN_LINE = ["draft", "sent", "acknowledged", "inExecution", "partiallyExecuted", "executed"]
FIRST_DAY = dt.date(2011, 4, 1)
LAST_DAY = dt.date(2026, 11, 20)


def staff():
    people, k = [], 0
    for f in STAFF_FIRST:
        for l in STAFF_LAST[:4]:
            role = ["prosecutor", "caseworker", "paralegal", "liaisonProsecutor"][k % 4]
            people.append({"id": (f[0] + l).lower() + (str(k) if k >= 20 else ""), "name": f"{f} {l}", "role": role})
            k += 1
    return people


PEOPLE = staff()
LAWYERS = [p["id"] for p in PEOPLE if p["role"] in ("prosecutor", "liaisonProsecutor")]
WORKERS = [p["id"] for p in PEOPLE if p["role"] in ("caseworker", "paralegal")]


def heavy(r, mean, cap):
    """A count with a long tail: mostly small, now and then many (a 1-in-30 case has ~6x the mean)."""
    if r.random() < 1 / 30:
        return min(cap, max(1, int(r.expovariate(1 / (mean * 6)))))
    return min(cap, max(1, int(r.expovariate(1 / mean)) + 1))


def day(d):
    return d.isoformat()


def later(r, d, lo, hi):
    return min(LAST_DAY, d + dt.timedelta(days=r.randint(lo, hi)))


def text(r, lo, hi):
    n = r.randint(lo, hi)
    words = [r.choice(WORDS) for _ in range(n)]
    s = " ".join(words)
    # Real notes carry quotes, line breaks and the odd tab: the writer escapes them.
    if r.random() < 0.3:
        s = s.replace("; ", ";\n", 2)
    if r.random() < 0.2:
        s += ' He said "not me".'
    return s[0].upper() + s[1:] + "."


def history_for(r, sent, final):
    """A lifecycle history ending in `final`, dates oldest first, plus the last date."""
    if final == "draft":
        return [{"status": "draft", "date": day(sent)}], sent
    steps = ["draft", "sent"]
    if final in ("refused", "withdrawn"):
        stop = r.randint(1, 4)
        steps = MAIN_LINE[:stop + 1] + [final]
    else:
        end = MAIN_LINE.index(final)
        steps = ["draft"] + [s for s in MAIN_LINE[1:end + 1] if s == final or r.random() < 0.7 or s == "sent"]
    out, d = [], sent - dt.timedelta(days=r.randint(1, 20))
    for s in steps:
        out.append({"status": s, "date": day(d)})
        d = later(r, d, 3, 120)
    return out, dt.date.fromisoformat(out[-1]["date"])


def request(r, n, opened, defendant_ids):
    kind = r.choice(["mla"] * 6 + ["extradition", "europeanArrestWarrant", "europeanInvestigationOrder",
                                    "jointInvestigationTeam", "tcaArrestWarrant", "other"])
    sent = later(r, opened, 20, 900)
    if kind in ("europeanArrestWarrant", "europeanInvestigationOrder") and sent > dt.date(2020, 12, 31):
        kind = "tcaArrestWarrant" if kind == "europeanArrestWarrant" else "mla"
    final = r.choice(["sent", "acknowledged", "inExecution", "partiallyExecuted", "executed", "executed",
                      "executed", "refused", "withdrawn", "draft"])
    history, last = history_for(r, sent, final)
    q = {"id": f"R{n + 1}", "kind": kind, "direction": r.choice(["outgoing"] * 4 + ["incoming"]),
         "country": r.choice(COUNTRIES)}
    if r.random() < 0.8:
        q["authority"] = r.choice(AUTHORITIES)
    q["legalBasis"] = r.choice(["coe1959", "eu2014/41", "tca2020", "bilateral", "unCTOC", "comity"])
    q["assistance"] = r.sample(ASSIST, r.randint(1, 5))
    q["urgent"] = r.random() < 0.15
    q["status"] = final
    q["history"] = history
    if final != "draft":
        q["sent"] = day(sent)
        q["due"] = day(later(r, sent, 60, 240))
        nch = heavy(r, 2.5, 40) if r.random() < 0.7 else 0
        if nch:
            dates = sorted(later(r, sent, 10, 700) for _ in range(nch))
            q["lastChased"] = day(dates[-1])
            q["chases"] = [{"date": day(d), "by": r.choice(WORKERS), "note": text(r, 3, 12)} for d in dates]
    q["liaison"] = r.choice(LAWYERS)
    if defendant_ids and r.random() < 0.6:
        q["defendant"] = r.choice(defendant_ids)
    if r.random() < 0.5:
        q["note"] = text(r, 6, 25)
    return q


def defendant(r, n, opened, finalised):
    first, last = r.choice(FIRST), r.choice(LAST)
    d = {"id": f"D{n + 1}", "name": f"{first} {last}".upper() if r.random() < 0.05 else f"{first} {last}"}
    d["dateOfBirth"] = day(dt.date(r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)))
    if r.random() < 0.9:
        d["nationality"] = r.choice(COUNTRIES + ["GB"] * 10)
    d["custody"] = r.choice(["inCustody", "onBail", "onBail", "atLarge", "abroad"])
    charges = []
    for _ in range(heavy(r, 1.4, 60)):
        off, leg = r.choice(OFFENCES)
        c = {"offence": off, "legislation": leg}
        if r.random() < 0.4:
            c["count"] = r.randint(1, 12)
        charges.append(c)
    d["charges"] = charges
    outcome_date = None
    if finalised or r.random() < 0.35:
        outcome_date = later(r, opened, 150, 1500)
        if finalised and outcome_date > finalised:
            outcome_date = finalised
        cat = r.choice(OUTCOMES)
        d["outcome"] = {"category": cat, "date": day(outcome_date)}
        if cat in ("guiltyPlea", "convictedAfterTrial"):
            d["sentence"] = {"custodialMonths": r.randint(6, 240), "suspended": r.random() < 0.1,
                             "description": text(r, 5, 15)}
            if r.random() < 0.25:
                d["ancillaryOrders"] = [{"type": r.choice(ORDERS), "made": day(outcome_date),
                                         "expires": day(later(r, outcome_date, 365, 3650))}
                                        for _ in range(r.randint(1, 3))]
    d.setdefault("ancillaryOrders", [])
    if r.random() < 0.2:
        stage = r.choice(CONF_STAGES)
        c = {"stage": stage, "restraintDate": day(later(r, opened, 10, 200))}
        c["benefitPence"] = r.randint(10_000, 5_000_000_000)
        c["availablePence"] = r.randint(0, c["benefitPence"])
        if stage in ("orderMade", "receivership", "enforcement", "satisfied"):
            od = later(r, opened, 400, 2000)
            c["orderPence"] = c["availablePence"]
            c["orderDate"] = day(od)
            c["recoveredPence"] = r.randint(0, c["orderPence"])
            c["paymentDue"] = day(od + dt.timedelta(days=r.choice([0, 30, 90])))
        d["confiscation"] = c
    if r.random() < 0.5:
        d["remand"] = r.choice(["custody", "conditionalBail", "unconditionalBail", "notRemanded"])
    if d.get("remand") == "custody" and r.random() < 0.7:
        frm = later(r, opened, 0, 60)
        ctl = {"charge": charges[0]["offence"], "from": day(frm), "limit": "crownCourt182",
               "expires": day(frm + dt.timedelta(days=182)), "extensions": []}
        if r.random() < 0.3:
            ap = frm + dt.timedelta(days=150)
            ctl["extensions"] = [{"applied": day(ap), "heard": day(ap + dt.timedelta(days=7)), "granted": True,
                                  "newExpiry": day(frm + dt.timedelta(days=260)), "note": text(r, 5, 12)}]
        if outcome_date:
            ctl["ended"] = {"date": day(max(outcome_date, frm)), "reason": "convicted"}
        d["custodyTimeLimits"] = [ctl]
    return d


def case(seed, n):
    r = random.Random(seed * 1_000_003 + n)
    opened = FIRST_DAY + dt.timedelta(days=r.randint(0, (LAST_DAY - FIRST_DAY).days - 30))
    year = opened.year
    unit = r.choice(UNITS)[0]
    finalised = None
    if r.random() < 0.55 and opened < dt.date(2025, 6, 1):
        finalised = later(r, opened, 400, 2400)
    c = {"id": f"CD-{year}-{n + 1:06d}"}
    if r.random() < 0.85:
        c["urn"] = f"{r.randint(1, 99):02d}{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{r.randint(1000000, 9999999)}"
    if r.random() < 0.6:
        c["title"] = "Operation " + r.choice(["Kestrel", "Bramble", "Ocelot", "Tern", "Halyard", "Quarry", "Juniper",
                                              "Marlin", "Cobalt", "Larch", "Fennec", "Orrery"]) + f" {n % 997}"
    else:
        c["title"] = f"R v {r.choice(LAST)} and others"
    c["summary"] = text(r, 12, 50)
    c["unit"] = unit
    c["lawyer"] = r.choice(LAWYERS)
    if r.random() < 0.8:
        c["caseworker"] = r.choice(WORKERS)
    c["crimeTypes"] = r.sample(CRIMES, r.choice([1, 1, 1, 2, 2, 3]))
    ndef = heavy(r, 0.9, 80)
    defendants = [defendant(r, k, opened, finalised) for k in range(ndef)]
    if finalised:
        status = "finalised"
    else:
        status = r.choice(["preCharge", "charged", "awaitingTrial", "awaitingTrial", "atTrial",
                           "awaitingSentence", "postConviction"])
    c["status"] = status
    c["sensitivity"] = r.choice(["official", "official", "officialSensitive"])
    c["opened"] = day(opened)
    if finalised:
        c["finalised"] = day(finalised)
    c["defendants"] = defendants
    hearings = []
    for _ in range(heavy(r, 2, 60)):
        h = {"date": day(later(r, opened, 10, 2200)), "court": r.choice(COURTS), "type": r.choice(HEARINGS)}
        if r.random() < 0.4:
            h["note"] = text(r, 5, 20)
        hearings.append(h)
    c["hearings"] = hearings
    ids = [d["id"] for d in defendants]
    nreq = heavy(r, 1.3, 30) if r.random() < 0.3 else 0
    c["requests"] = [request(r, k, opened, ids) for k in range(nreq)]
    notes = []
    for _ in range(heavy(r, 1.6, 80)):
        at = dt.datetime.combine(later(r, opened, 0, 2400), dt.time(r.randint(8, 18), r.randint(0, 59), r.randint(0, 59)))
        notes.append({"at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "author": r.choice(LAWYERS + WORKERS),
                      "text": text(r, 6, 40)})
    c["notes"] = notes
    if r.random() < 0.2:
        tasks = []
        for k in range(r.randint(1, 6)):
            created = later(r, opened, 0, 900)
            t = {"id": f"T{k + 1}", "title": text(r, 3, 9), "due": day(later(r, created, 7, 90)),
                 "assignee": r.choice(LAWYERS + WORKERS), "created": day(created)}
            if r.random() < 0.5:
                t["done"] = {"date": day(later(r, created, 1, 60)), "by": r.choice(LAWYERS + WORKERS)}
            tasks.append(t)
        c["tasks"] = tasks
    c["revision"] = r.randint(1, 60)
    c["updated"] = dt.datetime.combine(later(r, opened, 0, 2400), dt.time(r.randint(8, 18), 0, 0)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return c


def write_range(args):
    directory, seed, lo, hi = args
    out = os.path.join(directory, "cases")
    total = 0
    for n in range(lo, hi):
        c = case(seed, n)
        data = (json.dumps(c, indent=2, ensure_ascii=False) + "\n").encode()
        path = os.path.join(out, c["id"] + ".json")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, data)
        os.close(fd)
        total += len(data)
    return total


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("directory")
    p.add_argument("--cases", type=int, default=10000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = p.parse_args()
    if os.path.exists(a.directory) and os.listdir(a.directory):
        sys.exit(f"gen_store.py: {a.directory} is not empty; choose a new or empty directory")
    os.makedirs(os.path.join(a.directory, "cases"), mode=0o700, exist_ok=True)
    os.chmod(a.directory, 0o700)
    meta = {"format": "casedesk-store", "schemaVersion": 2, "name": f"Generated division ({a.cases} cases)",
            "units": [{"id": u, "name": n, "kind": k} for u, n, k in UNITS], "people": PEOPLE,
            "chaseIntervalDays": 28}
    with open(os.path.join(a.directory, "store.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    open(os.path.join(a.directory, "audit.jsonl"), "w").close()
    step = 2000
    ranges = [(a.directory, a.seed, lo, min(a.cases, lo + step)) for lo in range(0, a.cases, step)]
    with multiprocessing.Pool(a.jobs) as pool:
        total = sum(pool.imap_unordered(write_range, ranges))
    print(f"{a.directory}: {a.cases} cases, {total / 1e6:.1f} MB, {total / max(1, a.cases) / 1e3:.2f} KB a case",
          file=sys.stderr)


if __name__ == "__main__":
    main()
