"""Every page type of the demo site (load_demo_content), in each language it is published in."""

DEMO_PAGES = {
    "en": {
        "home": "/",
        "standard-page": "/about/",
        "news-index": "/news/",
        "news-story": "/news/clergy-deliver-letter-for-fair-asylum/",
        "take-action": "/take-action/",
        "action-alert": "/take-action/protect-immigrants-and-asylum-seekers/",
        "closed-alert": "/take-action/stop-family-detention/",
        "petition": "/take-action/letter-to-the-president/",
        "pledge": "/take-action/policy-platform-pledge/",
        "closed-letter": "/take-action/clergy-letter-fair-asylum/",
        "signer-list": "/take-action/clergy-letter-fair-asylum/signers/",
        "partner-index": "/partners/",
        "partner": "/partners/rabbinic-human-rights-network/",  # the issue page (shape 5)
        "resource-index": "/resources/",
        "resource": "/resources/welcoming-the-stranger/",
        "topic": "/topics/asylum/",
        "search": "/search/?query=asylum",
        "erasure-request": "/privacy/erase/",
        "not-found": "/no-such-page/",
    },
    "es": {
        "home": "/es/",
        "news-index": "/es/noticias/",
        "news-story": "/es/noticias/lideres-religiosos-entregan-carta-por-un-asilo-justo/",
        "take-action": "/es/actua/",
        "action-alert": "/es/actua/protege-a-inmigrantes-y-solicitantes-de-asilo/",
        "petition": "/es/actua/carta-al-presidente/",
        "pledge": "/es/actua/compromiso-con-la-plataforma/",
        "closed-letter": "/es/actua/carta-del-clero-por-un-asilo-justo/",
        "signer-list": "/es/actua/compromiso-con-la-plataforma/signers/",
        "partner": "/es/aliadas/rabbinic-human-rights-network/",
        "topic": "/es/topics/asylum/",
        "search": "/es/search/?query=asilo",
        "erasure-request": "/es/privacy/erase/",
        "not-found": "/es/no-such-page/",
    },
    "ar": {
        "home": "/ar/",
        "take-action": "/ar/take-action/",
        "petition": "/ar/take-action/letter-to-the-president/",
        "topic": "/ar/topics/asylum/",
        "search": "/ar/search/?query=asylum",
        "erasure-request": "/ar/privacy/erase/",
        "not-found": "/ar/no-such-page/",
    },
}

# The petitions that take signatures: the form must be in view at once (desktop) or after one
# screen (phone).
OPEN_PETITIONS = ["petition", "pledge"]
