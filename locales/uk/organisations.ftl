# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Організації (роботодавці та партнери) для координаторів: /org.

org-syntax =
    Щоб зареєструвати організацію: /org add employer Назва компанії (або /org add partner Назва).
    Надішліть лише /org, щоб побачити список організацій і їхні посилання.
org-error-name = Організації потрібна назва.
org-error-kind = Тип має бути employer або partner.
org-added = { $organisation } зареєстровано з кодом { $code }. Люди, які приєднуються за цим посиланням, зараховуються до неї: { $link }
org-none = Ще не зареєстровано жодної організації. { org-syntax }
org-list = { $count ->
    [one] { $count } організація:
    [few] { $count } організації:
    [many] { $count } організацій:
   *[other] { $count } організації:
    }
org-line = { $organisation } ({ $kind }), код { $code }: людей - { $count }. Посилання: { $link }
