# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Профіль: рядки підсумку, перегляд і зміна.

profile-line-name = Ім'я: { $value }
profile-line-role = Роль: { $role ->
    [newcomer] новоприбулий (учасник)
    [door_opener] відкривач дверей
   *[coordinator] координатор
}
profile-line-gender = Стать: { $value }
profile-line-occupation = Професія: { $value }
profile-line-experience = Досвід: { $years ->
    [one] { $years } рік
    [few] { $years } роки
    [many] { $years } років
   *[other] { $years } року
}
profile-line-languages = Мови зустрічі: { $value }
profile-line-place = Місце: { $value }
profile-line-online = Онлайн-зустрічі: { $ok ->
    [yes] так
   *[no] ні
}
profile-line-capacity = Зустрічей на місяць: { $count }
profile-line-intro = Про мене: { $value }
profile-not-given = не вказано
place-online-only = лише онлайн ({ $country })
place-in-country = { $municipality }, { $country }

button-edit-name = Змінити ім'я
button-edit-gender = Змінити стать
button-edit-occupation = Змінити професію
button-edit-experience = Змінити досвід
button-edit-languages = Змінити мови
button-edit-place = Змінити місце
button-edit-capacity = Змінити кількість зустрічей на місяць
button-edit-intro = Змінити розповідь про себе
button-edit-language = Змінити мову застосунку

profile-view = Ваш профіль:
profile-closed = Профіль закрито.
profile-saved = Збережено.
