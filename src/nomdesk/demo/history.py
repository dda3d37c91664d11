"""The award and its decided years 2001–2023: facts only, in the project's own words.

No invented scores, jurors or criteria; 2019 alone has texts and the jury's motivation.
"""

from datetime import date

from sqlmodel import Session

from nomdesk.demo import GALA_PLACE, add_nominee, nominee_data, organisation_ids
from nomdesk.domain import stages
from nomdesk.services import awards, decisions, years
from nomdesk.services.schemas import AwardCreate, TimetableCreate, YearCreate

RENAMED_IN = 2017

AWARD = AwardCreate(
    name="Sveriges DigitaliseringsKommun",
    name_en="Sweden's Digitalisation Municipality of the Year",
    organiser="Kvalitetsmässan",
    description=(
        "Utmärkelsen delas ut vartannat år på Kvalitetsmässan i Göteborg. Den går till den "
        "kommun som bäst har tagit vara på digitaliseringens möjligheter för att utveckla sina "
        "verksamheter, sin demokrati och kommunen som helhet. Fram till 2015 hette priset "
        "Sveriges IT-kommun."
    ),
    description_en=(
        "The award is presented every second year at Kvalitetsmässan in Gothenburg. It goes "
        "to the municipality that has made the best use of digitalisation to develop its "
        "services, its local democracy and the municipality as a whole. Until 2015 it was "
        "called Sveriges IT-kommun (Sweden's IT Municipality)."
    ),
    default_language="sv",
)

COUNTIES = {
    "Kalix kommun": "Norrbottens län", "Nacka kommun": "Stockholms län",
    "Malmö stad": "Skåne län", "Umeå kommun": "Västerbottens län",
    "Falkenbergs kommun": "Hallands län", "Upplands Väsby kommun": "Stockholms län",
    "Karlstads kommun": "Värmlands län", "Helsingborgs stad": "Skåne län",
    "Stockholms stad": "Stockholms län", "Lidingö stad": "Stockholms län",
    "Sundsvalls kommun": "Västernorrlands län", "Värmdö kommun": "Stockholms län",
    "Karlskrona kommun": "Blekinge län", "Södertälje kommun": "Stockholms län",
    "Växjö kommun": "Kronobergs län", "Upplands-Bro kommun": "Stockholms län",
    "Mora kommun": "Dalarnas län", "Orsa kommun": "Dalarnas län",
    "Älvdalens kommun": "Dalarnas län", "Staffanstorps kommun": "Skåne län",
    "Östersunds kommun": "Jämtlands län",
}  # fmt: skip

WINNERS = {
    2001: "Kalix kommun", 2003: "Nacka kommun", 2005: "Malmö stad", 2007: "Umeå kommun",
    2009: "Falkenbergs kommun", 2011: "Upplands Väsby kommun", 2013: "Karlstads kommun",
    2015: "Helsingborgs stad", 2017: "Stockholms stad", 2019: "Lidingö stad",
    2021: "Sundsvalls kommun", 2023: "Värmdö kommun",
}  # fmt: skip

# The other nominees the sources name, with the stage each is known to have reached.
OTHERS = {
    2019: (("Karlskrona kommun", stages.FINALIST), ("Karlstads kommun", stages.FINALIST),
           ("Södertälje kommun", stages.FINALIST), ("Umeå kommun", stages.FINALIST)),
    2021: (("Växjö kommun", stages.FINALIST), ("Upplands-Bro kommun", stages.FINALIST)),
    2023: (("Mora, Orsa och Älvdalens kommuner", stages.SHORTLISTED),
           ("Nacka kommun", stages.FINALIST), ("Staffanstorps kommun", stages.SHORTLISTED),
           ("Östersunds kommun", stages.SHORTLISTED)),
}  # fmt: skip

JOINT = {
    "Mora, Orsa och Älvdalens kommuner": ("Mora, Orsa and Älvdalen municipalities",
                                          ("Mora kommun", "Orsa kommun", "Älvdalens kommun")),
}  # fmt: skip

GALA = ("Gala på Kvalitetsmässan", "Award gala at Kvalitetsmässan")
CEREMONIES = {
    2019: (date(2019, 11, 12), *GALA),
    2021: (None, "Prisutdelning i maj 2022, uppskjuten på grund av pandemin",
           "Award ceremony in May 2022, postponed because of the pandemic"),
    2023: (date(2023, 11, 21), *GALA),
}  # fmt: skip

UNNAMED_FINALIST = (
    "En av juryns nominerade 2023. Källorna anger inte om den gick vidare till finalen.",
    "One of the jury's nominees in 2023. The sources do not say whether it reached the final.",
)
TEXT_FIELDS = ("summary", "proud_of", "effect", "lessons")

# Nomination texts, written from the facts only: (summary, proud_of, effect, lessons),
# each a (Swedish, English) pair.
TEXTS: dict[tuple[int, str], tuple[tuple[str, str], ...]] = {
    (2019, "Lidingö stad"): (
        ("Har digitaliserat bygglovsprocessen och gjort digitaliseringen till en del av hela "
         "organisationens arbetssätt.",
         "Digitalised the building-permit process and made digitalisation part of how the "
         "whole organisation works."),
        ("Att bygglovsprocessen nu är digital.",
         "That the building-permit process is now digital."),
        ("Förbättringar som märks i service och kvalitet, för energi och klimat, och i hur "
         "skattepengarna används.",
         "Improvements that show in service and quality, for energy and the climate, and in "
         "how tax money is used."),
        ("Mod och vilja räcker långt när ledning, kultur och styrning drar åt samma håll.",
         "Courage and will go a long way when leadership, culture and governance pull in the "
         "same direction."),
    ),
    (2019, "Karlskrona kommun"): (
        ("Digitala bygglov, en digital översiktsplan för dialog med invånarna och en digital "
         "tvilling av staden i 3D.",
         "Digital building permits, a digital comprehensive plan for dialogue with residents "
         "and a 3D digital twin of the city."),
        ("Projektet ”Får jag lov” och en stad i 3D där invånarna kan lämna synpunkter.",
         "The project “Får jag lov” and a city in 3D where residents can leave comments."),
        ("Invånarna får ett nytt sätt att se och kommentera stadens planer.",
         "Residents get a new way to see and comment on the city's plans."),
        ("Strukturerade grunddata är en förutsättning och kräver långsiktigt arbete.",
         "Structured base data is a precondition and takes long-term work."),
    ),
    (2019, "Karlstads kommun"): (
        ("Strategin Digitala Karlstad samlar omkring 300 digitala initiativ.",
         "The strategy Digitala Karlstad brings together about 300 digital initiatives."),
        ("Att invånarna med AR och VR kan besöka det planerade resecentrumet flera år innan "
         "det byggs.",
         "That residents can use AR and VR to visit the planned travel centre years before it "
         "is built."),
        ("Stadens utveckling blir lättare att förstå; webbplatsen Karlstad växer har fått pris.",
         "The city's development becomes easier to grasp; the site Karlstad växer has won an "
         "award."),
        ("En samlande strategi gör många initiativ till en helhet.",
         "A common strategy turns many initiatives into a whole."),
    ),
    (2019, "Södertälje kommun"): (
        ("Tog på ett år fram huvudprocesser för öppna data, AI, RPA, digital post, e-tjänster "
         "och sakernas internet.",
         "Within one year set up main processes for open data, AI, RPA, digital mail, "
         "e-services and the internet of things."),
        ("Tempot: huvudprocesserna kom på plats inom ett år.",
         "The pace: the main processes were in place within a year."),
        ("Gemensamma arbetssätt att bygga vidare på inom flera områden.",
         "Shared ways of working to build on in several areas."),
        ("Gemensamma processer först gör nästa steg enklare.",
         "Shared processes first make the next steps easier."),
    ),
    (2019, "Umeå kommun"): (
        ("IT-infrastruktur i världsklass och ett stadsnät för uppkopplade saker.",
         "World-class IT infrastructure and a city network for connected things."),
        ("IT-infrastrukturen.", "The IT infrastructure."),
        ("Nätet för uppkopplade saker ger en grund för nya tjänster i staden.",
         "The network for connected things lays a base for new services in the city."),
        ("Infrastruktur är en långsiktig investering som annat arbete vilar på.",
         "Infrastructure is a long-term investment that other work rests on."),
    ),
    (2023, "Nacka kommun"): (
        ("Framtidsfonderna, automatiserade bygglovsbeslut och en digitaliseringsstrategi i en "
         "kommun som väntas växa med 27 procent fram till 2030.",
         "Framtidsfonderna, automated building-permit decisions and a digitalisation strategy "
         "in a municipality expected to grow by 27 per cent until 2030."),
        ("Att Nacka 2022 var först i Sverige med ett automatiserat beslut i bygglovsprocessen, "
         "fattat på minuter i stället för dagar.",
         "That Nacka in 2022 was first in Sweden with an automated decision in the "
         "building-permit process, made in minutes instead of days."),
        ("Framtidsfonderna ger pengar till utveckling och innovation.",
         "Framtidsfonderna fund development and innovation."),
        ("Arbetet fortsätter med öppna data, digitala tvillingar och sakernas internet.",
         "The work goes on with open data, digital twins and the internet of things."),
    ),
}  # fmt: skip

# Initiatives: (title, title_en, area, description, description_en[, started]).
INITIATIVES: dict[tuple[int, str], tuple[tuple, ...]] = {
    (2019, "Lidingö stad"): (
        ("Digital bygglovsprocess", "Digital building-permit process", "e_services",
         "Hela bygglovsprocessen har gjorts digital.",
         "The whole building-permit process has been made digital."),
    ),
    (2019, "Karlskrona kommun"): (
        ("Får jag lov", "Får jag lov (building permits)", "e_services",
         "Ett projekt som gör bygglovsärenden digitala.",
         "A project that makes building-permit cases digital."),
        ("Digital översiktsplan", "Digital comprehensive plan", "e_services",
         "Översiktsplanen i digital form, för dialog med invånarna.",
         "The comprehensive plan in digital form, for dialogue with residents."),
        ("Staden i 3D", "The city in 3D", "digital_twin",
         "En digital tvilling av staden där invånare kan lämna synpunkter.",
         "A digital twin of the city where residents can leave comments."),
        ("Strukturerade grunddata", "Structured base data", "infrastructure",
         "Långsiktigt arbete med att strukturera kommunens grunddata.",
         "Long-term work to structure the municipality's base data."),
    ),
    (2019, "Karlstads kommun"): (
        ("Digitala Karlstad", "Digitala Karlstad", "strategy",
         "Digitaliseringsstrategi med omkring 300 digitala initiativ.",
         "Digitalisation strategy with about 300 digital initiatives."),
        ("Karlstad växer", "Karlstad växer", "other",
         "AR och VR låter invånare besöka det planerade resecentrumet innan det byggs.",
         "AR and VR let residents visit the planned travel centre before it is built."),
    ),
    (2019, "Södertälje kommun"): (
        ("Huvudprocesser för digitalisering", "Main processes for digitalisation", "strategy",
         "Processer för öppna data, AI, RPA, digital post, e-tjänster och IoT, byggda på ett år.",
         "Processes for open data, AI, RPA, digital mail, e-services and IoT, built in a year."),
    ),
    (2019, "Umeå kommun"): (
        ("IT-infrastruktur", "IT infrastructure", "infrastructure",
         "En IT-infrastruktur i världsklass.", "World-class IT infrastructure."),
        ("Stadsnät för uppkopplade saker", "City network for connected things", "iot",
         "Ett nät för sakernas internet byggs ut i staden.",
         "A network for the internet of things is being built across the city."),
    ),
    (2023, "Nacka kommun"): (
        ("Framtidsfonderna", "Framtidsfonderna (future funds)", "other",
         "125 miljoner kronor ur 2020 års överskott avsatta för utveckling och innovation.",
         "125 million kronor from the 2020 surplus set aside for development and innovation.",
         2020),
        ("Automatiserat bygglovsbeslut", "Automated building-permit decision", "automation",
         "Först i Sverige: beslut i bygglovsprocessen på minuter i stället för dagar.",
         "First in Sweden: decisions in the building-permit process in minutes, not days.",
         2022),
        ("Digitaliseringsstrategi", "Digitalisation strategy", "strategy",
         "En strategi som ger riktning åt kommunens digitalisering.",
         "A strategy that sets the direction of the municipality's digitalisation."),
        ("Nästa steg", "Next steps", "open_data",
         "Öppna data, digitala tvillingar och sakernas internet.",
         "Open data, digital twins and the internet of things."),
    ),
}  # fmt: skip

MOTIVATION_2019 = (
    "Lidingö stad visar att digitalisering kräver mod och vilja lika mycket som teknik. Staden "
    "har gjort sina digitala ambitioner till en del av verksamheterna, kulturen, ledarskapet "
    "och styrningen, och det ger resultat som märks: bättre service och kvalitet, vinster för "
    "energi och klimat och skattepengar som gör mer nytta. En kultur av samarbete och en klok "
    "balans mellan effektivisering och förnyelse gör Lidingö till en förebild.",
    "Lidingö shows that digitalisation takes courage and will as much as technology. The city "
    "has made its digital ambitions part of its operations, culture, leadership and "
    "governance, with results that show: better service and quality, gains for energy and the "
    "climate, and tax money put to better use. A culture of collaboration and a wise balance "
    "between efficiency and innovation make Lidingö an example to others.",
)


def year_titles(year: int) -> tuple[str, str]:
    if year < RENAMED_IN:
        return f"Sveriges IT-kommun {year}", f"Sweden's IT Municipality of the Year {year}"
    return f"Sveriges DigitaliseringsKommun {year}", f"{AWARD.name_en} {year}"


def _nominee(session: Session, cache: dict[str, int], year: int, year_id: int, name, stage):
    name_en, members = JOINT.get(name, (None, (name,)))
    texts = dict(zip(TEXT_FIELDS, TEXTS.get((year, name), ()), strict=False))
    if stage == stages.SHORTLISTED and not texts:
        texts = {"summary": UNNAMED_FINALIST}
    data = nominee_data(name, texts, display_name_en=name_en)
    org_ids = organisation_ids(session, cache, members, COUNTIES)
    items = INITIATIVES.get((year, name), ())
    return add_nominee(session, year_id, data, org_ids, stage, items)


def _ceremony(session: Session, year: int, year_id: int) -> None:
    if year not in CEREMONIES:
        return
    starts_on, label, label_en = CEREMONIES[year]
    data = TimetableCreate(
        kind="ceremony", label=label, label_en=label_en, starts_on=starts_on, place=GALA_PLACE
    )
    years.add_timetable_entry(session=session, year_id=year_id, data=data)


def _decided_year(session: Session, cache: dict[str, int], award_id: int, year: int) -> None:
    title, title_en = year_titles(year)
    data = YearCreate(year=year, title=title, title_en=title_en)
    year_id = years.create_year(session=session, award_id=award_id, data=data).id
    _ceremony(session, year, year_id)
    winner_id = _nominee(session, cache, year, year_id, WINNERS[year], stages.FINALIST)
    for name, stage in OTHERS.get(year, ()):
        _nominee(session, cache, year, year_id, name, stage)
    years.set_phase(session=session, year_id=year_id, phase="publication")
    motivation, motivation_en = MOTIVATION_2019 if year == 2019 else ("", None)
    decisions.record_decision(
        session=session,
        year_id=year_id,
        winner_id=winner_id,
        motivation=motivation,
        motivation_en=motivation_en,
        historical=True,
    )


def build_history(session: Session, cache: dict[str, int]) -> int:
    """Create the award and every decided year; the award's id."""
    award_id = awards.create_award(session=session, data=AWARD).id
    for year in sorted(WINNERS):
        _decided_year(session, cache, award_id, year)
    return award_id
