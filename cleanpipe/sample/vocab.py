"""Slot vocabularies for the article grammar. All names and organisations are invented."""

from __future__ import annotations

FIRST_NAMES = (
    "Aaron", "Abigail", "Adrian", "Aisha", "Alan", "Alicia", "Amara", "Andrew", "Anita", "Arjun",
    "Beatrice", "Benjamin", "Bianca", "Caleb", "Camille", "Carlos", "Catherine", "Chen", "Chloe",
    "Colin", "Daniel", "Daria", "David", "Deborah", "Dmitri", "Elena", "Elliot", "Emeka", "Emma",
    "Farah", "Felix", "Fiona", "Gabriel", "Grace", "Hannah", "Hassan", "Helen", "Hugo", "Ingrid",
    "Isaac", "Ivan", "Jamal", "Janet", "Jonas", "Julia", "Kamal", "Karen", "Kenji", "Laura",
    "Leila", "Liam", "Lucia", "Malcolm", "Maria", "Martin", "Maya", "Miguel", "Nadia", "Nathan",
    "Nikos", "Nora", "Oliver", "Olga", "Omar", "Patricia", "Paul", "Priya", "Rachel", "Rafael",
    "Rosa", "Samuel", "Sandra", "Sean", "Sofia", "Stefan", "Tariq", "Teresa", "Thomas", "Valerie",
    "Victor", "Wei", "Yusuf", "Zara", "Ruth", "Howard", "Irene", "Gordon", "Marta", "Pedro",
)

SURNAMES = (
    "Abbott", "Adeyemi", "Alvarez", "Anand", "Baker", "Barros", "Becker", "Bishop", "Brennan",
    "Calloway", "Castillo", "Chandra", "Clarke", "Costa", "Dalton", "Delgado", "Dimitrov",
    "Donovan", "Duarte", "Ellison", "Eriksen", "Farouk", "Fenwick", "Fischer", "Fontaine",
    "Garber", "Gallagher", "Greaves", "Haddad", "Halvorsen", "Hartley", "Hendricks", "Ibrahim",
    "Iwata", "Jansen", "Jovanovic", "Kapoor", "Keller", "Kowalski", "Lambert", "Larsen",
    "Lindqvist", "Lowell", "Maddox", "Marchetti", "Mbeki", "McAllister", "Mendoza", "Moreau",
    "Nakamura", "Navarro", "Nilsson", "Novak", "Okafor", "Olsen", "Ortega", "Osei", "Pacheco",
    "Park", "Petrov", "Pike", "Quintero", "Ramirez", "Rasmussen", "Reyes", "Rinaldi", "Rourke",
    "Salazar", "Sato", "Schulz", "Serrano", "Sharma", "Sinclair", "Sokolov", "Stavros",
    "Sutherland", "Tanaka", "Thornton", "Torres", "Ueda", "Valdez", "Vance", "Varga", "Wallace",
    "Whitfield", "Wren", "Yilmaz", "Young", "Zamora", "Zielinski", "Holloway", "Quist", "Drummond",
)

PLACES = (
    "Ashbury", "Bellmont", "Brackenridge", "Caldwell", "Carrow Bay", "Cedar Falls", "Clearwater",
    "Dunmore", "Eastleigh", "Elmhurst", "Fairhaven", "Fenwick Point", "Glenrock", "Greystone",
    "Hallowell", "Harrowgate", "Highcliff", "Ironbridge", "Kestrel Hill", "Kingsmead", "Lakeside",
    "Larkfield", "Linden Park", "Marlow Cross", "Meadowbrook", "Millbrook", "Newhaven",
    "Northgate", "Oakridge", "Old Harbour", "Pembury", "Port Ellis", "Redcliffe", "Riverton",
    "Rosedale", "Saltmarsh", "Sandford", "Silverton", "Southwick", "Stonebridge", "Thornbury",
    "Upper Wexley", "Valemount", "Westbrook", "Whitby Vale", "Willowmere", "Wolverdale",
    "Yarrow Creek", "the northern district", "the eastern suburbs", "the river valley",
    "the port city", "the coastal region", "the border province", "the capital",
)

ORGS = (
    "the city council", "the regional health authority", "the transport ministry",
    "the state education board", "the national statistics office", "the chamber of commerce",
    "the teachers' union", "the nurses' association", "the environmental protection agency",
    "the housing trust", "the police department", "the fire service", "the port authority",
    "the water utility", "the central bank", "the finance ministry", "the farmers' cooperative",
    "the university hospital", "the district court", "the electoral commission",
    "Meridian Holdings", "Bluefield Energy", "Northwind Logistics", "Crestline Foods",
    "Halcyon Pharmaceuticals", "Orchard Lane Developments", "Tidewater Shipping",
    "Summit Ridge Mining", "Granite Peak Capital", "Larkspur Telecom",
    "the Coastal Rail Company", "the Riverside Tenants Association",
    "the Institute for Public Policy", "the Civic Budget Watch",
    "the Rural Broadband Alliance", "the Small Business Federation", "the Clean Water Coalition",
    "the Regional Arts Council", "the Veterans Support Network", "the Parents' Forum",
)

ROLES = (
    "a spokesperson for", "the chief executive of", "the chair of", "a senior adviser to",
    "the finance director of", "a board member at", "the head of research at",
    "a lawyer representing", "the deputy director of", "a long-time critic of",
    "the press officer for", "an analyst who follows", "a former official at",
    "the operations manager of", "a researcher working with", "the treasurer of",
    "the general secretary of", "a community organiser who has worked with",
)

GROUPS = (
    "residents", "small business owners", "commuters", "teachers", "nurses", "farmers",
    "pensioners", "students", "tenants", "landlords", "local officials", "shift workers",
    "parents", "shop owners", "volunteers", "taxpayers", "drivers", "hospital staff",
    "fishing crews", "factory workers", "young families", "first-time buyers", "voters",
    "delivery drivers", "council members", "investors", "patients", "cyclists",
)

SECTION_TOPICS: dict[str, tuple[str, ...]] = {
    "politics": (
        "the proposed transit levy", "the new electoral map", "the budget amendment",
        "the lobbying reform bill", "the coalition agreement", "the planned tax rebate",
        "the ethics inquiry", "the early election proposal", "the party leadership contest",
        "the public sector pay offer", "the referendum on local rates", "the border agreement",
    ),
    "business": (
        "the planned merger", "the quarterly earnings report", "the factory expansion",
        "the new pricing policy", "the proposed takeover", "the supply contract",
        "the restructuring plan", "the bond issue", "the warehouse automation project",
        "the export licence dispute", "the wage agreement", "the retail park development",
    ),
    "health": (
        "the hospital waiting list", "the vaccination campaign", "the mental health strategy",
        "the clinic closure plan", "the new screening programme", "the ambulance response target",
        "the drug pricing review", "the staffing shortfall", "the maternity unit plan",
        "the rural health service", "the outbreak response", "the dental care scheme",
    ),
    "environment": (
        "the river clean-up plan", "the wind farm proposal", "the flood defence scheme",
        "the ban on single-use plastics", "the emissions target", "the tree planting programme",
        "the quarry expansion", "the air quality report", "the wetland restoration project",
        "the water rationing order", "the recycling contract", "the coastal erosion study",
    ),
    "world": (
        "the ceasefire deal", "the trade agreement", "the refugee resettlement plan",
        "the sanctions package", "the peacekeeping mission", "the aid convoy",
        "the disputed election result", "the naval exercise", "the debt relief agreement",
        "the prisoner exchange", "the pipeline project", "the summit communique",
    ),
    "local": (
        "the library renovation", "the parking overhaul", "the new school building",
        "the road resurfacing programme", "the market relocation", "the bus timetable overhaul",
        "the park redevelopment", "the housing estate plan", "the festival funding",
        "the bridge repair contract", "the night-time noise rule", "the community centre lease",
    ),
    "science": (
        "the satellite launch", "the gene therapy trial", "the climate model study",
        "the fossil discovery", "the battery research programme", "the telescope upgrade",
        "the antibiotic resistance survey", "the deep-sea expedition", "the crop yield study",
        "the earthquake early-warning system", "the particle physics experiment",
        "the bird migration survey",
    ),
}

ACTIONS = (
    "review the plan before the end of the year", "release further details next week",
    "hold a public consultation in the spring", "delay the final decision", "reopen negotiations",
    "publish an independent assessment", "set aside additional funding", "hire more staff",
    "appeal the ruling", "scale back the original proposal", "present a revised timetable",
    "meet with community representatives", "extend the deadline", "commission a second study",
    "cut administrative costs", "seek legal advice", "put the matter to a vote",
    "expand the programme to neighbouring districts", "freeze spending on new projects",
    "introduce stricter reporting rules", "invite bids from outside contractors",
    "suspend the pilot scheme", "ask the regulator to intervene", "share the data with researchers",
)

EVENTS = (
    "raised concerns about the timeline", "voted against the proposal", "called for an inquiry",
    "welcomed the announcement", "questioned the cost estimates", "criticised the lack of detail",
    "signed an open letter", "staged a protest outside the offices", "asked for more time",
    "filed a formal complaint", "backed the plan with conditions", "warned of further delays",
    "threatened legal action", "demanded a full breakdown of the spending",
    "accused officials of moving too quickly", "praised the work of the staff involved",
    "pointed to similar schemes elsewhere", "rejected the compromise offer",
    "urged the government to act", "collected more than {n} signatures",
)

REASONS = (
    "because of rising costs", "after months of negotiation", "amid a shortage of staff",
    "following a string of complaints", "despite strong opposition",
    "after a review of the figures", "as demand continued to grow",
    "in response to the court ruling", "after a difficult winter",
    "amid uncertainty over funding", "following the departure of two senior managers",
    "after an unexpected surplus", "because of delays in the supply chain",
    "in the wake of last year's floods", "after lengthy talks with unions",
)

ASSESSMENTS = (
    "a step in the right direction", "deeply flawed", "long overdue", "a missed opportunity",
    "a reasonable compromise", "premature", "an expensive gamble", "a welcome change",
    "too little, too late", "a serious mistake", "the best option available",
    "unworkable in its current form", "a genuine turning point", "difficult to justify",
)

QUOTE_CLAUSES = (
    "we cannot keep asking families to wait", "the numbers simply do not add up",
    "this is a decision that will shape the area for a generation",
    "people deserve a straight answer", "we have listened and we have made changes",
    "nobody wants to see another year like the last one", "the evidence points in one direction",
    "there is still a lot of work to do", "we were given almost no notice",
    "it is the right thing to do and we will see it through", "the costs keep going up",
    "we are confident the plan will work", "this has been handled badly from the start",
    "our members are exhausted", "we need clarity and we need it soon",
    "the community has been left out of the conversation", "we expect to have results by summer",
    "nothing about this process has been transparent", "we are ready to sit down and talk",
    "the risks have been badly underestimated", "this is only the first phase",
    "the money has to come from somewhere", "we owe it to the next generation",
)

SAID = ("said", "told reporters", "said in a statement", "argued", "noted", "added", "wrote")

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

PERIODS = (
    "year", "two years", "three years", "five years", "decade", "six months", "18 months",
    "quarter",
)

MEASURES = (
    "applications", "complaints", "jobs", "homes", "visits", "cases", "permits", "vehicles",
    "households", "claims", "inspections", "contracts",
)

CONCERNS = (
    "the loss of green space", "rising rents", "traffic on the main road", "the risk of flooding",
    "job losses", "the impact on small shops", "noise at night", "the cost to taxpayers",
    "a lack of parking", "longer waiting times", "pressure on local schools",
    "the effect on wildlife", "the safety of children walking to school",
    "access for disabled people", "higher bills", "the loss of local control",
    "the state of the roads", "a shortage of trained staff", "the lack of public transport",
    "data privacy", "the future of the high street",
)
