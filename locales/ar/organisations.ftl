# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Organisations (employers and partners) for coordinators: /org.

org-syntax =
    لتسجيل منظمة: /org add employer اسم الشركة (أو /org add partner الاسم).
    أرسل /org وحده لعرض المنظمات وروابطها.
org-error-name = تحتاج المنظمة إلى اسم.
org-error-kind = يجب أن يكون النوع employer أو partner.
org-added = سُجّلت { $organisation } بالرمز { $code }. الأشخاص الذين ينضمون عبر هذا الرابط يُحسبون لها: { $link }
org-none = لم تُسجَّل أي منظمات بعد. { org-syntax }
org-list = { $count ->
    [zero] لا توجد منظمات:
    [one] منظمة واحدة:
    [two] منظمتان:
    [few] { $count } منظمات:
    [many] { $count } منظمة:
   *[other] { $count } منظمة:
    }
org-line = { $organisation } ({ $kind })، الرمز { $code }: { $count } شخص. الرابط: { $link }
