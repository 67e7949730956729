# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = Почати або продовжити
command-menu-help = Що робить Doorway, і всі команди
command-menu-profile = Переглянути і змінити профіль
command-menu-language = Змінити мову
command-menu-meeting = Переглянути, перенести або скасувати зустріч
command-menu-status = Ваше місце в черзі
command-menu-pause = Призупинити участь
command-menu-resume = Знову брати участь
command-menu-cancel = Вийти з поточного кроку
command-menu-surveys = Знову отримувати опитування після того, як ви їх зупинили
command-menu-report = Поскаржитися на людину, з якою вас поєднали
command-menu-mydata = Отримати всі ваші дані файлом
command-menu-delete = Видалити всі ваші дані
command-menu-consent = Переглянути, на що ви погодилися
# Shown to coordinators only.
command-menu-pending = Учасники, які чекають на пару, за галузями
command-menu-openers = Відкривачі дверей і їхні місця цього місяця
command-menu-find = Пошук людей
command-menu-match = Створити пару вручну
command-menu-unmatch = Скасувати пару
command-menu-alias = Пов'язати написану професію з професією ESCO
command-menu-broadcast = Повідомлення групі
command-menu-event = Зустрічі для нетворкінгу
command-menu-stats = Показники впливу
command-menu-export = Файли CSV з даними програми
command-menu-org = Організації та їхні посилання
command-menu-block = Заблокувати людину для пар
command-menu-unblock = Зняти блокування
