"""Newspaper-style publishers: bylines with dates, photo credits, mid-body adverts and
related links, share prompts, newsletter appeals and copyright lines."""

from __future__ import annotations

from cleanpipe.sample.templates import (
    FOOTER,
    HEADER,
    MIDDLE,
    Family,
    PublisherStyle,
    share_widget,
)

_HARBOUR_NEWSLETTER_OLD = (
    "Sign up for The Harbour Gazette's morning briefing and get the day's top local stories "
    "delivered to your inbox before breakfast."
)
_HARBOUR_NEWSLETTER_NEW = (
    "Get the Harbour Gazette Daily in your inbox: the stories that matter on the waterfront, "
    "every weekday morning. Sign up here."
)
_LEDGER_NEWSLETTER = (
    "Get the Ledger's Morning Markets newsletter: the numbers you need before the opening "
    "bell, free in your inbox every weekday. Subscribe now."
)


def harbour_style() -> PublisherStyle:
    return PublisherStyle(
        domain="harbourgazette.com",
        site="The Harbour Gazette",
        base_size=1000,
        subdomains=(("www.", 70), ("news.", 15), ("m.", 15)),
        sections=("local", "politics", "business", "environment", "health"),
        n_authors=16,
        constants={"email": "corrections@harbourgazette.com"},
        pools={
            "agency": ("Coastline Images", "Northlight Photo Agency", "Gazette staff", "Handout"),
            "photographer": (
                "Mara Quist", "Jon Albers", "Teodora Ilic", "Sam Okoro", "Rhys Pendle",
                "Lena Voss",
            ),
            "tags": (
                "Waterfront", "City Hall", "Schools", "Transport", "Housing", "Crime",
                "Weather", "Harbour", "Jobs", "Courts",
            ),
            "related": (
                "Ferry timetable changes: what you need to know",
                "Ten years on, the harbour redevelopment in pictures",
                "Where to find free parking downtown this summer",
                "The Gazette guide to this year's council elections",
                "How the fish market survived the storm",
                "Our reporters answer your questions about the new rates bill",
                "Inside the lighthouse restoration project",
                "A short history of the old shipyard",
            ),
        },
        families=(
            Family("byline", HEADER, 0.95, (
                ("2000-01-01", "Written by {author} | {date_short}"),
                ("2018-04-01", "Written by {author} | {date_short} | Updated {time12}"),
            )),
            Family("photo", HEADER, 0.55, (("2000-01-01", "Photo: {agency} / {photographer}"),)),
            Family("advertisement", MIDDLE, 0.7, (("2000-01-01", "Advertisement"),), max_count=2),
            Family("related", MIDDLE, 0.45, (("2000-01-01", "Related: {related}"),)),
            Family("share", FOOTER, 0.85, (("2000-01-01", "Share this article"),)),
            Family("newsletter", FOOTER, 0.6, (
                ("2000-01-01", _HARBOUR_NEWSLETTER_OLD),
                ("2018-09-01", _HARBOUR_NEWSLETTER_NEW),
            )),
            Family("tags", FOOTER, 0.75, (("2000-01-01", "Tags: {tags_list}"),)),
            Family("copyright", FOOTER, 0.95, (
                ("2000-01-01", "Copyright {year} The Harbour Gazette. All rights reserved."),
            )),
            Family("corrections", FOOTER, 0.3, (
                ("2000-01-01", "Spotted an error? Let our corrections desk know at {email}."),
            )),
        ),
    )


def northvale_style() -> PublisherStyle:
    return PublisherStyle(
        domain="northvalepost.co.uk",
        site="The Northvale Post",
        base_size=450,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("local", "politics", "health", "business"),
        n_authors=10,
        url_path="/news/{section}/{slug}-{n}",
        constants={"email": "newsdesk@northvalepost.co.uk", "phone": "01632 960 418"},
        pools={
            "desk": (
                "Political Correspondent", "Local Democracy Reporter", "Health Editor",
                "Chief Reporter", "Business Reporter",
            ),
            "related": (
                "Northvale's best walks for the bank holiday weekend",
                "Live: roadworks and travel updates across the county",
                "The Post's guide to school admissions",
                "Our hospital campaign: one year on",
                "Pictures from the Northvale summer fair",
                "Bin collection changes: when is yours?",
            ),
            "wire_city": ("LEEDS", "NORTHVALE", "HARROGATE", "YORK", "SKIPTON"),
            "wire": ("NPA", "PA", "NVN"),
        },
        families=(
            Family("byline", HEADER, 0.9, (("2000-01-01", "By {author}, {desk}"),)),
            Family("published", HEADER, 0.95, (
                ("2000-01-01", "Published: {time} {weekday} {date_dmy}"),
                ("2017-10-01", "Published {weekday}, {date_dmy} at {time} BST"),
            )),
            # A wire dateline of capitals and a date only: place, agency, date.
            Family("wire", HEADER, 0.3, (("2000-01-01", "{wire_city} ({wire}) {date_dmy}"),)),
            Family("read-more", MIDDLE, 0.35, (("2000-01-01", "Read more: {related}"),)),
            Family("follow", FOOTER, 0.8, (
                ("2000-01-01", "Follow us on Facebook and Twitter"),
                ("2018-03-01", "Follow The Northvale Post on Facebook, Twitter and Instagram"),
            )),
            Family("tip-off", FOOTER, 0.55, (
                ("2000-01-01", "Do you have a story for us? Email {email} or call the "
                 "newsdesk on {phone}."),
            )),
            Family("copyright", FOOTER, 0.9, (
                ("2000-01-01", "\u00a9 Northvale Media Ltd {year}"),
            )),
            Family("comments", FOOTER, 0.4, (
                ("2000-01-01", "Comments are closed on this article."),
            )),
        ),
    )


def ledger_style() -> PublisherStyle:
    return PublisherStyle(
        domain="plainsledger.com",
        site="Plains Ledger",
        base_size=250,
        subdomains=(("www.", 50), ("news.", 30), ("m.", 20)),
        sections=("business", "politics", "science"),
        n_authors=6,
        url_path="/{yyyy}/{mm}/{dd}/{section}/{slug}",
        pools={
            "desk": ("Markets Reporter", "Energy Reporter", "Staff Writer", "Economics Editor"),
            "city": ("PRAIRIE FORK", "GRANITE CITY", "NORTH PLATTE RIDGE", "SALINE CROSSING"),
            "editor": ("Ruth Calder", "Owen Marsh", "Priti Desai", "Gus Halloran"),
        },
        families=(
            Family("byline", HEADER, 0.9, (("2000-01-01", "By {author} | {desk}"),)),
            Family("dateline", HEADER, 0.5, (("2000-01-01", "{city}, {date_long} ({site})"),)),
            Family("updated", HEADER, 0.9, (("2000-01-01", "Updated {date_iso} {time} CT"),)),
            Family("listen", HEADER, 0.3, (("2018-01-01", "Listen to this article"),)),
            Family("advertisement", MIDDLE, 0.6, (
                ("2000-01-01", "Story continues below advertisement"),
            ), max_count=2),
            Family("reporting", FOOTER, 0.6, (
                ("2000-01-01", "Reporting by {author}; editing by {editor}"),
            )),
            Family("newsletter", FOOTER, 0.5, (("2000-01-01", _LEDGER_NEWSLETTER),)),
            # A name-first disclosure: one per author, the same words after the name.
            Family("holdings", FOOTER, 0.4, (
                ("2000-01-01", "{author} does not own shares in any company named in this "
                 "story. {site} keeps a public register of staff investments."),
            )),
            Family("standards", FOOTER, 0.8, (
                ("2000-01-01", "Our standards: [How the Plains Ledger reports the news](#)"),
            )),
            Family("copyright", FOOTER, 0.9, (
                ("2000-01-01", "\u00a9 {year} Plains Ledger Media Group"),
            )),
            share_widget(0.08),
        ),
    )


def metrobeat_style() -> PublisherStyle:
    return PublisherStyle(
        domain="metrobeat.com.au",
        site="Metro Beat",
        base_size=50,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("local", "health", "environment"),
        n_authors=4,
        constants={"email": "tips@metrobeat.com.au"},
        pools={"desk": ("Staff Writer", "Court Reporter", "Health Reporter")},
        families=(
            Family("byline", HEADER, 0.95, (
                ("2000-01-01", "{author} | {date_dmy} | {time} AEST"),
                ("2017-06-01", "{author}, {desk}"),
            )),
            Family("share", FOOTER, 0.7, (("2000-01-01", "Share this story"),)),
            Family("instagram", FOOTER, 0.6, (
                ("2000-01-01", "Follow Metro Beat on Instagram for more local stories"),
            )),
            Family("got-story", FOOTER, 0.6, (("2000-01-01", "Got a story? Email us at {email}"),)),
            Family("copyright", FOOTER, 0.9, (("2000-01-01", "\u00a9 {year} Metro Beat Pty Ltd"),)),
            share_widget(0.15),
        ),
    )
