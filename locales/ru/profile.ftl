# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Профиль: строки сводки, просмотр и изменение.

profile-line-name = Имя: { $value }
profile-line-role = Роль: { $role ->
    [newcomer] недавно приехавший (участник)
    [door_opener] открыватель дверей
   *[coordinator] координатор
}
profile-line-gender = Пол: { $value }
profile-line-occupation = Профессия: { $value }
profile-line-experience = Опыт: { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
profile-line-languages = Языки встречи: { $value }
profile-line-place = Место: { $value }
profile-line-online = Онлайн-встречи: { $ok ->
    [yes] да
   *[no] нет
}
profile-line-capacity = Встреч в месяц: { $count }
profile-line-intro = Обо мне: { $value }
profile-not-given = не указано
place-online-only = только онлайн ({ $country })
place-in-country = { $municipality }, { $country }

button-edit-name = Изменить имя
button-edit-gender = Изменить пол
button-edit-occupation = Изменить профессию
button-edit-experience = Изменить опыт
button-edit-languages = Изменить языки
button-edit-place = Изменить место
button-edit-capacity = Изменить число встреч в месяц
button-edit-intro = Изменить рассказ о себе
button-edit-language = Изменить язык приложения

profile-view = Ваш профиль:
profile-closed = Профиль закрыт.
profile-saved = Сохранено.
