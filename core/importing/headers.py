"""Column-header synonyms per field in EN/DE/FR/ES/IT/NL (data), and the header normaliser."""

from __future__ import annotations

import re
import unicodedata

#: Headers of consent columns (a yes there means the customer may be mailed), in the six languages.
CONSENT_HEADERS: tuple[str, ...] = (
    "consent", "accepts marketing", "accepts email marketing", "marketing consent", "opt in",
    "optin", "newsletter", "subscribed", "email consent", "marketing opt in", "gdpr consent",
    "marketing", "email permission", "marketing permission", "email marketing", "email marketing consent",
    "newsletter opt in status", "newsletter opt in", "email opt in", "newsletter status",
    "newsletter subscription", "email subscription", "email subscription status",
    "marketing emails", "accepts newsletter",
    # a status in words ("subscribed", "unsubscribed", "cleaned"), as e-mail tools export it
    "email status", "email marketing status", "newsletter subscription status",
    # DE
    "einwilligung", "newsletter abonniert", "e mail werbung erlaubt", "email werbung erlaubt",
    "werbung erlaubt", "werbeeinwilligung", "marketing einwilligung", "newsletter einwilligung",
    "einwilligung newsletter", "e mail einwilligung", "dsgvo einwilligung", "newsletter anmeldung",
    # FR
    "consentement", "optin newsletter", "consentement marketing", "consentement email",
    "consentement e mail", "consentement rgpd", "accepte marketing", "accepte les emails",
    "abonne newsletter", "inscrit newsletter", "accord marketing",
    # ES
    "consentimiento", "consentimiento marketing", "consentimiento email", "consentimiento rgpd",
    "acepta marketing", "acepta publicidad", "acepta newsletter", "suscrito", "suscrito newsletter",
    # IT
    "consenso", "consenso marketing", "consenso newsletter", "consenso email", "consenso gdpr",
    "iscritto newsletter", "iscrizione newsletter",
    # NL
    "toestemming", "nieuwsbrief", "toestemming nieuwsbrief", "toestemming marketing", "marketing toestemming",
    "toestemming avg", "aangemeld nieuwsbrief", "ingeschreven nieuwsbrief",
)
#: Headers of opt-out columns (a yes there means the customer opted out): their answers are turned
#: round when the file is read (core/importing/consent.py, which also knows such names by pattern).
OPT_OUT_HEADERS: tuple[str, ...] = (
    "opt out", "opted out", "optout", "unsubscribed", "unsubscribe", "email opt out", "marketing opt out",
    "do not email", "do not contact", "do not mail", "no marketing", "email unsubscribed", "opt out email",
    "opted out email", "unsubscribed email", "unsubscribed from email",
    # the day of the opt-out, as mailing tools export it (Mailchimp's UNSUB_TIME): a date there is an opt-out
    "unsubscribed at", "unsubscribed on", "unsubscribed date", "unsubscribe date", "unsubscription date",
    "unsub time", "unsub date", "opted out at", "opt out date", "opted out date",
    # an address the mailing tool blocks (Brevo's EMAIL_BLACKLISTED, a suppression list): a yes there is an opt-out
    "blacklisted", "email blacklisted", "blacklist", "email blacklist", "suppressed", "email suppressed",
    "suppression", "on suppression list",
    # DE
    "abgemeldet", "newsletter abgemeldet", "abmeldung", "newsletter abmeldung", "keine werbung",
    "werbewiderspruch", "widerspruch werbung", "abgemeldet am", "abgemeldet seit", "abmeldedatum",
    "datum abmeldung", "newsletter abgemeldet am",
    # FR
    "desabonne", "desinscrit", "desabonnement", "ne pas contacter", "opposition marketing",
    "desinscrit le", "desabonne le", "date de desinscription", "date desinscription", "date de desabonnement",
    # ES
    "desinscrito", "desuscrito", "dado de baja", "baja newsletter", "no contactar", "fecha de baja",
    "fecha baja", "dado de baja el", "fecha de desuscripcion", "fecha de desinscripcion",
    # IT
    "disiscritto", "disiscrizione", "non contattare", "opposizione marketing", "disiscritto il",
    "data disiscrizione", "data di disiscrizione",
    # NL
    "afgemeld", "uitgeschreven", "afmelding", "niet mailen", "niet benaderen", "afgemeld op",
    "uitgeschreven op", "afmelddatum", "datum afmelding",
)

# Written as they appear; matching ignores case, accents, punctuation and spacing
# ("Customer-ID", "customer_id" and "Customer ID" are the same header).
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer id", "customerid", "customer no", "customer number", "customer nr", "cust id",
        "custid", "cust no", "client id", "client number", "account", "account id", "account number",
        "member id", "member number", "loyalty number", "buyer id", "buyer user id", "user id",
        "contact id", "customer code", "customer ref", "customer reference", "customer",
        # DE
        "kundennummer", "kunden nr", "kundennr", "kunden id", "kundenid", "kunde", "kunden nummer",
        # FR
        "numero client", "n client", "no client", "id client", "code client", "client",
        # ES
        "id cliente", "numero de cliente", "num cliente", "codigo cliente", "cliente",
        # IT
        "codice cliente", "id cliente", "numero cliente",
        # NL
        "klantnummer", "klant id", "klantnr", "klant nummer", "klant", "debiteurnummer",
    ),
    "email": (
        "email", "e mail", "email address", "e mail address", "mail", "customer email",
        "billing email", "email billing", "buyer email", "e mail adresse", "emailadresse",
        "adresse e mail", "courriel", "correo", "correo electronico", "posta elettronica",
        "indirizzo email", "e mailadres", "emailadres",
    ),
    "date": (
        "date", "invoicedate", "invoice date", "order date", "orderdate", "sale date", "sales date",
        "transaction date", "purchase date", "created at", "created", "date created",
        "paid at", "date paid", "timestamp", "datetime", "day", "booking date", "receipt date",
        "datum", "rechnungsdatum", "bestelldatum", "kaufdatum", "belegdatum", "verkaufsdatum",
        "date de commande", "date commande", "date facture", "date de facture", "date d achat",
        "fecha", "fecha pedido", "fecha de pedido", "fecha factura", "fecha de compra",
        "data", "data ordine", "data fattura", "data acquisto", "data vendita",
        "besteldatum", "factuurdatum", "orderdatum", "aankoopdatum", "verkoopdatum",
    ),
    "amount": (
        "amount", "total", "line total", "order total", "total amount", "net amount", "net sales",
        "net total", "sales", "revenue", "value", "order value", "grand total", "subtotal",
        "sum", "turnover", "spend", "paid", "amount paid", "total paid", "price total",
        "betrag", "gesamtbetrag", "umsatz", "summe", "gesamt", "nettobetrag", "bruttobetrag",
        "montant", "montant total", "total ttc", "total ht", "chiffre d affaires",
        "importe", "importe total", "total pedido", "monto",
        "importo", "importo totale", "totale", "fatturato",
        "bedrag", "totaal", "totaalbedrag", "omzet",
        # net and gross (AMOUNT_PREFERENCE decides between them)
        "net", "gross", "gross amount", "gross total", "netto", "brutto", "nettobetrag", "montant ht", "montant ttc",
        "importe neto", "neto", "importe bruto", "bruto", "importo netto", "netto importo", "importo lordo", "lordo",
        "nettobedrag", "netto bedrag", "brutobedrag", "bruto bedrag",
    ),
    "quantity": (
        "quantity", "qty", "units", "count", "pieces", "number of items", "items", "lineitem quantity",
        "menge", "anzahl", "stuck", "stueck", "quantite", "qte", "cantidad", "cant",
        "quantita", "qta", "aantal", "hoeveelheid",
    ),
    "unit_price": (
        "unit price", "unitprice", "price", "item price", "unit cost", "price each", "each",
        "lineitem price", "item cost", "selling price", "sale price",
        "preis", "einzelpreis", "stuckpreis", "stueckpreis", "prix", "prix unitaire", "pu",
        "precio", "precio unitario", "prezzo", "prezzo unitario", "prijs", "stukprijs",
        "eenheidsprijs",
    ),
    "order_id": (
        "order id", "orderid", "order", "order no", "order number", "order nr", "invoice",
        "invoiceno", "invoice no", "invoice number", "invoice id", "receipt", "receipt number",
        "receipt no", "transaction id", "transaction", "ticket", "ticket number", "bill no",
        "sales order", "order name", "name of order",
        "bestellnummer", "bestellung", "rechnungsnummer", "rechnung", "belegnummer", "beleg",
        "beleg nr", "rechnungs nr", "rechnung nr", "bestell nr", "auftrags nr", "bon nr", "kassenbon nr",
        "auftragsnummer", "numero de commande", "n commande", "commande", "numero facture",
        "facture", "numero de pedido", "pedido", "numero factura", "factura", "ticket n",
        "numero ordine", "ordine", "numero fattura", "fattura", "scontrino",
        "bestelnummer", "ordernummer", "factuurnummer", "factuur", "bonnummer",
    ),
    "name": (
        "name", "full name", "customer name", "client name", "buyer name", "billing name",
        "contact name", "buyer", "ship name",
        "kundenname", "vollstandiger name", "nom complet", "nom du client", "nombre completo",
        "nombre del cliente", "nome completo", "nome cliente", "naam", "klantnaam", "volledige naam",
    ),
    "first_name": (
        "first name", "firstname", "given name", "forename", "first name billing",
        "billing first name", "vorname", "prenom", "nombre", "nome", "voornaam",
    ),
    "last_name": (
        "last name", "lastname", "surname", "family name", "last name billing", "billing last name",
        "nachname", "familienname", "nom", "nom de famille", "apellido", "apellidos", "cognome",
        "achternaam",
    ),
    "phone": (
        "phone", "telephone", "phone number", "tel", "mobile", "cell", "billing phone",
        "phone billing", "telefon", "telefonnummer", "handy", "telephone portable", "portable",
        "telefono", "movil", "cellulare", "telefoon", "telefoonnummer", "mobiel",
    ),
    "address": (
        "address", "street", "street address", "address line 1", "address 1", "address1", "address 1 2",
        "billing address", "billing address1", "billing address 1", "billing street", "shipping address",
        "ship address", "ship address1", "postal address", "mailing address", "address 1 2 billing",
        "adresse", "strasse", "anschrift", "strasse und hausnummer", "rue", "adresse postale",
        "direccion", "calle", "domicilio", "indirizzo", "adres", "straat", "straatnaam",
    ),
    "postcode": (
        "postcode", "post code", "postal code", "zip", "zip code", "zipcode", "postcode billing",
        "billing zip", "billing postcode", "billing postal code", "ship zipcode", "ship postal code",
        "shipping zip", "plz", "postleitzahl", "code postal", "codigo postal", "cap", "codice postale",
    ),
    "country": (
        "country", "billing country", "ship country", "country code", "shipping country",
        "country code billing", "land", "pays", "pais", "paese", "nazione",
    ),
    "city": (
        "city", "town", "billing city", "ship city", "city billing", "stadt", "ort", "ville",
        "ciudad", "localidad", "citta", "comune", "plaats", "stad", "woonplaats",
    ),
    "product": (
        "product", "description", "item", "item name", "product name", "lineitem name", "article",
        "artikel", "artikelname", "bezeichnung", "produkt", "produit", "article", "designation",
        "producto", "articulo", "descripcion", "prodotto", "articolo", "descrizione",
        "product naam", "omschrijving",
    ),
    "category": (
        "category", "product category", "product type", "department", "group", "kategorie",
        "warengruppe", "categorie", "categoria", "rubro", "reparto", "productgroep",
    ),
    "consent": CONSENT_HEADERS + OPT_OUT_HEADERS,
    "birthday": (
        "birthday", "birth date", "date of birth", "dob", "birthdate", "geburtstag", "geburtsdatum",
        "date de naissance", "anniversaire", "fecha de nacimiento", "cumpleanos",
        "data di nascita", "compleanno", "geboortedatum", "verjaardag",
    ),
    "gender": (
        "gender", "sex", "geschlecht", "anrede", "genre", "sexe", "genero", "sexo", "genere",
        "sesso", "geslacht",
    ),
    "channel": (
        "channel", "source", "sales channel", "preferred channel", "order type", "kanal",
        "vertriebskanal", "canal", "canale", "kanaal",
    ),
    "signup_date": (
        "signup date", "sign up date", "registered", "registration date", "customer since",
        "member since", "joined", "date joined", "anmeldedatum", "kunde seit", "registriert",
        "date d inscription", "client depuis", "fecha de alta", "fecha de registro",
        "data registrazione", "cliente dal", "inschrijfdatum", "klant sinds",
    ),
    "email_opens": ("email opens", "opens", "opened", "open count", "emails opened"),
    "email_clicks": ("email clicks", "clicks", "clicked", "click count", "emails clicked"),
    "support_contacts": (
        "support contacts", "support tickets", "tickets", "contacts", "complaints", "support calls",
    ),
    # the discount or coupon code(s) of the order (campaign results, definitions §9): Shopify's
    # "Discount Code", WooCommerce's coupon columns, Square's "Discount Name", Etsy's "Coupon Code"
    "coupon_code": (
        "discount code", "discount codes", "coupon code", "coupon codes", "coupon", "coupons", "coupon items",
        "coupons used", "used coupons", "coupon used", "voucher", "voucher code", "promo code", "promotion code",
        "promotional code", "discount name", "discount names", "order coupon", "order coupons",
        # DE
        "gutschein", "gutscheincode", "gutschein code", "rabattcode", "rabatt code", "aktionscode",
        # FR
        "code promo", "code de reduction", "code reduction", "bon de reduction", "code coupon", "code remise",
        # ES
        "codigo de descuento", "codigo descuento", "codigo promocional", "cupon", "codigo de cupon", "codigo cupon",
        # IT
        "codice sconto", "codice coupon", "buono sconto", "codice promozionale", "coupon sconto",
        # NL
        "kortingscode", "couponcode", "actiecode", "waardebon", "kortingsbon",
    ),
}


#: When several columns are named as amounts, the first of these groups that names one wins (then
#: the leftmost): the amount before tax and shipping (net, subtotal), then any other amount or total,
#: then the gross, and last what was paid (an invoice list's "Paid" is a payment, not what was bought).
AMOUNT_PREFERENCE: tuple[tuple[str, ...], ...] = (
    ("net", "net amount", "net sales", "net total", "subtotal", "netto", "nettobetrag", "total ht", "montant ht",
     "importe neto", "neto", "importo netto", "netto importo", "nettobedrag", "netto bedrag"),
    (),  # (every other amount name)
    ("gross", "gross amount", "gross total", "brutto", "bruttobetrag", "total ttc", "montant ttc", "importe bruto",
     "bruto", "importo lordo", "lordo", "brutobedrag", "bruto bedrag"),
    ("paid", "amount paid", "total paid"),
)


def amount_preference(header: object) -> int:
    """Where a column named as an amount stands in AMOUNT_PREFERENCE (lower wins)."""
    key = normalise_header(header)
    for rank, names in enumerate(AMOUNT_PREFERENCE):
        if key in names or key.replace(" ", "") in {n.replace(" ", "") for n in names}:
            return rank
    return 1


#: Words in a header that say a column is not the customer, whatever its content looks like.
NOT_CUSTOMER_WORDS = frozenset(
    "sku stock stockcode product item article artikel produit articulo articolo artikelnummer ean "
    "barcode gtin upc invoice invoiceno order receipt transaction ticket payment location device "
    "staff employee tax vat zip postcode postal plz street address status type method currency "
    "variant listing coupon discount shipping tracking batch lot serial "
    # money: a balance or a total of whole numbers (0, 60) reads like short codes
    "balance gross net paid total subtotal due owed outstanding credit debit sum value revenue sales cost fee "
    "price amount spent betrag summe saldo preis montant solde prix importe precio importo prezzo bedrag prijs".split())


def normalise_header(text: object) -> str:
    """Lower case, no accents, words separated by single spaces ("Kunden-Nr." -> "kunden nr")."""
    text = unicodedata.normalize("NFKD", str(text).replace("ß", "ss")).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return text.strip()


#: normalised header -> fields it may mean, in the order of HEADER_SYNONYMS.
HEADER_LOOKUP: dict[str, list[str]] = {}
for _field, _names in HEADER_SYNONYMS.items():
    for _name in _names:
        HEADER_LOOKUP.setdefault(normalise_header(_name), []).append(_field)


#: The same without spaces: names compare without spacing or punctuation (definitions §1), so that
#: "AcceptsMarketing", "E-mail consent" and "DoNotEmail" are the synonyms "accepts marketing",
#: "email consent" and "do not email".
COMPACT_LOOKUP: dict[str, list[str]] = {}
for _key, _fields in HEADER_LOOKUP.items():
    _known = COMPACT_LOOKUP.setdefault(_key.replace(" ", ""), [])
    _known += [f for f in _fields if f not in _known]
#: The answers some sheets add to a header: "Newsletter (Y/N)", "Marketing consent (yes/no)".
_ANSWER_HINT = re.compile(r" (?:yes no|y n|ja nein|j n|oui non|o n|si no|s n|ja nee|true false|0 1|1 0)$")


def fields_for_header(header: object) -> list[str]:
    """Fields a header may mean (a synonym after normalising, compared also without spaces and
    without an answer hint such as "(yes/no)"), best first."""
    key = normalise_header(header)
    for candidate in dict.fromkeys((key, _ANSWER_HINT.sub("", key))):
        found = HEADER_LOOKUP.get(candidate) or COMPACT_LOOKUP.get(candidate.replace(" ", ""))
        if found:
            return list(found)
    return []


def is_known_header(header: object) -> bool:
    """True when a header is one of the synonyms of any field."""
    return bool(fields_for_header(header))
