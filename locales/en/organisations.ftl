# Organisations (employers and partners) for coordinators: /org.

org-syntax =
    To register an organisation: /org add employer Name of the company (or /org add partner Name).
    Send /org alone to list the organisations and their links.
org-error-name = The organisation needs a name.
org-error-kind = The kind must be employer or partner.
org-added = { $organisation } is registered with the code { $code }. People who join through this link are counted for it: { $link }
org-none = No organisations are registered yet. { org-syntax }
org-list = { $count ->
    [one] One organisation:
   *[other] { $count } organisations:
    }
org-line = { $organisation } ({ $kind }), code { $code }: { $count } people. Link: { $link }
