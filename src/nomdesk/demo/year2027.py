"""The open demo year 2027, mid-way through scoring: the places are real, but every text,
juror and score is invented to show the app, and the year's title says so."""

import random
from datetime import date

from sqlmodel import Session

from nomdesk.db.models import Criterion
from nomdesk.demo import GALA_PLACE, add_nominee, nominee_data, organisation_ids
from nomdesk.domain import stages
from nomdesk.services import (
    criteria,
    jurors,
    nominees,
    rounds,
    score_bulk,
    scores,
    site_visits,
    years,
)
from nomdesk.services.schemas import (
    CriterionCreate,
    JurorCreate,
    RoundCreate,
    SiteVisitCreate,
    TimetableCreate,
    YearCreate,
)
from nomdesk.services.scores import ScoreEntry

SEED = 2027
NOISE = 0.07  # spread of one juror's judgement, as a share of the scale
INVENTED_BY = "Påhittad nominering (demodata)"
YEAR = YearCreate(
    year=2027, title="Demoår 2027 – påhittade uppgifter", title_en="Demo year 2027 – invented data",
    default_method="mean", trim_k=1,
)  # fmt: skip

# (kind, label, label_en, starts_on, ends_on, place)
TIMETABLE = (
    ("deadline", "Sista dag för nomineringar", "Nomination deadline", date(2027, 3, 31), None, ""),
    ("shortlist", "Juryn nominerar kommuner", "The jury nominates municipalities",
     date(2027, 5, 12), None, ""),
    ("finalists", "Juryn utser finalisterna", "The jury picks the finalists",
     date(2027, 6, 9), None, ""),
    ("site_visits", "Platsbesök hos finalisterna", "Site visits to the finalists",
     date(2027, 8, 23), date(2027, 10, 1), ""),
    ("jury_meeting", "Jurymöte", "Jury meeting", date(2027, 10, 14), None, ""),
    ("ceremony", "Gala på Kvalitetsmässan", "Award gala at Kvalitetsmässan",
     date(2027, 11, 16), None, GALA_PLACE),
)  # fmt: skip

# (name, name_en, description, description_en, weight, scale_min, scale_max, step)
CRITERIA = (
    ("Verksamhetsutveckling", "Developing operations",
     "Hur väl digitaliseringen har använts för att utveckla kommunens verksamheter.",
     "How well digitalisation has been used to develop the municipality's operations.",
     3, 0, 10, 0.5),
    ("Demokrati och delaktighet", "Democracy and participation",
     "Hur digitala verktyg stärker invånarnas insyn, dialog och delaktighet.",
     "How digital tools strengthen residents' insight, dialogue and participation.",
     2, 0, 10, 0.5),
    ("Kommunen som helhet", "The municipality as a whole",
     "Hur digitaliseringen lyfter kommunen som plats att bo och verka i (skala 1–5).",
     "How digitalisation lifts the municipality as a place to live and work (scale 1–5).",
     2, 1, 5, 1),
    ("Resultat utifrån förutsättningar", "Results given the preconditions",
     "Uppnådda resultat i förhållande till kommunens storlek och förutsättningar.",
     "Results achieved in relation to the municipality's size and preconditions.",
     3, 0, 10, 0.5),
)  # fmt: skip

# (name, affiliation, role, bias as a share of the scale, share of cells scored)
JURORS = (
    ("Astrid Exempelsson", "Kommunförbund (påhittat)", "chair", 0.0, 1.0),
    ("Bengt Provberg", "Universitet (påhittat)", "member", -0.15, 1.0),  # the harsh one
    ("Cecilia Demostedt", "Statlig myndighet (påhittad)", "member", 0.1, 1.0),  # lenient
    ("David Fiktiv", "IT-företag (påhittat)", "member", 0.03, 1.0),
    ("Elin Testlund", "Mässarrangör (påhittad)", "member", -0.03, 1.0),
    ("Fredrik Låtsasson", "Högskola (påhittad)", "member", 0.0, 0.55),  # part-way
    ("Greta Påhittad", "Regionförbund (påhittat)", "member", 0.0, 0.0),  # pending
)
CONFLICT = (3, "Örebro kommun", "Arbetade tidigare på kommunens IT-avdelning (påhittat).")
ASCII = str.maketrans("åäö", "aao")
PARTICIPANTS = "Sekretariatets samordnare, två jurymedlemmar och en expert (påhittade roller)"
TEXT_FIELDS = ("summary", "proud_of", "effect", "lessons")
TIMETABLE_FIELDS = ("kind", "label", "label_en", "starts_on", "ends_on", "place")
CRITERION_FIELDS = ("name", "name_en", "description", "description_en", "weight", "scale_min",
                    "scale_max", "step")  # fmt: skip

# name, county, quality per criterion (share of the scale), texts, initiatives, visit
FINALISTS = (
    ("Skellefteå kommun", "Västerbottens län", (0.8, 0.62, 0.72, 0.78), (
        ("En gemensam ingång för invånarnas ärenden och automatiserade flöden.",
         "One front door for residents' errands, and automated case flows."),
        ("Att invånarna kan följa sina ärenden digitalt.",
         "That residents can follow their cases online."),
        ("Kortare väntetider och färre samtal om var ett ärende står.",
         "Shorter waits and fewer calls asking where a case stands."),
        ("Börja i invånarens behov, inte i förvaltningens organisation.",
         "Start from the resident's need, not from the administration's structure.")), (
        ("Mina ärenden", "My cases", "e_services",
         "Invånarna ser status för alla sina ärenden på ett ställe.",
         "Residents see the status of all their cases in one place.", 2025),
        ("Automatiserade flöden", "Automated flows", "automation",
         "Regelstyrda steg i handläggningen sker automatiskt.",
         "Rule-based steps in case handling run automatically.", 2026)),
     (date(2027, 8, 24), "Tydlig ledning och väl förankrat arbetssätt; tjänsten visades i drift.",
      "Clear leadership and a well-rooted way of working; the service was shown in use.")),
    ("Borås stad", "Västra Götalands län", (0.66, 0.76, 0.6, 0.62), (
        ("Digital medborgardialog och öppna data om stadens planer.",
         "Digital citizen dialogue and open data on the city's plans."),
        ("Att fler unga deltar i dialogen om stadens utveckling.",
         "That more young people take part in the dialogue on the city's development."),
        ("Synpunkterna kommer in tidigare i planeringen.",
         "Comments arrive earlier in the planning."),
        ("Dialog kräver att någon svarar; det måste finnas tid för det.",
         "Dialogue needs someone to answer; time must be set aside for that.")), (
        ("Dialog på karta", "Dialogue on a map", "e_services",
         "Invånare lämnar synpunkter direkt på en karta över planerade områden.",
         "Residents comment directly on a map of planned areas."),
        ("Öppna plandata", "Open planning data", "open_data",
         "Data om detaljplaner publiceras öppet och maskinläsbart.",
         "Data on detailed plans is published openly and machine-readably.")),
     (date(2027, 9, 7), "Starkt på delaktighet; effekterna i verksamheterna är svårare att se.",
      "Strong on participation; the effects on operations are harder to see.")),
    ("Gävle kommun", "Gävleborgs län", (0.6, 0.56, 0.66, 0.72), (
        ("Sensorer och en dataplattform för smartare drift av lokaler och gator.",
         "Sensors and a data platform for smarter upkeep of buildings and streets."),
        ("Att energianvändningen i kommunens lokaler följs löpande.",
         "That energy use in the municipality's buildings is followed continuously."),
        ("Driften planeras efter verkliga behov.", "Upkeep is planned from real needs."),
        ("Sensorer ger nytta först när någon äger datan och agerar på den.",
         "Sensors help only when someone owns the data and acts on it.")), (
        ("Uppkopplade lokaler", "Connected buildings", "iot",
         "Sensorer mäter temperatur och energi i skolor och förskolor.",
         "Sensors measure temperature and energy in schools and preschools."),
        ("Gemensam dataplattform", "Shared data platform", "infrastructure",
         "En plattform samlar data från verksamheternas system.",
         "A platform gathers data from the departments' systems.")),
     (date(2027, 9, 14), "Goda resultat med små resurser; tekniken väl förankrad i driften.",
      "Good results with modest means; the technology is well rooted in daily work.")),
    ("Linköpings kommun", "Östergötlands län", (0.84, 0.6, 0.76, 0.7), (
        ("AI-stöd i handläggningen och en digital tvilling för stadsplaneringen.",
         "AI support in case handling and a digital twin for urban planning."),
        ("Att AI används ansvarsfullt och under tydliga regler.",
         "That AI is used responsibly and under clear rules."),
        ("Handläggarna får mer tid för de svåra ärendena.",
         "Case officers get more time for the difficult cases."),
        ("Etik och juridik behöver vara med från början.",
         "Ethics and law need to be involved from the start.")), (
        ("AI-stöd i handläggningen", "AI support in case handling", "ai",
         "Ett AI-verktyg föreslår underlag som handläggaren granskar.",
         "An AI tool drafts material that the case officer reviews.", 2026),
        ("Digital tvilling", "Digital twin", "digital_twin",
         "En 3D-modell av staden används i planeringen.",
         "A 3D model of the city is used in planning."),
        ("Riktlinjer för AI", "Guidelines for AI", "strategy",
         "Gemensamma regler för när och hur AI får användas.",
         "Shared rules for when and how AI may be used.")),
     (date(2027, 9, 21), "Bred satsning med tydlig strategi; juryn vill se mer av invånarnyttan.",
      "A broad effort with a clear strategy; the jury wants to see more benefit for residents.")),
    ("Örebro kommun", "Örebro län", (0.72, 0.8, 0.7, 0.64), (
        ("Digital delaktighet för äldre och välfärdsteknik i hemtjänsten.",
         "Digital inclusion for older people and welfare technology in home care."),
        ("Att äldre invånare får stöd att komma igång med digitala tjänster.",
         "That older residents get help to start using digital services."),
        ("Fler kan sköta sina ärenden själva.", "More people can handle their errands alone."),
        ("Digital inkludering är ett arbete som aldrig blir klart.",
         "Digital inclusion is work that is never finished.")), (
        ("Digitalt stöd för äldre", "Digital help for older people", "e_services",
         "Träffar på bibliotek där äldre får hjälp med e-tjänster.",
         "Sessions at libraries where older people get help with e-services."),
        ("Välfärdsteknik i hemtjänsten", "Welfare technology in home care", "iot",
         "Digitala tillsyn och larm ger tryggare hemtjänst.",
         "Digital check-ins and alarms make home care safer.")),
     (date(2027, 9, 28), "Invånarnyttan står i centrum; arbetet bärs av många medarbetare.",
      "Benefit to residents comes first; many staff carry the work.")),
    ("Västerås stad", "Västmanlands län", (0.62, 0.52, 0.56, 0.6), (
        ("Mjukvarurobotar för återkommande administration och en ny digitaliseringsplan.",
         "Software robots for repetitive administration, and a new digitalisation plan."),
        ("Att medarbetarna själva föreslår vilka moment som ska automatiseras.",
         "That staff themselves propose which tasks to automate."),
        ("Tid frigörs från manuella moment i ekonomi och personaladministration.",
         "Time is freed from manual steps in finance and HR."),
        ("Automatisering kräver att processen är städad först.",
         "Automation needs a tidy process first.")), (
        ("Robotiserad administration", "Robotic administration", "rpa",
         "Robotar sköter återkommande moment i ekonomi och lön.",
         "Robots handle repetitive steps in finance and payroll."),
        ("Digitaliseringsplan", "Digitalisation plan", "strategy",
         "En plan som pekar ut stadens prioriterade digitala satsningar.",
         "A plan naming the city's priority digital efforts.")),
     (date(2027, 9, 30), "Effektivt och konkret; demokratiperspektivet är ännu tunt.",
      "Efficient and concrete; the democracy side is still thin.")),
)  # fmt: skip

# name, county, stage, summary (sv, en); the withdrawn one is withdrawn from its stage.
OTHERS = (
    ("Luleå kommun", "Norrbottens län", stages.SHORTLISTED,
     ("En digital skola med gemensam lärplattform.", "A digital school on one learning platform.")),
    ("Jönköpings kommun", "Jönköpings län", stages.SHORTLISTED,
     ("E-tjänster för företagare.", "E-services for business owners.")),
    ("Halmstads kommun", "Hallands län", stages.SHORTLISTED,
     ("Öppna data om kollektivtrafiken.", "Open data on public transport.")),
)  # fmt: skip
WITHDRAWN = ("Halmstads kommun", "Kommunen drog tillbaka nomineringen före finalen (påhittat).")

# (juror index, finalist, criterion index) -> comment
SCORE_COMMENTS = {
    (1, "Västerås stad", 1): "Tunt underlag om delaktighet.",
    (2, "Örebro kommun", 1): "Föredömligt arbete med inkludering.",
    (0, "Linköpings kommun", 0): "Tydlig koppling mellan strategi och verksamhet.",
    (4, "Gävle kommun", 3): "Mycket uppnått med små resurser.",
}
NOMINEE_COMMENTS = (
    (0, "Linköpings kommun", "Starkt helhetsintryck."),
    (1, "Borås stad", "Bra dialog, men vad har den lett till?"),
    (2, "Skellefteå kommun", "Platsbesöket övertygade."),
)


def _timetable(session: Session, year_id: int) -> None:
    for entry in TIMETABLE:
        data = TimetableCreate(**dict(zip(TIMETABLE_FIELDS, entry, strict=True)))
        years.add_timetable_entry(session=session, year_id=year_id, data=data)


def _criteria(session: Session, year_id: int) -> list[Criterion]:
    made = []
    for entry in CRITERIA:
        data = CriterionCreate(**dict(zip(CRITERION_FIELDS, entry, strict=True)))
        made.append(criteria.add_criterion(session=session, year_id=year_id, data=data))
    return made


def _jurors(session: Session, year_id: int) -> list[int]:
    ids = []
    for name, affiliation, role, _bias, _share in JURORS:
        email = name.lower().replace(" ", ".").translate(ASCII) + "@example.org"
        data = JurorCreate(name=name, affiliation=affiliation, role=role, email=email)
        ids.append(jurors.add_juror(session=session, year_id=year_id, data=data).id)
    return ids


def _nominee(session, year_id, cache, name, county, stage, texts, items=()) -> int:
    data = nominee_data(name, texts, nominated_by=INVENTED_BY)
    org_ids = organisation_ids(session, cache, (name,), {name: county})
    return add_nominee(session, year_id, data, org_ids, stage, items)


def _nominees(session: Session, year_id: int, cache: dict[str, int]) -> dict[str, int]:
    """Create the finalists (each with a site visit) and the others; finalist name → id."""
    finalists = {}
    for name, county, _quality, texts, items, visit in FINALISTS:
        texts = dict(zip(TEXT_FIELDS, texts, strict=True))
        nominee_id = _nominee(session, year_id, cache, name, county, stages.FINALIST, texts, items)
        visited_on, notes, notes_en = visit
        data = SiteVisitCreate(
            visited_on=visited_on, participants=PARTICIPANTS, notes=notes, notes_en=notes_en
        )
        site_visits.add_site_visit(session=session, nominee_id=nominee_id, data=data)
        finalists[name] = nominee_id
    for name, county, stage, summary in OTHERS:
        nominee_id = _nominee(session, year_id, cache, name, county, stage, {"summary": summary})
        if name == WITHDRAWN[0]:
            nominees.withdraw(session=session, nominee_id=nominee_id, reason=WITHDRAWN[1])
    return finalists


def _value(rng: random.Random, criterion: Criterion, quality: float, bias: float) -> float:
    """A score on the criterion's scale and step near `quality + bias` (shares of the scale)."""
    steps = round((criterion.scale_max - criterion.scale_min) / criterion.step)
    level = round((quality + bias + rng.gauss(0, NOISE)) * steps)
    return criterion.scale_min + min(max(level, 0), steps) * criterion.step


def _juror_entries(rng, index, juror_id, finalists, criteria_, skip) -> list[ScoreEntry]:
    _name, _affiliation, _role, bias, share = JURORS[index]
    entries = [
        ScoreEntry(
            juror_id,
            finalists[name],
            criterion.id,
            _value(rng, criterion, quality[c], bias),
            SCORE_COMMENTS.get((index, name, c), ""),
        )
        for name, _county, quality, *_rest in FINALISTS
        if name != skip
        for c, criterion in enumerate(criteria_)
    ]
    return entries[: round(len(entries) * share)]


def _scores(session, round_id, juror_ids, finalists, criteria_) -> None:
    rng = random.Random(SEED)
    for index, juror_id in enumerate(juror_ids):
        skip = CONFLICT[1] if index == CONFLICT[0] else None
        entries = _juror_entries(rng, index, juror_id, finalists, criteria_, skip)
        if entries:
            score_bulk.write_scores(
                session=session,
                round_id=round_id,
                entries=entries,
                source="demo",
                label="demo scores",
            )
    for index, name, comment in NOMINEE_COMMENTS:
        scores.set_nominee_comment(
            session=session,
            round_id=round_id,
            juror_id=juror_ids[index],
            nominee_id=finalists[name],
            comment=comment,
        )


def build_year(session: Session, award_id: int, cache: dict[str, int]) -> int:
    """Create the open year 2027 in its scoring phase; the year's id."""
    year_id = years.create_year(session=session, award_id=award_id, data=YEAR).id
    _timetable(session, year_id)
    criteria_ = _criteria(session, year_id)
    round_data = RoundCreate(name="Final", name_en="Final", stage=stages.FINALIST)
    round_id = rounds.create_round(session=session, year_id=year_id, data=round_data).id
    juror_ids = _jurors(session, year_id)
    finalists = _nominees(session, year_id, cache)
    juror_index, nominee, reason = CONFLICT
    jurors.declare_conflict(
        session=session,
        juror_id=juror_ids[juror_index],
        nominee_id=finalists[nominee],
        reason=reason,
    )
    _scores(session, round_id, juror_ids, finalists, criteria_)
    years.set_phase(session=session, year_id=year_id, phase="scoring")
    return year_id
