# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Organisaatiot (työnantajat ja kumppanit) koordinaattoreille: /org.

org-syntax =
    Näin rekisteröit organisaation: /org add employer Yrityksen nimi (tai /org add partner Nimi).
    Lähetä pelkkä /org nähdäksesi organisaatiot ja niiden linkit.
org-error-name = Organisaatio tarvitsee nimen.
org-error-kind = Tyypin pitää olla employer (työnantaja) tai partner (kumppani).
org-added = { $organisation } on rekisteröity koodilla { $code }. Tämän linkin kautta tulevat lasketaan organisaatiolle: { $link }
org-none = Organisaatioita ei ole vielä rekisteröity. { org-syntax }
org-list = { $count ->
    [one] Yksi organisaatio:
   *[other] { $count } organisaatiota:
    }
org-line = { $organisation } ({ $kind }), koodi { $code }: { $count } henkilöä. Linkki: { $link }
