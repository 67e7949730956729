# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Выбор сферы (группа ISCO-08), когда профессия не распознана, или по запросу.

onboarding-occupation-unknown-pick = Я не смог распознать «{ $text }» как профессию. Я сохранил то, что вы написали. Выберите свою сферу ниже, шаг за шагом, или напишите свою профессию ещё раз другими словами.
onboarding-occupation-is-sector = «{ $text }» - это сфера со многими профессиями. Выберите ближайшую группу ниже или напишите свою профессию, например «медсестра» или «электрик».
onboarding-sector-pick = Выберите свою сферу ниже, шаг за шагом.
onboarding-sector-deeper = { $title }: что из этого ближе всего?
button-occupation-sector = Лучше выбрать сферу
button-sector-up = Назад
button-retype = Написать снова
