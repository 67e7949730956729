# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Ururada (loo-shaqeeyayaal iyo la-hawlgalayaal) ee isku-duweyaasha: /org.

org-syntax =
    Si aad u diiwaangeliso urur: /org add employer Magaca shirkadda (ama /org add partner Magaca).
    Dir /org oo keliya si aad u liisgareyso ururada iyo link-yadooda.
org-error-name = Ururku wuxuu u baahan yahay magac.
org-error-kind = Nooca waa inuu noqdaa employer ama partner.
org-added = { $organisation } waxaa lagu diiwaangeliyay code-ka { $code }. Dadka ku soo biira link-gan waxaa loo tiriyaa: { $link }
org-none = Weli urur lama diiwaangelin. { org-syntax }
org-list = { $count ->
    [one] Hal urur:
   *[other] { $count } urur:
    }
org-line = { $organisation } ({ $kind }), code { $code }: { $count } qof. Link: { $link }
