"""Sentence and headline templates for the article grammar.

`{slot}` is filled by `articles._Slots`; `[a|b|c]` picks one alternative at random, so one
template yields many phrasings and two sentences from the same template share few word pairs.
"""

from __future__ import annotations

SENTENCES = (
    "{P} {said} that {org} would {action} {reason}.",
    "The [decision|move|plan] to {action} came {reason}, [according to|said] {pname}.",
    "{group_cap} in {place} {event} on {day}[| morning| evening| afternoon].",
    "According to [figures|data|records] [published|released|compiled] by {orgx}, the number "
    "of {measure} [rose|climbed|fell|dropped] by {pct} percent [over the past|in the last] "
    "{period}.",
    "[Officials|Planners|Council staff|Budget analysts] [estimate|believe|expect] that {topic} "
    "will cost [about|roughly|close to|more than] {money} over the next {period}.",
    '"{quote_cap}," {pname} {said}[|, adding that {org} would {action2}].',
    '"{quote_cap}. {quote2_cap}," {pname} {said}.',
    "{P} called {topic} {assess} and [said|argued|insisted] {org} should {action}.",
    "Critics [say|argue|complain] {topic} was [rushed through|pushed ahead|approved] {reason}.",
    "Supporters of {topic} [point out|note|say] that [similar|comparable] [measures|schemes|"
    "rules] in {placex} [led to|produced|brought] {n} new {measure}.",
    "On {day}, {org} [said|confirmed|announced] it would {action}[| {reason}].",
    "The [plan|proposal|scheme] has [divided|split|angered some] {group}, [some|many|a number] "
    "of whom {event}.",
    "More than {n} {group} {event} after the [proposal|plan|idea] was first [made public|"
    "announced|floated] in {month}.",
    "In {month}, {org2} {event}, saying it had [not been consulted|been kept in the dark|"
    "learned of the plan from the press].",
    "It is not the first time {place} has [faced questions|come under scrutiny|been criticised] "
    "over {topicx}.",
    "A [report|survey|study] [released|published] in {month} found that {pct} percent of {group} "
    "in {place} were [unhappy with|worried about|satisfied with] the [current arrangements|"
    "way the matter was handled|pace of change].",
    "[The figure is|That is] [up|down] from {pct2} percent in {yearp}[|, when {orgx} {event}].",
    "Under the [current|revised|draft] proposal, {group} would pay an extra {money_small} a "
    "[month|year|quarter][| from {month}].",
    "{P} said the first phase would [begin|start|get under way] in {month} and take [around|"
    "about|at least] {small} months.",
    "Asked whether {org} would {action}, {pname} said [no decision had yet been made|the "
    "question was premature|all options remained open].",
    "[Turnout|Attendance] at the [meeting|hearing|public session] in {place} was [higher|lower] "
    "than expected, with [around|about|nearly] {n} people [attending|in the room].",
    "Several {group} who spoke to [this newspaper|reporters|us] said they had not been told "
    "about {topic} until {month}.",
    "{org_cap} has {small} weeks to respond to the [findings|complaints|report][| from {orgx}].",
    "Analysts at {orgx} [expect|forecast|warn] the total cost [to reach|could reach|will "
    "exceed] {money} by {yearn}.",
    "The proposal would affect [an estimated|roughly|some] {n} {group} across {place} and "
    "{placex}.",
    "[Earlier this year|Last month|In {month}|Two weeks ago], {orgx} {event}.",
    "{P} has [repeatedly|long|publicly] argued that {org} should {action}.",
    "Those [opposed to|critical of|campaigning against] {topic} say it [places an unfair "
    "burden on|does little for|ignores the needs of] {group}.",
    "The last comparable [scheme|programme|attempt], [launched|tried] in {yearp}, was "
    "[abandoned|scrapped|quietly dropped] after {small} years.",
    "The [review|audit|inquiry] covered {n} {measure} [filed|recorded|submitted] between "
    "{month} and {month2}.",
    "It [remains|is still] unclear whether {org} will {action} before the [deadline|end of "
    "{month}|next election].",
    "{group_cap} in {placex} are [watching the outcome closely|following the debate|hoping for "
    "a similar deal].",
    "The cost of {topic} has [risen sharply|more than doubled|crept up] since it was first "
    "announced, [reaching|to] {money}.",
    "Meanwhile, {org2} said it would {action} {reason}.",
    'A [spokesperson|spokesman|spokeswoman] for {org} said: "{quote_cap}."',
    "{P} {said} the changes would save [roughly|about|up to] {money_small} [a year|per "
    "household|for each of the {n} {group}].",
    "The number of {measure} handled by {org} has [fallen|risen|grown] by {pct} percent since "
    "{yearp}.",
    "{group_cap} [will be able to|can] comment on {topic} until the end of {month}[| online or "
    "at the town hall].",
    "The scheme is [modelled on|based on|similar to] one introduced in {placex} in {yearp}.",
    "[Opposition members|Two councillors|Several board members] said they would {action2} if "
    "the proposal went ahead [unchanged|in its current form].",
    "In a [letter|memo|briefing note] seen by [this newspaper|reporters], {pname} warned that "
    "{org} could be forced to {action}.",
    "{P} {event} last {day}, a move that [surprised|frustrated|reassured] many {group}.",
    "By {month}, {org} had received {n} {measure}, [roughly|about|nearly] {pct} percent [more|"
    "fewer] than expected.",
    "{org2_cap} [declined to say|would not say|did not disclose] how many {group} would be "
    "affected by {topic}.",
    "The [issue|matter|question] is expected to come up again when {org} meets in {month2}.",
    "[For|Among] {group} in {place}, the [main|biggest|most pressing] concern is {concern}.",
    "{P} [has lived|has worked] in {place} for {small} years and [says|insists] {topic} "
    "is {assess}.",
    "The [vote|ballot|final decision] was [postponed|pushed back|delayed] to {month} {reason}.",
    "[A|One] {small}-page [assessment|consultation document|impact study] [lists|sets out|"
    "identifies] {concern} as the [main risk|key issue|first priority].",
    "[Documents|Minutes|Emails] [obtained|released|seen] by {orgx} show that {org} knew about "
    "{concern} as early as {yearp}.",
    "{pname_cap}'s [office|team|department] has [not yet|still not] published the full "
    "[figures|costings|legal advice].",
    "In {place}, [shop windows|community noticeboards|local forums] have been [filled|busy] "
    "with [posters|messages|notices] about {topic} for weeks.",
    "[The|This] [row|dispute|debate] over {topic} [has dragged on|has rumbled on] since {month} "
    "{yearp}.",
)

TITLES = (
    "{org_cap} [delays|postpones|defers] decision on {tp} in {place}",
    "{group_cap} in {place} [push back against|rally against|question] {tp}",
    "{place_cap} [split|divided] over {tp} as {org} weighs [options|next steps]",
    "[Questions mount|Concern grows] over [cost|timing|scale] of {tp} in {place}",
    "{fullname} [defends|stands by] {tp} amid criticism from {group}",
    "What {tp} [means|could mean] for {group} in {place}",
    "{org_cap} backs {tp} after {small}-hour [meeting|debate|session]",
    "[Bill|Cost|Price tag] for {tp} in {place} [rises|jumps|climbs] to {money}",
    "{fullname} calls for [inquiry|review|audit] into {tp} [in {place}|at {org}]",
    "{place_cap} vote on {tp} [set for|moved to|delayed until] {month}",
    "{place_cap} to review {tp} {reason}",
    "{fullname}: {tp} is {assess}",
    "{n} {group} sign petition against {tp} in {place}",
    "{org_cap} and {org2} clash over {tp}",
    "[Inside|Behind] the [fight|battle|row] over {tp} in {place}",
    "{group_cap} [left waiting|kept guessing|in limbo] as {org} stalls on {tp}",
    "{place_cap} [residents|families|businesses] [brace for|prepare for|welcome] {tp}",
    "[New|Leaked|Internal] [figures|documents] [cast doubt on|raise questions about] {tp} in "
    "{place}",
    "{fullname} [quits|steps down|resigns] [amid|after] row over {tp}",
    "[Explainer|Analysis|Q&A]: {tp} and the {small} [questions|issues|numbers] that matter",
    "[Why|How] {tp} [became|turned into] a [flashpoint|test] for {org}",
    "{org_cap} [promises|pledges|vows] to {action} on {tp}",
)
