# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = Начать или продолжить
command-menu-help = Что делает Doorway, и все команды
command-menu-profile = Посмотреть и изменить профиль
command-menu-language = Изменить язык
command-menu-meeting = Посмотреть, перенести или отменить встречу
command-menu-status = Ваше место в очереди
command-menu-pause = Приостановить участие
command-menu-resume = Снова участвовать
command-menu-cancel = Выйти из текущего шага
command-menu-surveys = Снова получать опросы после того, как вы их остановили
command-menu-report = Пожаловаться на человека, с которым вас свели
command-menu-mydata = Получить все ваши данные файлом
command-menu-delete = Удалить все ваши данные
command-menu-consent = Посмотреть, на что вы согласились
# Shown to coordinators only.
command-menu-pending = Участники, которые ждут пару, по сферам
command-menu-openers = Открыватели дверей и их места в этом месяце
command-menu-find = Поиск людей
command-menu-match = Создать пару вручную
command-menu-unmatch = Отменить пару
command-menu-alias = Связать написанную профессию с профессией ESCO
command-menu-broadcast = Сообщение группе
command-menu-event = Встречи для нетворкинга
command-menu-stats = Показатели влияния
command-menu-export = Файлы CSV с данными программы
command-menu-org = Организации и их ссылки
command-menu-block = Заблокировать человека для пар
command-menu-unblock = Снять блокировку
