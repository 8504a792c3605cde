"""The research/news-aggregator publisher, modelled on the seed article's kind of template.

Header: byline, dateline, repost date, Region/Theme/In-depth Report tags. Footer: featured
image, donation appeal, original source, copyright, Facebook and membership appeals,
"Articles by:", disclaimer, cross-post permission, fair-use notice, media inquiries.
Links are flattened to `[text](#)`. All wording is original to this project.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, Family, PublisherStyle

SITE = "World Affairs Inquiry"
DOMAIN = "worldaffairsinquiry.org"

_DONATION_OLD = (
    "If you find our analysis useful, please consider supporting our independent research. "
    "We rely entirely on our readers: give through [our secure donation page](#) or become a "
    "[patron](#). Every contribution, however small, helps."
)
_DONATION_NEW = (
    "Independent research depends on readers like you. If you value what we publish, please "
    "make a contribution of any size today: [Donate now](#) or [support us on Patreon](#)."
)
_DISCLAIMER_OLD = (
    "Disclaimer: The views expressed in this article are solely those of the author(s). The "
    "{org_full} cannot be held responsible for any inaccurate or incorrect statement it may "
    "contain."
)
_DISCLAIMER_NEW = (
    "Disclaimer: Responsibility for the contents of this article lies with its author(s) "
    "alone. The {org_full} accepts no liability for any inaccurate or incorrect statement "
    "appearing in it."
)
_CROSSPOST = (
    "The {org_full} grants permission to repost {site} articles in full on non-commercial "
    "community websites, provided the source and copyright are credited together with a "
    "hyperlink to the original {site} article. For publication in print or on commercial "
    "websites, please write to: {email}"
)
_FAIR_USE = (
    "{www} contains copyrighted material whose use has not always been specifically "
    "authorised by the copyright owner. We make such material available to our readers "
    'under the provisions of "fair use" in an effort to advance understanding of political, '
    "economic, social and environmental questions. The material on this site is distributed "
    "without profit to readers who have expressed a prior interest in receiving it for "
    "research and educational purposes. Anyone wishing to use copyrighted material for "
    'purposes other than "fair use" must ask the copyright owner for permission.'
)


def research_style() -> PublisherStyle:
    return PublisherStyle(
        domain=DOMAIN,
        site=SITE,
        base_size=600,
        subdomains=(("www.", 80), ("", 12), ("m.", 8)),
        sections=("world", "politics", "environment", "science", "business"),
        n_authors=24,
        url_path="/{slug}/{n}",
        constants={
            "org_full": "Centre for the Study of World Affairs",
            "email": "editors@worldaffairsinquiry.org",
            "media_email": "press@worldaffairsinquiry.org",
            "www": "www.worldaffairsinquiry.org",
        },
        pools={
            "regions": (
                "Middle East & North Africa", "Europe", "Latin America & Caribbean", "Asia",
                "sub-Saharan Africa", "USA", "Canada", "Oceania", "Russia and Central Asia",
            ),
            "themes": (
                "Armed Conflict", "Global Economy", "Intelligence", "Civil Liberties",
                "Environment", "Media Analysis", "Surveillance", "Energy", "Food and Farming",
                "History", "Science and Medicine", "Rule of Law", "Poverty and Inequality",
            ),
            "report": (
                "SYRIA", "UKRAINE", "THE ARCTIC", "YEMEN", "CLIMATE POLICY", "NUCLEAR RISK",
                "THE BANKING CRISIS", "KOREA", "LIBYA",
            ),
            "narrator": ("Gideon Marsh", "Irina Volkova"),
            "image_credit": (
                "credits to the owner", "screenshot from video", "public domain",
                "Wikimedia Commons", "source: the author", "via social media",
            ),
            "source": (
                SITE, SITE, SITE, SITE, "Strategic Frontline", "The Eastern Monitor",
                "Counterpoint Weekly", "Policy Dispatch", "The Civic Ledger", "Frontier Review",
            ),
        },
        families=(
            Family("byline", HEADER, 0.97, (
                ("2000-01-01", "By {author}"),
                ("2016-09-01", "By [{author}](#)"),
            )),
            Family("dateline", HEADER, 0.97, (("2000-01-01", "{site}, {date_long}"),)),
            Family("repost-date", HEADER, 0.4, (("2000-01-01", "[{source}](#) {date_dmy}"),)),
            Family("region", HEADER, 0.85, (("2000-01-01", "Region: {regions_links}"),)),
            Family("theme", HEADER, 0.9, (("2000-01-01", "Theme: {themes_links}"),)),
            Family("report", HEADER, 0.35, (("2000-01-01", "In-depth Report: [{report}](#)"),)),
            Family("voiceover", FOOTER, 0.12, (("2000-01-01", "Voiceover by **{narrator}**"),)),
            Family("image", FOOTER, 0.7, (("2000-01-01", "Featured image: {image_credit}"),)),
            Family("donation", FOOTER, 0.6, (
                ("2000-01-01", _DONATION_OLD),
                ("2017-07-01", _DONATION_NEW),
            )),
            Family("source", FOOTER, 0.95, (
                ("2000-01-01", "The original source of this article is [{source}](#)"),
            )),
            Family("copyright", FOOTER, 0.95, (
                ("2000-01-01", "Copyright \u00a9 [{author}](#), [{source}](#), {year}"),
            )),
            Family("facebook", FOOTER, 0.9, (
                ("2000-01-01", "[Discuss {site} articles on our Facebook page](#)"),
            )),
            Family("membership", FOOTER, 0.85, (
                ("2000-01-01", "[Join {site} as a member](#)"),
                ("2018-02-01", "[Become a member of {site}](#)"),
            )),
            Family("articles-by", FOOTER, 0.9, (("2000-01-01", "Articles by: **[{author}](#)**"),)),
            Family("disclaimer", FOOTER, 0.92, (
                ("2000-01-01", _DISCLAIMER_OLD),
                ("2017-03-01", _DISCLAIMER_NEW),
            )),
            Family("crosspost", FOOTER, 0.9, (("2000-01-01", _CROSSPOST),)),
            Family("fair-use", FOOTER, 0.9, (("2000-01-01", _FAIR_USE),)),
            Family("media", FOOTER, 0.85, (("2000-01-01", "For media inquiries: {media_email}"),)),
        ),
    )
