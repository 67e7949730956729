# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Вибір галузі (група ISCO-08), коли професію не розпізнано, або на прохання.

onboarding-occupation-unknown-pick = Я не зміг розпізнати «{ $text }» як професію. Я зберіг те, що ви написали. Виберіть свою галузь нижче, крок за кроком, або напишіть свою професію ще раз іншими словами.
onboarding-occupation-is-sector = «{ $text }» - це галузь з багатьма професіями. Виберіть найближчу групу нижче або напишіть свою професію, наприклад «медсестра» або «електрик».
onboarding-sector-pick = Виберіть свою галузь нижче, крок за кроком.
onboarding-sector-deeper = { $title }: що з цього найближче?
button-occupation-sector = Краще вибрати галузь
button-sector-up = Назад
button-retype = Написати ще раз
