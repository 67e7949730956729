# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Регулируемые профессии: где признают иностранную квалификацию недавно приехавшего участника.

recognition-needed = Полезно знать: ваша профессия регулируется { $where }. Чтобы работать по ней или использовать её название, обычно сначала нужно решение государственного органа. Начните здесь:
recognition-status = Вашей профессии нужно признание квалификации { $where }:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = в Швеции
recognition-in-FI = в Финляндии
recognition-reason-licence = лицензия на профессиональную деятельность
recognition-reason-title = защищённое название профессии
recognition-reason-eligibility = право занимать должность
recognition-reason-degree = признание вашего диплома
recognition-reason-qualification = сертификат квалификации
