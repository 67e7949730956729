# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Регульовані професії: де визнають іноземну кваліфікацію новоприбулого.

recognition-needed = Корисно знати: ваша професія регульована { $where }. Щоб працювати в ній або використовувати її назву, зазвичай спочатку потрібне рішення органу влади. Почніть тут:
recognition-status = Ваша професія потребує визнання кваліфікацій { $where }:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = у Швеції
recognition-in-FI = у Фінляндії
recognition-reason-licence = ліцензія на професійну діяльність
recognition-reason-title = захищена назва професії
recognition-reason-eligibility = право обіймати посаду
recognition-reason-degree = визнання вашого диплома
recognition-reason-qualification = сертифікат кваліфікації
