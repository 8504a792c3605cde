"""Web-native publishers: a reader-funded politics site, an alternative-news site and a
small regional site, with reader-support appeals, republication notes and disclaimers."""

from __future__ import annotations

from cleanpipe.sample.templates import (
    FOOTER,
    HEADER,
    MIDDLE,
    Family,
    PublisherStyle,
    share_widget,
)

_PARTNERS = (
    "The Prairie Observer", "Capitol Notebook", "Open Ledger News", "The Riverbend Review",
    "Commons Report",
)
_SUPPORT_OLD = (
    "The Daily Current is reader-funded. We take no corporate money and run no paywall, so "
    "every contribution keeps our reporting free for everyone. If you can, please support us "
    "with a donation today."
)
_SUPPORT_NEW = (
    "Readers like you keep The Daily Current independent. We don't take corporate cash and we "
    "never will. Chip in ${amount} a month and help us keep digging."
)
_SHARE_OLD = (
    "If you found this article useful, please share it on social media. Our reach depends on "
    "readers like you, because the big platforms keep burying independent voices."
)
_SHARE_NEW = (
    "Found this useful? Share it with your friends and family. The big tech platforms are "
    "throttling independent sites like ours, and every share helps us reach new readers."
)
_LANTERN_DISCLAIMER = (
    "Disclaimer: The opinions expressed in this article are those of the author and do not "
    "necessarily reflect the views of Truth Lantern. This content is provided for "
    "informational purposes only and is not professional advice."
)
_ECHO_COPYRIGHT = (
    "Copyright \u00a9 2009-{year} Mountain Echo News. All rights reserved. This material may "
    "not be published, broadcast, rewritten or redistributed without permission."
)


def current_style() -> PublisherStyle:
    return PublisherStyle(
        domain="dailycurrent.net",
        site="The Daily Current",
        base_size=330,
        subdomains=(("www.", 60), ("", 40)),
        sections=("politics", "world", "business"),
        n_authors=8,
        url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "partner": _PARTNERS,
            "amount": ("3", "5", "5", "10"),
            "tags": ("Congress", "Elections", "Economy", "Courts", "Labor", "Media", "Energy"),
        },
        families=(
            Family("byline", HEADER, 0.9, (("2000-01-01", "{date_long} by {author}"),)),
            Family("source", HEADER, 0.3, (("2000-01-01", "Source: {partner}"),)),
            Family("advertisement", MIDDLE, 0.5, (("2000-01-01", "ADVERTISEMENT"),)),
            Family("originally", FOOTER, 0.35, (
                ("2000-01-01", "This article originally appeared on {partner} and is "
                 "republished here with permission."),
            )),
            Family("support", FOOTER, 0.7, (
                ("2000-01-01", _SUPPORT_OLD),
                ("2018-01-15", _SUPPORT_NEW),
            )),
            Family("follow", FOOTER, 0.7, (("2000-01-01", "Follow us on Facebook and Twitter"),)),
            Family("tags", FOOTER, 0.6, (("2000-01-01", "Tags: {tags_list}"),)),
            Family("share", FOOTER, 0.5, (("2000-01-01", "Share this:"),)),
            share_widget(0.12),
        ),
    )


def lantern_style() -> PublisherStyle:
    return PublisherStyle(
        domain="truthlanternmedia.com",
        site="Truth Lantern",
        base_size=180,
        subdomains=(("", 60), ("www.", 40)),
        sections=("world", "health", "politics", "science"),
        n_authors=6,
        url_path="/{slug}.html",
        pools={
            "partner": _PARTNERS,
            "agency": ("Pixabay", "Flickr / CC BY 2.0", "YouTube screenshot", "Shutterstock"),
            "minutes": ("2", "3", "4", "5", "7"),
        },
        families=(
            Family("byline", HEADER, 0.6, (
                ("2000-01-01", "{author} \u00b7 {date_short} \u00b7 {minutes} min read"),
            )),
            Family("source", HEADER, 0.4, (("2000-01-01", "Source: {partner}"),)),
            Family("share-prompt", MIDDLE, 0.3, (
                ("2000-01-01", "Please share this story with everyone you know. The "
                 "mainstream media won't."),
            )),
            Family("image", FOOTER, 0.6, (("2000-01-01", "Image credit: {agency}"),)),
            Family("share-appeal", FOOTER, 0.7, (
                ("2000-01-01", _SHARE_OLD),
                ("2017-09-01", _SHARE_NEW),
            )),
            Family("email-list", FOOTER, 0.55, (
                ("2000-01-01", "Get the stories the media won't tell you, straight to your "
                 "inbox. Join our free daily email list."),
            )),
            Family("disclaimer", FOOTER, 0.8, (("2000-01-01", _LANTERN_DISCLAIMER),)),
            Family("read-more", FOOTER, 0.35, (("2000-01-01", "Read more at: {partner}"),)),
            share_widget(0.2),
        ),
    )


def echo_style() -> PublisherStyle:
    return PublisherStyle(
        domain="mountainechonews.com",
        site="Mountain Echo News",
        base_size=140,
        subdomains=(("www.", 100),),
        sections=("local", "environment", "politics"),
        n_authors=5,
        constants={"email": "newsroom@mountainechonews.com", "phone": "(555) 014-2290"},
        families=(
            Family("byline", HEADER, 0.9, (("2000-01-01", "Posted by {author} on {date_long}"),)),
            Family("filed-under", HEADER, 0.8, (("2000-01-01", "Filed under: {section_cap}"),)),
            Family("tip", FOOTER, 0.6, (
                ("2000-01-01", "Have a news tip? Call our newsroom at {phone} or send an email "
                 "to {email}."),
            )),
            Family("copyright", FOOTER, 0.9, (("2000-01-01", _ECHO_COPYRIGHT),)),
            # A name-first author note: the author's name leads, the fixed part follows.
            Family("author-note", FOOTER, 0.45, (
                ("2000-01-01", "{author} reports on {section} stories across the valley for "
                 "{site}. Story ideas are always welcome at {email}."),
            )),
            Family("comment-policy", FOOTER, 0.5, (
                ("2000-01-01", "Please read our comment policy before posting. Comments are "
                 "moderated and may take some time to appear."),
            )),
            share_widget(0.1),
        ),
    )
