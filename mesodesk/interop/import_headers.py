"""Column headers of patient spreadsheets in English, French, German, Italian, Spanish, Portuguese,
Dutch and Polish, and what they say about the file's date order.

Headers are compared folded (case, accents and punctuation ignored: "N° Dossier" = "n dossier",
"Geburtsdatum" = "geburtsdatum", "Data urodzenia" = "data urodzenia"). Every language here but
English writes dates day first; English headers say nothing (the United States writes month first).
"""

from __future__ import annotations

import re
from collections import Counter

from mesodesk.domain.rules import fold

#: language -> field -> header spellings (folded form is what counts)
ALIASES_BY_LANGUAGE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "last_name": ("last name", "lastname", "surname", "family name", "name", "patient last name"),
        "first_name": (
            "first name",
            "firstname",
            "given name",
            "given names",
            "forename",
            "patient first name",
        ),
        "date_of_birth": ("date of birth", "dob", "d o b", "birth date", "birthdate", "born", "birthday"),
        "sex": ("sex", "gender"),
        "phone": (
            "phone",
            "telephone",
            "tel",
            "phone number",
            "telephone number",
            "mobile",
            "mobile phone",
            "cell",
        ),
        "email": ("email", "e mail", "email address", "e mail address", "mail"),
        "address": ("address", "postal address", "home address"),
        "file_no": (
            "file number",
            "file no",
            "file",
            "file num",
            "record number",
            "record no",
            "patient number",
            "patient no",
            "patient id",
        ),
        "notes": ("notes", "note", "remarks", "comments", "comment"),
        "fitzpatrick": ("skin type", "fitzpatrick", "fitzpatrick type", "fitzpatrick skin type"),
        "contraindications": ("contraindications", "contra indications"),
        "registered_on": ("registered", "registration date", "registered on", "first visit", "patient since"),
    },
    "fr": {
        "last_name": ("nom", "nom de famille", "nom de naissance", "nom d usage"),
        "first_name": ("prenom", "prenoms"),
        "date_of_birth": (
            "date de naissance",
            "ddn",
            "naissance",
            "ne le",
            "nee le",
            "ne e le",
            "date naissance",
        ),
        "sex": ("sexe", "genre"),
        "phone": (
            "portable",
            "gsm",
            "numero de telephone",
            "tel portable",
            "telephone portable",
        ),
        "email": ("courriel", "adresse email", "adresse e mail", "adresse mail", "adresse electronique"),
        "address": ("adresse", "adresse postale", "domicile"),
        "file_no": (
            "n dossier",
            "no dossier",
            "n de dossier",
            "numero de dossier",
            "num dossier",
            "dossier",
            "numero dossier",
            "ref dossier",
        ),
        "notes": ("remarques", "remarque", "commentaires", "commentaire", "observations"),
        "fitzpatrick": ("phototype", "type de peau", "phototype fitzpatrick"),
        "contraindications": ("contre indications", "contre indication"),
        "registered_on": ("date d inscription", "inscrit le", "premiere visite", "date de creation"),
    },
    "de": {
        "last_name": ("nachname", "familienname", "name des patienten"),
        "first_name": ("vorname", "vornamen"),
        "date_of_birth": ("geburtsdatum", "geb datum", "geboren", "geboren am", "geb"),
        "sex": ("geschlecht",),
        "phone": ("telefon", "telefonnummer", "handy", "mobil", "mobiltelefon", "tel nr"),
        "email": ("e mail adresse", "email adresse"),
        "address": ("adresse des patienten", "anschrift", "wohnort", "strasse"),
        "file_no": ("patientennummer", "patienten nr", "akte", "aktennummer", "kartei nr", "karteinummer"),
        "notes": ("notizen", "bemerkungen", "bemerkung", "anmerkungen", "kommentar"),
        "fitzpatrick": ("hauttyp", "fitzpatrick hauttyp"),
        "contraindications": ("kontraindikationen", "gegenanzeigen"),
        "registered_on": ("registriert am", "erstbesuch", "aufnahmedatum", "patient seit"),
    },
    "it": {
        "last_name": ("cognome",),
        "first_name": ("nome", "nome di battesimo"),
        "date_of_birth": ("data di nascita", "data nascita", "nato il", "nata il"),
        "sex": ("sesso",),
        "phone": ("telefono", "cellulare", "numero di telefono"),
        "email": ("posta elettronica", "indirizzo email"),
        "address": ("indirizzo", "residenza"),
        "file_no": ("numero cartella", "cartella", "n cartella", "codice paziente"),
        "notes": ("note", "osservazioni", "commenti"),
        "fitzpatrick": ("fototipo", "tipo di pelle"),
        "contraindications": ("controindicazioni",),
        "registered_on": ("data di registrazione", "prima visita", "data iscrizione"),
    },
    "es": {
        "last_name": ("apellido", "apellidos", "primer apellido"),
        "first_name": ("nombre", "nombres"),
        "date_of_birth": ("fecha de nacimiento", "fecha nacimiento", "nacimiento", "f nacimiento"),
        "sex": ("sexo", "genero"),
        "phone": ("telefono movil", "movil", "celular", "numero de telefono"),
        "email": ("correo", "correo electronico", "email de contacto"),
        "address": ("direccion", "domicilio"),
        "file_no": ("numero de historia", "historia", "n historia", "expediente", "numero de expediente"),
        "notes": ("notas", "observaciones", "comentarios"),
        "fitzpatrick": ("fototipo de piel", "tipo de piel"),
        "contraindications": ("contraindicaciones",),
        "registered_on": ("fecha de alta", "fecha de registro", "primera visita"),
    },
    "pt": {
        "last_name": ("sobrenome", "apelido", "apelidos"),
        "first_name": ("primeiro nome", "nome proprio"),
        "date_of_birth": ("data de nascimento", "data nascimento", "nascido em", "nascida em"),
        "sex": ("sexo do paciente",),
        "phone": ("telemovel", "telefone", "celular do paciente"),
        "email": ("correio eletronico", "e mail do paciente"),
        "address": ("endereco", "morada"),
        "file_no": ("numero do processo", "processo", "n processo", "prontuario", "ficha"),
        "notes": ("notas clinicas", "observacoes", "comentarios do paciente"),
        "fitzpatrick": ("tipo de pele", "fototipo de pele"),
        "contraindications": ("contraindicacoes", "contra indicacoes"),
        "registered_on": ("data de registo", "data de cadastro", "primeira consulta"),
    },
    "nl": {
        "last_name": ("achternaam", "familienaam"),
        "first_name": ("voornaam", "voornamen"),
        "date_of_birth": ("geboortedatum", "geboren op"),
        "sex": ("geslacht",),
        "phone": ("telefoon", "telefoonnummer", "mobiel", "gsm nummer"),
        "email": ("e mailadres", "emailadres"),
        "address": ("adres", "woonadres"),
        "file_no": ("dossiernummer", "patientnummer", "dossier nr"),
        "notes": ("notities", "opmerkingen", "opmerking"),
        "fitzpatrick": ("huidtype",),
        "contraindications": ("contra indicaties", "contraindicaties"),
        "registered_on": ("inschrijfdatum", "eerste bezoek", "ingeschreven op"),
    },
    "pl": {
        "last_name": ("nazwisko",),
        "first_name": ("imie", "imiona"),
        "date_of_birth": ("data urodzenia", "data ur", "urodzony", "urodzona"),
        "sex": ("plec",),
        "phone": ("telefon komorkowy", "nr telefonu", "numer telefonu", "komorka"),
        "email": ("adres e mail", "poczta"),
        "address": ("adres zamieszkania", "miejsce zamieszkania"),
        "file_no": ("numer karty", "nr karty", "numer kartoteki", "nr pacjenta"),
        "notes": ("uwagi", "notatki", "komentarz"),
        "fitzpatrick": ("typ skory", "fototyp"),
        "contraindications": ("przeciwwskazania",),
        "registered_on": ("data rejestracji", "pierwsza wizyta", "data zapisu"),
    },
}

#: The order each language writes dates in (None: the language alone does not say).
LANGUAGE_DATE_ORDER: dict[str, str | None] = {
    "en": None,
    "fr": "dmy",
    "de": "dmy",
    "it": "dmy",
    "es": "dmy",
    "pt": "dmy",
    "nl": "dmy",
    "pl": "dmy",
}
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "es": "Spanish",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
}


def normalise_header(text: str) -> str:
    """'N° Dossier ' -> 'n dossier', 'Prénom' -> 'prenom', 'E-mail' -> 'e mail', 'Płeć' -> 'plec'."""
    folded = fold(text.replace("\ufeff", "").replace("ł", "l").replace("Ł", "L"))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


#: folded header -> (field, language); the first language listing a spelling keeps it
ALIAS_INDEX: dict[str, tuple[str, str]] = {}
for _lang, _fields in ALIASES_BY_LANGUAGE.items():
    for _field, _aliases in _fields.items():
        for _alias in _aliases:
            ALIAS_INDEX.setdefault(normalise_header(_alias), (_field, _lang))

#: field -> every spelling (all languages), for documentation and the old interface
HEADER_ALIASES: dict[str, tuple[str, ...]] = {}
for _fields in ALIASES_BY_LANGUAGE.values():
    for _field, _aliases in _fields.items():
        HEADER_ALIASES[_field] = HEADER_ALIASES.get(_field, ()) + _aliases


def header_field(header: str) -> str | None:
    found = ALIAS_INDEX.get(normalise_header(header))
    return found[0] if found else None


def headers_language(headers: list[str]) -> str | None:
    """The language most headers are in (English only when nothing else is recognised)."""
    votes = Counter(found[1] for h in headers if (found := ALIAS_INDEX.get(normalise_header(h))))
    if not votes:
        return None
    others = [(n, lang) for lang, n in votes.items() if lang != "en"]
    if others:
        return max(others)[1]
    return "en"


def locale_date_order(locale_name: str | None) -> str | None:
    """'en_US.UTF-8' -> 'mdy', 'fr_FR' -> 'dmy', 'en' / 'C' / None -> None (not known)."""
    if not locale_name:
        return None
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    lang, _, country = base.partition("_")
    lang, country = lang.lower(), country.upper()
    if lang == "en":
        if country in ("US", "PH", "FM", "MH", "PW"):
            return "mdy"
        return "dmy" if country else None
    if lang in ("zh", "ja", "ko", "hu", "lt", "sv") and country not in ("FI",):
        return "ymd"
    if lang in ("c", "posix", ""):
        return None
    return "dmy"


__all__ = [
    "ALIASES_BY_LANGUAGE",
    "LANGUAGE_DATE_ORDER",
    "LANGUAGE_NAMES",
    "HEADER_ALIASES",
    "ALIAS_INDEX",
    "normalise_header",
    "header_field",
    "headers_language",
    "locale_date_order",
]
