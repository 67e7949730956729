# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Organisationer (arbetsgivare och partner) för samordnare: /org.

org-syntax =
    Så registrerar du en organisation: /org add employer Företagets namn (eller /org add partner Namn).
    Skicka bara /org för att se organisationerna och deras länkar.
org-error-name = Organisationen behöver ett namn.
org-error-kind = Typen ska vara employer (arbetsgivare) eller partner.
org-added = { $organisation } är registrerad med koden { $code }. De som kommer med via den här länken räknas för organisationen: { $link }
org-none = Inga organisationer är registrerade än. { org-syntax }
org-list = { $count ->
    [one] En organisation:
   *[other] { $count } organisationer:
    }
org-line = { $organisation } ({ $kind }), kod { $code }: { $count } personer. Länk: { $link }
