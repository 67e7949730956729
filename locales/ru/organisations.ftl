# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Организации (работодатели и партнёры) для координаторов: /org.

org-syntax =
    Чтобы зарегистрировать организацию: /org add employer Название компании (или /org add partner Название).
    Отправьте только /org, чтобы увидеть список организаций и их ссылки.
org-error-name = Организации нужно название.
org-error-kind = Тип должен быть employer или partner.
org-added = { $organisation } зарегистрирована с кодом { $code }. Люди, которые присоединяются по этой ссылке, засчитываются ей: { $link }
org-none = Пока не зарегистрировано ни одной организации. { org-syntax }
org-list = { $count ->
    [one] { $count } организация:
    [few] { $count } организации:
    [many] { $count } организаций:
   *[other] { $count } организации:
    }
org-line = { $organisation } ({ $kind }), код { $code }: людей - { $count }. Ссылка: { $link }
